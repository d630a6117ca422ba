#pragma once
// The attacker: given only what is published (published.hpp) and the relations, how far can a
// reader pin down each cell that is not shown? Each such cell's feasible range is found by
// linear programming over every cell at once (shown cells exact, under_5 in [0,4], hidden
// >= 5, implicit >= 0, every relation an equation), then rounded inwards to whole counts.
// A cell whose range is a single count is recovered. protect() (disclosure.hpp) hides cells
// until this finds nothing sensitive, so the protection is exactly as strong as this attacker.

#include "stats/published.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bro::stats {

// The whole counts a reader cannot rule out for one cell. max is nullopt when unbounded.
struct CellRange
{
    std::string id;
    CellState state = CellState::shown;
    long long min = 0;
    std::optional<long long> max;

    bool recovered() const { return max && *max == min; }
};

struct Audit
{
    // false: no counts satisfy the published figures (a wrong relation or a bad import);
    // then ranges and recovered are empty.
    bool consistent = true;
    std::vector<CellRange> ranges;      // every cell that is not shown, in the figures' order
    std::vector<std::string> recovered; // ids of the ranges that are a single count

    const CellRange *range(const std::string &id) const;
};

// Throws std::invalid_argument when a relation names a cell the figures do not have.
Audit audit(const PublishedFigures &p);

} // namespace bro::stats
