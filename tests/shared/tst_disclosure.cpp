// The small-count protection of published figures (no count under 5, not even by subtraction)
// against every attack we know: bounds, differences, cross-table and nested totals, random tables
// checked by brute force. Past 600 lines on purpose: each attack reads best beside the table it
// attacks, and one auditor (the brute-force search at the top) serves them all.

#include "stats/disclosure.hpp"
#include "stats/disclosure_audit.hpp"
#include "stats/published.hpp"

#include <QtTest>
#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace bro::stats;

namespace {

CellState state_of(const Figures &f, const std::string &id)
{
    return f.find(id)->state;
}

bool sensitive(const Cell &c)
{
    return c.value < 5 || c.state == CellState::hidden;
}

// What the auditor recovers that must not be: a count under 5 or a hidden cell.
std::vector<std::string> leaks(const Figures &f)
{
    const Audit a = audit(published_view(f));
    std::vector<std::string> out;
    for (const auto &id : a.recovered)
        if (sensitive(*f.find(id)))
            out.push_back(id);
    return out;
}

// Primary suppression only, as protect() starts: to show the attacks work without the rest.
void primary_only(Figures &f)
{
    for (auto &c : f.cells)
        c.state = !c.published  ? CellState::implicit
                  : c.value < 5 ? CellState::under_5
                                : CellState::shown;
}

bool recovers(const Figures &f, const std::string &id)
{
    const auto r = audit(published_view(f)).recovered;
    return std::find(r.begin(), r.end(), id) != r.end();
}

// An r x c table of counts with row, column and grand totals; ids "r1c2", "r1.total",
// "c2.total", "total".
Figures table(const std::vector<std::vector<int>> &v)
{
    Figures f;
    const std::size_t rows = v.size(), cols = v[0].size();
    std::vector<int> col(cols, 0);
    int grand = 0;
    std::vector<std::string> row_ids, col_ids;
    for (std::size_t i = 0; i < rows; ++i) {
        int sum = 0;
        std::vector<std::string> parts;
        for (std::size_t j = 0; j < cols; ++j) {
            const auto id = "r" + std::to_string(i + 1) + "c" + std::to_string(j + 1);
            f.add(id, v[i][j]);
            parts.push_back(id);
            sum += v[i][j];
            col[j] += v[i][j];
        }
        row_ids.push_back("r" + std::to_string(i + 1) + ".total");
        f.add(row_ids.back(), sum);
        f.relate(row_ids.back(), parts);
        grand += sum;
    }
    for (std::size_t j = 0; j < cols; ++j) {
        col_ids.push_back("c" + std::to_string(j + 1) + ".total");
        f.add(col_ids.back(), col[j]);
        std::vector<std::string> parts;
        for (std::size_t i = 0; i < rows; ++i)
            parts.push_back("r" + std::to_string(i + 1) + "c" + std::to_string(j + 1));
        f.relate(col_ids.back(), parts);
    }
    f.add("total", grand);
    f.relate("total", row_ids);
    f.relate("total", col_ids);
    return f;
}

// An independent attacker: every whole-number assignment of the cells not shown (under 5:
// 0..4, hidden: 5..cap, implicit: 0..cap) that satisfies every relation, found by depth-first
// search with propagation (a relation with one unknown left fixes it). Returns, per cell, how
// many distinct values it takes, capped at 2. For tables whose true values are at most 30, a
// cap of 35 loses no second solution: one step along a cycle of the table moves each count by 1.
struct BruteForce
{
    std::vector<std::string> ids;
    std::vector<int> lo, hi;
    struct Eq
    {
        long long constant = 0;
        std::vector<std::pair<int, int>> terms; // variable, coefficient
    };
    std::vector<Eq> eqs;
    std::vector<std::set<int>> seen;
    int open = 0;            // variables that have not yet shown two values
    bool found = false;      // at least one solution (the true counts are one)
    bool exhaustive = false; // false: stop once every cell has shown two values

    BruteForce(const PublishedFigures &p, int cap)
    {
        std::map<std::string, int> var;
        std::map<std::string, int> shown;
        for (const auto &c : p.cells) {
            if (c.state == CellState::shown) {
                shown[c.id] = c.value;
                continue;
            }
            var[c.id] = static_cast<int>(ids.size());
            ids.push_back(c.id);
            lo.push_back(c.state == CellState::hidden ? 5 : 0);
            hi.push_back(c.state == CellState::under_5 ? 4 : cap);
        }
        for (const auto &r : p.relations) {
            Eq e;
            auto term = [&](const std::string &id, int sign) {
                if (shown.contains(id))
                    e.constant += sign * shown[id];
                else
                    e.terms.push_back({var[id], sign});
            };
            term(r.total, 1);
            for (const auto &part : r.parts)
                term(part, -1);
            eqs.push_back(e);
        }
        seen.resize(ids.size());
        open = static_cast<int>(ids.size());
    }

