#include "models/MeetingsModel.h"

#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <algorithm>

using convert::qstr;

MeetingsModel::MeetingsModel(QObject *parent) : CaseModel(parent) {}

MeetingsModel::MeetingsModel(Session *session, QObject *parent) : MeetingsModel(parent)
{
    setSession(session);
}

int MeetingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MeetingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.id;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case StartsRole:
        return r.starts;
    case MinutesLongRole:
        return r.minutesLong;
    case PlaceRole:
        return r.place;
    case VideoLinkRole:
        return r.videoLink;
    case StatusRole:
        return r.status;
    case UpcomingRole:
        return r.status != QLatin1String("held") && r.status != QLatin1String("cancelled") &&
               r.starts >= convert::nowUtc();
    case GuestsRole:
        return r.guests;
    case AgendaRole:
        return r.agenda;
    case ActionsRole:
        return r.actions;
    case AnswerRole:
        return r.answer;
    case AnswerCommentRole:
        return r.answerComment;
    }
    return {};
}

QHash<int, QByteArray> MeetingsModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},
            {TitleRole, "title"},
            {StartsRole, "starts"},
            {MinutesLongRole, "minutesLong"},
            {PlaceRole, "place"},
            {VideoLinkRole, "videoLink"},
            {StatusRole, "status"},
            {UpcomingRole, "upcoming"},
            {GuestsRole, "guests"},
            {AgendaRole, "agenda"},
            {ActionsRole, "actions"},
            {AnswerRole, "answer"},
            {AnswerCommentRole, "answerComment"}};
}

QSet<QString> MeetingsModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::meeting), QString::fromLatin1(bro::kind::agenda_item),
            QString::fromLatin1(bro::kind::meeting_action),
            QString::fromLatin1(bro::kind::meeting_response),
            QString::fromLatin1(bro::kind::goal_step)};
}

QVariantMap MeetingsModel::toMap(const Row &r) const
{
    return {{QStringLiteral("recordId"), r.id},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("starts"), r.starts},
            {QStringLiteral("place"), r.place},
            {QStringLiteral("videoLink"), r.videoLink},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("agendaCount"), r.agenda.size()}};
}

