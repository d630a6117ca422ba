#pragma once
// A graded return to work (opptrappingsplan), week by week: what was planned against what
// happened. Pure functions over the plan weeks, the apprentice's absence and check-ins; nothing
// here is stored — the device works it out from what the viewer may see.

#include "domain/absence_pattern.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bro {

struct PlanWeek
{
    std::string week_start; // YYYY-MM-DD, the Monday
    int week_no = 1;
    int share = 0; // planned share of full time, percent
    int hours = 0; // 0: not given
    std::string tasks;
    std::string answer; // "", "accepted", "change_requested"
};

struct WorkCheckIn
{
    std::string date; // YYYY-MM-DD
    int work = 0;     // "how work went", 1-5; 0: not answered
};

struct PlanWeekActual
{
    PlanWeek plan;
    int planned_days = 0; // of the five working days, from the share
    int absent_days = 0;  // working days (Mon-Fri) of the week with absence
    int worked_days = 0;  // planned days not lost to absence
    int work_checkins = 0;
    double work_average = 0; // of the check-ins that say how work went; 0 when none
    bool over = false;       // the whole week is before today
    bool behind = false;     // over, and fewer days worked than planned
};

// Each week of the plan (in week order) with what happened that week. Absence is counted on
// working days and taken from the planned days: "week 3 at 60 %: two sick days" is three days
// planned, one worked, behind.
std::vector<PlanWeekActual> plan_against_actual(std::vector<PlanWeek> weeks,
                                                const std::vector<AbsenceEpisode> &absences,
                                                const std::vector<WorkCheckIn> &checkins,
                                                std::string_view today);

// Two weeks running (consecutive plan weeks, both over) behind the plan: time for a
// conversation about the plan, not a verdict about the apprentice.
bool behind_two_weeks_running(const std::vector<PlanWeekActual> &weeks);

} // namespace bro
