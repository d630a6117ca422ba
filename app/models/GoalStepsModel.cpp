#include "models/GoalStepsModel.h"

#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <algorithm>

using convert::qstr;

GoalStepsModel::GoalStepsModel(QObject *parent) : CaseModel(parent) {}

GoalStepsModel::GoalStepsModel(Session *session, QObject *parent) : GoalStepsModel(parent)
{
    setSession(session);
}

void GoalStepsModel::setGoalId(const QString &goalId)
{
    if (goalId == m_goalId)
        return;
    m_goalId = goalId;
    Q_EMIT goalIdChanged();
    reload();
}

void GoalStepsModel::setShowDeclined(bool show)
{
    if (show == m_showDeclined)
        return;
    m_showDeclined = show;
    Q_EMIT showDeclinedChanged();
    reload();
}

void GoalStepsModel::setOnlySuggested(bool only)
{
    if (only == m_onlySuggested)
        return;
    m_onlySuggested = only;
    Q_EMIT onlySuggestedChanged();
    reload();
}

int GoalStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant GoalStepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case RecordIdRole:
        return r.id;
    case DoneRole:
        return r.done;
    case PositionRole:
        return r.position;
    case StateRole:
        return r.state;
    case SuggestedByRole:
        return r.suggestedBy;
    case GoalIdRole:
        return r.goalId;
    case SuggestionWhyRole:
        return r.suggestionWhy;
    case MineRole:
        return r.mine;
    }
    return {};
}

QHash<int, QByteArray> GoalStepsModel::roleNames() const
{
    return {{RecordIdRole, "recordId"}, {TitleRole, "title"},
            {DoneRole, "done"},         {PositionRole, "position"},
            {StateRole, "state"},       {SuggestedByRole, "suggestedBy"},
            {GoalIdRole, "goalId"},     {SuggestionWhyRole, "suggestionWhy"},
            {MineRole, "mine"}};
}

QSet<QString> GoalStepsModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::goal_step)};
}

void GoalStepsModel::load()
{
    QList<Row> next;
    if (store() && !caseId().isEmpty()) {
        for (const auto &s : store()->list(caseId(), bro::kind::goal_step)) {
            Row r;
            r.id = qstr(s.id);
            r.goalId = qstr(s.str("goal_id"));
            if (!m_goalId.isEmpty() && r.goalId != m_goalId)
                continue;
            r.title = qstr(s.str("title"));
            r.state = qstr(s.str("state", "accepted"));
            if (r.state == QLatin1String("declined") && !m_showDeclined)
                continue;
            if (m_onlySuggested && r.state != QLatin1String("suggested"))
                continue;
            r.suggestedBy = qstr(s.str("suggested_by"));
            r.suggestionWhy = qstr(s.str("suggestion_why"));
            r.mine = r.state != QLatin1String("accepted") && !s.str("suggested_by_id").empty() &&
                     qstr(s.str("suggested_by_id")) == session()->personId();
            r.done = s.boolean("done");
            r.position = static_cast<int>(s.integer("position", 0));
            next.append(r);
        }
        std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            return a.position != b.position ? a.position < b.position : a.id < b.id;
        });
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
    QString nextStep;
    for (const auto &r : m_rows) {
        if (!r.done && r.state == QLatin1String("accepted")) {
            nextStep = r.title;
            break;
        }
    }
    if (nextStep != m_nextStep) {
        m_nextStep = nextStep;
        Q_EMIT nextStepChanged();
    }
}

QString GoalStepsModel::add(const QString &title, const QString &why)
{
    if (!canWrite())
        return {};
    if (m_goalId.isEmpty()) {
        setLastError(tr("Velg et mål først."));
        return {};
    }
    int position = 0;
    for (const auto &s : store()->list(caseId(), bro::kind::goal_step))
        position = std::max(position, static_cast<int>(s.integer("position", 0)) + 1);
    const bool helper = session()->role() != QLatin1String("apprentice");
    QVariantMap fields{{QStringLiteral("goal_id"), m_goalId},
                       {QStringLiteral("title"), title.trimmed()},
                       {QStringLiteral("done"), false},
                       {QStringLiteral("position"), position},
                       {QStringLiteral("state"),
                        helper ? QStringLiteral("suggested") : QStringLiteral("accepted")}};
    if (helper) { // a suggestion in the helper's name: the server refuses anything else
        fields.insert(QStringLiteral("suggested_by"), session()->userName());
        fields.insert(QStringLiteral("suggested_by_id"), session()->personId());
        if (!why.trimmed().isEmpty())
            fields.insert(QStringLiteral("suggestion_why"), why.trimmed());
    }
    const QString id = qstr(bro::new_uuid());
    if (!check(store()->write(id, bro::kind::goal_step, caseId(), fields)))
        return {};
    return id;
}

bool GoalStepsModel::setTitle(const QString &id, const QString &title)
{
    return writeRecord(id, bro::kind::goal_step, {{QStringLiteral("title"), title.trimmed()}});
}

bool GoalStepsModel::setDone(const QString &id, bool done)
{
    return writeRecord(id, bro::kind::goal_step, {{QStringLiteral("done"), done}});
}

bool GoalStepsModel::accept(const QString &id)
{
    return writeRecord(id, bro::kind::goal_step,
                       {{QStringLiteral("state"), QStringLiteral("accepted")}});
}

bool GoalStepsModel::decline(const QString &id)
{
    return writeRecord(id, bro::kind::goal_step,
                       {{QStringLiteral("state"), QStringLiteral("declined")}});
}

bool GoalStepsModel::remove(const QString &id)
{
    if (!canWrite())
        return false;
    return check(store()->remove(id));
}
