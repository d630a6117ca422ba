#include "models/CaseloadModel.h"

#include "domain/caseload.hpp"
#include "domain/handover.hpp"
#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "store/record_table.hpp"

#include <QDateTime>
#include <algorithm>
#include <memory>

using convert::qstr;
using convert::str;

CaseloadModel::CaseloadModel(QObject *parent) : CaseModel(parent)
{
    setAllCases(true);
}

CaseloadModel::CaseloadModel(Session *session, QObject *parent) : CaseloadModel(parent)
{
    setSession(session);
}

void CaseloadModel::followSession(Session *session)
{
    // While the store announces held changes, casesChanged means that a case file changed (the
    // list of cases comes with a welcome), and casesTouched reads that case.
    connect(session, &Session::casesChanged, this, [this] {
        if (!inStoreAnnouncement())
            followCases();
    });
    // Every welcome, e.g. each reconnect, says userChanged: read again only for someone else,
    // or on another day (days in phase, and the flags' windows, count from today).
    connect(session, &Session::userChanged, this, [this] {
        if (!m_readFor.isEmpty() && m_readFor == readFor())
            followCases();
        else
            reload();
    });
    // The flags' thresholds, the phases' order and typical lengths come from the programme.
    connect(session->programme(), &ProgrammeDefinition::changed, this, &CaseloadModel::reload);
}

void CaseloadModel::setSortBy(const QString &sortBy)
{
    if (sortBy == m_sortBy)
        return;
    m_sortBy = sortBy;
    Q_EMIT sortByChanged();
    arrange();
}

void CaseloadModel::setFlagFilter(const QString &flag)
{
    if (flag == m_flagFilter)
        return;
    m_flagFilter = flag;
    Q_EMIT flagFilterChanged();
    arrange();
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case CaseIdRole:
        return r.caseId;
    case Qt::DisplayRole:
    case ApprenticeNameRole:
        return r.name;
    case PhaseRole:
        return r.phase;
    case PhaseSinceRole:
        return r.phaseSince;
    case DaysInPhaseRole:
        return r.daysInPhase;
    case LastCheckInRole:
        return r.lastCheckIn;
    case AbsenceRisingRole:
        return r.absenceRising;
    case TalkAboutHealthRole:
        return r.talkAboutHealth;
    case CheckinsFallingRole:
        return r.checkinsFalling;
    case CheckinsMissingRole:
        return r.checkinsMissing;
    case HandoverDueRole:
        return r.handoverDue;
    case ConsentWithdrawnRole:
        return r.consentWithdrawn;
    case FlagCountRole:
        return r.flagCount;
    case CheckinsSharedRole:
        return r.checkinsShared;
    case AbsenceSharedRole:
        return r.absenceShared;
    case CheckinsAwaitingGuardianRole:
        return r.checkinsAwaitingGuardian;
    case BehindReturnPlanRole:
        return r.behindReturnPlan;
    case OutcomeDueRole:
        return r.outcomeDue;
    }
    return {};
}

QHash<int, QByteArray> CaseloadModel::roleNames() const
{
    return {{CaseIdRole, "caseId"},
            {ApprenticeNameRole, "apprenticeName"},
            {PhaseRole, "phase"},
            {PhaseSinceRole, "phaseSince"},
            {DaysInPhaseRole, "daysInPhase"},
            {LastCheckInRole, "lastCheckIn"},
            {AbsenceRisingRole, "absenceRising"},
            {TalkAboutHealthRole, "talkAboutHealth"},
            {CheckinsFallingRole, "checkinsFalling"},
            {CheckinsMissingRole, "checkinsMissing"},
            {HandoverDueRole, "handoverDue"},
            {ConsentWithdrawnRole, "consentWithdrawn"},
            {FlagCountRole, "flagCount"},
            {CheckinsSharedRole, "checkinsShared"},
            {AbsenceSharedRole, "absenceShared"},
            {CheckinsAwaitingGuardianRole, "checkinsAwaitingGuardian"},
            {BehindReturnPlanRole, "behindReturnPlan"},
            {OutcomeDueRole, "outcomeDue"}};
}

