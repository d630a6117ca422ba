#include "demo/demo_outcomes.hpp"

#include "domain/dates.hpp"
#include "domain/outcomes.hpp"
#include "domain/schema.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

namespace bro::demo {

namespace {

using nlohmann::json;

// One current case's referral, as the pilot's people would have written it. Offsets are days
// from today; the stay's dates come from the case's phase history where it has them.
struct CurrentReferral
{
    std::string key;
    std::string referred_by;
    std::string reason;
    std::string decision; // waiting, accepted
    std::string decision_reason;
    int planned_start = 0; // for a stay not begun yet: days from today (0: not dated)
    int planned_end = 0;   // for a stay not ended yet: days from today (0: not dated)
    // Points the apprentice has answered, with work ability at each.
    std::vector<std::pair<std::string, int>> answered;
};

const std::vector<CurrentReferral> &current_referrals()
{
    // Emil is in his stay: the baseline answered, the end of the stay due in a few days (the
    // Today card the tests answer). Sara and Noah have answered what was due; Ida waits for
    // her stay; Jonas and Amalie wait for the clinic's answer.
    static const std::vector<CurrentReferral> list = {
        {"emil",
         "adviser",
         "Jeg har vondt i ryggen og sover dårlig. Jeg er redd for å ikke klare læretiden.",
         "accepted",
         "Vi tror et opphold kan hjelpe deg. Du får komme om to uker.",
         0,
         3,
         {{"baseline", 4}}},
        {"sara",
         "gp",
         "Jeg er sliten hele tiden og har vært mye borte fra jobb i vinter.",
         "accepted",
         "Vi har plass til deg, og vi lager en plan sammen med deg.",
         0,
         0,
         {{"baseline", 3}, {"stay_end", 5}}},
        {"jonas",
         "adviser",
         "Jeg har mye fravær. Jeg vet ikke helt hvorfor, men jeg er sliten.",
         "waiting",
         "",
         0,
         0,
         {{"baseline", 5}}},
        {"ida",
         "apprentice",
         "Jeg får vondt i knærne og orker lite etter jobb.",
         "accepted",
         "Et opphold passer for deg. Vi sender deg datoene.",
         12,
         40,
         {}},
        {"mathias",
         "adviser",
         "Jeg var sykmeldt i tre uker og vil tilbake i full jobb uten å bli syk igjen.",
         "accepted",
         "Vi har plass til deg neste måned.",
         0,
         0,
         {{"baseline", 4}, {"stay_end", 6}}},
        {"noah",
         "gp",
         "Jeg har angst før jobb og har vært mye borte.",
         "accepted",
         "Dagrehabilitering passer deg godt.",
         0,
         18,
         {{"baseline", 3}}},
        {"amalie",
         "apprentice",
         "Jeg har vondt i skuldrene etter murearbeid.",
         "waiting",
         "",
         0,
         0,
         {}},
    };
    return list;
}

// The phases that are "the stay" and "after it" in either demo programme.
bool is_stay(const std::string &phase)
{
    return phase == "stay" || phase == "dagrehab";
}
bool is_after_stay(const std::string &phase)
{
    return phase == "return_to_work" || phase == "arbeidstrening" || phase == "follow_up" ||
           phase == "mot_fagprove";
}

// A goal score that grows with the point: -1 at baseline towards +1 or +2 later, varied a little
// by the goal so the answers do not look copied.
int goal_score(int point_index, std::size_t goal, int lift)
{
    const int s = -1 + point_index / 2 + static_cast<int>(goal % 2) * (point_index > 0) + lift;
    return std::max(-2, std::min(2, s));
}

void write(Dataset &d, const std::string &id, const char *kind, const std::string &case_id,
           json fields)
{
    d.records.push_back(Record{id, kind, case_id, std::move(fields)});
}

std::vector<std::string> goal_ids(const Dataset &d, const std::string &case_id)
{
    std::vector<std::string> out;
    for (const auto &r : d.records)
        if (r.kind == kind::goal && r.case_id == case_id &&
            r.str("state", "accepted") == "accepted")
            out.push_back(r.id);
    return out;
}

// The outcome records of one case: answered points with the adviser's status beside them.
void write_points(Dataset &d, const std::string &case_id, const ReferralDates &dates,
                  const std::vector<std::pair<std::string, int>> &answered,
                  const std::vector<std::string> &statuses, int lift)
{
    const auto goals = goal_ids(d, case_id);
    const auto due = outcome_due_dates(dates);
    for (std::size_t i = 0; i < due.size() && i < answered.size(); ++i) {
        if (due[i].due.empty())
            break;
        json scores = json::object();
        for (std::size_t g = 0; g < goals.size(); ++g)
            scores[goals[g]] = goal_score(static_cast<int>(i), g, lift);
        json f = {{"point", due[i].point},
                  {"due", due[i].due},
                  {"goal_scores", scores},
                  {"work_ability", answered[i].second},
                  // Most answer within the week; every third point a few days late.
                  {"answered_on", add_days(due[i].due, i % 3 == 2 ? 9 : 1)}};
        if (i < statuses.size() && !statuses[i].empty()) {
            f["status"] = statuses[i];
            f["status_on"] = add_days(due[i].due, 2);
        }
        write(d, outcome_id(case_id, due[i].point), kind::outcome, case_id, std::move(f));
    }
}

void add_current(Dataset &d, const std::string &today)
{
    for (const auto &c : current_referrals()) {
        const std::string case_id = "case-" + c.key;
        const Record *file = nullptr;
        for (const auto &r : d.records)
            if (r.kind == kind::case_file && r.id == case_id)
                file = &r;
        if (!file)
            continue;
        // The journey's dates: the earliest phase is the referral; the stay phase began the
        // stay, and the phase after it ended it.
        std::string referred_on, stay_start, stay_end;
        const auto &history = file->fields.value("phase_history", json::object());
        for (const auto &[phase, date] : history.items()) {
            const std::string day = date.get<std::string>();
            if (referred_on.empty() || day < referred_on)
                referred_on = day;
            if (is_stay(phase))
                stay_start = day;
            if (is_after_stay(phase) && (stay_end.empty() || day < stay_end))
                stay_end = day;
        }
        if (stay_start.empty() && c.planned_start != 0)
            stay_start = add_days(today, c.planned_start);
        if (stay_end.empty() && c.planned_end != 0)
            stay_end = add_days(today, c.planned_end);
        json f = {{"referred_by", c.referred_by},
                  {"referred_on", referred_on},
                  {"reason", c.reason},
                  {"decision", c.decision}};
        if (c.decision != "waiting") {
            // The clinic answered when the preparation began (or a week after the referral).
            std::string decided = add_days(referred_on, 7);
            if (history.contains("preparation"))
                decided = history["preparation"].get<std::string>();
            f["decided_on"] = decided;
            f["decision_reason"] = c.decision_reason;
        }
        if (!stay_start.empty())
            f["stay_start"] = stay_start;
        if (!stay_end.empty())
            f["stay_end"] = stay_end;
        write(d, referral_id(case_id), kind::referral, case_id, f);
        std::vector<std::string> statuses(c.answered.size(), "in_training");
        if (c.key == "sara" && statuses.size() > 1)
            statuses[1] = "sick_leave"; // graded sick leave while she works her way back
        write_points(d, case_id, {referred_on, stay_start, stay_end, c.decision == "declined"},
                     c.answered, statuses, 0);
    }
}

// A past apprentice of the pilot (issue 24): referred in one of the last three calendar years,
// and how it went.
enum class PastEnd {
    declined,  // the clinic said no; the case ended before any stay
    withdrawn, // accepted, but the apprentice withdrew before the stay
    certified, // the stay, the return to work, the trade certificate (phase completed)
    dropped,   // left the apprenticeship after the stay (phase ended)
    training,  // still in the apprenticeship, followed up (an open case)
};

struct PastCase
{
    std::string key; // username and case suffix: first.last, apart from any test's own names
    std::string name;
    std::string trade;
    int years_ago;  // 1 … 3
    std::string md; // month and day of the referral, MM-DD
    PastEnd end;
    int baseline; // work ability at the start, 3 … 5
};

const std::vector<PastCase> &past_cases()
{
    using E = PastEnd;
    static const std::vector<PastCase> list = {
        // Three years ago: six referrals.
        {"martin.olsen", "Martin Olsen", "tømrer", 3, "02-06", E::certified, 4},
        {"sofie.hansen", "Sofie Hansen", "betongfaget", 3, "03-13", E::certified, 3},
        {"henrik.larsen", "Henrik Larsen", "anleggsmaskinfører", 3, "04-24", E::declined, 5},
        {"thea.pedersen", "Thea Pedersen", "rørlegger", 3, "05-29", E::certified, 4},
        {"magnus.nilsen", "Magnus Nilsen", "anleggsmaskinfører", 3, "09-04", E::dropped, 3},
        {"tobias.kristiansen", "Tobias Kristiansen", "tømrer", 3, "10-16", E::certified, 5},
        // Two years ago: nine.
        {"emma.karlsen", "Emma Karlsen", "rørlegger", 2, "01-15", E::certified, 4},
        {"sander.johnsen", "Sander Johnsen", "betongfaget", 2, "02-19", E::withdrawn, 4},
        {"ola.eriksen", "Ola Eriksen", "anleggsmaskinfører", 2, "03-11", E::certified, 3},
        {"nora.bakken", "Nora Bakken", "tømrer", 2, "04-08", E::certified, 5},
        {"jakob.dahl", "Jakob Dahl", "asfaltør", 2, "05-06", E::dropped, 3},
        {"ylva.solheim", "Ylva Solheim", "betongfaget", 2, "06-10", E::certified, 4},
        {"adrian.moen", "Adrian Moen", "anleggsmaskinfører", 2, "08-26", E::certified, 4},
        {"oskar.halvorsen", "Oskar Halvorsen", "rørlegger", 2, "09-23", E::declined, 5},
        {"aleksander.lie", "Aleksander Lie", "tømrer", 2, "10-28", E::certified, 3},
        // Last year: eight, two of them still in their apprenticeship.
        {"marius.berntsen", "Marius Berntsen", "anleggsmaskinfører", 1, "01-20", E::certified, 4},
        {"julie.iversen", "Julie Iversen", "tømrer", 1, "02-17", E::certified, 3},
        {"sebastian.strom", "Sebastian Strøm", "betongfaget", 1, "03-09", E::training, 4},
        {"elias.andreassen", "Elias Andreassen", "rørlegger", 1, "03-30", E::certified, 5},
        {"maja.ruud", "Maja Ruud", "anleggsmaskinfører", 1, "04-27", E::withdrawn, 4},
        {"filip.saetre", "Filip Sætre", "murer", 1, "05-18", E::training, 3},
        {"lucas.jacobsen", "Lucas Jacobsen", "tømrer", 1, "06-08", E::certified, 4},
        {"hedda.lien", "Hedda Lien", "fjell- og bergverksarbeider", 1, "08-31", E::certified, 5},
    };
    return list;
}

void add_past(Dataset &d, const std::string &today)
{
    const int this_year = std::stoi(today.substr(0, 4));
    // The adviser who followed the earlier cohorts: their cases stay off today's caseloads.
    d.people.push_back({"p-bjorn", "Bjørn Aas", Role::adviser, "org-okab", "bjorn"});
    const Person adviser = d.people.back(); // a copy: d.people grows below
    const std::string office = "Opplæringskontoret for anleggsfag";
    std::size_t n = 0;
    for (const auto &c : past_cases()) {
        ++n;
        const std::string person_id = "p-" + c.key;
        const std::string case_id = "case-" + c.key;
        d.people.push_back({person_id, c.name, Role::apprentice, "", c.key});
        DemoCase dc;
        dc.summary = {case_id, person_id, c.name, "org-okab", "org-air", {}};
        dc.summary.team.push_back({adviser.id, adviser.name, adviser.role, adviser.org_id, office});
        d.cases.push_back(std::move(dc));

        const std::string referred = std::to_string(this_year - c.years_ago) + "-" + c.md;
        auto at = [&](int days) { return add_days(referred, days); };
        const auto before_today = [&](const std::string &date) { return date <= today; };
        json history = {{"referral", referred}};
        json referral = {{"referred_by", n % 3 == 0 ? "gp" : "adviser"},
                         {"referred_on", referred},
                         {"reason", n % 2 ? "Jeg har vondt i kroppen og har vært mye borte fra "
                                            "jobb."
                                          : "Jeg sover dårlig og orker lite. Jeg vil klare "
                                            "læretiden."}};
        std::string phase = "follow_up", since;
        ReferralDates dates{referred, "", "", false};
        if (c.end == PastEnd::declined) {
            referral["decision"] = "declined";
            referral["decided_on"] = at(14);
            referral["decision_reason"] = "Vi tror fastlegen og fysioterapeut kan hjelpe deg "
                                          "bedre nå. Ta gjerne kontakt igjen.";
            dates.declined = true;
            phase = "ended";
            since = at(16);
        } else {
            referral["decision"] = "accepted";
            referral["decided_on"] = at(12);
            referral["decision_reason"] = "Vi har plass til deg. Velkommen!";
            history["preparation"] = at(12);
            if (c.end == PastEnd::withdrawn) {
                phase = "ended"; // withdrew before the stay was dated
                since = at(28);
            } else {
                dates.stay_start = at(35);
                referral["stay_start"] = dates.stay_start;
                dates.stay_end = at(63);
                referral["stay_end"] = dates.stay_end;
                history["stay"] = at(35);
                history["return_to_work"] = at(63);
                history["follow_up"] = at(119);
                since = at(119);
                // Certified some 9-11 months after the stay; dropped out after 4 months.
                const std::string finish =
                    c.end == PastEnd::certified ? add_months(dates.stay_end, 9 + int(n % 3))
                    : c.end == PastEnd::dropped ? add_months(dates.stay_end, 4)
                                                : std::string();
                if (!finish.empty() && before_today(finish)) {
                    phase = c.end == PastEnd::certified ? "completed" : "ended";
                    since = finish;
                }
            }
        }
        if (phase != "follow_up")
            history[phase] = since;
        write(d, case_id, kind::case_file, case_id,
              {{"apprentice_id", person_id},
               {"training_office_id", "org-okab"},
               {"clinic_id", "org-air"},
               {"trade", c.trade},
               {"phase", phase},
               {"phase_since", since},
               {"phase_history", history}});
        write(d, referral_id(case_id), kind::referral, case_id, referral);
        // Counted in the figures: most said yes; two were never asked (before the question
        // existed for them), so they are in no figure.
        if (c.key != "henrik.larsen" && c.key != "jakob.dahl")
            write(d, consent_id(case_id, statistics_org, Category::statistics), kind::consent,
                  case_id,
                  {{"org_id", statistics_org},
                   {"category", "statistics"},
                   {"granted", true},
                   {"granted_at", referred + "T09:00:00Z"}});
        // Two goals each, in the apprentice's words, for the goal scores to be about.
        const std::vector<std::string> titles = {"Få fagbrev som " + c.trade,
                                                 "Komme tilbake i full stilling"};
        for (std::size_t g = 0; g < titles.size(); ++g)
            write(d, "goal-" + c.key + "-" + std::to_string(g + 1), kind::goal, case_id,
                  {{"title", titles[g]},
                   {"status", phase == "completed" ? "achieved" : "active"},
                   {"position", static_cast<int>(g)},
                   {"is_fagbrev", g == 0},
                   {"created", referred + "T09:00:00Z"}});
        // The points answered so far: work ability from about 4 towards 7; after leaving the
        // apprenticeship nothing more is answered, and the adviser's status says so.
        std::vector<std::pair<std::string, int>> answered;
        std::vector<std::string> statuses;
        const auto due = outcome_due_dates(dates);
        const int rise[] = {0, 1, 2, 3, 3};
        for (std::size_t i = 0; i < due.size(); ++i) {
            if (due[i].due.empty() || !before_today(add_days(due[i].due, 10)))
                break;
            if (c.end == PastEnd::withdrawn && i > 0)
                break;
            if (c.end == PastEnd::dropped && i > 2)
                break;
            const int wa = c.baseline + rise[i] - (c.end == PastEnd::dropped ? int(i) : 0);
            answered.push_back({due[i].point, std::max(0, std::min(10, wa))});
            const bool certified = phase == "completed" && due[i].due >= since;
            statuses.push_back(certified              ? "certified"
                               : i == 1 && n % 3 == 0 ? "sick_leave"
                                                      : "in_training");
        }
        const int lift = c.end == PastEnd::dropped ? -1 : (n % 2 ? 0 : 1);
        write_points(d, case_id, dates, answered, statuses, lift);
        if (c.end == PastEnd::dropped) {
            // The adviser's status at six months: left the apprenticeship (no answers then).
            const auto &p = due[3];
            if (!p.due.empty() && before_today(add_days(p.due, 2)))
                write(d, outcome_id(case_id, p.point), kind::outcome, case_id,
                      {{"point", p.point},
                       {"due", p.due},
                       {"status", "dropped_out"},
                       {"status_on", add_days(p.due, 2)}});
        }
    }
}

} // namespace

void add_outcomes(Dataset &d, const std::string &today)
{
    add_current(d, today);
    add_past(d, today);
}

} // namespace bro::demo
