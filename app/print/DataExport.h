#pragma once
// "Last ned alt om meg": everything this device holds about the signed-in person, as one JSON
// file (format: docs/export.md, "source": "device") with the plan as a PDF beside it (same name,
// .pdf). From QML (Settings) with a save dialog; from the command line with
// `bro --export-data FILE` (app/main.cpp).

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QUrl>

class DataExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit DataExport(QObject *parent = nullptr);

    // Writes FILE (JSON) and FILE's name with .pdf (the plan). "" on success, else a readable
    // sentence in the UI language.
    Q_INVOKABLE QString exportAll(const QUrl &fileUrl) const;
    // <data folder>/bro-mine-data-<date>.json
    Q_INVOKABLE QString defaultPath() const;
    // The PDF written beside a JSON file.
    Q_INVOKABLE QString pdfPathFor(const QUrl &fileUrl) const;

    // The JSON document (UTF-8). For tests.
    QByteArray json() const;
    QString writeExport(const QString &path) const;
};