void MeetingsModel::load()
{
    QList<Row> next;
    QVariantMap nextMeeting;
    if (store() && !caseId().isEmpty()) {
        const auto apprentice = [this](const std::string &person) {
            // The apprentice's own items first: "what I want to talk about".
            for (const auto &c : store()->list(caseId(), bro::kind::case_file))
                return c.str("apprentice_id") == person;
            return false;
        };
        std::map<std::string, std::string> stepState;
        for (const auto &s : store()->list(caseId(), bro::kind::goal_step))
            stepState[s.id] = s.str("state", "accepted");
        const auto items = store()->list(caseId(), bro::kind::agenda_item);
        const auto actions = store()->list(caseId(), bro::kind::meeting_action);
        const auto responses = store()->list(caseId(), bro::kind::meeting_response);
        const QString me = session()->personId();
        for (const auto &m : store()->list(caseId(), bro::kind::meeting)) {
            Row r{qstr(m.id),
                  qstr(m.str("title")),
                  qstr(m.str("starts")),
                  qstr(m.str("place")),
                  qstr(m.str("video_link")),
                  qstr(m.str("status", "planned")),
                  {},
                  {},
                  static_cast<int>(m.integer("minutes_long", 0)),
                  {},
                  {},
                  {}};
            if (m.fields.contains("participants") && m.fields["participants"].is_object()) {
                const auto &p = m.fields["participants"];
                if (p.contains("guests") && p["guests"].is_array())
                    for (const auto &g : p["guests"])
                        if (g.is_string())
                            r.guests.append(qstr(g.get<std::string>()));
            }
            std::vector<const bro::Record *> mine;
            for (const auto &i : items)
                if (i.str("meeting_id") == m.id)
                    mine.push_back(&i);
            std::stable_sort(mine.begin(), mine.end(), [&](const auto *a, const auto *b) {
                const bool aa = apprentice(a->str("author_id"));
                const bool bb = apprentice(b->str("author_id"));
                if (aa != bb)
                    return aa;
                return a->integer("position", 0) != b->integer("position", 0)
                           ? a->integer("position", 0) < b->integer("position", 0)
                           : a->str("created") < b->str("created");
            });
            for (const auto *i : mine)
                r.agenda.append(
                    QVariantMap{{QStringLiteral("recordId"), qstr(i->id)},
                                {QStringLiteral("title"), qstr(i->str("title"))},
                                {QStringLiteral("authorName"), qstr(i->str("author_name"))},
                                {QStringLiteral("byApprentice"), apprentice(i->str("author_id"))},
                                {QStringLiteral("mine"), qstr(i->str("author_id")) == me},
                                {QStringLiteral("minutes"), qstr(i->str("minutes"))},
                                {QStringLiteral("minutesBy"), qstr(i->str("minutes_by"))}});
            for (const auto &a : actions) {
                if (a.str("meeting_id") != m.id)
                    continue;
                const bool forApprentice = a.str("owner_id") == "apprentice";
                QString owner = qstr(a.str("owner_name"));
                if (owner.isEmpty() && !forApprentice)
                    owner = session()->personName(qstr(a.str("owner_id")));
                const auto step = stepState.find(a.str("step_id"));
                r.actions.append(
                    QVariantMap{{QStringLiteral("recordId"), qstr(a.id)},
                                {QStringLiteral("title"), qstr(a.str("title"))},
                                {QStringLiteral("forApprentice"), forApprentice},
                                {QStringLiteral("ownerName"), owner},
                                {QStringLiteral("due"), qstr(a.str("due"))},
                                {QStringLiteral("done"), a.boolean("done")},
                                {QStringLiteral("stepState"),
                                 step == stepState.end() ? QString() : qstr(step->second)}});
            }
            for (const auto &resp : responses)
                if (resp.str("meeting_id") == m.id) {
                    r.answer = qstr(resp.str("answer"));
                    r.answerComment = qstr(resp.str("comment"));
                }
            next.append(r);
        }
        std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            return a.starts != b.starts ? a.starts > b.starts : a.id > b.id; // newest first
        });
        const QString now = convert::nowUtc();
        for (const auto &r : next)
            if (r.status == QLatin1String("planned") && r.starts >= now &&
                (nextMeeting.isEmpty() || r.starts < nextMeeting.value("starts").toString()))
                nextMeeting = toMap(r);
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
    if (nextMeeting != m_next) {
        m_next = nextMeeting;
        emit nextMeetingChanged();
    }
}

QString MeetingsModel::addMeeting(const QString &title, const QString &starts, const QString &place,
                                  const QString &videoLink, const QString &guests)
{
    if (!canWrite())
        return {};
    QVariantList guestList;
    for (const auto &g : guests.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!g.trimmed().isEmpty())
            guestList.append(g.trimmed());
    QVariantList people{session()->personId()};
    for (const auto &m : session()->team())
        if (!people.contains(m.toMap().value(QStringLiteral("personId"))))
            people.append(m.toMap().value(QStringLiteral("personId")));
    for (const auto &c : store()->list(caseId(), bro::kind::case_file))
        if (!people.contains(qstr(c.str("apprentice_id"))))
            people.append(qstr(c.str("apprentice_id")));
    const QString id = qstr(bro::new_uuid());
    QVariantMap f{
        {QStringLiteral("title"), title.trimmed()},
        {QStringLiteral("starts"), starts},
        {QStringLiteral("status"), QStringLiteral("planned")},
        {QStringLiteral("participants"),
         QVariantMap{{QStringLiteral("people"), people}, {QStringLiteral("guests"), guestList}}}};
    if (!place.trimmed().isEmpty())
        f.insert(QStringLiteral("place"), place.trimmed());
    if (!videoLink.trimmed().isEmpty())
        f.insert(QStringLiteral("video_link"), videoLink.trimmed());
    if (!check(store()->write(id, bro::kind::meeting, caseId(), f)))
        return {};
    return id;
}

