#include "demo/demo_dataset.hpp"

#include "demo/demo_outcomes.hpp"
#include "domain/dates.hpp"
#include "domain/schema.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>
#include <tuple>

namespace bro::demo {

namespace {

using nlohmann::json;

struct Apprentice
{
    std::string key; // username and case suffix
    std::string name;
    std::string trade;
    Phase phase;
    int phase_days; // how long ago the current phase began
    std::vector<std::string> team;
    // What the apprentice shares: org -> categories.
    std::vector<std::pair<std::string, std::vector<Category>>> shares;
    int absence_pattern; // 0 little, 1 some, 2 repeated
    int mood_base;       // 2..4
    // The second programme's apprentices (issue 14) have their own office, clinic and journey.
    std::string office = "org-okab";
    std::string clinic = "org-air";
    std::string programme_id = std::string(builtin_programme_id);
    bool has_preparation = true; // false: the case skipped that phase
    // The programme's own phase id for each of the pilot's stages (issue 25: the second
    // programme has phases of its own); a stage missing here is the pilot's id.
    std::map<Phase, std::string> phase_ids{};
    // The last two weeks heavier and heavier: the demo of the early warning (issue 25).
    bool falling_lately = false;

    std::string phase_id(Phase p) const
    {
        const auto it = phase_ids.find(p);
        return it != phase_ids.end() ? it->second : std::string(to_string(p));
    }
};

std::string dt(const std::string &date, int hour, int minute = 0)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:00Z", hour, minute);
    return date + buf;
}

class Builder
{
public:
    explicit Builder(std::string today) : m_today(std::move(today)), m_rng(20221207) {}

    Dataset run()
    {
        m_data.organisations = {
            {"org-okab", "Opplæringskontoret for anleggsfag", OrgKind::training_office},
            {"org-air", "AiR UngRehab", OrgKind::clinic},
            {"org-pilot", "Samhandlingspiloten OKAB–AiR", OrgKind::programme},
        };
        m_data.people = {
            {"p-hanne", "Hanne Sørli", Role::coordinator, "org-pilot", "hanne"},
            {"p-kari", "Kari Nordby", Role::adviser, "org-okab", "kari"},
            {"p-per", "Per Haugen", Role::adviser, "org-okab", "per"},
            {"p-ingrid", "Ingrid Solberg", Role::clinician, "org-air", "ingrid"},
            {"p-lars", "Lars Eide", Role::clinician, "org-air", "lars"},
        };

        const std::vector<Category> all = consentable_categories();
        const std::vector<Apprentice> apprentices = {
            {"emil",
             "Emil Johansen",
             "anleggsmaskinfører",
             Phase::stay,
             12,
             {"p-kari", "p-ingrid"},
             {{"org-okab", {Category::goals, Category::absence, Category::journey}},
              {"org-air", all}},
             1,
             3},
            {"sara",
             "Sara Ahmadi",
             "fjell- og bergverksarbeider",
             Phase::return_to_work,
             9,
             {"p-kari", "p-lars"},
             {{"org-okab", {Category::goals, Category::journey}},
              {"org-air",
               {Category::goals, Category::checkins, Category::absence, Category::journey}}},
             1,
             3},
            {"jonas",
             "Jonas Berg",
             "anleggsgartner",
             Phase::referral,
             5,
             {"p-per"},
             {{"org-okab", {Category::goals, Category::absence, Category::journey}}},
             2,
             2},
            {"ida",
             "Ida Lunde",
             "asfaltør",
             Phase::preparation,
             8,
             {"p-per", "p-ingrid"},
             {{"org-okab", {Category::goals, Category::absence, Category::journey}},
              {"org-air", {Category::goals, Category::checkins, Category::journey}}},
             1,
             3},
            {"mathias",
             "Mathias Strand",
             "anleggsmaskinfører",
             Phase::follow_up,
             20,
             {"p-per", "p-lars"},
             {{"org-okab", all}, {"org-air", all}},
             0,
             4},
        };
        for (const auto &a : apprentices)
            seed_case(a);
        seed_second_programme();
        return std::move(m_data);
    }

private:
    int roll(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }

    void write(const std::string &id, const char *kind, const std::string &case_id, json fields)
    {
        m_data.records.push_back(Record{id, kind, case_id, std::move(fields)});
    }

