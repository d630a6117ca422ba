#pragma once
// Outcome points of a case (issue 24): when each of the five points is due, from the referral's
// dates, and where each stands today. Pure functions; nothing here is stored — the device works
// it out from the referral and the outcome records it holds.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro {

// How many days before its due date a point opens ("due" rather than "upcoming").
inline constexpr int outcome_window_days = 7;

enum class OutcomeState {
    upcoming, // due later than today + the window, or not dated yet (no stay dates)
    due,      // within the window before its date, or on it
    late,     // past its date and not answered: it can still be answered, with its own date
    answered, // the apprentice has answered
};
std::string_view to_string(OutcomeState s); // "upcoming", "due", "late", "answered"

// The dates of a referral record that the points hang on (YYYY-MM-DD, "" when not set).
struct ReferralDates
{
    std::string referred_on;
    std::string stay_start;
    std::string stay_end;
    bool declined = false; // the clinic said no: there is no stay to measure against
};

struct OutcomePointDue
{
    std::string point; // baseline, stay_end, month_3, month_6, month_12
    std::string due;   // "" while it cannot be dated yet
};

// The five points in order. baseline: the stay's start, or the referral's date while the stay has
// none; stay_end: the stay's end; month_3/6/12: the stay's end plus that many calendar months
// (the day clamped to the month: 31 May + 3 months = 31 Aug, 30 Nov + 3 = 28/29 Feb). Without a
// stay end the last four have no date; after a declined referral none has.
std::vector<OutcomePointDue> outcome_due_dates(const ReferralDates &referral);

// A point's state today. `answered` wins over everything: an answer is never "late" afterwards.
OutcomeState outcome_state(std::string_view due, bool answered, std::string_view today);

struct OutcomePointState
{
    std::string point;
    std::string due;
    OutcomeState state = OutcomeState::upcoming;
};

// Every point with its state; `answered` holds the points the apprentice has answered.
std::vector<OutcomePointState> outcome_states(const ReferralDates &referral,
                                              const std::vector<std::string> &answered,
                                              std::string_view today);

// True when any point is due or late: the Today card and the caseload flag.
bool outcome_needs_answer(const std::vector<OutcomePointState> &points);

// Days from the referral to the stay's start, or to today while the apprentice still waits
// (no start date and not declined). None without a valid referral date, or after a decline
// without a stay.
std::optional<int> waiting_days(const ReferralDates &referral, std::string_view today);

} // namespace bro