QSet<QString> CaseloadModel::kinds() const
{
    return {
        QString::fromLatin1(bro::kind::case_file), QString::fromLatin1(bro::kind::checkin),
        QString::fromLatin1(bro::kind::absence),   QString::fromLatin1(bro::kind::handover),
        QString::fromLatin1(bro::kind::consent),   QString::fromLatin1(bro::kind::return_plan_week),
        QString::fromLatin1(bro::kind::referral),  QString::fromLatin1(bro::kind::outcome)};
}

namespace {

constexpr int flagRoles[] = {
    CaseloadModel::AbsenceRisingRole,    CaseloadModel::TalkAboutHealthRole,
    CaseloadModel::CheckinsFallingRole,  CaseloadModel::CheckinsMissingRole,
    CaseloadModel::HandoverDueRole,      CaseloadModel::ConsentWithdrawnRole,
    CaseloadModel::BehindReturnPlanRole, CaseloadModel::OutcomeDueRole,
};

} // namespace

bool CaseloadModel::hasFlag(const Row &row, int role)
{
    switch (role) {
    case AbsenceRisingRole:
        return row.absenceRising;
    case TalkAboutHealthRole:
        return row.talkAboutHealth;
    case CheckinsFallingRole:
        return row.checkinsFalling;
    case CheckinsMissingRole:
        return row.checkinsMissing;
    case HandoverDueRole:
        return row.handoverDue;
    case ConsentWithdrawnRole:
        return row.consentWithdrawn;
    case BehindReturnPlanRole:
        return row.behindReturnPlan;
    case OutcomeDueRole:
        return row.outcomeDue;
    }
    return false;
}

// What reading one case needs, once per read of any number of cases.
struct CaseloadModel::Reader
{
    CaseloadModel &model;
    Store &st;
    Session &s;
    const std::string today = str(convert::today());
    const std::string myOrg = s.welcome().user.org_id;
    const ProgrammeDefinition *programme = s.programme();
    const bro::CaseloadRule rule = programme->caseloadRule();
    bro::RecordTable fields{st.local().database()};

