#include "models/ReturnPlanModel.h"

#include "domain/dates.hpp"
#include "domain/return_plan.hpp"
#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "store/record_table.hpp"

#include <map>
#include <set>

using convert::qstr;

ReturnPlanModel::ReturnPlanModel(QObject *parent) : CaseModel(parent) {}

ReturnPlanModel::ReturnPlanModel(Session *session, QObject *parent) : ReturnPlanModel(parent)
{
    setSession(session);
}

int ReturnPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReturnPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.id;
    case WeekNoRole:
        return r.weekNo;
    case WeekStartRole:
        return r.weekStart;
    case ShareRole:
        return r.share;
    case HoursRole:
        return r.hours;
    case Qt::DisplayRole:
    case TasksRole:
        return r.tasks;
    case AnswerRole:
        return r.answer;
    case AnswerNoteRole:
        return r.answerNote;
    case PlannedDaysRole:
        return r.planned;
    case AbsentDaysRole:
        return r.absent;
    case WorkedDaysRole:
        return r.worked;
    case WorkCheckinsRole:
        return r.checkins;
    case WorkAverageRole:
        return r.workAverage;
    case OverRole:
        return r.over;
    case BehindRole:
        return r.behind;
    case CurrentRole:
        return r.current;
    case RevisedRole:
        return r.revised;
    }
    return {};
}

QHash<int, QByteArray> ReturnPlanModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},
            {WeekNoRole, "weekNo"},
            {WeekStartRole, "weekStart"},
            {ShareRole, "share"},
            {HoursRole, "hours"},
            {TasksRole, "tasks"},
            {AnswerRole, "answer"},
            {AnswerNoteRole, "answerNote"},
            {PlannedDaysRole, "plannedDays"},
            {AbsentDaysRole, "absentDays"},
            {WorkedDaysRole, "workedDays"},
            {WorkCheckinsRole, "workCheckins"},
            {WorkAverageRole, "workAverage"},
            {OverRole, "over"},
            {BehindRole, "behind"},
            {CurrentRole, "current"},
            {RevisedRole, "revised"}};
}

QSet<QString> ReturnPlanModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::return_plan_week),
            QString::fromLatin1(bro::kind::absence), QString::fromLatin1(bro::kind::checkin),
            QString::fromLatin1(bro::kind::consent),
            // `awaiting_guardian` on the case record: whether the absence share has started
            QString::fromLatin1(bro::kind::case_file)};
}

void ReturnPlanModel::load()
{
    QList<Row> next;
    bool behind = false;
    int current = -1;
    if (store() && !caseId().isEmpty()) {
        std::vector<bro::PlanWeek> weeks;
        std::map<int, std::string> ids;
        std::set<int> revised;
        bro::RecordTable fields(store()->local().database());
        for (const auto &w : store()->list(caseId(), bro::kind::return_plan_week)) {
            weeks.push_back({w.str("week_start"), static_cast<int>(w.integer("week_no", 1)),
                             static_cast<int>(w.integer("share", 0)),
                             static_cast<int>(w.integer("hours", 0)), w.str("tasks"),
                             w.str("answer")});
            ids[weeks.back().week_no] = w.id;
            // The clinic changed the week after the apprentice answered: the answer was to
            // another plan, so the week waits for a new one (the clinic cannot clear an answer:
            // only the apprentice writes it). `changed` is written by a change only, never by
            // the first draft, whose fields and answer may come in any order.
            const auto answered = fields.field(w.id, "answer");
            const auto changed = fields.field(w.id, "changed");
            if (answered && changed && answered->hlc < changed->hlc) {
                weeks.back().answer.clear();
                revised.insert(weeks.back().week_no);
            }
        }
        std::map<int, std::string> notes;
        for (const auto &w : store()->list(caseId(), bro::kind::return_plan_week))
            notes[static_cast<int>(w.integer("week_no", 1))] = w.str("answer_note");
        // Only what this person may see: a helper without absence or check-ins shared sees the
        // plan without them.
        std::vector<bro::AbsenceEpisode> away;
        for (const auto &a : store()->list(caseId(), bro::kind::absence))
            away.push_back({a.str("from"), a.str("to"), a.boolean("health_related")});
        std::vector<bro::WorkCheckIn> checkins;
        for (const auto &c : store()->list(caseId(), bro::kind::checkin))
            checkins.push_back({c.str("date"), static_cast<int>(c.integer("work", 0))});
        const auto today = convert::today().toStdString();
        const auto actual = bro::plan_against_actual(weeks, away, checkins, today);
        behind = bro::behind_two_weeks_running(actual);
        for (const auto &a : actual) {
            Row r;
            r.id = qstr(ids[a.plan.week_no]);
            r.weekNo = a.plan.week_no;
            r.weekStart = qstr(a.plan.week_start);
            r.share = a.plan.share;
            r.hours = a.plan.hours;
            r.tasks = qstr(a.plan.tasks);
            r.answer = qstr(a.plan.answer);
            r.revised = revised.contains(a.plan.week_no);
            r.answerNote = qstr(notes[a.plan.week_no]);
            r.planned = a.planned_days;
            r.absent = a.absent_days;
            r.worked = a.worked_days;
            r.checkins = a.work_checkins;
            r.workAverage = a.work_average;
            r.over = a.over;
            r.behind = a.behind;
            const auto d = bro::days_between(a.plan.week_start, today);
            r.current = d && *d >= 0 && *d < 7;
            if (r.current)
                current = static_cast<int>(next.size());
            next.append(r);
        }
    }
    m_behind = behind;
    m_current = current;
    const auto absence = shareState(caseId(), QStringLiteral("absence"));
    if (absence.shared != m_absenceShared ||
        absence.awaitingGuardian != m_absenceAwaitingGuardian) {
        m_absenceShared = absence.shared;
        m_absenceAwaitingGuardian = absence.awaitingGuardian;
        emit absenceSharedChanged();
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
}

QString ReturnPlanModel::addWeek(int share, int hours, const QString &tasks)
{
    if (!canWrite())
        return {};
    int weekNo = 1;
    std::string start;
    for (const auto &r : m_rows)
        if (r.weekNo >= weekNo) {
            weekNo = r.weekNo + 1;
            start = bro::add_days(r.weekStart.toStdString(), 7);
        }
    if (start.empty()) {
        const auto today = *bro::day_number(convert::today().toStdString());
        start = bro::date_of_day(today - ((today + 3) % 7) + 7); // next Monday
    }
    const QString id = qstr(bro::new_uuid());
    QVariantMap f{{QStringLiteral("week_start"), qstr(start)},
                  {QStringLiteral("week_no"), weekNo},
                  {QStringLiteral("share"), share},
                  {QStringLiteral("tasks"), tasks.trimmed()}};
    if (hours > 0)
        f.insert(QStringLiteral("hours"), hours);
    if (!check(store()->write(id, bro::kind::return_plan_week, caseId(), f)))
        return {};
    return id;
}

bool ReturnPlanModel::setWeek(const QString &id, int share, int hours, const QString &tasks)
{
    return writeRecord(id, bro::kind::return_plan_week,
                       {{QStringLiteral("share"), share},
                        {QStringLiteral("hours"), hours > 0 ? QVariant(hours) : QVariant()},
                        {QStringLiteral("tasks"), tasks.trimmed()},
                        {QStringLiteral("changed"), convert::nowUtc()}});
}

bool ReturnPlanModel::answer(const QString &id, const QString &answer, const QString &note)
{
    return writeRecord(id, bro::kind::return_plan_week,
                       {{QStringLiteral("answer"), answer},
                        {QStringLiteral("answer_note"),
                         note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed())}});
}
