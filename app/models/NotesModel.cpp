#include "models/NotesModel.h"

#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <algorithm>

using convert::qstr;

NotesModel::NotesModel(QObject *parent) : CaseModel(parent) {}

NotesModel::NotesModel(Session *session, QObject *parent) : NotesModel(parent)
{
    setSession(session);
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
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
    }
    return {};
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    return {{RecordIdRole, "recordId"}, {AuthorNameRole, "authorName"}, {AuthorIdRole, "authorId"},
            {TextRole, "text"},         {CreatedRole, "created"},       {MineRole, "mine"}};
}

QSet<QString> NotesModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::note)};
}

void NotesModel::load()
{
    QList<Row> next;
    if (store() && !caseId().isEmpty()) {
        for (const auto &n : store()->list(caseId(), bro::kind::note)) {
            Row r{qstr(n.id), qstr(n.str("author_name")), qstr(n.str("author_id")),
                  qstr(n.str("text")), qstr(n.str("created"))};
            if (r.authorName.isEmpty())
                r.authorName = session()->personName(r.authorId);
            next.append(r);
        }
        std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            return a.created != b.created ? a.created > b.created : a.id > b.id;
        });
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
}

QString NotesModel::add(const QString &text)
{
    if (!canWrite())
        return {};
    const QString id = qstr(bro::new_uuid());
    if (!check(store()->write(id, bro::kind::note, caseId(),
                              {{QStringLiteral("author_id"), session()->personId()},
                               {QStringLiteral("author_name"), session()->userName()},
                               {QStringLiteral("text"), text.trimmed()},
                               {QStringLiteral("created"), convert::nowUtc()}})))
        return {};
    return id;
}

bool NotesModel::remove(const QString &id)
{
    if (!canWrite())
        return false;
    return check(store()->remove(id));
}
