#include "day_plan.hpp"

#include "domain/schema.hpp"
#include "hub/case_access_cache.hpp"
#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "sync/access_policy.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <stdexcept>

namespace bro::day {

namespace {

using nlohmann::json;

const std::array<const char *, 6> apprentice_lines = {
    "Hei! Jeg er litt sliten i dag, men jeg er på jobb.",
    "Kan vi ta en prat i morgen? Det er noe med arbeidstiden.",
    "Ryggen er vond igjen, jeg tar det rolig i dag.",
    "Fikk kjøre hjullaster alene i dag!",
    "Jeg glemte å sjekke inn i går, sorry.",
    "Takk for sist, det hjalp å snakke sammen.",
};
const std::array<const char *, 5> adviser_lines = {
    "Takk for at du sier fra. Vi tar en prat i morgen kl. 10?",
    "Bra jobba! Fortell gjerne mer på neste møte.",
    "Husk at du kan be om lettere oppgaver når ryggen er vond.",
    "Jeg har snakket med faglig leder, han er med på planen.",
    "Det går fint. Vi ses på samarbeidsmøtet.",
};
const std::array<const char *, 4> note_lines = {
    "Kort samtale på telefon. Fraværet er lavere enn forrige måned.",
    "Faglig leder sier at det går bedre på byggeplassen.",
    "Lærlingen ønsker å ta opp arbeidstiden på neste møte.",
    "Fulgte opp etter sykedag. Avtalte å ta kontakt igjen om en uke.",
};

class Planner
{
public:
    Planner(const Directory &d, const std::string &today, const std::string &tag,
            std::uint32_t seed)
        : m_d(d), m_today(today), m_tag(tag), m_rng(seed)
    {
    }

    std::vector<PlannedWrite> run()
    {
        for (std::size_t i = 0; i < m_d.people.size(); ++i) {
            const auto &p = m_d.people[i];
            if (p.role == Role::apprentice)
                apprentice(i, p);
            else
                helper(i, p);
        }
        std::stable_sort(m_out.begin(), m_out.end(),
                         [](const auto &a, const auto &b) { return a.at_s < b.at_s; });
        return std::move(m_out);
    }

private:
    double uniform(double lo, double hi) { return std::uniform_real_distribution<>(lo, hi)(m_rng); }
    bool chance(double p) { return uniform(0, 1) < p; }
    int roll(int lo, int hi) { return std::uniform_int_distribution<>(lo, hi)(m_rng); }
    // Hours on the day's clock (6.0 = 06:00) -> seconds after 06:00, kept inside the day.
    static double at(double hour)
    {
        return std::clamp((hour - day_start_hour) * 3600.0, 0.0, day_length_s - 1);
    }
    std::string datetime(double at_s) const
    {
        const int minutes = static_cast<int>(day_start_hour * 60 + at_s / 60);
        char buf[24];
        std::snprintf(buf, sizeof buf, "T%02d:%02d:00Z", minutes / 60, minutes % 60);
        return m_today + buf;
    }
    std::string id(const std::string &what, const std::string &case_id)
    {
        return what + "-" + m_tag + "-" + case_id + "-" + std::to_string(++m_serial);
    }
    void add(double at_s, std::size_t person, std::string record_id, const char *kind,
             const std::string &case_id, json fields)
    {
        m_out.push_back({at_s, person, std::move(record_id), kind, case_id, std::move(fields)});
    }

    void apprentice(std::size_t i, const DayPerson &p)
    {
        if (p.cases.empty())
            return;
        const auto &case_id = p.cases.front();
        // Before work: a few report absence; most check in around half past seven.
        if (chance(0.04)) {
            add(at(uniform(6.2, 7.5)), i, id("absence", case_id), kind::absence, case_id,
                {{"from", m_today},
                 {"to", m_today},
                 {"kind", chance(0.7) ? "sick" : "appointment"},
                 {"health_related", true},
                 {"note", "Syk i dag."}});
        }
        if (chance(0.7)) {
            const double hour = std::normal_distribution<>(7.5, 0.35)(m_rng);
            const int mood = roll(1, 5);
            json f = {{"date", m_today},
                      {"mood", mood},
                      {"energy", std::clamp(mood + roll(-1, 1), 1, 5)},
                      {"sleep", std::clamp(mood + roll(-2, 1), 1, 5)},
                      {"pain", std::clamp(5 - mood + roll(-1, 2), 0, 10)},
                      {"work", std::clamp(mood + roll(-1, 0), 1, 5)}};
            if (chance(0.2))
                f["note"] = "Lang dag i grøfta, men det gikk greit.";
            add(at(hour), i, "checkin-" + m_tag + "-" + case_id, kind::checkin, case_id,
                std::move(f));
        }
        // About two messages a week; the adviser answers within the hour.
        if (chance(0.25)) {
            const double sent = at(uniform(8.0, 16.5));
            add(sent, i, id("message", case_id), kind::message, case_id,
                {{"author_id", p.person_id},
                 {"author_name", p.name},
                 {"text", apprentice_lines[static_cast<std::size_t>(roll(0, 5))]},
                 {"sent", datetime(sent)}});
            const auto team = m_d.cases.find(case_id);
            if (team != m_d.cases.end() && !team->second.advisers.empty()) {
                const auto &adviser = team->second.advisers.front();
                const auto who = m_d.index_of.find(adviser);
                if (who != m_d.index_of.end()) {
                    const double answer = sent + uniform(10, 60) * 60;
                    if (answer < day_length_s)
                        add(answer, who->second, id("message", case_id), kind::message, case_id,
                            {{"author_id", adviser},
                             {"author_name", m_d.people[who->second].name},
                             {"text", adviser_lines[static_cast<std::size_t>(roll(0, 4))]},
                             {"sent", datetime(answer)}});
                }
            }
        }
    }

