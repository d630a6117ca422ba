#pragma once
// The coordinator's programme figures: counts only, never a name or a case id.

#include "domain/enums.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace bro {

struct CaseMilestones
{
    Phase phase = Phase::referral;
    std::string started;  // date the case was referred
    std::string finished; // date it reached completed or ended; empty while open
};

struct ProgrammeFigures
{
    std::map<Phase, int> per_phase; // open cases in each phase
    int started = 0;                // referred within the period
    int completed = 0;              // reached the trade certificate within the period
    int ended_early = 0;            // ended within the period
};

// Period is [from, to], inclusive dates.
ProgrammeFigures programme_figures(const std::vector<CaseMilestones> &cases, std::string_view from,
                                   std::string_view to);

// "measure,count" lines with a header; phases by their stored names.
std::string to_csv(const ProgrammeFigures &f);

} // namespace bro
