#pragma once
// When absence repeats, the adviser is prompted to talk about health. The pilot found this is the
// moment advisers dare to raise it; the rule is a named function so that it is visible and tested.

#include <string>
#include <string_view>
#include <vector>

namespace bro {

struct AbsenceEpisode
{
    std::string from; // YYYY-MM-DD
    std::string to;   // YYYY-MM-DD, inclusive
    bool health_related = false;
};

struct AbsencePattern
{
    int episodes = 0;      // episodes touching the window
    int days = 0;          // absence days inside the window
    int health_days = 0;   // of which health-related
    bool repeated = false; // the rule fired: time to talk about health
};

// The window is the `window_days` days up to and including `today`.
struct AbsenceRule
{
    int window_days = 30;
    int min_episodes = 3;
    int min_days = 5;
};

// Repeated absence: min_episodes or more episodes, or min_days or more days, within the window.
AbsencePattern repeated_absence(const std::vector<AbsenceEpisode> &episodes, std::string_view today,
                                const AbsenceRule &rule = {});

} // namespace bro
