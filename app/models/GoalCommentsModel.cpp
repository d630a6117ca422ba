#include "models/GoalCommentsModel.h"

#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <algorithm>

using convert::qstr;

GoalCommentsModel::GoalCommentsModel(QObject *parent) : CaseModel(parent) {}

GoalCommentsModel::GoalCommentsModel(Session *session, QObject *parent) : GoalCommentsModel(parent)
{
    setSession(session);
}

void GoalCommentsModel::setGoalId(const QString &goalId)
{
    if (goalId == m_goalId)
        return;
    m_goalId = goalId;
    Q_EMIT goalIdChanged();
    reload();
}

int GoalCommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant GoalCommentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.id;
    case AuthorNameRole:
        return r.authorName;
    case AuthorIdRole:
        return r.authorId;
    case Qt::DisplayRole:
    case TextRole:
        return r.text;
    case CreatedRole:
        return r.created;
    case MineRole:
        return r.authorId == session()->personId();
    case ByApprenticeRole:
        return r.byApprentice;
    }
    return {};
}

QHash<int, QByteArray> GoalCommentsModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},        {AuthorNameRole, "authorName"},
            {AuthorIdRole, "authorId"},        {TextRole, "text"},
            {CreatedRole, "created"},          {MineRole, "mine"},
            {ByApprenticeRole, "byApprentice"}};
}

QSet<QString> GoalCommentsModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::goal_comment)};
}

void GoalCommentsModel::load()
{
    QList<Row> next;
    if (store() && !caseId().isEmpty() && !m_goalId.isEmpty()) {
        std::string apprentice;
        for (const auto &c : store()->list(caseId(), bro::kind::case_file))
            apprentice = c.str("apprentice_id");
        for (const auto &c : store()->list(caseId(), bro::kind::goal_comment)) {
            if (qstr(c.str("goal_id")) != m_goalId)
                continue;
            Row r{qstr(c.id),
                  qstr(c.str("author_name")),
                  qstr(c.str("author_id")),
                  qstr(c.str("text")),
                  qstr(c.str("created")),
                  !apprentice.empty() && c.str("author_id") == apprentice};
            if (r.authorName.isEmpty())
                r.authorName = session()->personName(r.authorId);
            next.append(r);
        }
        std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            return a.created != b.created ? a.created < b.created : a.id < b.id;
        });
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
}

QString GoalCommentsModel::add(const QString &text)
{
    if (!canWrite())
        return {};
    if (m_goalId.isEmpty()) {
        setLastError(tr("Velg et mål først."));
        return {};
    }
    const QString id = qstr(bro::new_uuid());
    if (!check(store()->write(id, bro::kind::goal_comment, caseId(),
                              {{QStringLiteral("goal_id"), m_goalId},
                               {QStringLiteral("author_id"), session()->personId()},
                               {QStringLiteral("author_name"), session()->userName()},
                               {QStringLiteral("text"), text.trimmed()},
                               {QStringLiteral("created"), convert::nowUtc()}})))
        return {};
    return id;
}

bool GoalCommentsModel::remove(const QString &id)
{
    if (!canWrite())
        return false;
    return check(store()->remove(id));
}