    std::string add_days(const std::string &date, int n) const
    {
        return date_of_day(*day_number(date) + n);
    }

    const Person &person(const std::string &id) const
    {
        for (const auto &p : m_data.people)
            if (p.id == id)
                return p;
        throw std::logic_error("demo: no person " + id);
    }

    const Organisation &org(const std::string &id) const
    {
        for (const auto &o : m_data.organisations)
            if (o.id == id)
                return o;
        throw std::logic_error("demo: no organisation " + id);
    }

    void seed_case(const Apprentice &a)
    {
        const auto person_id = "p-" + a.key;
        const auto case_id = "case-" + a.key;
        m_data.people.push_back({person_id, a.name, Role::apprentice, "", a.key, a.programme_id});
        DemoCase c;
        c.summary = {case_id, person_id, a.name, a.office, a.clinic, {}};
        for (const auto &member : a.team) {
            const auto &p = person(member);
            c.summary.team.push_back({p.id, p.name, p.role, p.org_id, org(p.org_id).name});
        }
        m_data.cases.push_back(std::move(c));

        // The journey so far: each earlier phase about two weeks, the current one phase_days.
        json history = json::object();
        int days_ago = a.phase_days;
        std::vector<Phase> before;
        for (Phase p : journey_phases()) {
            if (p == a.phase)
                break;
            if (p != Phase::preparation || a.has_preparation)
                before.push_back(p);
        }
        for (auto it = before.rbegin(); it != before.rend(); ++it) {
            days_ago += 14;
            history[a.phase_id(*it)] = add_days(m_today, -days_ago);
        }
        history[a.phase_id(a.phase)] = add_days(m_today, -a.phase_days);
        write(case_id, kind::case_file, case_id,
              {{"apprentice_id", person_id},
               {"training_office_id", a.office},
               {"clinic_id", a.clinic},
               {"trade", a.trade},
               {"phase", a.phase_id(a.phase)},
               {"phase_since", add_days(m_today, -a.phase_days)},
               {"phase_history", history}});
        const auto started = add_days(m_today, -(days_ago + 5));

        seed_goals(a, case_id, started);
        seed_checkins(a, case_id);
        seed_absence(a, case_id);
        seed_notes_and_messages(a, case_id, person_id);
        if (a.key == "emil") {
            seed_meetings(a, case_id, person_id);
            seed_goal_comments(a, case_id, person_id);
        }
        if (a.key == "sara") {
            seed_return_plan(a, case_id);
            seed_return_plan_meeting(case_id, person_id);
        }

        for (const auto &[org, cats] : a.shares)
            for (Category c : cats) {
                json f = {
                    {"org_id", org}, {"category", std::string(to_string(c))}, {"granted", true}};
                // Shared when the case started: the review ("Still OK?") comes due with age.
                f["granted_at"] = started + "T09:00:00Z";
                if (a.key == "mathias" && org == "org-air")
                    f["until"] = add_days(m_today, 30); // follow-up ends: sharing ends with it
                write(consent_id(case_id, org, c), kind::consent, case_id, f);
            }
        // Counted in the programme's figures (issue 24): everyone but Jonas, who is new and has
        // not been asked yet — so the figures show that only those who said yes count.
        if (a.key != "jonas")
            write(consent_id(case_id, statistics_org, Category::statistics), kind::consent, case_id,
                  {{"org_id", statistics_org},
                   {"category", "statistics"},
                   {"granted", true},
                   {"granted_at", started + "T09:00:00Z"}});
        // Sara said no to the training office seeing her absence: recorded, not just missing.
        if (a.key == "sara")
            write(consent_id(case_id, "org-okab", Category::absence), kind::consent, case_id,
                  {{"org_id", "org-okab"}, {"category", "absence"}, {"granted", false}});
    }

