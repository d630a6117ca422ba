#include "models/UpcomingMeetingsModel.h"

#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <algorithm>

using convert::qstr;

UpcomingMeetingsModel::UpcomingMeetingsModel(QObject *parent) : CaseModel(parent)
{
    setAllCases(true);
}

UpcomingMeetingsModel::UpcomingMeetingsModel(Session *session, QObject *parent)
    : UpcomingMeetingsModel(parent)
{
    setSession(session);
}

void UpcomingMeetingsModel::followSession(Session *session)
{
    // While the store announces held changes, casesChanged means a case file changed, not the
    // list of cases (that comes with a welcome): meetings arrive through casesTouched.
    connect(session, &Session::casesChanged, this, [this] {
        if (!inStoreAnnouncement())
            reload();
    });
    connect(session, &Session::userChanged, this, &UpcomingMeetingsModel::reload);
}

int UpcomingMeetingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant UpcomingMeetingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.id;
    case CaseIdRole:
        return r.caseId;
    case ApprenticeNameRole:
        return r.name;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case StartsRole:
        return r.starts;
    case PlaceRole:
        return r.place;
    case VideoLinkRole:
        return r.videoLink;
    }
    return {};
}

QHash<int, QByteArray> UpcomingMeetingsModel::roleNames() const
{
    return {
        {RecordIdRole, "recordId"},  {CaseIdRole, "caseId"}, {ApprenticeNameRole, "apprenticeName"},
        {TitleRole, "title"},        {StartsRole, "starts"}, {PlaceRole, "place"},
        {VideoLinkRole, "videoLink"}};
}

QSet<QString> UpcomingMeetingsModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::meeting)};
}

void UpcomingMeetingsModel::load()
{
    QList<Row> next;
    Store *st = store();
    Session *s = session();
    if (st && s->loggedIn()) {
        const QString now = convert::nowUtc();
        for (const auto &cs : s->welcome().cases) {
            const QString cid = qstr(cs.case_id);
            for (const auto &m : st->list(cid, bro::kind::meeting)) {
                const QString starts = qstr(m.str("starts"));
                if (m.str("status", "planned") != "planned" || starts < now)
                    continue;
                next.append({qstr(m.id), cid, qstr(cs.apprentice_name), qstr(m.str("title")),
                             starts, qstr(m.str("place")), qstr(m.str("video_link"))});
            }
        }
        std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            return a.starts != b.starts ? a.starts < b.starts : a.id < b.id;
        });
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
}
