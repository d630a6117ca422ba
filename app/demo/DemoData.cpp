#include "demo/DemoData.h"

#include "demo/demo_dataset.hpp"
#include "domain/handover.hpp"
#include "domain/journey.hpp"
#include "domain/schema.hpp"
#include "programme/builtin.hpp"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/access_policy.hpp"

#include <QDate>
#include <QDateTime>
#include <map>
#include <set>

using convert::qstr;
using convert::str;
using nlohmann::json;
namespace proto = bro::protocol;

// The people and records come from shared/demo (the same as `bro-server demo`); this file adds
// what only a server would otherwise provide: the welcome, audit events and the consent history.

namespace {

const bro::demo::Dataset &dataset()
{
    static const bro::demo::Dataset d = bro::demo::dataset(str(convert::today()));
    return d;
}

std::string at(int dayOffset, int hour)
{
    QDateTime t(QDate::currentDate().addDays(dayOffset), QTime(hour, 0), Qt::UTC);
    return str(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
}

const bro::Organisation *org(const std::string &id)
{
    for (const auto &o : dataset().organisations)
        if (o.id == id)
            return &o;
    return nullptr;
}

// What the server would know of a case to decide who sees what.
bro::CaseAccess accessOf(const bro::CaseSummary &cs)
{
    bro::CaseAccess a;
    a.case_id = cs.case_id;
    a.apprentice_id = cs.apprentice_id;
    for (const auto &m : cs.team)
        a.team.insert(m.person_id);
    for (const auto &r : dataset().records) {
        if (r.case_id != cs.case_id)
            continue;
        if (r.kind == bro::kind::case_file)
            a.phase = r.str("phase", "referral");
        if (r.kind == bro::kind::consent && r.boolean("granted"))
            if (auto c = bro::parse_category(r.str("category")))
                a.grants.insert({r.str("org_id"), *c, r.str("until")});
    }
    return a;
}

proto::Audit auditOf(const bro::CaseSummary &cs)
{
    proto::Audit a;
    a.id = "demo";
    a.case_id = cs.case_id;
    const auto access = accessOf(cs);
    const std::string today = str(convert::today());
    int i = 0;
    for (const auto &m : cs.team) {
        const bro::Actor actor{m.person_id, m.role, m.org_id};
        for (auto c : bro::consentable_categories()) {
            if (!bro::AccessPolicy::can_read(actor, access, c, today))
                continue;
            proto::AuditEvent e;
            e.at = at(-1 - (i % 6), 8 + i % 9);
            e.actor_name = m.name;
            e.actor_role = m.role;
            e.org_name = m.org_name;
            e.device_name =
                m.role == bro::Role::adviser ? "Nettbrett (kontoret)" : "PC på klinikken";
            e.action = "received";
            e.category = c;
            e.count = 2 + (i * 7) % 11;
            a.events.push_back(e);
            ++i;
        }
    }
    return a;
}

proto::ConsentHistory historyOf(const bro::CaseSummary &cs)
{
    proto::ConsentHistory h;
    h.id = "demo";
    h.case_id = cs.case_id;
    std::int64_t seq = 1;
    for (const auto &r : dataset().records) {
        if (r.case_id != cs.case_id || r.kind != bro::kind::consent)
            continue;
        auto c = bro::parse_category(r.str("category"));
        if (!c)
            continue;
        h.entries.push_back(
            {seq++, at(-40, 10), r.str("org_id"), *c, r.boolean("granted"), r.str("until")});
    }
    return h;
}

// Who ticked the demo's first checklist item: the helper of the role leading the phase.
std::string tickedBy(const bro::CaseSummary &cs, bro::Role responsible)
{
    for (const auto &m : cs.team)
        if (m.role == responsible)
            return m.person_id;
    return cs.team.empty() ? cs.apprentice_id : cs.team.front().person_id;
}

} // namespace

namespace DemoData {

QVariantList accounts()
{
    QVariantList out;
    // Apprentices first: they are whom the app is for.
    for (int pass = 0; pass < 2; ++pass)
        for (const auto &p : dataset().people)
            if ((p.role == bro::Role::apprentice) == (pass == 0))
                out.append(QVariantMap{
                    {QStringLiteral("user"), qstr(p.username)},
                    {QStringLiteral("name"), qstr(p.name)},
                    {QStringLiteral("role"), qstr(std::string(bro::to_string(p.role)))}});
    return out;
}

std::optional<proto::Welcome> welcomeFor(const QString &user)
{
    const bro::Person *p = bro::demo::find_person(dataset(), str(user));
    if (!p)
        return std::nullopt;
    proto::Welcome w;
    w.id = "local";
    w.user = {p->id, p->name, p->role, p->org_id, org(p->org_id) ? org(p->org_id)->name : ""};
    w.device_id = "local-device";
    w.server_time = at(0, 0);
    // The person's own programme, as a server would send it: the demo's second one is a file.
    for (const auto &text : dataset().programmes) {
        auto parsed = bro::parse_programme_text(text);
        if (parsed.ok() && parsed.programme.id == p->programme_id) {
            w.programme = std::move(parsed.programme);
            w.programme_revision = 1;
        }
    }
    for (const auto &c : dataset().cases) {
        const auto &cs = c.summary;
        bool mine = cs.apprentice_id == p->id;
        for (const auto &m : cs.team)
            mine = mine || m.person_id == p->id;
        if (mine)
            w.cases.push_back(cs);
    }
    return w;
}

void seed(Store &store, const proto::Welcome &welcome)
{
    const bro::Actor me{welcome.user.id, welcome.user.role, welcome.user.org_id};
    const std::string today = str(convert::today());
    const bro::Programme &programme =
        welcome.programme ? *welcome.programme : bro::builtin_programme();
    for (const auto &cs : welcome.cases) {
        const auto access = accessOf(cs);
        for (const auto &r : dataset().records) {
            if (r.case_id != cs.case_id)
                continue;
            bro::Change probe;
            probe.record_id = r.id;
            probe.kind = r.kind;
            probe.case_id = r.case_id;
            if (!bro::AccessPolicy::can_receive(me, access, probe, today))
                continue; // what the server would not send this person
            store.writeJson(r.id, r.kind, r.case_id, r.fields);
        }
        // The current phase's handover checklist, first item ticked by the phase's first helper.
        const auto *info = programme.phase(access.phase);
        const auto responsible = info ? bro::parse_role(info->responsible) : std::nullopt;
        bro::Change probe;
        probe.kind = bro::kind::handover;
        probe.case_id = cs.case_id;
        probe.record_id = bro::handover_id(cs.case_id, access.phase);
        if (info && responsible && !info->handover.empty() &&
            bro::AccessPolicy::can_receive(me, access, probe, today)) {
            const bro::HandoverItem ticked{
                true, {}, tickedBy(cs, *responsible), str(convert::nowUtc())};
            store.writeJson(probe.record_id, bro::kind::handover, cs.case_id,
                            bro::handover_tick(access.phase, info->handover.front().id, ticked));
        }
        if (welcome.user.role == bro::Role::apprentice) {
            store.setMeta(QStringLiteral("audit:") + qstr(cs.case_id),
                          qstr(proto::serialize(proto::ServerMessage(auditOf(cs)))));
            store.setMeta(QStringLiteral("consent_history:") + qstr(cs.case_id),
                          qstr(proto::serialize(proto::ServerMessage(historyOf(cs)))));
        }
    }
    // The coordinator sees no case, only the programme figures (this year's, and every cohort's),
    // as the server counts them.
    if (welcome.user.role == bro::Role::coordinator) {
        // Only the coordinator's own programme, as the server scopes it (issue 14).
        std::string mine(bro::builtin_programme_id);
        for (const auto &p : dataset().people)
            if (p.id == welcome.user.id)
                mine = p.programme_id;
        std::set<std::string> own_people, own_cases;
        for (const auto &p : dataset().people)
            if (p.programme_id == mine)
                own_people.insert(p.id);
        for (const auto &c : dataset().cases)
            if (own_people.count(c.summary.apprentice_id))
                own_cases.insert(c.summary.case_id);
        // The figures as the server would send them: only those who said yes to being
        // counted, protected the same way (figures/published_programme.hpp).
        bro::ProgrammeFigureInput in;
        in.today = today;
        in.open_phases = programme.open_phase_ids();
        in.yearly_target = programme.yearly_target;
        in.programme_id = programme.id;
        in.programme_name = programme.name.nb;
        std::map<std::string, std::vector<bro::Record>> by_case;
        for (const auto &r : dataset().records)
            if (own_cases.count(r.case_id))
                by_case[r.case_id].push_back(r);
        for (const auto &[case_id, records] : by_case)
            if (auto facts = bro::counted_case_facts(case_id, records, today))
                in.cases.push_back(std::move(*facts));
        for (const auto &e : dataset().erased) // the pilot's history: erased, still counted
            if (mine == bro::builtin_programme_id)
                in.erased.push_back(e.counted);
        proto::Programme figures;
        figures.id = "local";
        figures.from = today.substr(0, 4) + "-01-01";
        figures.to = today;
        figures.published = bro::publish_programme(in);
        store.setMeta(QStringLiteral("programme:figures"),
                      qstr(proto::serialize(proto::ServerMessage(figures))));
        // The directory as the server would send it (DirectoryModel reads it from here).
        proto::Directory directory;
        directory.id = "local";
        for (const auto &o : dataset().organisations)
            if (o.programme_id == mine)
                directory.organisations.push_back(o);
        for (const auto &p : dataset().people)
            if (p.programme_id == mine)
                directory.people.push_back({p.id, p.name, p.role, p.org_id, !p.username.empty()});
        for (const auto &c : dataset().cases)
            if (own_cases.count(c.summary.case_id))
                directory.cases.push_back(c.summary);
        store.setMeta(QStringLiteral("directory"),
                      qstr(proto::serialize(proto::ServerMessage(directory))));
    }
    // As if the server had taken all of it. Nothing refused: a demo starts without a red banner
    // nobody caused (issue 26); tests that need a refusal make one (tst_rejected_model).
    auto &local = store.local();
    std::int64_t seq = 1;
    for (auto batch = local.outbox(1000); !batch.empty(); batch = local.outbox(1000)) {
        std::vector<proto::Accepted> accepted;
        for (const auto &c : batch)
            accepted.push_back({c.op, seq++});
        store.acknowledge(accepted, {});
    }
}

} // namespace DemoData