    void search(std::vector<int> x)
    {
        if (!exhaustive && open == 0)
            return;
        // Propagate until nothing changes.
        for (bool changed = true; changed;) {
            changed = false;
            for (const auto &e : eqs) {
                long long sum = e.constant;
                int unknown = -1, coef = 0, count = 0;
                for (auto [v, c] : e.terms) {
                    if (x[v] < 0) {
                        ++count;
                        unknown = v;
                        coef = c;
                    } else {
                        sum += static_cast<long long>(c) * x[v];
                    }
                }
                if (count == 0 && sum != 0)
                    return;
                if (count == 1) {
                    const long long value = -sum * coef; // coef is +-1
                    if (value < lo[unknown] || value > hi[unknown])
                        return;
                    x[unknown] = static_cast<int>(value);
                    changed = true;
                }
            }
        }
        const auto next = std::find(x.begin(), x.end(), -1);
        if (next == x.end()) {
            found = true;
            for (std::size_t v = 0; v < x.size(); ++v)
                if (seen[v].size() < 2 && seen[v].insert(x[v]).second && seen[v].size() == 2)
                    --open;
            return;
        }
        const auto v = next - x.begin();
        for (int value = lo[v]; value <= hi[v] && (exhaustive || open > 0); ++value) {
            x[v] = value;
            search(x);
        }
    }

    void run() { search(std::vector<int>(ids.size(), -1)); }
};

// The LP auditor and the enumeration must agree on which cells are pinned, on tables small
// enough to enumerate (here: before secondary suppression, when there are pins to find).
void cross_check(const Figures &f, int t, int &agreed)
{
    int unknown = 0, largest = 0;
    for (const auto &c : f.cells)
        if (c.state != CellState::shown) {
            ++unknown;
            largest = std::max(largest, c.value);
        }
    if (unknown == 0 || unknown > 6 || largest > 30)
        return;
    const auto view = published_view(f);
    const Audit a = audit(view);
    BruteForce b(view, 35);
    b.exhaustive = true; // every pin must be seen
    b.run();
    for (std::size_t k = 0; k < b.ids.size(); ++k) {
        const bool pinned = b.seen[k].size() == 1;
        const bool lp = a.range(b.ids[k])->recovered();
        if (pinned != lp)
            QFAIL(qPrintable(QString("table %1: %2 pinned by enumeration %3, by the auditor %4")
                                 .arg(t)
                                 .arg(b.ids[k].c_str())
                                 .arg(pinned)
                                 .arg(lp)));
    }
    ++agreed;
}

} // namespace

class TestDisclosure : public QObject
{
    Q_OBJECT

private slots:
    // The auditor must find the plain attacks, or every other test here proves nothing.
    void auditorRecoversFromAnUnprotectedTable()
    {
        Figures f;
        f.add("total", 12);
        f.add("a", 7);
        f.add("b", 5);
        f.add("c", 0);
        f.relate("total", {"a", "b", "c"});
        primary_only(f);
        QCOMPARE(state_of(f, "c"), CellState::under_5);
        QVERIFY(recovers(f, "c"));
        const Audit a = audit(published_view(f));
        QCOMPARE(a.range("c")->min, 0LL);
        QCOMPARE(a.range("c")->max, std::optional<long long>(0));
    }

    void rowTotalWithOneSmallCell()
    {
        Figures f;
        f.add("total", 20);
        f.add("a", 8);
        f.add("b", 9);
        f.add("c", 3);
        f.relate("total", {"a", "b", "c"});
        const Protection p = protect(f);
        QVERIFY(p.ok);
        QCOMPARE(p.secondary, 1);
        QCOMPARE(state_of(f, "c"), CellState::under_5);
        QCOMPARE(state_of(f, "a"), CellState::hidden); // the smallest shown part
        QCOMPARE(published_value(f, "total"), std::optional<int>(20));
        QCOMPARE(published_value(f, "b"), std::optional<int>(9));
        QCOMPARE(published_value(f, "a"), std::optional<int>());
        QCOMPARE(published_value(f, "c"), std::optional<int>());
        const Audit a = audit(published_view(f));
        QVERIFY(a.recovered.empty());
        QCOMPARE(a.range("c")->min, 0LL);
        QCOMPARE(a.range("c")->max, std::optional<long long>(4));
        QCOMPARE(a.range("a")->min, 7LL);
        QCOMPARE(a.range("a")->max, std::optional<long long>(11));
    }

