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
    // checkinsMissing, handoverDue, consentWithdrawn, behindReturnPlan
    Q_PROPERTY(QString flagFilter READ flagFilter WRITE setFlagFilter NOTIFY flagFilterChanged)
    // How many of the caseload's apprentices carry each flag (by role name), whatever the filter:
    // the filter chips show them, so an adviser sees at a glance where to start.
    Q_PROPERTY(QVariantMap flagCounts READ flagCounts NOTIFY flagCountsChanged)

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
    };
    Q_ENUM(Role)

    explicit CaseloadModel(QObject *parent = nullptr);

    QString sortBy() const { return m_sortBy; }
    void setSortBy(const QString &sortBy);
    QString flagFilter() const { return m_flagFilter; }
    void setFlagFilter(const QString &flag);
    QVariantMap flagCounts() const { return m_flagCounts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sortByChanged();
    void flagFilterChanged();
    void flagCountsChanged();

protected:
    QSet<QString> kinds() const override;
    void load() override;

private:
    struct Row
    {
        QString caseId, name, phase, phaseSince, lastCheckIn;
        int daysInPhase = 0, flagCount = 0;
        bool absenceRising = false, talkAboutHealth = false, checkinsFalling = false,
             checkinsMissing = false, handoverDue = false, consentWithdrawn = false,
             checkinsShared = false, absenceShared = false, behindReturnPlan = false,
             checkinsAwaitingGuardian = false;
        bool operator==(const Row &) const = default;
    };
    static bool hasFlag(const Row &row, int role);
    // Filters and sorts m_all into the rows shown, without reading the store.
    void arrange();

    QList<Row> m_all; // every case of the caseload, as last read
    QList<Row> m_rows;
    QVariantMap m_flagCounts;
    QString m_sortBy = QStringLiteral("flags");
    QString m_flagFilter;
};