    void seed_goals(const Apprentice &a, const std::string &case_id, const std::string &started)
    {
        struct Goal
        {
            std::string title, why, status;
            std::vector<std::pair<std::string, bool>> steps;
        };
        const std::vector<Goal> goals = {
            {"Bestå fagprøven og få fagbrev som " + a.trade,
             "Jeg vil fullføre lærlingetiden og stå på egne bein i bransjen.",
             "active",
             {{"Gå gjennom læreplanen med veileder i bedriften", true},
              {"Føre logg over arbeidsoppgaver hver uke", a.phase != Phase::referral},
              {"Ta teoriprøven", a.phase == Phase::follow_up},
              {"Melde meg opp til fagprøven", false}}},
            {"Komme tilbake i full stilling",
             "Trappe opp gradvis uten at det går ut over helsa.",
             a.phase == Phase::follow_up ? "achieved" : "active",
             {{"Avtale plan for opptrapping med arbeidsgiver", a.phase >= Phase::stay},
              {"Jobbe 50 % i to uker", a.phase >= Phase::return_to_work},
              {"Jobbe 80 % i to uker", a.phase >= Phase::follow_up},
              {"Full stilling", a.phase >= Phase::follow_up}}},
            {"Bedre søvn og faste rutiner",
             "Når jeg sover dårlig, orker jeg ikke å dra på jobb.",
             "active",
             {{"Legge meg før kl. 23 på hverdager", a.phase >= Phase::preparation},
              {"Gå tur etter jobb tre dager i uka", false}}},
        };
        for (std::size_t g = 0; g < goals.size(); ++g) {
            const auto goal_id = "goal-" + a.key + "-" + std::to_string(g + 1);
            write(goal_id, kind::goal, case_id,
                  {{"title", goals[g].title},
                   {"why", goals[g].why},
                   {"status", goals[g].status},
                   {"position", static_cast<int>(g)},
                   {"is_fagbrev", g == 0},
                   {"created", dt(started, 9)}});
            for (std::size_t s = 0; s < goals[g].steps.size(); ++s)
                write(goal_id + "-step-" + std::to_string(s + 1), kind::goal_step, case_id,
                      {{"goal_id", goal_id},
                       {"title", goals[g].steps[s].first},
                       {"done", goals[g].steps[s].second},
                       {"position", static_cast<int>(s)},
                       {"state", "accepted"}});
        }
        // A step the adviser suggested, waiting for the apprentice to accept it (in their name,
        // with why: the server treats it as the adviser's until the apprentice answers).
        write("goal-" + a.key + "-1-step-5", kind::goal_step, case_id,
              {{"goal_id", "goal-" + a.key + "-1"},
               {"title", "Snakke med faglig leder om hvilke maskiner jeg trenger mer øving på"},
               {"done", false},
               {"position", 4},
               {"state", "suggested"},
               {"suggested_by", person(a.team.front()).name},
               {"suggested_by_id", a.team.front()},
               {"suggestion_why", "Du sa på møtet at du vil bli tryggere før fagprøven. Faglig "
                                  "leder vet hvor det er lurt å øve."}});
        // A goal Per suggested to Jonas, waiting for his answer.
        if (a.key == "jonas")
            write(
                "goal-jonas-4", kind::goal, case_id,
                {{"title", "Trene fast én dag i uka"},
                 {"status", "active"},
                 {"position", 3},
                 {"is_fagbrev", false},
                 {"created", dt(add_days(m_today, -2), 13)},
                 {"state", "suggested"},
                 {"suggested_by", "Per Haugen"},
                 {"suggested_by_id", "p-per"},
                 {"suggestion_why", "Du fortalte at du sover bedre de dagene du har trent. Kanskje "
                                    "det kan bli et eget mål?"}});
        // One the apprentice said no to: kept, and the adviser sees the answer.
        if (a.key == "emil")
            write("goal-emil-3-step-3", kind::goal_step, case_id,
                  {{"goal_id", "goal-emil-3"},
                   {"title", "Legge bort mobilen en time før jeg legger meg"},
                   {"done", false},
                   {"position", 2},
                   {"state", "declined"},
                   {"suggested_by", "Kari Nordby"},
                   {"suggested_by_id", "p-kari"},
                   {"suggestion_why", "Mange sover bedre uten skjerm rett før leggetid."}});
    }

