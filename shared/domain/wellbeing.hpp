#pragma once
// After a very low check-in the apprentice at once sees who they can talk to now. The rule is a
// named function beside the absence rule (absence_pattern.hpp), so that it is visible and tested.

#include <optional>
#include <string>
#include <vector>

namespace bro {

// One check-in's scores: mood, energy, sleep and work 1 (worst) … 5; pain 0 … 10 (worst).
struct CheckInScores
{
    std::string date; // YYYY-MM-DD
    int mood = 3;
    int energy = 3;
    int sleep = 3;
    int pain = 0;
    std::optional<int> work; // not every day is a work day
};

enum class LowReason {
    none,
    lowest_mood,     // mood at 1: how they feel is at the bottom of the scale
    low_across,      // mood at 2 or less and two or more of energy, sleep, work at 1
    pain_and_mood,   // pain 8 or more with mood at 2 or less
    low_days_in_row, // mood at 2 or less on this and the two check-ins before it, within 7 days
};

struct HelpRule
{
    int lowest = 1;      // the bottom of the 1..5 scales
    int low = 2;         // "low" on the 1..5 scales
    int severe_pain = 8; // on the 0..10 scale
    int days_in_row = 3; // check-ins in a row at low mood
    int row_window = 7;  // ... all within this many days
};

struct HelpSignal
{
    bool show_help = false;
    LowReason reason = LowReason::none;
};

// Whether to show the help card right after `latest` is saved. `earlier` are the apprentice's
// earlier check-ins (any order; the latest's own date is ignored among them).
HelpSignal help_after_checkin(const CheckInScores &latest,
                              const std::vector<CheckInScores> &earlier = {},
                              const HelpRule &rule = {});

} // namespace bro
