#include "demo/DemoData.h"

#include "domain/journey.hpp"
#include "domain/schema.hpp"
#include "store/Convert.h"
#include "store/Store.h"

#include <QDate>
#include <QDateTime>
#include <array>
#include <cmath>

using convert::qstr;
using convert::str;
using nlohmann::json;
namespace proto = bro::protocol;

namespace {

struct Person
{
    const char *user;
    const char *id;
    const char *name;
    bro::Role role;
    const char *org; // "" for apprentices
};

struct Org
{
    const char *id;
    const char *name;
    bro::OrgKind kind;
};

constexpr std::array<Org, 3> orgs{{
    {"org-okab", "OKAB Bygg og anlegg", bro::OrgKind::training_office},
    {"org-air", "AiR UngRehab", bro::OrgKind::clinic},
    {"org-programme", "Bro-programmet", bro::OrgKind::programme},
}};

constexpr std::array<Person, 10> people{{
    {"emil", "p-emil", "Emil Hansen", bro::Role::apprentice, ""},
    {"sara", "p-sara", "Sara Nilsen", bro::Role::apprentice, ""},
    {"jonas", "p-jonas", "Jonas Berg", bro::Role::apprentice, ""},
    {"ida", "p-ida", "Ida Larsen", bro::Role::apprentice, ""},
    {"mathias", "p-mathias", "Mathias Johansen", bro::Role::apprentice, ""},
    {"kari", "p-kari", "Kari Nordmann", bro::Role::adviser, "org-okab"},
    {"per", "p-per", "Per Olsen", bro::Role::adviser, "org-okab"},
    {"ingrid", "p-ingrid", "Ingrid Dahl", bro::Role::clinician, "org-air"},
    {"lars", "p-lars", "Lars Moe", bro::Role::clinician, "org-air"},
    {"hanne", "p-hanne", "Hanne Strand", bro::Role::coordinator, "org-programme"},
}};

struct DemoCase
{
    const char *apprentice;
    const char *adviser;
    const char *clinician;
    bro::Phase phase;
    int daysInPhase;
};

constexpr std::array<DemoCase, 5> demoCases{{
    {"emil", "kari", "ingrid", bro::Phase::stay, 9},
    {"sara", "kari", "lars", bro::Phase::preparation, 20},
    {"jonas", "per", "ingrid", bro::Phase::return_to_work, 12},
    {"ida", "per", "lars", bro::Phase::follow_up, 40},
    {"mathias", "kari", "ingrid", bro::Phase::referral, 4},
}};

const Person *personByUser(const QString &user)
{
    for (const auto &p : people)
        if (user == QLatin1String(p.user))
            return &p;
    return nullptr;
}

const Org *orgById(const std::string &id)
{
    for (const auto &o : orgs)
        if (id == o.id)
            return &o;
    return nullptr;
}

std::string caseIdOf(const char *apprentice)
{
    return std::string("case-") + apprentice;
}

bro::TeamMember member(const char *user)
{
    const Person *p = personByUser(QString::fromLatin1(user));
    const Org *o = orgById(p->org);
    return bro::TeamMember{p->id, p->name, p->role, p->org, o ? o->name : ""};
}

bro::CaseSummary summary(const DemoCase &c)
{
    const Person *a = personByUser(QString::fromLatin1(c.apprentice));
    return bro::CaseSummary{caseIdOf(c.apprentice),
                            a->id,
                            a->name,
                            "org-okab",
                            "org-air",
                            {member(c.adviser), member(c.clinician)}};
}

std::string day(int offset)
{
    return str(QDate::currentDate().addDays(offset).toString(Qt::ISODate));
}

std::string at(int dayOffset, int hour)
{
    QDateTime t(QDate::currentDate().addDays(dayOffset), QTime(hour, 0), Qt::UTC);
    return str(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
}

int clampi(double v, int lo, int hi)
{
    return std::max(lo, std::min(hi, static_cast<int>(std::lround(v))));
}

void seedCase(Store &store, const DemoCase &dc, const bro::CaseSummary &cs)
{
    const std::string cid = cs.case_id;
    auto put = [&](const std::string &id, const char *kind, json fields) {
        store.writeJson(id, kind, cid, fields);
    };
    const auto &phases = bro::journey_phases();
    // The journey so far: each earlier phase took three weeks.
    json history = json::object();
    int index = 0;
    for (std::size_t i = 0; i < phases.size(); ++i)
        if (phases[i] == dc.phase)
            index = static_cast<int>(i);
    for (int i = 0; i <= index; ++i)
        history[std::string(bro::to_string(phases[static_cast<std::size_t>(i)]))] =
            day(-dc.daysInPhase - 21 * (index - i));
    put(cid, bro::kind::case_file,
        {{"apprentice_id", cs.apprentice_id},
         {"training_office_id", cs.training_office_id},
         {"clinic_id", cs.clinic_id},
         {"trade", "Anleggsmaskinfører"},
         {"phase", std::string(bro::to_string(dc.phase))},
         {"phase_since", day(-dc.daysInPhase)},
         {"phase_history", history}});
    // Handover checklist of the current phase, partly done.
    const auto &info = bro::phase_info(dc.phase);
    if (!info.handover.empty()) {
        json items = json::object();
        items[info.handover.front().id] = {{"done", true}, {"explanation", ""}};
        put(bro::handover_id(cid, dc.phase), bro::kind::handover,
            {{"phase", std::string(bro::to_string(dc.phase))}, {"items", items}});
    }

    // Goals, the trade certificate first.
    const std::string g1 = cid + "-goal-fagbrev", g2 = cid + "-goal-sleep", g3 = cid + "-goal-work";
    put(g1, bro::kind::goal,
        {{"title", "Ta fagbrevet som anleggsmaskinfører"},
         {"why", "Jeg vil ha et yrke jeg er stolt av, og kunne forsørge meg selv."},
         {"status", "active"},
         {"position", 0},
         {"is_fagbrev", true},
         {"created", at(-80, 9)}});
    put(g2, bro::kind::goal,
        {{"title", "Sove bedre om natta"},
         {"why", "Når jeg sover dårlig, orker jeg ikke jobben."},
         {"status", "active"},
         {"position", 1},
         {"is_fagbrev", false},
         {"created", at(-60, 9)}});
    put(g3, bro::kind::goal,
        {{"title", "Tilbake i full stilling"},
         {"why", "Jeg savner gjengen på anlegget."},
         {"status", "paused"},
         {"position", 2},
         {"is_fagbrev", false},
         {"created", at(-50, 9)}});
    struct Step
    {
        const std::string &goal;
        const char *title;
        bool done;
        const char *state;
    };
    const std::array<Step, 7> steps{{
        {g1, "Logge 200 timer på gravemaskin", true, "accepted"},
        {g1, "Lese til teoriprøven", false, "accepted"},
        {g1, "Melde meg opp til fagprøven", false, "accepted"},
        {g2, "Legge bort telefonen kl. 23", true, "accepted"},
        {g2, "Gå tur etter jobb tre dager i uka", false, "accepted"},
        {g2, "Snakke med fastlegen om søvn", false, "suggested"},
        {g3, "Jobbe fire timer om dagen i to uker", false, "accepted"},
    }};
    int pos = 0;
    for (const auto &s : steps) {
        json f = {{"goal_id", s.goal},
                  {"title", s.title},
                  {"done", s.done},
                  {"position", pos++},
                  {"state", s.state}};
        if (std::string(s.state) == "suggested")
            f["suggested_by"] = cs.team.front().name;
        put(cid + "-step-" + std::to_string(pos), bro::kind::goal_step, f);
    }

    // Six weeks of check-ins (not today: the prompt shows), slowly getting better.
    for (int d = 42; d >= 1; --d) {
        if (d % 9 == 4)
            continue; // a few missed days
        const double t = (42.0 - d) / 42.0;
        const double wave = std::sin(d * 0.9);
        put(cid + "-checkin-" + day(-d), bro::kind::checkin,
            {{"date", day(-d)},
             {"mood", clampi(2.2 + 1.8 * t + 0.7 * wave, 1, 5)},
             {"energy", clampi(2.0 + 1.6 * t + 0.8 * std::cos(d * 0.7), 1, 5)},
             {"sleep", clampi(2.0 + 2.0 * t + 0.6 * wave, 1, 5)},
             {"pain", clampi(6.0 - 4.0 * t + 1.2 * std::cos(d * 1.3), 0, 10)},
             {"work", clampi(2.5 + 1.5 * t + 0.5 * wave, 1, 5)},
             {"note", d % 7 == 0 ? "Tung dag, men kom meg på jobb." : ""}});
    }

    // Absence.
    put(cid + "-absence-1", bro::kind::absence,
        {{"from", day(-38)},
         {"to", day(-36)},
         {"kind", "sick"},
         {"health_related", true},
         {"note", "Vondt i ryggen."}});
    put(cid + "-absence-2", bro::kind::absence,
        {{"from", day(-20)},
         {"to", day(-20)},
         {"kind", "appointment"},
         {"health_related", true},
         {"note", "Time hos fysioterapeut."}});
    put(cid + "-absence-3", bro::kind::absence,
        {{"from", day(-11)},
         {"to", day(-10)},
         {"kind", "personal"},
         {"health_related", false},
         {"note", ""}});

    // Consent: the training office and the clinic, until the end of the phase.
    const std::string until = day(30);
    auto consent = [&](const std::string &org, bro::Category c, bool granted) {
        json f = {
            {"org_id", org}, {"category", std::string(bro::to_string(c))}, {"granted", granted}};
        if (granted)
            f["until"] = until;
        put(bro::consent_id(cid, org, c), bro::kind::consent, f);
    };
    for (auto c : bro::consentable_categories()) {
        consent(cs.training_office_id, c, c != bro::Category::checkins);
        consent(cs.clinic_id, c, c != bro::Category::absence);
    }

    // A note and a short conversation.
    const auto &adviser = cs.team.front();
    put(cid + "-note-1", bro::kind::note,
        {{"author_id", adviser.person_id},
         {"author_name", adviser.name},
         {"text", "Snakket med lærebedriften. De holder plassen hans mens han er på opphold."},
         {"created", at(-7, 10)}});
    put(cid + "-msg-1", bro::kind::message,
        {{"author_id", adviser.person_id},
         {"author_name", adviser.name},
         {"text", "Hei! Hvordan går det den første uka?"},
         {"sent", at(-3, 8)}});
    put(cid + "-msg-2", bro::kind::message,
        {{"author_id", cs.apprentice_id},
         {"author_name", cs.apprentice_name},
         {"text", "Bra! Litt sliten, men trives."},
         {"sent", at(-3, 12)}});
}

json auditEvents(const bro::CaseSummary &cs)
{
    proto::Audit a;
    a.case_id = cs.case_id;
    a.id = "demo";
    int i = 0;
    for (const auto &m : cs.team) {
        for (auto c : {bro::Category::goals, bro::Category::notes, bro::Category::journey}) {
            proto::AuditEvent e;
            e.at = at(-1 - i, 9 + i % 8);
            e.actor_name = m.name;
            e.actor_role = m.role;
            e.org_name = m.org_name;
            e.device_name = m.role == bro::Role::adviser ? "Nettbrett" : "PC på klinikken";
            e.action = "received";
            e.category = c;
            e.count = 3 + i;
            a.events.push_back(e);
            ++i;
        }
    }
    return json::parse(proto::serialize(proto::ServerMessage(a)));
}

} // namespace

namespace DemoData {

QVariantList accounts()
{
    QVariantList out;
    for (const auto &p : people)
        out.append(
            QVariantMap{{QStringLiteral("user"), QString::fromLatin1(p.user)},
                        {QStringLiteral("name"), QString::fromUtf8(p.name)},
                        {QStringLiteral("role"), qstr(std::string(bro::to_string(p.role)))}});
    return out;
}

std::optional<proto::Welcome> welcomeFor(const QString &user)
{
    const Person *p = personByUser(user);
    if (!p)
        return std::nullopt;
    proto::Welcome w;
    w.id = "local";
    w.user.id = p->id;
    w.user.name = p->name;
    w.user.role = p->role;
    w.user.org_id = p->org;
    if (const Org *o = orgById(p->org))
        w.user.org_name = o->name;
    w.device_id = "local-device";
    w.server_time = at(0, 0);
    for (const auto &c : demoCases) {
        const auto cs = summary(c);
        bool mine = false;
        if (p->role == bro::Role::apprentice)
            mine = cs.apprentice_id == p->id;
        else if (p->role == bro::Role::coordinator)
            mine = false; // the coordinator sees figures only
        else
            for (const auto &m : cs.team)
                mine = mine || m.person_id == p->id;
        if (mine)
            w.cases.push_back(cs);
    }
    return w;
}

void seed(Store &store, const proto::Welcome &welcome)
{
    for (const auto &cs : welcome.cases) {
        for (const auto &dc : demoCases) {
            if (caseIdOf(dc.apprentice) != cs.case_id)
                continue;
            seedCase(store, dc, cs);
            store.setMeta(QStringLiteral("audit:") + qstr(cs.case_id),
                          qstr(auditEvents(cs).dump()));
            proto::ConsentHistory h;
            h.id = "demo";
            h.case_id = cs.case_id;
            std::int64_t seq = 1;
            for (auto c : bro::consentable_categories()) {
                h.entries.push_back({seq++, at(-30, 10), cs.training_office_id, c, true, day(30)});
                h.entries.push_back({seq++, at(-30, 10), cs.clinic_id, c, true, day(30)});
            }
            h.entries.push_back(
                {seq++, at(-5, 18), cs.training_office_id, bro::Category::checkins, false, ""});
            h.entries.push_back(
                {seq++, at(-5, 18), cs.clinic_id, bro::Category::absence, false, ""});
            store.setMeta(QStringLiteral("consent_history:") + qstr(cs.case_id),
                          qstr(proto::serialize(proto::ServerMessage(h))));
        }
    }
    // As if the server had taken all of it …
    auto &local = store.local();
    std::int64_t seq = 1;
    for (auto batch = local.outbox(1000); !batch.empty(); batch = local.outbox(1000)) {
        std::vector<proto::Accepted> accepted;
        for (const auto &c : batch)
            accepted.push_back({c.op, seq++});
        store.acknowledge(accepted, {});
    }
    // … except one change it refused, shown to the user with its reason.
    if (!welcome.cases.empty()) {
        const auto &cs = welcome.cases.front();
        store.writeJson(cs.case_id + "-goal-work", bro::kind::goal, cs.case_id,
                        {{"title", "Tilbake i full stilling før sommerferien"}});
        std::vector<proto::Rejected> rejected;
        for (const auto &c : local.outbox(1000))
            rejected.push_back(
                {c.op, proto::code::forbidden, "Bare lærlingen kan endre status på egne mål."});
        store.acknowledge({}, rejected);
    }
}

} // namespace DemoData
