// audit(): builds one linear programme from the published figures and asks it for the least and
// the greatest value of every cell that is not shown.
//
// Variables: y_k = x_k - lower_k >= 0 for each cell k that is not shown (lower is 5 for a
// hidden cell, 0 otherwise), then one slack per under_5 cell for its upper bound.
// Rows: one per relation (total - sum of parts = 0, shown cells moved to the right-hand side),
// and y_k + s_k = 4 for each under_5 cell.

#include "stats/disclosure_audit.hpp"

#include "stats/simplex.hpp"

#include <cmath>
#include <map>
#include <stdexcept>

namespace bro::stats {

namespace {

// A bound found by floating-point simplex, rounded inwards to a whole count: a reader knows that
// counts are whole, so a range [2, 2.5] pins the count at 2. The tolerance absorbs the
// simplex's rounding error (1.9999999 is 2), far below the distance between two counts.
long long round_up(double v)
{
    return static_cast<long long>(std::ceil(v - 1e-6));
}
long long round_down(double v)
{
    return static_cast<long long>(std::floor(v + 1e-6));
}

int lower_bound_of(CellState s)
{
    return s == CellState::hidden ? min_published_count : 0;
}

} // namespace

const CellRange *Audit::range(const std::string &id) const
{
    for (const auto &r : ranges)
        if (r.id == id)
            return &r;
    return nullptr;
}

Audit audit(const PublishedFigures &p)
{
    std::map<std::string, int> column; // cell id -> variable, for cells not shown
    std::map<std::string, int> shown;  // cell id -> value, for shown cells
    std::vector<const PublishedCell *> unknown;
    for (const auto &c : p.cells) {
        if (c.state == CellState::shown) {
            shown[c.id] = c.value;
        } else {
            column[c.id] = static_cast<int>(unknown.size());
            unknown.push_back(&c);
        }
    }
    const int k = static_cast<int>(unknown.size());
    int under5 = 0;
    for (const auto *c : unknown)
        under5 += c->state == CellState::under_5 ? 1 : 0;
    const int n = k + under5;

    Audit out;
    std::vector<std::vector<double>> a;
    std::vector<double> b;
    for (const auto &r : p.relations) {
        std::vector<double> row(n, 0.0);
        double rhs = 0.0;
        bool any = false;
        auto term = [&](const std::string &id, double sign) {
            if (auto s = shown.find(id); s != shown.end()) {
                rhs -= sign * s->second;
            } else if (auto v = column.find(id); v != column.end()) {
                row[v->second] += sign;
                rhs -= sign * lower_bound_of(unknown[v->second]->state);
                any = true;
            } else {
                throw std::invalid_argument("a relation names an unknown cell: " + id);
            }
        };
        term(r.total, 1.0);
        for (const auto &part : r.parts)
            term(part, -1.0);
        if (!any) {
            // Every cell shown: nothing to learn, but the numbers must still add up.
            if (std::fabs(rhs) > 1e-9) {
                out.consistent = false;
                return out;
            }
            continue;
        }
        a.push_back(std::move(row));
        b.push_back(rhs);
    }
    int slack = k;
    for (int v = 0; v < k; ++v) {
        if (unknown[v]->state != CellState::under_5)
            continue;
        std::vector<double> row(n, 0.0);
        row[v] = 1.0;
        row[slack++] = 1.0;
        a.push_back(std::move(row));
        b.push_back(min_published_count - 1);
    }

    const Simplex lp(n, a, b);
    if (!lp.feasible()) {
        out.consistent = false;
        return out;
    }
    std::vector<double> objective(n, 0.0);
    for (int v = 0; v < k; ++v) {
        objective[v] = 1.0;
        const int lower = lower_bound_of(unknown[v]->state);
        CellRange range{unknown[v]->id, unknown[v]->state, 0, std::nullopt};
        range.min = lower + round_up(*lp.minimise(objective)); // y >= 0: never unbounded below
        if (const auto hi = lp.maximise(objective))
            range.max = lower + round_down(*hi);
        objective[v] = 0.0;
        if (range.recovered())
            out.recovered.push_back(range.id);
        out.ranges.push_back(std::move(range));
    }
    return out;
}

} // namespace bro::stats
