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
    std::string phase;    // the phase id, as its programme names it
    std::string started;  // date the case was referred (entered its programme's first phase)
    std::string finished; // date it reached completed or ended; empty while open
};

struct ProgrammeFigures
{
    // Open cases in each phase, by the programme's phase id (phases are the programme's own,
    // issue 25); the caller adds the programme's empty phases and its order.
    std::map<std::string, int> per_phase;
    int started = 0;     // referred within the period
    int completed = 0;   // reached the trade certificate within the period
    int ended_early = 0; // ended within the period
};

// Where one apprentice of a cohort is now.
enum class CohortOutcome { open, completed, ended };
std::string_view to_string(CohortOutcome o); // "open", "completed", "ended"
std::optional<CohortOutcome> parse_cohort_outcome(std::string_view s);
// `completed` and `ended` are themselves (every programme ends with those two); all else is open.
CohortOutcome cohort_outcome(std::string_view phase);

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

// Period is [from, to], inclusive dates. `open_phases` (the programme's) count 0 when empty.
ProgrammeFigures programme_figures(const std::vector<CaseMilestones> &cases, std::string_view from,
                                   std::string_view to,
                                   const std::vector<std::string> &open_phases = {});

// "measure,count" lines with a header; phases by their stored names.
std::string to_csv(const ProgrammeFigures &f);
// Then, after an empty line, one row per cohort under the header
// "year,target,started,completed,in_apprenticeship,ended_early".
std::string to_csv(const ProgrammeFigures &f, const std::vector<CohortFigures> &cohorts);

} // namespace bro
