#include "domain/caseload.hpp"

#include "domain/dates.hpp"
#include "domain/early_warning.hpp"
#include "domain/journey.hpp"

#include <algorithm>

namespace bro {

int CaseloadFlags::count() const
{
    return int(absence_rising) + int(checkins_falling) + int(checkins_missing) + int(handover_due) +
           int(consent_withdrawn) + int(behind_return_plan) + int(outcome_due);
}

int typical_phase_days(Phase p)
{
    switch (p) {
    case Phase::referral:
        return 21;
    case Phase::preparation:
        return 28;
    case Phase::stay:
        return 28;
    case Phase::return_to_work:
        return 56;
    case Phase::follow_up:
        return 180;
    case Phase::completed:
    case Phase::ended:
        return 0;
    }
    return 0;
}

CaseloadFlags caseload_flags(const CaseloadInput &in, std::string_view today,
                             const CaseloadRule &rule)
{
    const int missing_after_days = rule.checkins_missing_after_days;
    const int trend_window_days = rule.checkins_trend_days;
    CaseloadFlags f;
    const auto now = day_number(today);
    if (!now)
        return f;
    f.days_in_phase = std::max(0, days_between(in.phase_since, today).value_or(0));

    // Absence: the named rule, or more episodes in its window than in the window before.
    const auto pattern = repeated_absence(in.absences, today, rule.absence);
    const auto before =
        repeated_absence(in.absences, date_of_day(*now - rule.absence.window_days), rule.absence);
    f.talk_about_health = pattern.repeated;
    f.absence_rising = pattern.repeated || pattern.episodes > before.episodes;

    if (in.checkins_shared && !is_closed(in.phase)) {
        for (const auto &c : in.checkins)
            if (day_number(c.date) && c.date > f.last_checkin)
                f.last_checkin = c.date;
        const int since_last =
            f.last_checkin.empty() ? missing_after_days + 1 : *now - *day_number(f.last_checkin);
        f.checkins_missing = since_last > missing_after_days;
        // The same measure as the apprentice's own early warning (early_warning.hpp).
        const auto fall = wellbeing_fall(in.checkins, today, trend_window_days);
        f.checkins_falling = fall && *fall >= rule.checkins_falling_by;
    }

    const auto pilot_phase = parse_phase(in.phase);
    const int typical =
        in.typical_days.value_or(pilot_phase ? typical_phase_days(*pilot_phase) : 0);
    f.handover_due =
        typical > 0 && !in.handover_complete && f.days_in_phase >= typical - rule.handover_due_days;

    f.behind_return_plan =
        !is_closed(in.phase) &&
        behind_two_weeks_running(plan_against_actual(in.return_plan, in.absences, {}, today));

    // A closed case asks nobody anything more: its open points are history, not a task.
    f.outcome_due = !is_closed(in.phase) && outcome_needs_answer(in.outcomes);

    for (const auto &c : in.consents) {
        const auto d = days_between(c.date, today);
        if (!c.granted && d && *d >= 0 && *d <= rule.consent_withdrawn_days)
            f.consent_withdrawn = true;
    }
    return f;
}

} // namespace bro
