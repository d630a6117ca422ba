#include "models/GoalsModel.h"

#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <QHash>
#include <algorithm>

using convert::qstr;

GoalsModel::GoalsModel(QObject *parent) : CaseModel(parent) {}

GoalsModel::GoalsModel(Session *session, QObject *parent) : GoalsModel(parent)
{
    setSession(session);
}

int GoalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant GoalsModel::data(const QModelIndex &index, int role) const
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
    case WhyRole:
        return r.why;
    case StatusRole:
        return r.status;
    case PositionRole:
        return r.position;
    case IsFagbrevRole:
        return r.isFagbrev;
    case StepsTotalRole:
        return r.stepsTotal;
    case StepsDoneRole:
        return r.stepsDone;
    case StateRole:
        return r.state;
    case SuggestedByRole:
        return r.suggestedBy;
    case SuggestionWhyRole:
        return r.suggestionWhy;
    case MineRole:
        return r.mine;
    }
    return {};
}

QHash<int, QByteArray> GoalsModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},
            {TitleRole, "title"},
            {WhyRole, "why"},
            {StatusRole, "status"},
            {PositionRole, "position"},
            {IsFagbrevRole, "isFagbrev"},
            {StepsTotalRole, "stepsTotal"},
            {StepsDoneRole, "stepsDone"},
            {StateRole, "state"},
            {SuggestedByRole, "suggestedBy"},
            {SuggestionWhyRole, "suggestionWhy"},
            {MineRole, "mine"}};
}

QSet<QString> GoalsModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::goal), QString::fromLatin1(bro::kind::goal_step)};
}

void GoalsModel::load()
{
    QList<Row> next;
    if (store() && !caseId().isEmpty()) {
        QHash<QString, std::pair<int, int>> steps; // goal id -> (total, done)
        for (const auto &s : store()->list(caseId(), bro::kind::goal_step)) {
            const std::string state = s.str("state", "accepted");
            if (state != "accepted")
                continue;
            auto &counts = steps[qstr(s.str("goal_id"))];
            ++counts.first;
            if (s.boolean("done"))
                ++counts.second;
        }
        for (const auto &g : store()->list(caseId(), bro::kind::goal)) {
            Row r;
            r.state = qstr(g.str("state", "accepted"));
            const bool accepted = r.state == QLatin1String("accepted");
            const bool helper = session() && session()->role() != QLatin1String("apprentice");
            if (m_suggestions ? accepted || (r.state == QLatin1String("declined") && !helper)
                              : !accepted)
                continue;
            r.suggestedBy = qstr(g.str("suggested_by"));
            r.suggestionWhy = qstr(g.str("suggestion_why"));
            r.mine = !accepted && session() && !g.str("suggested_by_id").empty() &&
                     qstr(g.str("suggested_by_id")) == session()->personId();
            r.id = qstr(g.id);
            r.title = qstr(g.str("title"));
            r.why = qstr(g.str("why"));
            r.status = qstr(g.str("status", "active"));
            r.position = static_cast<int>(g.integer("position", 0));
            r.isFagbrev = g.boolean("is_fagbrev");
            r.created = qstr(g.str("created"));
            const auto counts = steps.value(r.id);
            r.stepsTotal = counts.first;
            r.stepsDone = counts.second;
            next.append(r);
        }
        std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            if (a.isFagbrev != b.isFagbrev)
                return a.isFagbrev;
            if (a.position != b.position)
                return a.position < b.position;
            if (a.created != b.created)
                return a.created < b.created;
            return a.id < b.id;
        });
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
}

QString GoalsModel::add(const QString &title, const QString &why)
{
    if (!canWrite())
        return {};
    int position = 0;
    for (const auto &r : m_rows)
        position = std::max(position, r.position + 1);
    const QString id = qstr(bro::new_uuid());
    QVariantMap fields{{QStringLiteral("title"), title.trimmed()},
                       {QStringLiteral("status"), QStringLiteral("active")},
                       {QStringLiteral("position"), position},
                       {QStringLiteral("is_fagbrev"), false},
                       {QStringLiteral("created"), convert::nowUtc()}};
    const bool helper = session()->role() != QLatin1String("apprentice");
    if (helper) { // a suggestion in the helper's name: the server refuses anything else
        fields.insert(QStringLiteral("state"), QStringLiteral("suggested"));
        fields.insert(QStringLiteral("suggested_by"), session()->userName());
        fields.insert(QStringLiteral("suggested_by_id"), session()->personId());
        if (!why.trimmed().isEmpty())
            fields.insert(QStringLiteral("suggestion_why"), why.trimmed());
    } else if (!why.trimmed().isEmpty()) {
        fields.insert(QStringLiteral("why"), why.trimmed());
    }
    if (!check(store()->write(id, bro::kind::goal, caseId(), fields)))
        return {};
    return id;
}

bool GoalsModel::update(const QString &id, const QVariantMap &changes)
{
    if (!canWrite())
        return false;
    QVariantMap fields;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("isFagbrev"))
            fields.insert(QStringLiteral("is_fagbrev"), it.value());
        else if (k == QLatin1String("title") || k == QLatin1String("why"))
            fields.insert(k, it.value().toString().trimmed());
        else if (k == QLatin1String("status") || k == QLatin1String("position"))
            fields.insert(k, it.value());
    }
    return check(store()->write(id, bro::kind::goal, caseId(), fields));
}

void GoalsModel::setSuggestions(bool on)
{
    if (on == m_suggestions)
        return;
    m_suggestions = on;
    Q_EMIT suggestionsChanged();
    reload();
}

bool GoalsModel::accept(const QString &id, const QString &title)
{
    if (!canWrite())
        return false;
    QVariantMap fields{{QStringLiteral("state"), QStringLiteral("accepted")}};
    if (!title.trimmed().isEmpty())
        fields.insert(QStringLiteral("title"), title.trimmed());
    return check(store()->write(id, bro::kind::goal, caseId(), fields));
}

bool GoalsModel::decline(const QString &id)
{
    return writeRecord(id, bro::kind::goal,
                       {{QStringLiteral("state"), QStringLiteral("declined")}});
}

bool GoalsModel::setStatus(const QString &id, const QString &status)
{
    return update(id, {{QStringLiteral("status"), status}});
}

bool GoalsModel::move(const QString &id, int newIndex)
{
    const int from = indexOf(id);
    if (from < 0 || !store())
        return check(tr("Fant ikke målet."));
    QList<Row> order = m_rows;
    const bool hasFagbrev = !order.isEmpty() && order.front().isFagbrev;
    const int first = (hasFagbrev && !order[from].isFagbrev) ? 1 : 0;
    newIndex = std::clamp(newIndex, first, static_cast<int>(order.size()) - 1);
    if (order[from].isFagbrev)
        newIndex = 0;
    if (newIndex == from)
        return check({});
    order.move(from, newIndex);
    // Rewrite positions 0..n-1; only goals whose position changed produce changes.
    for (int i = 0; i < order.size(); ++i) {
        if (order[i].position == i)
            continue;
        if (!check(store()->write(order[i].id, bro::kind::goal, caseId(),
                                  {{QStringLiteral("position"), i}})))
            return false;
    }
    return true;
}

bool GoalsModel::remove(const QString &id)
{
    if (!canWrite())
        return false;
    return check(store()->remove(id));
}
