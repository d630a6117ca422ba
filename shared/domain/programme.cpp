#include "domain/programme.hpp"

namespace bro {

std::string_view to_string(CohortOutcome o)
{
    switch (o) {
    case CohortOutcome::open:
        return "open";
    case CohortOutcome::completed:
        return "completed";
    case CohortOutcome::ended:
        return "ended";
    }
    return "open";
}

std::optional<CohortOutcome> parse_cohort_outcome(std::string_view s)
{
    for (auto o : {CohortOutcome::open, CohortOutcome::completed, CohortOutcome::ended})
        if (to_string(o) == s)
            return o;
    return std::nullopt;
}

CohortOutcome cohort_outcome(std::string_view phase)
{
    if (phase == "completed")
        return CohortOutcome::completed;
    if (phase == "ended")
        return CohortOutcome::ended;
    return CohortOutcome::open;
}

} // namespace bro
