// Each apprentice's story in the demo: the case and its journey so far, goals and steps,
// check-ins, absence, notes and messages, and what they share with whom.

#include "demo/checkin_fields.hpp"
#include "demo/demo_builder.hpp"

#include <tuple>

namespace bro::demo::detail {

void Builder::seed_case(const Apprentice &a)
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
            json f = {{"org_id", org}, {"category", std::string(to_string(c))}, {"granted", true}};
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

void Builder::seed_goals(const Apprentice &a, const std::string &case_id,
                         const std::string &started)
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
        write("goal-jonas-4", kind::goal, case_id,
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

void Builder::seed_checkins(const Apprentice &a, const std::string &case_id)
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
        auto f = checkin_fields(date, mood, [this](int lo, int hi) { return roll(lo, hi); });
        if (roll(0, 3) == 0)
            f["note"] =
                notes[static_cast<std::size_t>(roll(0, static_cast<int>(notes.size()) - 1))];
        write("checkin-" + a.key + "-" + date, kind::checkin, case_id, f);
    }
}

void Builder::seed_absence(const Apprentice &a, const std::string &case_id)
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

void Builder::seed_notes_and_messages(const Apprentice &a, const std::string &case_id,
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
void Builder::seed_goal_comments(const Apprentice &a, const std::string &case_id,
                                 const std::string &me)
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

} // namespace bro::demo::detail
