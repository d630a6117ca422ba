#include "domain/absence_pattern.hpp"

#include "domain/dates.hpp"

#include <algorithm>
#include <set>

namespace bro {

AbsencePattern repeated_absence(const std::vector<AbsenceEpisode> &episodes, std::string_view today,
                                const AbsenceRule &rule)
{
    AbsencePattern out;
    const auto end = day_number(today);
    if (!end)
        return out;
    const int start = *end - rule.window_days + 1;
    std::set<int> days, health_days; // overlapping episodes count each day once
    for (const auto &e : episodes) {
        const auto from = day_number(e.from), to = day_number(e.to);
        if (!from || !to || *to < *from)
            continue; // invalid episodes are refused on entry; never let one fire the rule
        const int lo = std::max(*from, start), hi = std::min(*to, *end);
        if (lo > hi)
            continue;
        ++out.episodes;
        for (int d = lo; d <= hi; ++d) {
            days.insert(d);
            if (e.health_related)
                health_days.insert(d);
        }
    }
    out.days = static_cast<int>(days.size());
    out.health_days = static_cast<int>(health_days.size());
    out.repeated = out.episodes >= rule.min_episodes || out.days >= rule.min_days;
    return out;
}

} // namespace bro
