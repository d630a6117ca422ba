#include "models/OutcomesModel.h"

#include "domain/outcomes.hpp"
#include "domain/schema.hpp"
#include "store/Convert.h"
#include "store/Store.h"

#include <algorithm>
#include <map>

using convert::qstr;
using convert::str;

OutcomesModel::OutcomesModel(QObject *parent) : CaseModel(parent) {}

OutcomesModel::OutcomesModel(Session *session, QObject *parent) : OutcomesModel(parent)
{
    setSession(session);
}

int OutcomesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant OutcomesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.id;
    case Qt::DisplayRole:
    case PointRole:
        return r.point;
    case DueRole:
        return r.due;
    case StateRole:
        return r.state;
    case StatusRole:
        return r.status;
    case StatusOnRole:
        return r.statusOn;
    case GoalScoresRole:
        return r.goalScores;
    case WorkAbilityRole:
        return r.workAbility;
    case AnsweredOnRole:
        return r.answeredOn;
    }
    return {};
}

QHash<int, QByteArray> OutcomesModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},
            {PointRole, "point"},
            {DueRole, "due"},
            {StateRole, "state"},
            {StatusRole, "status"},
            {StatusOnRole, "statusOn"},
            {GoalScoresRole, "goalScores"},
            {WorkAbilityRole, "workAbility"},
            {AnsweredOnRole, "answeredOn"}};
}

QSet<QString> OutcomesModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::outcome), QString::fromLatin1(bro::kind::referral)};
}

void OutcomesModel::load()
{
    QList<Row> next;
    QVariantMap referral{{QStringLiteral("exists"), false}};
    for (const char *k : {"referredBy", "referredOn", "reason", "decision", "decidedOn",
                          "decisionReason", "stayStart", "stayEnd"})
        referral.insert(QString::fromLatin1(k), QString());
    int waiting = -1;
    QString nextPoint;
    if (store() && !caseId().isEmpty()) {
        bro::ReferralDates dates;
        if (const auto r = store()->get(qstr(bro::referral_id(str(caseId()))));
            r && !r->deleted()) {
            referral = {{QStringLiteral("exists"), true},
                        {QStringLiteral("referredBy"), qstr(r->str("referred_by"))},
                        {QStringLiteral("referredOn"), qstr(r->str("referred_on"))},
                        {QStringLiteral("reason"), qstr(r->str("reason"))},
                        {QStringLiteral("decision"), qstr(r->str("decision", "waiting"))},
                        {QStringLiteral("decidedOn"), qstr(r->str("decided_on"))},
                        {QStringLiteral("decisionReason"), qstr(r->str("decision_reason"))},
                        {QStringLiteral("stayStart"), qstr(r->str("stay_start"))},
                        {QStringLiteral("stayEnd"), qstr(r->str("stay_end"))}};
            dates = {r->str("referred_on"), r->str("stay_start"), r->str("stay_end"),
                     r->str("decision") == "declined"};
        }
        const auto today = str(convert::today());
        if (const auto w = bro::waiting_days(dates, today))
            waiting = *w;
        // What is stored per point; a point is answered once the apprentice has scored their
        // work ability (the one answer every point asks for).
        std::map<std::string, bro::Record> stored;
        for (auto &o : store()->list(caseId(), bro::kind::outcome))
            stored[o.str("point")] = std::move(o);
        std::vector<std::string> answered;
        for (const auto &[point, rec] : stored)
            if (rec.fields.contains("work_ability") && !rec.fields["work_ability"].is_null())
                answered.push_back(point);
        // Without a referral nothing can be dated; the points are listed all the same.
        for (const auto &p : bro::outcome_states(dates, answered, today)) {
            Row row;
            row.point = qstr(p.point);
            row.id = qstr(bro::outcome_id(str(caseId()), p.point));
            // A point opened earlier keeps the date it was due then, even if the stay moved.
            const auto it = stored.find(p.point);
            row.due = it != stored.end() ? qstr(it->second.str("due")) : qstr(p.due);
            const bool done =
                std::find(answered.begin(), answered.end(), p.point) != answered.end();
            const auto state = bro::outcome_state(str(row.due), done, today);
            row.state = qstr(std::string(bro::to_string(state)));
            if (it != stored.end()) {
                const auto &rec = it->second;
                row.status = qstr(rec.str("status"));
                row.statusOn = qstr(rec.str("status_on"));
                row.answeredOn = qstr(rec.str("answered_on"));
                row.workAbility = static_cast<int>(rec.integer("work_ability", -1));
                if (rec.fields.contains("goal_scores"))
                    row.goalScores = convert::fromJson(rec.fields["goal_scores"]).toMap();
            }
            if (nextPoint.isEmpty() &&
                (state == bro::OutcomeState::due || state == bro::OutcomeState::late))
                nextPoint = row.point;
            next.append(row);
        }
    }
    const bool pointsDiffer = nextPoint != m_nextPoint;
    m_nextPoint = nextPoint;
    if (referral != m_referral || waiting != m_waitingDays) {
        m_referral = referral;
        m_waitingDays = waiting;
        Q_EMIT referralChanged();
    }
    const bool rowsDiffer = next != m_rows;
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.point; },
        [](const Row &a, const Row &b) { return a == b; });
    if (pointsDiffer || rowsDiffer)
        Q_EMIT pointsChanged();
}

