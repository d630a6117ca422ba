#pragma once
// A graded return to work (opptrappingsplan), week by week: what is planned (share of full time,
// hours, adapted tasks) against what happened (absence and "how work went" that week), and the
// apprentice's answer. The clinician drafts; the apprentice accepts or asks for changes.

#include "models/CaseModel.h"

class ReturnPlanModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    // Two weeks running behind the plan: time for a conversation, not a verdict.
    Q_PROPERTY(bool behindTwoWeeks READ behindTwoWeeks NOTIFY countChanged)
    // The week that holds today (-1 when none).
    Q_PROPERTY(int currentWeek READ currentWeek NOTIFY countChanged)
    // Does this person see the apprentice's absence? If not, "no absence" would not be true:
    // the page says the absence is not shared instead.
    Q_PROPERTY(bool absenceShared READ absenceShared NOTIFY absenceSharedChanged)
    // Shared, but waiting for a parent's or guardian's yes (absenceShared is false meanwhile).
    Q_PROPERTY(
        bool absenceAwaitingGuardian READ absenceAwaitingGuardian NOTIFY absenceSharedChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        WeekNoRole,
        WeekStartRole,
        ShareRole,
        HoursRole,
        TasksRole,
        AnswerRole,
        AnswerNoteRole,
        PlannedDaysRole,
        AbsentDaysRole,
        WorkedDaysRole,
        WorkCheckinsRole,
        WorkAverageRole,
        OverRole,
        BehindRole,
        CurrentRole,
        RevisedRole, // changed by the clinic after the apprentice answered: waits again
    };
    Q_ENUM(Role)

    explicit ReturnPlanModel(QObject *parent = nullptr);
    explicit ReturnPlanModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool behindTwoWeeks() const { return m_behind; }
    int currentWeek() const { return m_current; }
    bool absenceShared() const { return m_absenceShared; }
    bool absenceAwaitingGuardian() const { return m_absenceAwaitingGuardian; }

    // The clinician: a new week after the last one (or a change to one). The id or "".
    Q_INVOKABLE QString addWeek(int share, int hours, const QString &tasks);
    Q_INVOKABLE bool setWeek(const QString &id, int share, int hours, const QString &tasks);
    // The apprentice: "accepted", or "change_requested" with what they would like instead.
    Q_INVOKABLE bool answer(const QString &id, const QString &answer, const QString &note);

Q_SIGNALS:
    void absenceSharedChanged();

protected:
    QSet<QString> kinds() const override;
    QString category() const override { return QStringLiteral("journey"); }
    void load() override;

private:
    struct Row
    {
        QString id, weekStart, tasks, answer, answerNote;
        int weekNo = 0, share = 0, hours = 0, planned = 0, absent = 0, worked = 0, checkins = 0;
        double workAverage = 0;
        bool over = false, behind = false, current = false, revised = false;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    bool m_behind = false;
    int m_current = -1;
    bool m_absenceShared = true;
    bool m_absenceAwaitingGuardian = false;
};