    void seed_checkins(const Apprentice &a, const std::string &case_id)
    {
        static const std::vector<std::string> notes = {
            "Lang dag i grøfta, men det gikk greit.",
            "Vondt i ryggen etter å ha sittet i maskinen hele dagen.",
            "Sov dårlig. Tunge tanker om kvelden.",
            "God dag! Fikk kjøre gravemaskin alene for første gang.",
            "Sliten, men stolt.",
            "Grudde meg til å dra på jobb i dag.",
            "Fin samtale med veilederen min.",
            "Regn hele dagen. Fikk lite gjort.",
        };
        const int days = a.phase == Phase::referral ? 25 : 60;
        for (int d = days; d >= 1; --d) {
            if (roll(0, 9) < 2)
                continue; // daily-ish: not every day
            const auto date = add_days(m_today, -d);
            // Mood improves slowly over the stay for those further along.
            const int trend = a.phase >= Phase::stay ? (days - d) / 25 : 0;
            int mood = std::clamp(a.mood_base + trend + roll(-1, 1), 1, 5);
            if (a.falling_lately)
                mood = d > 14 ? std::clamp(a.mood_base + 1 + roll(-1, 0), 1, 5)
                              : std::clamp(3 - (14 - d) / 5 + roll(-1, 0), 1, 5);
            json f = {{"date", date},
                      {"mood", mood},
                      {"energy", std::clamp(mood + roll(-1, 1), 1, 5)},
                      {"sleep", std::clamp(mood + roll(-2, 1), 1, 5)},
                      {"pain", std::clamp(5 - mood + roll(-1, 2), 0, 10)},
                      {"work", std::clamp(mood + roll(-1, 0), 1, 5)}};
            if (roll(0, 3) == 0)
                f["note"] =
                    notes[static_cast<std::size_t>(roll(0, static_cast<int>(notes.size()) - 1))];
            write("checkin-" + a.key + "-" + date, kind::checkin, case_id, f);
        }
    }

    void seed_absence(const Apprentice &a, const std::string &case_id)
    {
        struct Episode
        {
            int from_ago, length;
            const char *kind;
            bool health;
            const char *note;
        };
        std::vector<Episode> episodes;
        if (a.absence_pattern >= 1) {
            episodes.push_back({48, 2, "sick", true, "Migrene."});
            episodes.push_back({20, 1, "appointment", true, "Time hos fastlegen."});
        }
        if (a.absence_pattern >= 2) {
            // Repeated short absences: the pattern that should make the adviser raise health.
            episodes.push_back({40, 1, "sick", true, "Vondt i magen."});
            episodes.push_back({33, 2, "sick", true, "Orket ikke å stå opp."});
            episodes.push_back({26, 1, "other", false, "Forsov meg."});
            episodes.push_back({19, 3, "sick", true, "Syk."});
            episodes.push_back({11, 1, "sick", true, ""});
            episodes.push_back({4, 2, "sick", true, "Hodepine og svimmel."});
        }
        if (a.absence_pattern == 0)
            episodes.push_back(
                {35, 1, "sick_child", false, "Lillebror syk, måtte hente i barnehagen."});
        int n = 0;
        for (const auto &e : episodes) {
            json f = {{"from", add_days(m_today, -e.from_ago)},
                      {"to", add_days(m_today, -e.from_ago + e.length - 1)},
                      {"kind", e.kind},
                      {"health_related", e.health}};
            if (*e.note)
                f["note"] = e.note;
            write("absence-" + a.key + "-" + std::to_string(++n), kind::absence, case_id, f);
        }
    }

    void seed_notes_and_messages(const Apprentice &a, const std::string &case_id,
                                 const std::string &person_id)
    {
        const std::string adviser_id = a.team.front();
        const std::string adviser = person(adviser_id).name;
        const bool pilot = a.programme_id == builtin_programme_id;
        write("note-" + a.key + "-1", kind::note, case_id,
              {{"author_id", adviser_id},
               {"author_name", adviser},
               {"text", "Samtale med " + a.name.substr(0, a.name.find(' ')) +
                            " og faglig leder. Fraværet har økt siste måned. Tok opp helse "
                            "direkte; " +
                            a.name.substr(0, a.name.find(' ')) +
                            (pilot ? " er åpen for å prøve et opphold hos AiR."
                                   : " vil prøve dagrehabilitering på Fjordklinikken.")},
               {"created", dt(add_days(m_today, -45), 10, 30)}});
        if (a.team.size() > 1) {
            write("note-" + a.key + "-2", kind::note, case_id,
                  {{"author_id", a.team[1]},
                   {"author_name", person(a.team[1]).name},
                   {"text", "Kartleggingssamtale gjennomført. Felles mål: fullføre "
                            "lærlingetiden. Avtalt gradvis opptrapping og ukentlig kontakt "
                            "med opplæringskontoret."},
                   {"created", dt(add_days(m_today, -30), 13)}});
        }
        if (a.absence_pattern >= 2)
            write("note-" + a.key + "-3", kind::note, case_id,
                  {{"author_id", adviser_id},
                   {"author_name", adviser},
                   {"text", "Sjette fravær på fem uker. Bør vi foreslå henvisning til AiR? "
                            "Tar det opp på neste møte."},
                   {"created", dt(add_days(m_today, -3), 14, 15)}});

        const std::vector<std::tuple<int, bool, std::string>> thread = {
            {14, false, "Hei! Hvordan gikk det på jobb denne uka?"},
            {14, true, "Bedre enn forrige uke. Fikk være med på sprengning i går."},
            {6, false, "Så bra! Husk møtet på torsdag kl. 12."},
            {5, true, "Takk, jeg kommer."},
        };
        int n = 0;
        for (const auto &[ago, mine, text] : thread) {
            ++n; // its own statement: the id and the hour below both read it
            write("message-" + a.key + "-" + std::to_string(n), kind::message, case_id,
                  {{"author_id", mine ? person_id : adviser_id},
                   {"author_name", mine ? a.name : adviser},
                   {"text", text},
                   {"sent", dt(add_days(m_today, -ago), 9 + n)}});
        }
    }

