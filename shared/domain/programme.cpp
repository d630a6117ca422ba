#include "domain/programme.hpp"

namespace bro {

namespace {
bool within(const std::string &date, std::string_view from, std::string_view to)
{
    return !date.empty() && date >= from && date <= to;
}
} // namespace

ProgrammeFigures programme_figures(const std::vector<CaseMilestones> &cases, std::string_view from,
                                   std::string_view to)
{
    ProgrammeFigures f;
    for (Phase p : journey_phases())
        if (p != Phase::completed)
            f.per_phase[p] = 0;
    for (const auto &c : cases) {
        if (c.phase != Phase::completed && c.phase != Phase::ended)
            ++f.per_phase[c.phase];
        if (within(c.started, from, to))
            ++f.started;
        if (c.phase == Phase::completed && within(c.finished, from, to))
            ++f.completed;
        if (c.phase == Phase::ended && within(c.finished, from, to))
            ++f.ended_early;
    }
    return f;
}

std::string to_csv(const ProgrammeFigures &f)
{
    std::string out = "measure,count\n";
    for (const auto &[phase, n] : f.per_phase)
        out += "in_phase_" + std::string(to_string(phase)) + "," + std::to_string(n) + "\n";
    out += "started," + std::to_string(f.started) + "\n";
    out += "completed," + std::to_string(f.completed) + "\n";
    out += "ended_early," + std::to_string(f.ended_early) + "\n";
    return out;
}

} // namespace bro