    // Notes every two to three weeks per case; an adviser writes minutes after a meeting about
    // once a month per case.
    void helper(std::size_t i, const DayPerson &p)
    {
        for (const auto &case_id : p.note_cases)
            if (chance(p.role == Role::adviser ? 1.0 / 15 : 1.0 / 20)) {
                const double when = at(uniform(9.0, 16.0));
                add(when, i, id("note", case_id), kind::note, case_id,
                    {{"author_id", p.person_id},
                     {"author_name", p.name},
                     {"text", note_lines[static_cast<std::size_t>(roll(0, 3))]},
                     {"created", datetime(when)}});
            }
        for (const auto &case_id : p.minutes_cases)
            if (p.role == Role::adviser && chance(1.0 / 30)) {
                const double when = at(uniform(10.0, 15.0));
                add(when, i, id("agenda", case_id), kind::agenda_item, case_id,
                    {{"meeting_id", "meeting-" + m_tag + "-" + case_id},
                     {"title", "Hvordan går det på jobb nå?"},
                     {"author_id", p.person_id},
                     {"author_name", p.name},
                     {"created", datetime(when)},
                     {"minutes", "Vi ble enige om lettere oppgaver på fredager i fire uker, og å "
                                 "se på det igjen på neste møte."},
                     {"minutes_by", p.name}});
            }
    }

    const Directory &m_d;
    std::string m_today, m_tag;
    std::mt19937 m_rng;
    std::vector<PlannedWrite> m_out;
    long m_serial = 0;
};

} // namespace

Directory read_directory(Database &db, const std::string &today)
{
    DirectoryStore store(db);
    RecordTable records(db);
    std::vector<std::string> all_cases;
    for (const auto &c : store.cases())
        all_cases.push_back(c.id);
    CaseAccessCache access(store, records, all_cases);
    Directory d;
    for (const auto &row : store.people()) {
        const auto &p = row.person;
        if (p.role == Role::coordinator || p.username.empty() || row.password_hash.empty())
            continue;
        DayPerson dp{p.id, p.username, p.name, p.org_id, p.role, {}, {}, {}};
        const auto actor = store.actor(row);
        dp.cases = store.cases_for(actor);
        if (dp.cases.empty())
            continue;
        if (p.role != Role::apprentice)
            for (const auto &c : dp.cases) {
                const auto &a = access.at(c);
                if (AccessPolicy::can_read(actor, a, Category::notes, today))
                    dp.note_cases.push_back(c);
                if (AccessPolicy::can_read(actor, a, Category::journey, today))
                    dp.minutes_cases.push_back(c);
            }
        for (const auto &c : dp.cases) {
            auto &team = d.cases[c];
            if (p.role == Role::apprentice)
                team.apprentice_id = p.id;
            else
                (p.role == Role::adviser ? team.advisers : team.clinicians).push_back(p.id);
        }
        d.apprentices += p.role == Role::apprentice ? 1 : 0;
        d.index_of.emplace(p.id, d.people.size());
        d.people.push_back(std::move(dp));
    }
    return d;
}

std::vector<PlannedWrite> plan_day(const Directory &d, const std::string &today,
                                   const std::string &tag, std::uint32_t seed)
{
    return Planner(d, today, tag, seed).run();
}

double clock_seconds(const std::string &hh_mm)
{
    int h = 0, m = 0;
    if (std::sscanf(hh_mm.c_str(), "%d:%d", &h, &m) != 2 || h < 0 || h > 23 || m < 0 || m > 59)
        throw std::invalid_argument("not a time of day (HH:MM): " + hh_mm);
    return (h - day_start_hour) * 3600.0 + m * 60.0;
}

} // namespace bro::day
