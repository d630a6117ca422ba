#include "models/MessagesModel.h"

#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <algorithm>

using convert::qstr;
using convert::str;

MessagesModel::MessagesModel(QObject *parent) : CaseModel(parent) {}

MessagesModel::MessagesModel(Session *session, QObject *parent) : MessagesModel(parent)
{
    setSession(session);
}

void MessagesModel::followSession(Session *session)
{
    connect(session, &Session::teamChanged, this, &MessagesModel::reload);
}

int MessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const
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
    case SentRole:
        return r.sent;
    case MineRole:
        return r.authorId == session()->personId();
    case ReadByRole:
        return r.readBy;
    }
    return {};
}

QHash<int, QByteArray> MessagesModel::roleNames() const
{
    return {{RecordIdRole, "recordId"}, {AuthorNameRole, "authorName"},
            {AuthorIdRole, "authorId"}, {TextRole, "text"},
            {SentRole, "sent"},         {MineRole, "mine"},
            {ReadByRole, "readBy"}};
}

QSet<QString> MessagesModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::message), QString::fromLatin1(bro::kind::message_read)};
}

void MessagesModel::load()
{
    QList<Row> next;
    int unread = 0;
    QStringList awaiting;
    if (store() && !caseId().isEmpty()) {
        QHash<QString, QString> readUntil; // person id -> read until
        for (const auto &r : store()->list(caseId(), bro::kind::message_read))
            readUntil.insert(qstr(r.str("person_id")), qstr(r.str("read_until")));
        // Everyone on the case: the apprentice and the helpers.
        QList<std::pair<QString, QString>> people; // id, name
        if (const auto *cs = session()->caseSummary(caseId())) {
            people.append({qstr(cs->apprentice_id), qstr(cs->apprentice_name)});
            for (const auto &m : cs->team)
                people.append({qstr(m.person_id), qstr(m.name)});
        }
        const QString me = session()->personId();
        for (const auto &m : store()->list(caseId(), bro::kind::message)) {
            Row r{qstr(m.id),          qstr(m.str("author_name")), qstr(m.str("author_id")),
                  qstr(m.str("text")), qstr(m.str("sent")),        {}};
            if (r.authorName.isEmpty())
                r.authorName = session()->personName(r.authorId);
            for (const auto &[id, name] : people)
                if (id != r.authorId && readUntil.value(id) >= r.sent &&
                    !readUntil.value(id).isEmpty())
                    r.readBy.append(name);
            if (r.authorId != me && readUntil.value(me) < r.sent)
                ++unread;
            next.append(r);
        }
        std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            return a.sent != b.sent ? a.sent < b.sent : a.id < b.id;
        });
        if (!next.isEmpty()) {
            const Row &last = next.back();
            for (const auto &[id, name] : people)
                if (id != last.authorId &&
                    (readUntil.value(id).isEmpty() || readUntil.value(id) < last.sent))
                    awaiting.append(name);
        }
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
    if (unread != m_unread || awaiting != m_awaiting) {
        m_unread = unread;
        m_awaiting = awaiting;
        Q_EMIT readStateChanged();
    }
}

bool MessagesModel::send(const QString &text)
{
    if (!canWrite())
        return false;
    const QString now = convert::nowUtc();
    if (!check(store()->write(qstr(bro::new_uuid()), bro::kind::message, caseId(),
                              {{QStringLiteral("author_id"), session()->personId()},
                               {QStringLiteral("author_name"), session()->userName()},
                               {QStringLiteral("text"), text.trimmed()},
                               {QStringLiteral("sent"), now}})))
        return false;
    return markRead();
}

bool MessagesModel::markRead()
{
    if (!canWrite())
        return false;
    const QString me = session()->personId();
    return check(store()->write(
        qstr(bro::message_read_id(str(caseId()), str(me))), bro::kind::message_read, caseId(),
        {{QStringLiteral("person_id"), me}, {QStringLiteral("read_until"), convert::nowUtc()}}));
}
