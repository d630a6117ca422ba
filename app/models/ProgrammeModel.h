#pragma once
// The coordinator's programme figures (issue 24), as the server protected them: a count under
// 5 is "under 5", a cell hidden so that a small count cannot be worked out is "hidden", and a
// mean shows only with 5 answers or more. One row per open phase (cases in it today); for the
// chosen year the funnel from referral to trade certificate against the target; every cohort;
// the outcomes over time. Counts only, of the apprentices who said yes to being counted. The
// last answer is cached on the device, so it shows offline.

#include "figures/published_programme.hpp"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QVariantMap>

class Session;
class Store;

// Gets its Session as CaseModel does (see the top of CaseModel.h).
class ProgrammeModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_MOC_INCLUDE("session/Session.h")
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The year the totals and the funnel are for; default this year.
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
    // Every year of the programme, oldest first.
    Q_PROPERTY(QVariantList years READ years NOTIFY figuresChanged)
    // Figures have arrived (now or on an earlier connection).
    Q_PROPERTY(bool available READ available NOTIFY figuresChanged)
    // The server could not protect the figures and sent none (it says so rather than publish).
    Q_PROPERTY(bool withheld READ withheld NOTIFY figuresChanged)
    Q_PROPERTY(int target READ target NOTIFY figuresChanged)
    // A count as shown: {value (−1 unless shown), text ("7", "under 5", "hidden"), state}.
    Q_PROPERTY(QVariantMap inProgramme READ inProgramme NOTIFY figuresChanged)
    Q_PROPERTY(QVariantMap referred READ referred NOTIFY figuresChanged)
    Q_PROPERTY(QVariantMap completed READ completed NOTIFY figuresChanged)
    Q_PROPERTY(QVariantMap endedEarly READ endedEarly NOTIFY figuresChanged)
    Q_PROPERTY(int count READ count NOTIFY figuresChanged)
    // The chosen year's funnel: [{stage, value, text, state}], referral first.
    Q_PROPERTY(QVariantList funnel READ funnel NOTIFY figuresChanged)
    // Median days from referral to the stay's start: {shown, value, n} for the year and all.
    Q_PROPERTY(QVariantMap waiting READ waiting NOTIFY figuresChanged)
    Q_PROPERTY(QVariantMap waitingAll READ waitingAll NOTIFY figuresChanged)
    // One map per cohort, oldest first: {year, target, started, completed, inApprenticeship,
    // endedEarly}, each count as above.
    Q_PROPERTY(QVariantList cohorts READ cohorts NOTIFY figuresChanged)
    // Per later outcome point: {point, workAbility: {shown, value, n}, goalAttainment: {…}}.
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY figuresChanged)

public:
    enum Role { PhaseRole = Qt::UserRole + 1, CountRole, TextRole, StateRole };
    Q_ENUM(Role)

    explicit ProgrammeModel(QObject *parent = nullptr);
    explicit ProgrammeModel(Session *session, QObject *parent = nullptr);

    Session *session() const;
    void setSession(Session *session);
    void classBegin() override;
    void componentComplete() override {}

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int year() const { return m_year; }
    void setYear(int year);
    QVariantList years() const;
    bool available() const { return m_available; }
    bool withheld() const { return m_available && !m_figures.ok; }
    int target() const { return m_figures.target; }
    QVariantMap inProgramme() const { return count(QStringLiteral("now.total")); }
    QVariantMap referred() const;
    QVariantMap completed() const;
    QVariantMap endedEarly() const;
    int count() const { return rowCount(); }
    QVariantList funnel() const;
    QVariantMap waiting() const;
    QVariantMap waitingAll() const { return mean(QStringLiteral("waiting.all")); }
    QVariantList cohorts() const;
    QVariantList outcomes() const;

    // One cell or mean by its id (figures/published_programme.hpp names them).
    Q_INVOKABLE QVariantMap count(const QString &id) const;
    Q_INVOKABLE QVariantMap mean(const QString &id) const;

    // Asks the server for the figures (when signed in as the coordinator).
    Q_INVOKABLE void refresh();
    // The figures as CSV ("id,value": counts, "under 5", "hidden", means with their n).
    Q_INVOKABLE QString csv() const;
    // The same figures as the JSON file another programme imports to pool them.
    Q_INVOKABLE QString json() const;
    // Writes csv() (or json() for a .json file) to a file URL or path; "" on success.
    Q_INVOKABLE QString exportCsv(const QUrl &fileUrl) const;
    // A path in the app's data folder for an export when no file dialog is at hand.
    Q_INVOKABLE QString defaultExportPath(const QString &suffix = QStringLiteral("csv")) const;

Q_SIGNALS:
    void sessionChanged();
    void yearChanged();
    void figuresChanged();

private:
    void attach();
    void load();

    QPointer<Session> m_session;
    QPointer<Store> m_store;
    int m_year = 0;
    bool m_available = false;
    bro::PublishedProgramme m_figures;
    QList<QString> m_rows; // phase ids, the programme's order
};
