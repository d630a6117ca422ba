#pragma once
// What the pilot could not answer (issue 24): did it help, counted over time. The raw measures
// per cohort year — the funnel from referral to trade certificate, the waiting time, and the
// change from baseline in work ability and goal attainment at each outcome point. Raw counts
// never leave the server: stats/figures_tables.hpp protects them before anyone sees them.

#include "domain/record.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bro {

// One answered (or status-set) outcome point of one case.
struct OutcomeAnswer
{
    std::string status;                    // in_training, sick_leave, …; "" when not set
    std::optional<int> work_ability;       // 0 … 10
    std::optional<double> goal_attainment; // mean of the goal scores, −2 … +2
};

// What the figures need of one case, and nothing else: no name, no id.
struct CaseFacts
{
    std::string referred_on; // the referral date; the case's start when there is no referral
    std::string decision;    // waiting, accepted, declined; "" when not answered
    std::string stay_start, stay_end;
    std::string phase;    // the case's phase id now
    std::string finished; // when it reached completed or ended; "" while open
    std::map<std::string, OutcomeAnswer> outcomes; // by point (schema's outcome_points)
};

// The funnel of one cohort: the apprentices referred that calendar year, each stage a subset
// of the one before (in training at 6 and 12 months, and the certificate, of those who
// completed the stay).
struct FunnelYear
{
    int year = 0;
    int target = 0; // the programme's yearly target (0: none)
    int referred = 0, accepted = 0, stay_started = 0, stay_completed = 0;
    int in_training_6m = 0, in_training_12m = 0, certified = 0;
    std::vector<int> waiting_days; // referral → stay start, one per started stay
    bool operator==(const FunnelYear &) const = default;
};

// Change from baseline at one later point, one value per apprentice who answered both.
struct OutcomeChange
{
    std::string point; // stay_end, month_3, month_6, month_12
    std::vector<double> work_ability_change;
    std::vector<double> goal_attainment; // at the point (GAS is measured against the start)
};

struct YearFigures
{
    std::vector<FunnelYear> funnel;      // oldest year first, every year to this one
    std::vector<OutcomeChange> outcomes; // in point order
};

// From a case's own records: its case file, its referral (may be null) and outcome records.
CaseFacts case_facts(const Record &case_file, const Record *referral,
                     const std::vector<Record> &outcomes);

// Has the apprentice said yes to being counted (the statistics consent, granted and not lapsed
// on `today`)? `consents` are the case's consent records.
bool counted_in_figures(const std::string &case_id, const std::vector<Record> &consents,
                        const std::string &today);

// The facts of one case from its records (any kinds; the case file, referral, outcome points and
// consents are read), or nothing when the apprentice has not said yes to being counted or the
// case has no case file. The one place that decides who counts, for the server and the demo.
std::optional<CaseFacts> counted_case_facts(const std::string &case_id,
                                            const std::vector<Record> &records,
                                            const std::string &today);

// `today` is YYYY-MM-DD: a stay starts or ends only when its date has come.
YearFigures year_figures(const std::vector<CaseFacts> &cases, int yearly_target,
                         const std::string &today);

// The median, or nullopt for none (the mean of the two middle values for an even count).
std::optional<double> median(std::vector<double> values);

} // namespace bro
