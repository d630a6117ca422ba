#include "domain/programme.hpp"

#include <algorithm>

namespace bro {

namespace {
bool within(const std::string &date, std::string_view from, std::string_view to)
{
    return !date.empty() && date >= from && date <= to;
}
// "2022-03-14" → 2022; nothing unless the text starts with four digits and a dash.
std::optional<int> year_of(const std::string &date)
{
    if (date.size() < 5 || date[4] != '-' ||
        !std::all_of(date.begin(), date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoi(date.substr(0, 4));
}
} // namespace

std::string_view to_string(CohortOutcome o)
{
    switch (o) {
    case CohortOutcome::open:
        return "open";
    case CohortOutcome::completed:
        return "completed";
    case CohortOutcome::ended:
        return "ended";
    }
    return "open";
}

std::optional<CohortOutcome> parse_cohort_outcome(std::string_view s)
{
    for (auto o : {CohortOutcome::open, CohortOutcome::completed, CohortOutcome::ended})
        if (to_string(o) == s)
            return o;
    return std::nullopt;
}

CohortOutcome cohort_outcome(std::string_view phase)
{
    if (phase == "completed")
        return CohortOutcome::completed;
    if (phase == "ended")
        return CohortOutcome::ended;
    return CohortOutcome::open;
}

std::vector<CohortFigures> cohort_figures(const std::vector<CaseMilestones> &cases,
                                          const std::vector<ErasedCase> &erased, int yearly_target,
                                          int this_year)
{
    const auto plausible = [this_year](int year) { return year >= 1970 && year <= this_year + 1; };
    std::vector<ErasedCase> all; // the living cases join the erased ones' shape
    for (const auto &c : erased)
        if (plausible(c.cohort))
            all.push_back(c);
    for (const auto &c : cases)
        if (auto year = year_of(c.started); year && plausible(*year))
            all.push_back({*year, cohort_outcome(c.phase)});
    int first = this_year, last = this_year;
    for (const auto &c : all) {
        first = std::min(first, c.cohort);
        last = std::max(last, c.cohort);
    }
    std::vector<CohortFigures> out;
    for (int year = first; year <= last; ++year)
        out.push_back({year, yearly_target, 0, 0, 0, 0});
    for (const auto &c : all) {
        auto &row = out[static_cast<std::size_t>(c.cohort - first)];
        ++row.started;
        switch (c.outcome) {
        case CohortOutcome::completed:
            ++row.completed;
            break;
        case CohortOutcome::ended:
            ++row.ended_early;
            break;
        case CohortOutcome::open:
            ++row.in_apprenticeship;
            break;
        }
    }
    return out;
}

ProgrammeFigures programme_figures(const std::vector<CaseMilestones> &cases, std::string_view from,
                                   std::string_view to, const std::vector<std::string> &open_phases)
{
    ProgrammeFigures f;
    for (const auto &id : open_phases)
        f.per_phase[id] = 0;
    for (const auto &c : cases) {
        if (c.phase != "completed" && c.phase != "ended")
            ++f.per_phase[c.phase];
        if (within(c.started, from, to))
            ++f.started;
        if (c.phase == "completed" && within(c.finished, from, to))
            ++f.completed;
        if (c.phase == "ended" && within(c.finished, from, to))
            ++f.ended_early;
    }
    return f;
}

std::string to_csv(const ProgrammeFigures &f)
{
    std::string out = "measure,count\n";
    for (const auto &[phase, n] : f.per_phase)
        out += "in_phase_" + phase + "," + std::to_string(n) + "\n";
    out += "started," + std::to_string(f.started) + "\n";
    out += "completed," + std::to_string(f.completed) + "\n";
    out += "ended_early," + std::to_string(f.ended_early) + "\n";
    return out;
}

std::string to_csv(const ProgrammeFigures &f, const std::vector<CohortFigures> &cohorts)
{
    std::string out = to_csv(f);
    out += "\nyear,target,started,completed,in_apprenticeship,ended_early\n";
    for (const auto &c : cohorts)
        out += std::to_string(c.year) + "," + std::to_string(c.target) + "," +
               std::to_string(c.started) + "," + std::to_string(c.completed) + "," +
               std::to_string(c.in_apprenticeship) + "," + std::to_string(c.ended_early) + "\n";
    return out;
}

} // namespace bro
