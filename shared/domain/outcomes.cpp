#include "domain/outcomes.hpp"

#include "domain/dates.hpp"
#include "domain/schema.hpp"

#include <algorithm>

namespace bro {

std::string_view to_string(OutcomeState s)
{
    switch (s) {
    case OutcomeState::upcoming:
        return "upcoming";
    case OutcomeState::due:
        return "due";
    case OutcomeState::late:
        return "late";
    case OutcomeState::answered:
        return "answered";
    }
    return "upcoming";
}

namespace {

// A date we can count with, or "".
std::string valid(const std::string &date)
{
    return day_number(date) ? date : std::string();
}

} // namespace

std::vector<OutcomePointDue> outcome_due_dates(const ReferralDates &referral)
{
    std::vector<OutcomePointDue> out;
    for (const auto &p : outcome_points())
        out.push_back({p, {}});
    if (referral.declined)
        return out;
    const std::string start = valid(referral.stay_start);
    const std::string end = valid(referral.stay_end);
    out[0].due = !start.empty() ? start : valid(referral.referred_on);
    if (end.empty())
        return out;
    out[1].due = end;
    out[2].due = add_months(end, 3);
    out[3].due = add_months(end, 6);
    out[4].due = add_months(end, 12);
    return out;
}

OutcomeState outcome_state(std::string_view due, bool answered, std::string_view today)
{
    if (answered)
        return OutcomeState::answered;
    const auto left = days_between(today, due); // due - today
    if (!left || *left > outcome_window_days)
        return OutcomeState::upcoming;
    return *left >= 0 ? OutcomeState::due : OutcomeState::late;
}

std::vector<OutcomePointState> outcome_states(const ReferralDates &referral,
                                              const std::vector<std::string> &answered,
                                              std::string_view today)
{
    std::vector<OutcomePointState> out;
    for (const auto &p : outcome_due_dates(referral)) {
        const bool done = std::find(answered.begin(), answered.end(), p.point) != answered.end();
        out.push_back({p.point, p.due, outcome_state(p.due, done, today)});
    }
    return out;
}

bool outcome_needs_answer(const std::vector<OutcomePointState> &points)
{
    return std::any_of(points.begin(), points.end(), [](const OutcomePointState &p) {
        return p.state == OutcomeState::due || p.state == OutcomeState::late;
    });
}

std::optional<int> waiting_days(const ReferralDates &referral, std::string_view today)
{
    if (!day_number(referral.referred_on))
        return std::nullopt;
    if (day_number(referral.stay_start))
        return std::max(0, *days_between(referral.referred_on, referral.stay_start));
    if (referral.declined)
        return std::nullopt;
    const auto d = days_between(referral.referred_on, today);
    if (!d)
        return std::nullopt;
    return std::max(0, *d);
}

} // namespace bro
