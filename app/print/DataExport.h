#pragma once
// "Last ned alt om meg": everything this device holds about the signed-in person, as one JSON
// file (format: docs/export.md, "source": "device") with the plan as a PDF beside it (same name,
// .pdf). From QML (Settings) with a save dialog; from the command line with
// `bro --export-data FILE` (app/main.cpp).

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QString>
#include <QUrl>

class Session;

// Gets its Session as the models do (see the top of models/CaseModel.h).
class DataExport : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_MOC_INCLUDE("session/Session.h")
    // Whose data; null exports nothing.
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)

public:
    explicit DataExport(QObject *parent = nullptr);
    explicit DataExport(Session *session, QObject *parent = nullptr);

    Session *session() const;
    void setSession(Session *session);
    void classBegin() override;
    void componentComplete() override {}

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

Q_SIGNALS:
    void sessionChanged();

private:
    QPointer<Session> m_session;
};