const OutcomesModel::Row *OutcomesModel::find(const QString &point) const
{
    for (const Row &r : m_rows)
        if (r.point == point)
            return &r;
    return nullptr;
}

QString OutcomesModel::nextState() const
{
    const Row *r = find(m_nextPoint);
    return r ? r->state : QString();
}

QString OutcomesModel::nextDue() const
{
    const Row *r = find(m_nextPoint);
    return r ? r->due : QString();
}

int OutcomesModel::rowOf(const QString &point) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).point == point)
            return i;
    return -1;
}

bool OutcomesModel::writePoint(const QString &point, QVariantMap fields)
{
    if (!canWrite())
        return false;
    const Row *row = find(point);
    if (!row)
        return check(tr("Dette målepunktet finnes ikke."));
    if (row->due.isEmpty())
        return check(tr("Dette målepunktet har ingen dato ennå."));
    // A point's record is opened by whoever writes it first, with the date it was due.
    if (!store()->get(row->id)) {
        fields.insert(QStringLiteral("point"), point);
        fields.insert(QStringLiteral("due"), row->due);
    }
    return check(store()->write(row->id, bro::kind::outcome, caseId(), fields));
}

bool OutcomesModel::answer(const QString &point, const QVariantMap &goalScores, int workAbility)
{
    if (workAbility < 0 || workAbility > 10)
        return check(tr("Velg et tall fra 0 til 10."));
    QVariantMap scores;
    for (auto it = goalScores.cbegin(); it != goalScores.cend(); ++it) {
        const int s = it.value().toInt();
        if (s < -2 || s > 2)
            return check(tr("Hvert mål får et svar fra −2 til +2."));
        scores.insert(it.key(), s);
    }
    return writePoint(point, {{QStringLiteral("goal_scores"), scores},
                              {QStringLiteral("work_ability"), workAbility},
                              {QStringLiteral("answered_on"), convert::today()}});
}

bool OutcomesModel::setStatus(const QString &point, const QString &status)
{
    return writePoint(point, {{QStringLiteral("status"), status},
                              {QStringLiteral("status_on"), convert::today()}});
}

bool OutcomesModel::writeReferral(const QString &referredBy, const QString &referredOn,
                                  const QString &reason)
{
    if (!canWrite())
        return false;
    const QString id = qstr(bro::referral_id(str(caseId())));
    QVariantMap f{
        {QStringLiteral("referred_by"), referredBy},
        {QStringLiteral("referred_on"), referredOn.isEmpty() ? convert::today() : referredOn},
        {QStringLiteral("reason"), reason.trimmed()}};
    return check(store()->write(id, bro::kind::referral, caseId(), f));
}

bool OutcomesModel::decideReferral(const QString &decision, const QString &reason)
{
    if (!canWrite())
        return false;
    if (!m_referral.value(QStringLiteral("exists")).toBool())
        return check(tr("Det finnes ingen henvisning å svare på ennå."));
    return check(store()->write(qstr(bro::referral_id(str(caseId()))), bro::kind::referral,
                                caseId(),
                                {{QStringLiteral("decision"), decision},
                                 {QStringLiteral("decided_on"), convert::today()},
                                 {QStringLiteral("decision_reason"), reason.trimmed()}}));
}

bool OutcomesModel::setStayDates(const QString &stayStart, const QString &stayEnd)
{
    if (!canWrite())
        return false;
    if (!m_referral.value(QStringLiteral("exists")).toBool())
        return check(tr("Det finnes ingen henvisning å svare på ennå."));
    if (!stayStart.isEmpty() && !stayEnd.isEmpty() && stayEnd < stayStart)
        return check(tr("Oppholdet kan ikke slutte før det begynner."));
    QVariantMap f;
    if (!stayStart.isEmpty())
        f.insert(QStringLiteral("stay_start"), stayStart);
    if (!stayEnd.isEmpty())
        f.insert(QStringLiteral("stay_end"), stayEnd);
    if (f.isEmpty())
        return check(QString());
    return check(
        store()->write(qstr(bro::referral_id(str(caseId()))), bro::kind::referral, caseId(), f));
}