    // Bounds alone: 8 = 4 + 4 with both parts "under 5" says both are 4.
    void boundsAttackBothUnder5()
    {
        Figures f;
        f.add("total", 8);
        f.add("a", 4);
        f.add("b", 4);
        f.relate("total", {"a", "b"});
        primary_only(f);
        QVERIFY(recovers(f, "a"));
        QVERIFY(recovers(f, "b"));
        QVERIFY(protect(f).ok);
        QCOMPARE(state_of(f, "total"), CellState::hidden);
        QVERIFY(leaks(f).empty());
    }

    // 9 = 4 + 5: hiding the 5 is enough, since a reader knows only that it is 5 or more.
    void boundsAttackNineIsFourAndFive()
    {
        Figures f;
        f.add("total", 9);
        f.add("a", 4);
        f.add("b", 5);
        f.relate("total", {"a", "b"});
        primary_only(f);
        QVERIFY(recovers(f, "a"));
        const Protection p = protect(f);
        QVERIFY(p.ok);
        QCOMPARE(p.secondary, 1);
        QCOMPARE(state_of(f, "b"), CellState::hidden);
        QCOMPARE(published_value(f, "total"), std::optional<int>(9));
        QVERIFY(leaks(f).empty());
    }

    // 5 = 0 + 5: hiding the 5 is not enough: "hidden" means at least 5, so 0 follows. The
    // auditor models that, and the total goes too.
    void boundsAttackThroughTheHiddenRule()
    {
        Figures f;
        f.add("total", 5);
        f.add("a", 0);
        f.add("b", 5);
        f.relate("total", {"a", "b"});
        f.find("a")->state = CellState::under_5;
        f.find("b")->state = CellState::hidden;
        f.find("total")->state = CellState::shown;
        QVERIFY(recovers(f, "a"));
        const Protection p = protect(f);
        QVERIFY(p.ok);
        QCOMPARE(p.secondary, 2);
        QCOMPARE(state_of(f, "total"), CellState::hidden);
        QVERIFY(leaks(f).empty());
    }

    // A row of zeros: its total is under 5 too, and the column totals give the zeros away.
    void zeroSumRow()
    {
        Figures f = table({{0, 0}, {6, 7}});
        primary_only(f);
        QCOMPARE(state_of(f, "r1.total"), CellState::under_5);
        QVERIFY(recovers(f, "r1c1")); // c1.total 6 - r2c1 6
        QVERIFY(recovers(f, "r1.total"));
        const Protection p = protect(f);
        QVERIFY(p.ok);
        QVERIFY(p.secondary >= 2);
        QVERIFY(leaks(f).empty());
    }

    // One small cell in a 2 x 2 block with margins: the classic answer hides a whole rectangle.
    void twoByTwoWithMargins()
    {
        Figures f = table({{3, 8}, {9, 7}});
        primary_only(f);
        QVERIFY(recovers(f, "r1c1"));
        const Protection p = protect(f);
        QVERIFY(p.ok);
        QCOMPARE(p.secondary, 3);
        QCOMPARE(state_of(f, "r1c2"), CellState::hidden);
        QCOMPARE(state_of(f, "r2c1"), CellState::hidden);
        QCOMPARE(state_of(f, "r2c2"), CellState::hidden);
        for (const char *id : {"r1.total", "r2.total", "c1.total", "c2.total", "total"})
            QVERIFY(published_value(f, id).has_value());
        QVERIFY(leaks(f).empty());
        const Audit a = audit(published_view(f));
        QCOMPARE(a.range("r1c1")->min, 1LL); // r2c2 = 4 + r1c1 must be at least 5
        QCOMPARE(a.range("r1c1")->max, std::optional<long long>(4));
    }

    // Referred 7, accepted 5: "2 not accepted" is never shown but is plain to see.
    void implicitDifference()
    {
        Figures f;
        f.add("2025.referred", 7);
        f.add("2025.accepted", 5);
        f.add("2025.not_accepted", 2, false);
        f.relate("2025.referred", {"2025.accepted", "2025.not_accepted"});
        primary_only(f);
        QVERIFY(recovers(f, "2025.not_accepted"));
        const Protection p = protect(f);
        QVERIFY(p.ok);
        QCOMPARE(p.secondary, 1);
        QCOMPARE(state_of(f, "2025.not_accepted"), CellState::implicit);
        QCOMPARE(state_of(f, "2025.accepted"), CellState::hidden);
        QCOMPARE(published_value(f, "2025.referred"), std::optional<int>(7));
        QVERIFY(leaks(f).empty());

        // An implicit count of 5 or more may be known: 12 referred, 5 accepted, 7 not.
        Figures g;
        g.add("referred", 12);
        g.add("accepted", 5);
        g.add("not_accepted", 7, false);
        g.relate("referred", {"accepted", "not_accepted"});
        const Protection q = protect(g);
        QVERIFY(q.ok);
        QCOMPARE(q.secondary, 0);
        QVERIFY(recovers(g, "not_accepted"));
    }

