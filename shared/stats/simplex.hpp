#pragma once
// A small dense linear-programming solver for the disclosure auditor (disclosure_audit.hpp).
// The auditor's problems are tiny (a published table has well under a hundred cells), so a
// plain two-phase tableau simplex is fast enough and short enough to be checked by reading.
// Bland's rule (smallest index enters and leaves) rules out cycling on degenerate problems,
// which tables full of zeros and equal totals produce all the time.

#include <optional>
#include <vector>

namespace bro::stats {

// minimise / maximise c·y subject to A y = b, y >= 0, y having `columns` entries (each row of A
// too). A column in no row is bounded only by y >= 0.
class Simplex
{
public:
    // Phase 1 runs here, once: every objective asked for afterwards starts from the same
    // feasible basis, so asking for the min and max of every cell costs only phase 2 each.
    Simplex(int columns, const std::vector<std::vector<double>> &a, const std::vector<double> &b);

    bool feasible() const { return feasible_; }

    // The optimum, or nullopt when unbounded. Only to be called when feasible().
    std::optional<double> minimise(const std::vector<double> &c) const;
    std::optional<double> maximise(const std::vector<double> &c) const;

    // Values below this are treated as zero (the data are whole counts, so it is generous).
    static constexpr double eps = 1e-9;

private:
    struct Tableau
    {
        std::vector<std::vector<double>> rows; // m rows of n coefficients and the rhs last
        std::vector<double> cost;              // reduced costs, n entries, and -objective last
        std::vector<int> basis;                // the basic column of each row
    };
    // Runs the simplex on t until optimal; false when unbounded.
    static bool optimise(Tableau &t, int columns);
    static void pivot(Tableau &t, int row, int col);
    static void price(Tableau &t, const std::vector<double> &c);

    Tableau start_; // feasible basis after phase 1, artificial columns removed
    int n_ = 0;
    bool feasible_ = false;
};

} // namespace bro::stats
