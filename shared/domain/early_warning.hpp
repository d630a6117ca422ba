#pragma once
// An early warning the apprentice approves (issue 25): when their own check-ins have fallen for
// two weeks, or have stopped, Bro asks the apprentice — never their helpers — whether they want
// to tell their adviser that things are heavy. The rule is a named function beside the help rule
// (wellbeing.hpp), so that it is visible and tested; the programme sets its thresholds.

#include "domain/caseload.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace bro {

struct EarlyWarningRule
{
    int falling_days = 14;    // the last this many days against the same span before them
    double falling_by = 0.75; // ... whose average of mood and energy fell at least this much
    int stopped_days = 10;    // no check-in for this many days, after a habit of them
    int ask_again_days = 14;  // after an answer (yes or no), ask again at the earliest then
};

enum class EarlyWarning { none, falling, stopped };

// How much the average of mood and energy fell over the last `window_days` (to `today`
// inclusive) against the `window_days` before; nothing when either span has under 3 check-ins.
// Positive: it fell.
std::optional<double> wellbeing_fall(const std::vector<CheckInPoint> &points,
                                     std::string_view today, int window_days);

EarlyWarning early_warning(const std::vector<CheckInPoint> &points, std::string_view today,
                           const EarlyWarningRule &rule = {});

} // namespace bro
