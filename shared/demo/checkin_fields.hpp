#pragma once
// A generated check-in's answers from the day's mood, made alike for the demo's apprentices and
// the big caseload: energy, sleep and work follow the mood, pain runs against it, each with a
// little noise. `roll(lo, hi)` is the generator's own dice, thrown in a fixed order so that one
// seed always gives the same day.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

namespace bro::demo {

template <typename Roll>
nlohmann::json checkin_fields(const std::string &date, int mood, Roll &&roll)
{
    nlohmann::json f = {{"date", date}, {"mood", mood}};
    f["energy"] = std::clamp(mood + roll(-1, 1), 1, 5);
    f["sleep"] = std::clamp(mood + roll(-2, 1), 1, 5);
    f["pain"] = std::clamp(5 - mood + roll(-1, 2), 0, 10);
    f["work"] = std::clamp(mood + roll(-1, 0), 1, 5);
    return f;
}

} // namespace bro::demo
