#pragma once
// The programme's figures as the coordinator may see them (issue 24): built from the counted
// cases on the server, protected (stats/disclosure.hpp) and only then sent. The raw counts
// never leave this function; what comes out is the reader's view.
//
// Cell ids, one namespace for every table so that relations may cross them:
//   now.<phase>, now.total                  open cases in each phase today (total = sum)
//   funnel.<year>.<stage>                   referred → accepted → stay_started → stay_completed,
//                                           and of those completed: in_training_6m,
//                                           in_training_12m, certified; the drops between
//                                           stages are implicit cells (never shown)
//   funnel.all.<stage>                      every year together (= sum of the years)
//   cohort.<year>.started = completed + in_apprenticeship + ended_early, where they are now
//                                           (started = the funnel's referred, plus the cases
//                                           erased since, an implicit cell)
//   year.<year>.completed, .ended_early     cases that got there during that calendar year
// Means (published only with 5 answers or more behind them):
//   outcome.<point>.work_ability_change     change from baseline, 0–10 scale
//   outcome.<point>.goal_attainment         mean goal score, −2 … +2
//   waiting.<year>, waiting.all             median days from referral to the stay's start

#include "domain/programme.hpp"
#include "domain/year_figures.hpp"
#include "stats/pooled_figures.hpp"

#include <string>
#include <vector>

namespace bro {

struct ProgrammeFigureInput
{
    std::vector<CaseFacts> cases;         // the counted cases only (the statistics consent)
    std::vector<ErasedCase> erased;       // erased cases still counted in their cohort
    std::vector<std::string> open_phases; // the programme's, in order
    int yearly_target = 0;
    std::string today;        // YYYY-MM-DD
    std::string programme_id; // for the export's header
    std::string programme_name;
};

// A mean or median as published: `shown` only with at least 5 answers behind it.
struct PublishedMean
{
    std::string id;
    bool shown = false;
    double value = 0; // 0 unless shown
    int n = 0;        // 0 unless shown

    bool operator==(const PublishedMean &) const = default;
};

struct PublishedProgramme
{
    int target = 0;
    std::vector<int> years; // every cohort year, oldest first, this year last
    // The protected cells and their relations, as the export another programme may import.
    stats::PooledExport figures;
    std::vector<PublishedMean> means;
    // false when protection could not hide every small count: then figures and means are
    // empty and nothing may be shown (the server says so instead).
    bool ok = true;

    const stats::PublishedCell *cell(const std::string &id) const;
    const PublishedMean *mean(const std::string &id) const;
    bool operator==(const PublishedProgramme &) const = default;
};

// The funnel's stages in order, as they appear in cell ids.
const std::vector<std::string> &funnel_stages();

PublishedProgramme publish_programme(const ProgrammeFigureInput &in);

// "id,value" lines: a shown count, "under 5", "hidden", or a mean with its n ("2.4 (n=7)").
std::string to_csv(const PublishedProgramme &p);

} // namespace bro