    // The cohort table's "started" is the funnel's: the cohort's small "ended early" is safe in
    // its own table (its total is not shown) but not next to the funnel.
    void crossTableRelation()
    {
        Figures f;
        f.add("funnel.2025.accepted", 25);
        f.add("funnel.2025.started", 20);
        f.add("funnel.2025.not_started", 5, false);
        f.relate("funnel.2025.accepted", {"funnel.2025.started", "funnel.2025.not_started"});
        f.add("cohort.2025.started", 20, false);
        f.add("cohort.2025.completed", 17);
        f.add("cohort.2025.ended_early", 3);
        f.relate("cohort.2025.started", {"cohort.2025.completed", "cohort.2025.ended_early"});

        Figures alone = f;
        QVERIFY(protect(alone).ok);
        QCOMPARE(protect(alone).secondary, 0);

        f.relate("funnel.2025.started", {"cohort.2025.started"}); // the same people
        primary_only(f);
        QVERIFY(recovers(f, "cohort.2025.ended_early"));
        const Protection p = protect(f);
        QVERIFY(p.ok);
        QCOMPARE(p.secondary, 1);
        QCOMPARE(state_of(f, "cohort.2025.completed"), CellState::hidden);
        QVERIFY(leaks(f).empty());
    }

    // Totals of totals: hiding the sub-total that gives the small one away is not enough when
    // the sub-total's own parts are shown; a hidden cell must not be recoverable either.
    void nestedTotals()
    {
        Figures f;
        f.add("all", 30);
        f.add("A", 27);
        f.add("B", 3);
        f.add("a1", 12);
        f.add("a2", 15);
        f.add("b1", 3);
        f.add("b2", 0);
        f.relate("all", {"A", "B"});
        f.relate("A", {"a1", "a2"});
        f.relate("B", {"b1", "b2"});
        primary_only(f);
        QVERIFY(recovers(f, "B"));
        const Protection p = protect(f);
        QVERIFY(p.ok);
        QCOMPARE(p.secondary, 2);
        QCOMPARE(state_of(f, "A"), CellState::hidden);
        QCOMPARE(state_of(f, "a1"), CellState::hidden);
        QVERIFY(leaks(f).empty());
    }

    // When no shown cell is left to hide, protect() says so instead of publishing: here the two
    // relations say b + c = 0 whatever is hidden.
    void reportsWhatItCannotProtect()
    {
        Figures f;
        f.add("u", 2);
        f.add("a", 2, false);
        f.add("b", 0);
        f.add("c", 0, false);
        f.relate("u", {"a", "b"});
        f.relate("a", {"u", "c"});
        const Protection p = protect(f);
        QVERIFY(!p.ok);
        QCOMPARE(p.exposed, (std::vector<std::string>{"b", "c"}));
    }

    // The coordinator's funnel as it will be used: each step's drop-off is an implicit cell,
    // and a column of totals over the years.
    void funnelByYear()
    {
        const std::vector<std::string> steps{"referred",   "accepted",    "started",
                                             "completed",  "training_6m", "training_12m",
                                             "certificate"};
        const std::map<std::string, std::vector<int>> years{{"2024", {31, 27, 25, 21, 19, 17, 9}},
                                                            {"2025", {18, 16, 12, 11, 7, 7, 3}}};
        Figures f;
        for (std::size_t s = 0; s < steps.size(); ++s) {
            std::vector<std::string> per_year;
            int all = 0;
            for (const auto &[year, counts] : years) {
                const auto id = year + "." + steps[s];
                f.add(id, counts[s]);
                per_year.push_back(id);
                all += counts[s];
                if (s > 0) {
                    const auto before = year + "." + steps[s - 1];
                    f.add(year + ".lost_before_" + steps[s], counts[s - 1] - counts[s], false);
                    f.relate(before, {id, year + ".lost_before_" + steps[s]});
                }
            }
            f.add("all." + steps[s], all);
            f.relate("all." + steps[s], per_year);
        }
        Figures primary = f;
        primary_only(primary);
        QVERIFY(!leaks(primary).empty());
        const Protection p = protect(f);
        QVERIFY(p.ok);
        QVERIFY(leaks(f).empty());
        for (const auto &c : f.cells)
            QVERIFY(c.state != CellState::shown || c.value >= 5);
        QCOMPARE(published_value(f, "2024.referred"), std::optional<int>(31));
    }