    Row read(const bro::CaseSummary &cs)
    {
        ++model.m_casesRead;
        const QString cid = qstr(cs.case_id);
        Row row;
        row.caseId = cid;
        row.name = qstr(cs.apprentice_name);
        bro::CaseloadInput in;
        for (const auto &r : st.list(cid, bro::kind::case_file)) {
            row.phase = qstr(r.str("phase"));
            row.phaseSince = qstr(r.str("phase_since"));
            in.phase = r.str("phase", "referral");
            in.phase_since = r.str("phase_since");
            in.typical_days = programme->typicalDays(row.phase);
        }
        for (const auto &r : st.list(cid, bro::kind::absence))
            in.absences.push_back(
                {r.str("from"), r.str("to", r.str("from")), r.boolean("health_related")});
        for (const auto &r : st.list(cid, bro::kind::checkin))
            in.checkins.push_back({r.str("date"), static_cast<int>(r.integer("mood", 3)),
                                   static_cast<int>(r.integer("energy", 3))});
        // The return plan, when the journey is shared with me (else the store has none).
        for (const auto &r : st.list(cid, bro::kind::return_plan_week))
            in.return_plan.push_back(
                {r.str("week_start"), static_cast<int>(r.integer("week_no", 1)),
                 static_cast<int>(r.integer("share", 0)), static_cast<int>(r.integer("hours", 0)),
                 r.str("tasks"), r.str("answer")});
        // The outcome points, when the journey is shared with me (else the store has none).
        if (const auto ref = st.get(qstr(bro::referral_id(cs.case_id))); ref && !ref->deleted()) {
            std::vector<std::string> answered;
            for (const auto &o : st.list(cid, bro::kind::outcome))
                if (o.fields.contains("work_ability") && !o.fields["work_ability"].is_null())
                    answered.push_back(o.str("point"));
            in.outcomes =
                bro::outcome_states({ref->str("referred_on"), ref->str("stay_start"),
                                     ref->str("stay_end"), ref->str("decision") == "declined"},
                                    answered, today);
        }
        // Consent towards my organisation: what is shared now, and recent withdrawals
        // (dated by the change that set them). A share that waits for the guardian is not
        // shared yet: nothing arrives, so no flag may be raised from its absence.
        const auto checkins = model.shareState(cid, QStringLiteral("checkins"));
        row.checkinsShared = checkins.shared;
        row.checkinsAwaitingGuardian = checkins.awaitingGuardian;
        row.absenceShared = model.shareState(cid, QStringLiteral("absence")).shared;
        in.checkins_shared = row.checkinsShared;
        for (auto c : bro::consentable_categories()) {
            const std::string id = bro::consent_id(cs.case_id, myOrg, c);
            const auto r = st.get(qstr(id));
            if (!r)
                continue;
            std::string date = today;
            if (auto ch = fields.field(id, "granted"))
                date = str(
                    QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ch->hlc.millis()), Qt::UTC)
                        .date()
                        .toString(Qt::ISODate));
            in.consents.push_back({c, r->boolean("granted"), date});
        }
        // The current phase's handover: complete when every item of the programme's
        // checklist is ticked or explained.
        const auto handover = st.get(qstr(bro::handover_id(cs.case_id, in.phase)));
        const auto handoverFields = handover ? handover->fields : nlohmann::json::object();
        in.handover_complete = true;
        if (const auto *info = programme->definition().phase(str(row.phase)))
            for (const auto &item : info->handover)
                in.handover_complete =
                    in.handover_complete && bro::handover_item(handoverFields, item.id).settled();
        const auto f = bro::caseload_flags(in, today, rule);
        row.daysInPhase = f.days_in_phase;
        row.lastCheckIn = qstr(f.last_checkin);
        row.absenceRising = f.absence_rising;
        row.talkAboutHealth = f.talk_about_health;
        row.checkinsFalling = f.checkins_falling;
        row.checkinsMissing = f.checkins_missing;
        row.handoverDue = f.handover_due;
        row.consentWithdrawn = f.consent_withdrawn;
        row.behindReturnPlan = f.behind_return_plan;
        row.outcomeDue = f.outcome_due;
        row.flagCount = f.count();
        return row;
    }
};

void CaseloadModel::load()
{
    QList<Row> all;
    Store *st = store();
    Session *s = session();
    m_readFor.clear();
    if (st && s->loggedIn()) {
        Reader reader{*this, *st, *s};
        for (const auto &cs : s->welcome().cases)
            all.append(reader.read(cs));
        m_readFor = readFor();
    }
    m_all = std::move(all);
    update();
}

void CaseloadModel::casesTouched(const QSet<QString> &caseIds)
{
    Store *st = store();
    Session *s = session();
    if (caseIds.contains(QString()) || !st || !s->loggedIn() || m_readFor.isEmpty()) {
        reload();
        return;
    }
    Reader reader{*this, *st, *s};
    bool changed = false;
    for (const auto &cs : s->welcome().cases) {
        const QString cid = qstr(cs.case_id);
        if (!caseIds.contains(cid))
            continue;
        Row row = reader.read(cs);
        const auto it =
            std::find_if(m_all.begin(), m_all.end(), [&](const Row &r) { return r.caseId == cid; });
        if (it == m_all.end() || *it == row)
            continue; // not (yet) in the caseload: followCases() reads it when it is
        *it = std::move(row);
        changed = true;
    }
    if (changed)
        update();
}

void CaseloadModel::followCases()
{
    Store *st = store();
    Session *s = session();
    if (!st || !s->loggedIn() || m_readFor.isEmpty()) {
        reload();
        return;
    }
    QList<Row> all;
    std::unique_ptr<Reader> reader; // only when a case is new
    for (const auto &cs : s->welcome().cases) {
        if (const Row *known = find(qstr(cs.case_id))) {
            all.append(*known);
            all.back().name = qstr(cs.apprentice_name);
            continue;
        }
        if (!reader)
            reader.reset(new Reader{*this, *st, *s});
        all.append(reader->read(cs));
    }
    if (all == m_all)
        return;
    m_all = std::move(all);
    update();
}

