#pragma once
// The demo's builder, shared by the files that write its parts: the people and organisations
// (demo_dataset.cpp), each apprentice's story (demo_story.cpp), and the meetings and Sara's
// return plan (demo_meetings.cpp). Internal to the demo; the rest of the code uses dataset().

#include "demo/demo_dataset.hpp"
#include "domain/dates.hpp"
#include "domain/schema.hpp"

#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace bro::demo::detail {

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

inline std::string dt(const std::string &date, int hour, int minute = 0)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:00Z", hour, minute);
    return date + buf;
}

class Builder
{
public:
    explicit Builder(std::string today) : m_today(std::move(today)), m_rng(20221207) {}

    Dataset run();

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

    // demo_story.cpp
    void seed_case(const Apprentice &a);
    void seed_goals(const Apprentice &a, const std::string &case_id, const std::string &started);
    void seed_checkins(const Apprentice &a, const std::string &case_id);
    void seed_absence(const Apprentice &a, const std::string &case_id);
    void seed_notes_and_messages(const Apprentice &a, const std::string &case_id,
                                 const std::string &person_id);
    void seed_goal_comments(const Apprentice &a, const std::string &case_id, const std::string &me);
    // demo_meetings.cpp
    void seed_meetings(const Apprentice &a, const std::string &case_id, const std::string &me);
    void seed_return_plan_meeting(const std::string &case_id, const std::string &me);
    void seed_return_plan(const Apprentice &a, const std::string &case_id);
    // demo_dataset.cpp
    void seed_second_programme();

    std::string m_today;
    std::mt19937 m_rng;
    Dataset m_data;
};

} // namespace bro::demo::detail
