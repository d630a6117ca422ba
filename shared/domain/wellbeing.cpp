#include "domain/wellbeing.hpp"

#include "domain/dates.hpp"

#include <algorithm>

namespace bro {

HelpSignal help_after_checkin(const CheckInScores &latest,
                              const std::vector<CheckInScores> &earlier, const HelpRule &rule)
{
    const auto signal = [](LowReason r) { return HelpSignal{true, r}; };
    if (latest.mood <= rule.lowest)
        return signal(LowReason::lowest_mood);
    if (latest.mood <= rule.low) {
        int bottom = (latest.energy <= rule.lowest) + (latest.sleep <= rule.lowest) +
                     (latest.work && *latest.work <= rule.lowest);
        if (bottom >= 2)
            return signal(LowReason::low_across);
        if (latest.pain >= rule.severe_pain)
            return signal(LowReason::pain_and_mood);
        // Several low days in a row: each on its own may look ordinary.
        const auto today = day_number(latest.date);
        if (today) {
            std::vector<const CheckInScores *> before;
            for (const auto &c : earlier) {
                const auto d = day_number(c.date);
                if (d && *d<*today && * d> * today - rule.row_window)
                    before.push_back(&c);
            }
            std::sort(before.begin(), before.end(),
                      [](const auto *a, const auto *b) { return a->date > b->date; });
            int row = 1;
            for (const auto *c : before) {
                if (c->mood > rule.low)
                    break;
                if (++row >= rule.days_in_row)
                    return signal(LowReason::low_days_in_row);
            }
        }
    }
    return {};
}

} // namespace bro
