#include "figures/published_programme.hpp"

#include "domain/journey.hpp"
#include "stats/disclosure.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

namespace bro {

namespace {

std::string y(int year)
{
    return std::to_string(year);
}

int year_of(const std::string &date)
{
    return date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0;
}

// referred ⊇ accepted ⊇ stay_started ⊇ stay_completed; the three after it are each a part of
// stay_completed. Every drop is an implicit cell, so "referred minus accepted" is protected too.
void add_funnel(stats::Figures &f, const std::string &key, const FunnelYear &row)
{
    const std::string p = "funnel." + key + ".";
    const std::vector<std::pair<std::string, int>> stages{{"referred", row.referred},
                                                          {"accepted", row.accepted},
                                                          {"stay_started", row.stay_started},
                                                          {"stay_completed", row.stay_completed},
                                                          {"in_training_6m", row.in_training_6m},
                                                          {"in_training_12m", row.in_training_12m},
                                                          {"certified", row.certified}};
    for (const auto &[stage, n] : stages)
        f.add(p + stage, n);
    for (std::size_t i = 1; i < 4; ++i) {
        const auto drop = p + "not_" + stages[i].first;
        f.add(drop, stages[i - 1].second - stages[i].second, false);
        f.relate(p + stages[i - 1].first, {p + stages[i].first, drop});
    }
    for (std::size_t i = 4; i < stages.size(); ++i) {
        const auto drop = p + "not_" + stages[i].first;
        f.add(drop, row.stay_completed - stages[i].second, false);
        f.relate(p + "stay_completed", {p + stages[i].first, drop});
    }
}

PublishedMean published(const std::string &id, const stats::Mean &m)
{
    return m.shown ? PublishedMean{id, true, m.value, m.n} : PublishedMean{id, false, 0, 0};
}

PublishedMean published_median(const std::string &id, const std::vector<int> &days)
{
    if (static_cast<int>(days.size()) < stats::min_published_count)
        return {id, false, 0, 0};
    const auto m = median(std::vector<double>(days.begin(), days.end()));
    return {id, true, *m, static_cast<int>(days.size())};
}

} // namespace

const std::vector<std::string> &funnel_stages()
{
    static const std::vector<std::string> stages{
        "referred",       "accepted",        "stay_started", "stay_completed",
        "in_training_6m", "in_training_12m", "certified"};
    return stages;
}

const stats::PublishedCell *PublishedProgramme::cell(const std::string &id) const
{
    return figures.figures.find(id);
}

const PublishedMean *PublishedProgramme::mean(const std::string &id) const
{
    for (const auto &m : means)
        if (m.id == id)
            return &m;
    return nullptr;
}

PublishedProgramme publish_programme(const ProgrammeFigureInput &in)
{
    PublishedProgramme out;
    out.target = in.yearly_target;
    const auto years = year_figures(in.cases, in.yearly_target, in.today);
    const int this_year = year_of(in.today);
    // The funnel starts with the first referral; the cohorts may start earlier (cases erased
    // since, counted only in their cohort). An empty year before the first referral would only
    // force more cells to be hidden.
    const int first_referral = years.funnel.empty() ? this_year : years.funnel.front().year;
    int first = first_referral;
    for (const auto &e : in.erased)
        if (e.cohort >= 1970 && e.cohort <= this_year)
            first = std::min(first, e.cohort);
    for (int year = first; year <= this_year; ++year)
        out.years.push_back(year);
    std::vector<int> funnel_years;
    for (int year = first_referral; year <= this_year; ++year)
        funnel_years.push_back(year);

    stats::Figures f;
    // Open cases per phase now.
    std::map<std::string, int> now;
    for (const auto &id : in.open_phases)
        now[id] = 0;
    for (const auto &c : in.cases)
        if (!is_closed(c.phase))
            ++now[c.phase];
    std::vector<std::string> now_parts;
    int open = 0;
    for (const auto &[id, n] : now) {
        f.add("now." + id, n);
        now_parts.push_back("now." + id);
        open += n;
    }
    f.add("now.total", open);
    f.relate("now.total", now_parts);

    // The funnel, each year and all years together.
    FunnelYear all;
    std::vector<std::string> all_parts;
    for (int year : funnel_years) {
        FunnelYear row{year, in.yearly_target, 0, 0, 0, 0, 0, 0, 0, {}};
        for (const auto &r : years.funnel)
            if (r.year == year)
                row = r;
        add_funnel(f, y(year), row);
        all.referred += row.referred;
        all.accepted += row.accepted;
        all.stay_started += row.stay_started;
        all.stay_completed += row.stay_completed;
        all.in_training_6m += row.in_training_6m;
        all.in_training_12m += row.in_training_12m;
        all.certified += row.certified;
        all.waiting_days.insert(all.waiting_days.end(), row.waiting_days.begin(),
                                row.waiting_days.end());
        out.means.push_back(published_median("waiting." + y(year), row.waiting_days));
    }
    add_funnel(f, "all", all);
    for (const auto &stage : funnel_stages()) {
        std::vector<std::string> parts;
        for (int year : funnel_years)
            parts.push_back("funnel." + y(year) + "." + stage);
        f.relate("funnel.all." + stage, parts);
    }
    out.means.push_back(published_median("waiting.all", all.waiting_days));

    // Each cohort: where its apprentices are now. Its living cases are the funnel's referred.
    for (int year : out.years) {
        int completed = 0, ended = 0, open_now = 0, erased = 0;
        for (const auto &c : in.cases)
            if (year_of(c.referred_on) == year) {
                const auto o = cohort_outcome(c.phase);
                completed += o == CohortOutcome::completed;
                ended += o == CohortOutcome::ended;
                open_now += o == CohortOutcome::open;
            }
        for (const auto &e : in.erased)
            if (e.cohort == year) {
                ++erased;
                completed += e.outcome == CohortOutcome::completed;
                ended += e.outcome == CohortOutcome::ended;
                open_now += e.outcome == CohortOutcome::open;
            }
        const std::string p = "cohort." + y(year) + ".";
        f.add(p + "started", completed + ended + open_now);
        f.add(p + "completed", completed);
        f.add(p + "in_apprenticeship", open_now);
        f.add(p + "ended_early", ended);
        f.relate(p + "started", {p + "completed", p + "in_apprenticeship", p + "ended_early"});
        if (year < first_referral) {
            // Before the first referral there is no funnel to tie the cohort to.
        } else if (erased > 0) {
            f.add(p + "erased", erased, false);
            f.relate(p + "started", {"funnel." + y(year) + ".referred", p + "erased"});
        } else {
            f.relate(p + "started", {"funnel." + y(year) + ".referred"});
        }
        // What happened during the year itself, whenever the case started.
        int got_certificate = 0, ended_in_year = 0;
        for (const auto &c : in.cases)
            if (year_of(c.finished) == year) {
                got_certificate += c.phase == "completed";
                ended_in_year += c.phase == "ended";
            }
        f.add("year." + y(year) + ".completed", got_certificate);
        f.add("year." + y(year) + ".ended_early", ended_in_year);
    }

    // Change from baseline at each later point, all cohorts together.
    for (const auto &o : years.outcomes) {
        out.means.push_back(published("outcome." + o.point + ".work_ability_change",
                                      stats::mean_of(o.work_ability_change)));
        out.means.push_back(published("outcome." + o.point + ".goal_attainment",
                                      stats::mean_of(o.goal_attainment)));
    }

    const auto protection = stats::protect(f);
    if (!protection.ok) {
        out.ok = false;
        out.means.clear();
        return out;
    }
    out.figures = stats::make_export(f, in.programme_id, in.programme_name, in.today);
    // A median's n is a count too: the wait's n is exactly the stays started that year, so it is
    // told only where that cell is shown; elsewhere the median says "5 or more" (n = 0).
    for (auto &m : out.means) {
        if (!m.shown || m.id.rfind("waiting.", 0) != 0)
            continue;
        const auto *started = out.cell("funnel." + m.id.substr(8) + ".stay_started");
        if (!started || started->state != stats::CellState::shown)
            m.n = 0;
    }
    return out;
}

std::string to_csv(const PublishedProgramme &p)
{
    std::string out = "id,value\n";
    for (const auto &c : p.figures.figures.cells) {
        if (c.state == stats::CellState::implicit)
            continue;
        out += c.id + ",";
        out += c.state == stats::CellState::shown     ? std::to_string(c.value)
               : c.state == stats::CellState::under_5 ? std::string("under 5")
                                                      : std::string("hidden");
        out += "\n";
    }
    for (const auto &m : p.means) {
        char value[64];
        if (m.shown)
            std::snprintf(value, sizeof value, "%.1f (n=%d)", m.value, m.n);
        out += m.id + "," + (m.shown ? std::string(value) : std::string("under 5 answers")) + "\n";
    }
    return out;
}

} // namespace bro
