#pragma once
// What the programme figures keep of an erased case: its cohort and where it was.
// The figures themselves: figures/published_programme.hpp.

#include "domain/enums.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro {

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

} // namespace bro