    // Kari cheers Emil on under his sleep goal, and he answers: the goal stays in his words.
    void seed_goal_comments(const Apprentice &a, const std::string &case_id, const std::string &me)
    {
        write("comment-emil-3-1", kind::goal_comment, case_id,
              {{"goal_id", "goal-emil-3"},
               {"author_id", "p-kari"},
               {"author_name", "Kari Nordby"},
               {"text", "Så bra at du legger deg før elleve! Hvordan går det med turene?"},
               {"created", dt(add_days(m_today, -3), 14)}});
        write("comment-emil-3-2", kind::goal_comment, case_id,
              {{"goal_id", "goal-emil-3"},
               {"author_id", me},
               {"author_name", a.name},
               {"text", "Takk! Turene er vanskeligst når det regner."},
               {"created", dt(add_days(m_today, -2), 19)}});
    }

    // Emil's collaboration meeting last week: his own agenda items first, minutes by Ingrid and
    // Kari, three agreed actions (one for Emil, also a suggested step), and his answer still to
    // come; and the next meeting, with what he wants to talk about already on the agenda.
    void seed_meetings(const Apprentice &a, const std::string &case_id, const std::string &me)
    {
        const json people = {me, "p-kari", "p-ingrid"};
        write("meeting-emil-1", kind::meeting, case_id,
              {{"title", "Samarbeidsmøte etter første uke tilbake"},
               {"starts", dt(add_days(m_today, -6), 11)},
               {"minutes_long", 60},
               {"place", "AiR, møterom 2"},
               {"participants",
                {{"people", people}, {"guests", {"Ole Hansen, instruktør i bedriften"}}}},
               {"status", "held"}});
        struct Item
        {
            const char *author_id, *author_name, *title, *minutes_by, *minutes;
        };
        const std::vector<Item> items = {
            {"p-emil", "Emil Johansen", "Hvordan det går i maskinen etter oppholdet",
             "Ingrid Solberg",
             "Emil forteller at dagene i maskinen går bedre, men at ryggen er sliten etter fire "
             "timer. Vi ble enige om en kort pause hver time."},
            {"p-emil", "Emil Johansen", "Jeg vil snakke om fagprøven", "Kari Nordby",
             "Emil er usikker på om han rekker fagprøven i vår. Datoen flyttes ikke nå; Kari "
             "sjekker med prøvenemnda hva som er mulig."},
            {"p-kari", "Kari Nordby", "Tilrettelegging i bedriften", "Kari Nordby",
             "Ole kan gi Emil lettere oppgaver på fredager fram til jul."},
        };
        for (std::size_t i = 0; i < items.size(); ++i)
            write("agenda-emil-1-" + std::to_string(i + 1), kind::agenda_item, case_id,
                  {{"meeting_id", "meeting-emil-1"},
                   {"title", items[i].title},
                   {"author_id", items[i].author_id},
                   {"author_name", items[i].author_name},
                   {"position", static_cast<int>(i)},
                   {"created", dt(add_days(m_today, -9), 8 + static_cast<int>(i))},
                   {"minutes", items[i].minutes},
                   {"minutes_by", items[i].minutes_by}});
        const auto step = std::string("goal-emil-2-step-meeting-1");
        write(step, kind::goal_step, case_id,
              {{"goal_id", "goal-emil-2"},
               {"title", "Ta en kort pause hver time i maskinen"},
               {"done", false},
               {"position", 10},
               {"state", "suggested"},
               {"suggested_by", "Ingrid Solberg"},
               {"suggested_by_id", "p-ingrid"},
               {"suggestion_why", "Avtalt på samarbeidsmøtet: ryggen trenger pauser."}});
        write("action-emil-1-1", kind::meeting_action, case_id,
              {{"meeting_id", "meeting-emil-1"},
               {"title", "Ta en kort pause hver time i maskinen"},
               {"owner_id", "apprentice"},
               {"due", add_days(m_today, 8)},
               {"step_id", step}});
        write("action-emil-1-2", kind::meeting_action, case_id,
              {{"meeting_id", "meeting-emil-1"},
               {"title", "Sjekke datoen for fagprøven med prøvenemnda"},
               {"owner_id", "p-kari"},
               {"owner_name", "Kari Nordby"},
               {"due", add_days(m_today, 4)}});
        write("action-emil-1-3", kind::meeting_action, case_id,
              {{"meeting_id", "meeting-emil-1"},
               {"title", "Lettere oppgaver på fredager fram til jul"},
               {"owner_name", "Ole Hansen, instruktør i bedriften"},
               {"due", add_days(m_today, 1)}});

        write("meeting-emil-2", kind::meeting, case_id,
              {{"title", "Samarbeidsmøte: hvordan pausene går"},
               {"starts", dt(add_days(m_today, 8), 12)},
               {"minutes_long", 45},
               {"video_link", "https://video.example.no/bro-emil"},
               {"participants", {{"people", people}, {"guests", json::array()}}},
               {"status", "planned"}});
        write("agenda-emil-2-1", kind::agenda_item, case_id,
              {{"meeting_id", "meeting-emil-2"},
               {"title", "Hvordan pausene har fungert"},
               {"author_id", me},
               {"author_name", a.name},
               {"position", 0},
               {"created", dt(add_days(m_today, -1), 20)}});
    }