QString CaseloadModel::readFor() const
{
    const auto &user = session()->welcome().user;
    return qstr(user.id + '/' + user.org_id) + QLatin1Char('/') + convert::today();
}

const CaseloadModel::Row *CaseloadModel::find(const QString &caseId) const
{
    for (const Row &r : m_all)
        if (r.caseId == caseId)
            return &r;
    return nullptr;
}

QString CaseloadModel::apprenticeNameOf(const QString &caseId) const
{
    const Row *r = find(caseId);
    return r ? r->name : QString();
}

int CaseloadModel::daysInPhaseOf(const QString &caseId) const
{
    const Row *r = find(caseId);
    return r ? r->daysInPhase : -1;
}

void CaseloadModel::update()
{
    QVariantMap flagCounts;
    for (const int role : flagRoles) {
        int n = 0;
        for (const Row &row : m_all)
            n += hasFlag(row, role) ? 1 : 0;
        flagCounts.insert(QString::fromUtf8(roleNames().value(role)), n);
    }
    arrange();
    ++m_revision;
    Q_EMIT revisionChanged();
    if (flagCounts != m_flagCounts) {
        m_flagCounts = flagCounts;
        Q_EMIT flagCountsChanged();
    }
}

// Sorting and filtering work on the rows load() computed: reading a year of 60 apprentices'
// check-ins and absence again for each tap on a chip took most of B8's sort and filter time.
void CaseloadModel::arrange()
{
    QList<Row> next;
    const int filterRole = roleNames().key(m_flagFilter.toUtf8(), -1);
    for (const Row &row : m_all)
        if (m_flagFilter.isEmpty() || hasFlag(row, filterRole))
            next.append(row);
    {
        // The programme's order of phases (issue 14).
        const auto *programme = session() ? session()->programme() : nullptr;
        auto phaseIndex = [programme](const QString &p) {
            return programme ? programme->phaseIndex(p) : 0;
        };
        std::stable_sort(next.begin(), next.end(), [&](const Row &a, const Row &b) {
            if (m_sortBy == QLatin1String("name"))
                return a.name.localeAwareCompare(b.name) < 0;
            if (m_sortBy == QLatin1String("phase") && phaseIndex(a.phase) != phaseIndex(b.phase))
                return phaseIndex(a.phase) < phaseIndex(b.phase);
            if (m_sortBy == QLatin1String("daysInPhase") && a.daysInPhase != b.daysInPhase)
                return a.daysInPhase > b.daysInPhase;
            if (a.flagCount != b.flagCount)
                return a.flagCount > b.flagCount;
            return a.name.localeAwareCompare(b.name) < 0;
        });
    }
    moveRowsTo(std::move(next));
    emitCountIfChanged();
}

void CaseloadModel::moveRowsTo(QList<Row> next)
{
    QSet<QString> kept;
    for (const Row &r : next)
        kept.insert(r.caseId);
    for (auto last = m_rows.size() - 1; last >= 0; --last) {
        if (kept.contains(m_rows[last].caseId))
            continue;
        auto first = last;
        while (first > 0 && !kept.contains(m_rows[first - 1].caseId))
            --first;
        beginRemoveRows({}, static_cast<int>(first), static_cast<int>(last));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (i >= m_rows.size() || m_rows[i].caseId != next[i].caseId) {
            qsizetype from = -1;
            for (auto j = i + 1; j < m_rows.size() && from < 0; ++j)
                if (m_rows[j].caseId == next[i].caseId)
                    from = j;
            if (from < 0) {
                beginInsertRows({}, static_cast<int>(i), static_cast<int>(i));
                m_rows.insert(i, next[i]);
                endInsertRows();
                continue;
            }
            beginMoveRows({}, static_cast<int>(from), static_cast<int>(from), {},
                          static_cast<int>(i));
            m_rows.move(from, i);
            endMoveRows();
        }
        if (!(m_rows[i] == next[i])) {
            m_rows[i] = next[i];
            const auto idx = index(static_cast<int>(i));
            Q_EMIT dataChanged(idx, idx);
        }
    }
}
