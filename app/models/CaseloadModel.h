#pragma once
// An adviser's or clinician's caseload: one row per case of the signed-in helper, with phase,
// days in phase, last check-in and the flags of shared/domain/caseload (absence rising, time to
// talk about health, check-ins falling or missing, a handover due, a consent withdrawn).
// Computed from what this device may see only; sortable and filterable by flag.

#include "models/CaseModel.h"

#include <QVariantMap>

class CaseloadModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    // "flags" (most flags first, the default), "name", "phase", "daysInPhase"
    Q_PROPERTY(QString sortBy READ sortBy WRITE setSortBy NOTIFY sortByChanged)
    // "" for all, or a flag role name: absenceRising, talkAboutHealth, checkinsFalling,
    // checkinsMissing, handoverDue, consentWithdrawn, behindReturnPlan, outcomeDue
    Q_PROPERTY(QString flagFilter READ flagFilter WRITE setFlagFilter NOTIFY flagFilterChanged)
    // How many of the caseload's apprentices carry each flag (by role name), whatever the filter:
    // the filter chips show them, so an adviser sees at a glance where to start.
    Q_PROPERTY(QVariantMap flagCounts READ flagCounts NOTIFY flagCountsChanged)
    // Changes whenever a case's row does, filtered out or not: bindings over apprenticeNameOf()
    // and daysInPhaseOf() depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        ApprenticeNameRole,
        PhaseRole,
        PhaseSinceRole,
        DaysInPhaseRole,
        LastCheckInRole,
        AbsenceRisingRole,
        TalkAboutHealthRole,
        CheckinsFallingRole,
        CheckinsMissingRole,
        HandoverDueRole,
        ConsentWithdrawnRole,
        FlagCountRole,
        CheckinsSharedRole,
        AbsenceSharedRole,
        BehindReturnPlanRole,
        // The apprentice shares check-ins, but a parent's or guardian's yes is still needed
        // (checkinsShared is false meanwhile): the row says so instead of "not shared".
        CheckinsAwaitingGuardianRole,
        // An outcome point (issue 24) is due or late: time to remind the apprentice, and for
        // the adviser to set the status.
        OutcomeDueRole,
    };
    Q_ENUM(Role)

    explicit CaseloadModel(QObject *parent = nullptr);
    explicit CaseloadModel(Session *session, QObject *parent = nullptr);

    QString sortBy() const { return m_sortBy; }
    void setSortBy(const QString &sortBy);
    QString flagFilter() const { return m_flagFilter; }
    void setFlagFilter(const QString &flag);
    QVariantMap flagCounts() const { return m_flagCounts; }
    int revision() const { return m_revision; }
    // Of any case of the caseload, whatever the filter ("" and -1 for a case not in it). The case
    // view beside the list reads these instead of walking Session.cases, which QML re-reads
    // whole, case files and all, for every element it touches.
    Q_INVOKABLE QString apprenticeNameOf(const QString &caseId) const;
    Q_INVOKABLE int daysInPhaseOf(const QString &caseId) const;
    // For tests: how many cases this model has read from the store.
    int casesRead() const { return m_casesRead; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sortByChanged();
    void flagFilterChanged();
    void flagCountsChanged();
    void revisionChanged();

protected:
    QSet<QString> kinds() const override;
    void load() override;
    void followSession(Session *session) override;
    void casesTouched(const QSet<QString> &caseIds) override;

private:
    struct Row
    {
        QString caseId, name, phase, phaseSince, lastCheckIn;
        int daysInPhase = 0, flagCount = 0;
        bool absenceRising = false, talkAboutHealth = false, checkinsFalling = false,
             checkinsMissing = false, handoverDue = false, consentWithdrawn = false,
             checkinsShared = false, absenceShared = false, behindReturnPlan = false,
             checkinsAwaitingGuardian = false, outcomeDue = false;
        bool operator==(const Row &) const = default;
    };
    struct Reader;
    static bool hasFlag(const Row &row, int role);
    const Row *find(const QString &caseId) const;
    // The welcome's list of cases changed: keeps the rows of cases still in it, reads new ones.
    void followCases();
    // Counts the flags, then filters and sorts m_all into the rows shown, without reading the
    // store.
    void update();
    void arrange();
    // Makes m_rows `next` by removing, inserting and moving rows, so that the views keep the
    // delegates of rows that stay (a reset re-created all 60 of them on each sort).
    void moveRowsTo(QList<Row> next);

    QList<Row> m_all; // every case of the caseload, as last read
    QString readFor() const;
    QString m_readFor; // the person, organisation and day m_all was read for
    int m_revision = 0;
    int m_casesRead = 0;
    QList<Row> m_rows;
    QVariantMap m_flagCounts;
    QString m_sortBy = QStringLiteral("flags");
    QString m_flagFilter;
};