    // Sara, Kari and Lars meet in a few days to look at the return plan together.
    void seed_return_plan_meeting(const std::string &case_id, const std::string &me)
    {
        write("meeting-sara-return-plan", kind::meeting, case_id,
              {{"title", "Samarbeidsmøte om opptrappingsplanen"},
               {"starts", dt(add_days(m_today, 3), 9)},
               {"minutes_long", 45},
               {"place", "OKAB, Leira"},
               {"participants",
                {{"people", {me, "p-kari", "p-lars"}},
                 {"guests", {"Nina Bakke, instruktør i bedriften"}}}},
               {"status", "planned"}});
    }

    // Sara's graded return to work, drafted by Lars: six weeks from 40 % to full time. The first
    // week had two sick days (behind, one week: no flag yet); she asked to take 80 % slower.
    void seed_return_plan(const Apprentice &a, const std::string &case_id)
    {
        const int since = *day_number(m_today) - a.phase_days;
        const int monday = since - ((since + 3) % 7); // day 0, 1970-01-01, was a Thursday
        struct Week
        {
            int share, hours;
            const char *tasks, *answer, *note;
        };
        const std::vector<Week> weeks = {
            {40, 15, "Lett arbeid i verkstedet. Ingen tunge løft.", "accepted", ""},
            {40, 15, "Verkstedet, og en halv dag ute med laget.", "accepted", ""},
            {60, 22, "Ute med laget tre dager. Boring med pauser.", "accepted", ""},
            {60, 22, "Som uka før.", "accepted", ""},
            {80, 30, "Vanlige oppgaver, men ikke nattskift.", "change_requested",
             "Kan vi ta 80 % i to uker? Jeg er redd for å gå for fort fram."},
            {100, 37, "Full stilling.", "", ""},
        };
        for (std::size_t i = 0; i < weeks.size(); ++i) {
            json f = {{"week_start", date_of_day(monday + 7 * static_cast<int>(i))},
                      {"week_no", static_cast<int>(i + 1)},
                      {"share", weeks[i].share},
                      {"hours", weeks[i].hours},
                      {"tasks", weeks[i].tasks}};
            if (*weeks[i].answer)
                f["answer"] = weeks[i].answer;
            if (*weeks[i].note)
                f["answer_note"] = weeks[i].note;
            write("plan-sara-week-" + std::to_string(i + 1), kind::return_plan_week, case_id, f);
        }
        // Two sick days in the first week (Tuesday and Wednesday).
        write("absence-sara-return-1", kind::absence, case_id,
              {{"from", date_of_day(monday + 1)},
               {"to", date_of_day(monday + 2)},
               {"kind", "sick"},
               {"health_related", true},
               {"note", "Forkjølet."}});
    }

