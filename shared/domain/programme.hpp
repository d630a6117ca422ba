#pragma once
// The coordinator's programme figures: counts only, never a name or a case id.

#include "domain/enums.hpp"

#include <map>
#include <optional>
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

// Where one apprentice of a cohort is now.
enum class CohortOutcome { open, completed, ended };
std::string_view to_string(CohortOutcome o); // "open", "completed", "ended"
std::optional<CohortOutcome> parse_cohort_outcome(std::string_view s);
CohortOutcome cohort_outcome(Phase phase); // completed and ended are themselves; all else open

// An erased case as the server still counts it (the anonymous `erasures` row): the year it
// started and where it was when it was erased. Nothing else, and nothing that says whose it was.
struct ErasedCase
{
    int cohort = 0;
    CohortOutcome outcome = CohortOutcome::completed;
};

// One year's apprentices: those whose case started (was referred) that calendar year, and where
// each of them is now. started == completed + in_apprenticeship + ended_early.
struct CohortFigures
{
    int year = 0;
    int target = 0; // the programme's yearly target (0: none set)
    int started = 0;
    int completed = 0;         // reached the trade certificate
    int in_apprenticeship = 0; // case still open
    int ended_early = 0;

    bool operator==(const CohortFigures &) const = default;
};

// Every year from the first cohort to `this_year`, a year nobody started included (a gap in the
// programme is a figure too). A case whose start date is unknown belongs to no cohort and is left
// out, as is one dated before 1970 or after next year (a wrong date, not a cohort); a start next
// year (a device clock ahead at new year) extends the list rather than vanish. With no cases at
// all: this year alone, with its target.
std::vector<CohortFigures> cohort_figures(const std::vector<CaseMilestones> &cases,
                                          const std::vector<ErasedCase> &erased, int yearly_target,
                                          int this_year);

// Period is [from, to], inclusive dates.
ProgrammeFigures programme_figures(const std::vector<CaseMilestones> &cases, std::string_view from,
                                   std::string_view to);

// "measure,count" lines with a header; phases by their stored names.
std::string to_csv(const ProgrammeFigures &f);
// Then, after an empty line, one row per cohort under the header
// "year,target,started,completed,in_apprenticeship,ended_early".
std::string to_csv(const ProgrammeFigures &f, const std::vector<CohortFigures> &cohorts);

} // namespace bro
