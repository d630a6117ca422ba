#pragma once
// The flags on an adviser's or clinician's caseload row: what needs attention first.

#include "domain/absence_pattern.hpp"
#include "domain/enums.hpp"
#include "domain/outcomes.hpp"
#include "domain/return_plan.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro {

struct CheckInPoint
{
    std::string date; // YYYY-MM-DD
    int mood = 3;
    int energy = 3;
};

struct ConsentEvent
{
    Category category = Category::goals;
    bool granted = false;
    std::string date; // when it was granted or withdrawn
};

struct CaseloadInput
{
    std::string phase = "referral"; // the phase id, as the case's programme names it
    std::string phase_since;
    std::vector<AbsenceEpisode> absences; // only what the viewer may see
    std::vector<CheckInPoint> checkins;   // only what the viewer may see
    bool checkins_shared = true;          // false: no flag can be raised about them
    bool handover_complete = false;       // current phase's checklist ticked or explained
    std::vector<ConsentEvent> consents;   // towards the viewer's organisation
    std::vector<PlanWeek> return_plan;    // only when the viewer may see the journey
    // The outcome points with their state (domain/outcomes.hpp), when the viewer may see the
    // journey; empty otherwise.
    std::vector<OutcomePointState> outcomes;
    // The phase's typical length in the case's programme (issue 14); when not given, the
    // pilot's typical_phase_days(phase), or none for a phase the pilot does not have.
    std::optional<int> typical_days;
};

struct CaseloadFlags
{
    int days_in_phase = 0;
    std::string last_checkin; // empty when none is visible
    bool absence_rising = false;
    bool talk_about_health = false; // repeated_absence() fired
    bool checkins_falling = false;
    bool checkins_missing = false;
    bool handover_due = false;
    bool consent_withdrawn = false;
    bool behind_return_plan = false; // two plan weeks running with fewer days worked than planned
    bool outcome_due = false;        // an outcome point is due or late, not yet answered

    int count() const;
};

// The thresholds of the flags; the defaults are the pilot's (shared/programme/okab-air.json,
// "caseload", which tst_programme holds equal to these).
struct CaseloadRule
{
    int checkins_missing_after_days = 7;
    int checkins_trend_days = 14;      // recent window against the same span before it
    double checkins_falling_by = 0.75; // on the 1-5 scale of mood and energy together
    int consent_withdrawn_days = 30;
    int handover_due_days = 7; // before the end of the phase's typical length
    AbsenceRule absence;       // the programme's absence rule: its window is also the span
                               // "rising" compares against
};

// Typical length of each phase in days; a handover is due in its last week.
int typical_phase_days(Phase p);

CaseloadFlags caseload_flags(const CaseloadInput &in, std::string_view today,
                             const CaseloadRule &rule = {});

} // namespace bro