bool MeetingsModel::setStatus(const QString &meetingId, const QString &status)
{
    return writeRecord(meetingId, bro::kind::meeting, {{QStringLiteral("status"), status}});
}

QString MeetingsModel::addAgendaItem(const QString &meetingId, const QString &title)
{
    if (!canWrite())
        return {};
    const QString id = qstr(bro::new_uuid());
    if (!check(store()->write(id, bro::kind::agenda_item, caseId(),
                              {{QStringLiteral("meeting_id"), meetingId},
                               {QStringLiteral("title"), title.trimmed()},
                               {QStringLiteral("author_id"), session()->personId()},
                               {QStringLiteral("author_name"), session()->userName()},
                               {QStringLiteral("position"), 1000},
                               {QStringLiteral("created"), convert::nowUtc()}})))
        return {};
    return id;
}

bool MeetingsModel::setMinutes(const QString &itemId, const QString &minutes)
{
    if (!canWrite()) // before session(): no store, no session
        return false;
    return writeRecord(itemId, bro::kind::agenda_item,
                       {{QStringLiteral("minutes"), minutes.trimmed()},
                        {QStringLiteral("minutes_by"), session()->userName()}});
}

QString MeetingsModel::addAction(const QString &meetingId, const QString &title, bool forApprentice,
                                 const QString &ownerName, const QString &due,
                                 const QString &goalId)
{
    if (!canWrite())
        return {};
    QVariantMap f{{QStringLiteral("meeting_id"), meetingId},
                  {QStringLiteral("title"), title.trimmed()}};
    if (!due.isEmpty())
        f.insert(QStringLiteral("due"), due);
    if (forApprentice) {
        f.insert(QStringLiteral("owner_id"), QStringLiteral("apprentice"));
        if (!goalId.isEmpty()) {
            // The apprentice's action arrives as a suggestion: theirs to take or decline.
            const QString step = qstr(bro::new_uuid());
            if (!check(store()->write(
                    step, bro::kind::goal_step, caseId(),
                    {{QStringLiteral("goal_id"), goalId},
                     {QStringLiteral("title"), title.trimmed()},
                     {QStringLiteral("done"), false},
                     {QStringLiteral("position"), 1000},
                     {QStringLiteral("state"), QStringLiteral("suggested")},
                     {QStringLiteral("suggested_by"), session()->userName()},
                     {QStringLiteral("suggested_by_id"), session()->personId()},
                     {QStringLiteral("suggestion_why"), tr("Avtalt på samarbeidsmøtet.")}})))
                return {};
            f.insert(QStringLiteral("step_id"), step);
        }
    } else if (!ownerName.trimmed().isEmpty()) {
        f.insert(QStringLiteral("owner_name"), ownerName.trimmed());
    }
    const QString id = qstr(bro::new_uuid());
    if (!check(store()->write(id, bro::kind::meeting_action, caseId(), f)))
        return {};
    return id;
}

bool MeetingsModel::setActionDone(const QString &actionId, bool done)
{
    return writeRecord(actionId, bro::kind::meeting_action, {{QStringLiteral("done"), done}});
}

bool MeetingsModel::respond(const QString &meetingId, const QString &answer, const QString &comment)
{
    if (!canWrite())
        return false;
    QVariantMap f{{QStringLiteral("meeting_id"), meetingId},
                  {QStringLiteral("answer"), answer},
                  {QStringLiteral("at"), convert::nowUtc()}};
    f.insert(QStringLiteral("comment"),
             comment.trimmed().isEmpty() ? QVariant() : QVariant(comment.trimmed()));
    return check(store()->write(qstr(bro::meeting_response_id(meetingId.toStdString())),
                                bro::kind::meeting_response, caseId(), f));
}
