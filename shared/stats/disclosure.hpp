#pragma once
// Small-number protection for the figures Bro publishes to a programme coordinator (issue 24):
// a count under 5 (0 included) is never published, and further cells are hidden so that no
// such count can be worked out from the totals and the other cells.
//
// What a reader learns, and what the auditor (disclosure_audit.hpp) therefore assumes:
//   shown     the exact count, always 5 or more;
//   under_5   the count is between 0 and 4 ("under 5" on screen): primary suppression;
//   hidden    the count is 5 or more ("hidden" on screen): secondary suppression only ever hides
//             a cell that would have been shown, so a reader who knows the rule learns ">= 5";
//   implicit  a cell the table never shows but which a reader can still reason about through a
//             relation, e.g. "referred but not accepted" = referred - accepted: only ">= 0".
// The relations (which total is the sum of which parts) are public: they are what the table
// means. What the auditor does not model is a reader who reasons about *which* cells the
// algorithm chose to hide; the deterministic choice below is not secret, but using it needs
// the true values it compared, which the reader does not have.

#include <optional>
#include <string>
#include <vector>

namespace bro::stats {

enum class CellState {
    shown,    // published exactly
    under_5,  // primary suppression: a published count below 5
    hidden,   // secondary suppression: a count of 5 or more hidden to protect another cell
    implicit, // never published (Cell::published is false); sensitive when below 5
};

const char *to_string(CellState s);

struct Cell
{
    std::string id;        // e.g. "2025.referred"; unique across all tables in a Figures
    int value = 0;         // the true count, >= 0
    bool published = true; // false: an implicit cell, see above
    CellState state = CellState::shown; // set by protect()
};

// total = sum of parts, all counts non-negative.
struct Relation
{
    std::string total;
    std::vector<std::string> parts;

    bool operator==(const Relation &) const = default;
};

// One or more tables that are published together: relations may cross tables (a cohort's
// "started" is the funnel's "stay started" that year), so they are protected together.
struct Figures
{
    std::vector<Cell> cells;
    std::vector<Relation> relations;

    Cell &add(std::string id, int value, bool published = true);
    void relate(std::string total, std::vector<std::string> parts);

    const Cell *find(const std::string &id) const;
    Cell *find(const std::string &id);
};

// What protect() did. When !ok the figures must not be published: some sensitive cell could
// not be protected even with every shown cell around it hidden (not seen for real tables, but
// a publishing tool must say so rather than publish).
struct Protection
{
    bool ok = true;
    int secondary = 0;                // cells hidden to protect others
    std::vector<std::string> exposed; // when !ok: the cells a reader can still work out
};

// Throws std::invalid_argument for figures that are not a consistent set of counts: a
// duplicate or unknown id, a negative count, a relation whose parts do not add up.
void validate(const Figures &f);

// Primary then secondary suppression, in place (sets every Cell::state). Deterministic.
Protection protect(Figures &f);

// The count a reader sees for a published cell: only a shown cell has one.
std::optional<int> published_value(const Figures &f, const std::string &id);

// A mean is published only with at least 5 answers behind it; the number of answers follows
// the count rule (n_shown false: "under 5"). When not shown, value is 0 so that the true mean
// cannot leak through a careless caller.
struct Mean
{
    double value = 0.0;
    int n = 0;
    bool shown = false;

    bool n_shown() const { return n >= 5; }
};

Mean mean_of(const std::vector<double> &values);

// The smallest count that may be published.
inline constexpr int min_published_count = 5;

} // namespace bro::stats