    void deterministic()
    {
        Figures f = table({{3, 8, 12}, {9, 7, 0}, {6, 14, 5}});
        Figures g = f;
        std::reverse(g.cells.begin(), g.cells.end());
        std::reverse(g.relations.begin(), g.relations.end());
        QVERIFY(protect(f).ok);
        QVERIFY(protect(g).ok);
        for (const auto &c : f.cells)
            QCOMPARE(state_of(g, c.id), c.state);
    }

    void refusesInconsistentFigures()
    {
        Figures f;
        f.add("total", 10);
        f.add("a", 6);
        f.add("b", 5);
        f.relate("total", {"a", "b"});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, protect(f));
        f.find("b")->value = 4;
        f.relate("total", {"a", "nowhere"});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, protect(f));
        Figures g;
        g.add("x", -1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, protect(g));
        Figures h;
        h.add("x", 5);
        h.add("x", 6);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, protect(h));
    }

    void randomTables()
    {
        std::mt19937 rng(20261124);
        auto uniform = [&](int lo, int hi) {
            return std::uniform_int_distribution<int>(lo, hi)(rng);
        };
        int brute_forced = 0, attackable = 0, hidden_total = 0, agreed = 0;
        for (int t = 0; t < 300; ++t) {
            std::vector<std::vector<int>> v(uniform(2, 5));
            const int cols = uniform(2, 5);
            for (auto &row : v)
                for (int j = 0; j < cols; ++j)
                    row.push_back(uniform(0, 20));
            Figures f = table(v);
            Figures primary = f;
            primary_only(primary);
            attackable += leaks(primary).empty() ? 0 : 1;
            cross_check(primary, t, agreed);

            const Protection p = protect(f);
            QVERIFY2(p.ok, qPrintable(QString("table %1").arg(t)));
            const auto l = leaks(f);
            QVERIFY2(
                l.empty(),
                qPrintable(
                    QString("table %1 leaks %2").arg(t).arg(l.empty() ? "" : l.front().c_str())));
            hidden_total += p.secondary;

            // The independent check, where enumeration is cheap.
            int unknown = 0, largest = 0;
            for (const auto &c : f.cells)
                if (c.state != CellState::shown) {
                    ++unknown;
                    largest = std::max(largest, c.value);
                }
            if (unknown == 0 || unknown > 6 || largest > 30)
                continue;
            ++brute_forced;
            BruteForce b(published_view(f), 35);
            b.run();
            QVERIFY(b.found);
            for (std::size_t k = 0; k < b.ids.size(); ++k) {
                if (!sensitive(*f.find(b.ids[k])))
                    continue;
                QVERIFY2(
                    b.seen[k].size() >= 2,
                    qPrintable(QString("table %1: %2 is pinned").arg(t).arg(b.ids[k].c_str())));
            }
        }
        // Not vacuous: primary suppression alone leaked in many tables, protection hid cells,
        // and the enumeration ran on a good share.
        QVERIFY(attackable > 100);
        QVERIFY(hidden_total > 100);
        QVERIFY(brute_forced > 30);
        QVERIFY(agreed > 30);
        qInfo("%d tables leaked under primary suppression alone; %d secondary cells; %d "
              "enumerated after protection, %d before",
              attackable, hidden_total, brute_forced, agreed);
    }

    // The enumeration does find a pin when there is one (else the check above is empty).
    void bruteForceFindsAPin()
    {
        Figures f = table({{3, 8}, {9, 7}});
        primary_only(f);
        BruteForce b(published_view(f), 35);
        b.run();
        QCOMPARE(b.ids.size(), std::size_t(1));
        QCOMPARE(b.seen[0].size(), std::size_t(1));
        QCOMPARE(*b.seen[0].begin(), 3);
    }

    void means()
    {
        const Mean few = mean_of({4, 5, 6, 7});
        QVERIFY(!few.shown);
        QVERIFY(!few.n_shown());
        QCOMPARE(few.value, 0.0);
        const Mean none = mean_of({});
        QVERIFY(!none.shown);
        const Mean enough = mean_of({4, 5, 6, 7, 8});
        QVERIFY(enough.shown);
        QVERIFY(enough.n_shown());
        QCOMPARE(enough.n, 5);
        QCOMPARE(enough.value, 6.0);
    }
};

QTEST_GUILESS_MAIN(TestDisclosure)
#include "tst_disclosure.moc"
