#pragma once
// The coordinator's programme figures for a period: one row per phase (open cases in it today),
// then started / completed / ended early within the period, and every cohort: the year's target,
// how many started and where they are now. Counts only — the server sends no
// name and no id. The last answer for each period is cached on the device, so it shows offline.

#include "domain/programme.hpp"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

class Store;

class ProgrammeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    // YYYY-MM-DD, inclusive. Default: 1 January of this year to today.
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY periodChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY periodChanged)
    // Figures for this period have arrived (now or on an earlier connection).
    Q_PROPERTY(bool available READ available NOTIFY figuresChanged)
    Q_PROPERTY(int started READ started NOTIFY figuresChanged)
    Q_PROPERTY(int completed READ completed NOTIFY figuresChanged)
    Q_PROPERTY(int endedEarly READ endedEarly NOTIFY figuresChanged)
    Q_PROPERTY(int inProgramme READ inProgramme NOTIFY figuresChanged) // open cases, all phases
    Q_PROPERTY(int count READ count NOTIFY figuresChanged)
    // One map per cohort (the year the cases started), oldest first, whatever the period:
    // {year, target, started, completed, inApprenticeship, endedEarly}. Counts only.
    Q_PROPERTY(QVariantList cohorts READ cohorts NOTIFY figuresChanged)
    // "" or why the period is not valid.
    Q_PROPERTY(QString lastError READ lastError NOTIFY periodChanged)

public:
    enum Role { PhaseRole = Qt::UserRole + 1, CountRole };
    Q_ENUM(Role)

    explicit ProgrammeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString from() const { return m_from; }
    void setFrom(const QString &date);
    QString to() const { return m_to; }
    void setTo(const QString &date);
    bool available() const { return m_available; }
    int started() const { return m_figures.started; }
    int completed() const { return m_figures.completed; }
    int endedEarly() const { return m_figures.ended_early; }
    int inProgramme() const;
    int count() const { return rowCount(); }
    QVariantList cohorts() const;
    QString lastError() const { return m_lastError; }

    // Asks the server for this period's figures (when signed in as the coordinator).
    Q_INVOKABLE void refresh();
    // The figures as CSV ("measure,count" lines, then a row per cohort), empty when none have
    // arrived.
    Q_INVOKABLE QString csv() const;
    // Writes csv() to a file URL or path; returns "" on success, else a message.
    Q_INVOKABLE QString exportCsv(const QUrl &fileUrl) const;
    // A path in the app's data folder for an export when no file dialog is at hand.
    Q_INVOKABLE QString defaultExportPath() const;

Q_SIGNALS:
    void periodChanged();
    void figuresChanged();

private:
    void attach();
    void load();
    QString metaKey() const;

    QPointer<Store> m_store;
    QString m_from, m_to, m_lastError;
    bool m_available = false;
    bro::ProgrammeFigures m_figures;
    std::vector<bro::CohortFigures> m_cohorts;
    QList<QPair<QString, int>> m_rows;
};
