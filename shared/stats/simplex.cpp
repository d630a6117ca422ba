// Two-phase tableau simplex with Bland's rule. See simplex.hpp for why it is this simple.

#include "stats/simplex.hpp"

#include <cmath>
#include <cstddef>

namespace bro::stats {

void Simplex::pivot(Tableau &t, int row, int col)
{
    auto &p = t.rows[row];
    const double k = p[col];
    for (double &v : p)
        v /= k;
    auto eliminate = [&](std::vector<double> &r) {
        const double f = r[col];
        if (f == 0.0)
            return;
        for (std::size_t j = 0; j < r.size(); ++j)
            r[j] -= f * p[j];
        r[col] = 0.0; // exactly, so rounding never lets a basic column look attractive again
    };
    for (int i = 0; i < static_cast<int>(t.rows.size()); ++i)
        if (i != row)
            eliminate(t.rows[i]);
    eliminate(t.cost);
    t.basis[row] = col;
}

// Reduced costs of c for the current basis: c_j - sum_i c_basis(i) * row_i[j].
void Simplex::price(Tableau &t, const std::vector<double> &c)
{
    const std::size_t width = c.size() + 1;
    t.cost.assign(width, 0.0);
    for (std::size_t j = 0; j < c.size(); ++j)
        t.cost[j] = c[j];
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const double cb = c[t.basis[i]];
        if (cb == 0.0)
            continue;
        for (std::size_t j = 0; j < width; ++j)
            t.cost[j] -= cb * t.rows[i][j];
    }
}

bool Simplex::optimise(Tableau &t, int columns)
{
    for (;;) {
        int enter = -1;
        for (int j = 0; j < columns; ++j)
            if (t.cost[j] < -eps) {
                enter = j; // Bland: the first improving column
                break;
            }
        if (enter < 0)
            return true;
        int leave = -1;
        double best = 0.0;
        for (int i = 0; i < static_cast<int>(t.rows.size()); ++i) {
            const double a = t.rows[i][enter];
            if (a <= eps)
                continue;
            const double ratio = t.rows[i].back() / a;
            // Bland: among equal ratios, the row whose basic column has the smallest index.
            if (leave < 0 || ratio < best - eps ||
                (ratio <= best + eps && t.basis[i] < t.basis[leave])) {
                leave = i;
                best = ratio;
            }
        }
        if (leave < 0)
            return false;
        pivot(t, leave, enter);
    }
}

Simplex::Simplex(int columns, const std::vector<std::vector<double>> &a,
                 const std::vector<double> &b)
{
    const int m = static_cast<int>(a.size());
    n_ = columns;
    // Phase 1: one artificial column per row, rows signed so that the rhs is non-negative;
    // minimising the artificials' sum finds a feasible basis if there is one.
    Tableau t;
    t.rows.resize(m);
    t.basis.resize(m);
    for (int i = 0; i < m; ++i) {
        const double sign = b[i] < 0 ? -1.0 : 1.0;
        auto &r = t.rows[i];
        r.assign(n_ + m + 1, 0.0);
        for (int j = 0; j < n_; ++j)
            r[j] = sign * a[i][j];
        r[n_ + i] = 1.0;
        r.back() = sign * b[i];
        t.basis[i] = n_ + i;
    }
    std::vector<double> phase1(n_ + m, 0.0);
    for (int i = 0; i < m; ++i)
        phase1[n_ + i] = 1.0;
    price(t, phase1);
    optimise(t, n_ + m); // bounded below by zero, so never unbounded
    if (-t.cost.back() > 1e-7) {
        feasible_ = false;
        return;
    }
    // An artificial still basic (at zero) is pivoted out on any real column; if its row has
    // none, the row was a combination of the others and goes.
    for (int i = 0; i < static_cast<int>(t.rows.size());) {
        if (t.basis[i] < n_) {
            ++i;
            continue;
        }
        int col = -1;
        for (int j = 0; j < n_ && col < 0; ++j)
            if (std::fabs(t.rows[i][j]) > eps)
                col = j;
        if (col >= 0) {
            pivot(t, i, col);
            ++i;
        } else {
            t.rows.erase(t.rows.begin() + i);
            t.basis.erase(t.basis.begin() + i);
        }
    }
    for (auto &r : t.rows) {
        const double rhs = r.back();
        r.resize(n_);
        r.push_back(rhs);
    }
    start_ = std::move(t);
    feasible_ = true;
}

std::optional<double> Simplex::minimise(const std::vector<double> &c) const
{
    Tableau t = start_;
    price(t, c);
    if (!optimise(t, n_))
        return std::nullopt;
    return -t.cost.back();
}

std::optional<double> Simplex::maximise(const std::vector<double> &c) const
{
    std::vector<double> negated(c.size());
    for (std::size_t j = 0; j < c.size(); ++j)
        negated[j] = -c[j];
    const auto v = minimise(negated);
    if (!v)
        return std::nullopt;
    return -*v;
}

} // namespace bro::stats