    // Issue 14: another office, trade and clinic on the same server, with its own coordinator
    // and (issue 25) a journey of its own: referral, a work-ability assessment that may be
    // skipped, day rehabilitation, work training at the company, follow-up towards the trade test.
    void seed_second_programme()
    {
        const std::string prog(second_programme_id);
        m_data.programmes.push_back(second_programme_json());
        m_data.organisations.push_back(
            {"org-vestbygg", "Vest-Bygg opplæringskontor", OrgKind::training_office, prog});
        m_data.organisations.push_back(
            {"org-fjord", "Fjordklinikken dagrehabilitering", OrgKind::clinic, prog});
        m_data.organisations.push_back(
            {"org-vestbygg-prog", "Dagrehabiliteringen Vest-Bygg–Fjord", OrgKind::programme, prog});
        m_data.people.push_back(
            {"p-randi", "Randi Moe", Role::coordinator, "org-vestbygg-prog", "randi", prog});
        m_data.people.push_back(
            {"p-tone", "Tone Vik", Role::adviser, "org-vestbygg", "tone", prog});
        m_data.people.push_back(
            {"p-eirik", "Eirik Lunde", Role::clinician, "org-fjord", "eirik", prog});
        const std::vector<Category> all = consentable_categories();
        Apprentice noah{"noah",
                        "Noah Berge",
                        "tømrer",
                        Phase::stay,
                        10,
                        {"p-tone", "p-eirik"},
                        {{"org-vestbygg", {Category::goals, Category::absence, Category::journey}},
                         {"org-fjord", all}},
                        1,
                        3};
        Apprentice amalie{"amalie",
                          "Amalie Strand",
                          "murer",
                          Phase::referral,
                          4,
                          {"p-tone"},
                          {{"org-vestbygg", {Category::goals, Category::journey}}},
                          1,
                          3};
        noah.falling_lately = true; // shares his check-ins with the clinic only: he decides
        for (auto *a : {&noah, &amalie}) {
            a->office = "org-vestbygg";
            a->clinic = "org-fjord";
            a->programme_id = prog;
            // Noah went straight to day rehabilitation: the assessment may be skipped.
            a->has_preparation = false;
            a->phase_ids = {{Phase::referral, "henvisning"},
                            {Phase::preparation, "kartlegging"},
                            {Phase::stay, "dagrehab"},
                            {Phase::return_to_work, "arbeidstrening"},
                            {Phase::follow_up, "mot_fagprove"}};
            seed_case(*a);
        }
    }

    std::string m_today;
    std::mt19937 m_rng;
    Dataset m_data;
};

} // namespace

Dataset dataset(const std::string &today)
{
    auto d = Builder(today).run();
    add_outcomes(d, today); // referrals, outcome points and past cohorts (issue 24)
    // "Vi har i 2022 har 5 lærlinger gjennom piloten vår" (the pilot's report): four of them got
    // their trade certificate, one ended early; each erased a year after their case closed.
    d.erased = {{{2022, CohortOutcome::ended}, "2023-11-07T02:00:00Z"},
                {{2022, CohortOutcome::completed}, "2024-08-29T02:00:00Z"},
                {{2022, CohortOutcome::completed}, "2024-10-03T02:00:00Z"},
                {{2022, CohortOutcome::completed}, "2025-01-16T02:00:00Z"},
                {{2022, CohortOutcome::completed}, "2025-06-12T02:00:00Z"}};
    return d;
}

const Person *find_person(const Dataset &d, const std::string &username)
{
    for (const auto &p : d.people)
        if (p.username == username)
            return &p;
    return nullptr;
}

} // namespace bro::demo
