// The coordinator's figures (issue 24): who counts, what each stage of the funnel means, and
// that nothing under 5 can be read or worked out from what is sent — tried by the auditor on
// the pilot's demo and on three bigger made-up years.
#include "demo/demo_dataset.hpp"
#include "domain/dates.hpp"
#include "domain/schema.hpp"
#include "figures/published_programme.hpp"
#include "programme/builtin.hpp"
#include "stats/disclosure_audit.hpp"
#include "sync/protocol.hpp"

#include <QtTest>
#include <map>
#include <random>

using namespace bro;
using nlohmann::json;

namespace {

const std::string today = "2026-11-24";

Record rec(std::string id, std::string kind, std::string case_id, json fields)
{
    return Record{std::move(id), std::move(kind), std::move(case_id), std::move(fields)};
}

Record counted(const std::string &case_id, bool yes = true)
{
    return rec(consent_id(case_id, statistics_org, Category::statistics), kind::consent, case_id,
               {{"org_id", statistics_org}, {"category", "statistics"}, {"granted", yes}});
}

// One case's records: referred on `referred`, a stay from `start` for four weeks (none when
// empty), the phase now, and the status at 6 and 12 months.
std::vector<Record> a_case(const std::string &id, const std::string &referred,
                           const std::string &start, const std::string &phase,
                           const std::string &status_6 = {}, const std::string &status_12 = {})
{
    std::vector<Record> out;
    out.push_back(rec(id, kind::case_file, id,
                      {{"apprentice_id", "p-" + id},
                       {"phase", phase},
                       {"phase_since", referred},
                       {"phase_history", {{"referral", referred}}}}));
    json referral{{"referred_by", "adviser"}, {"referred_on", referred}};
    if (!start.empty()) {
        referral["decision"] = "accepted";
        referral["stay_start"] = start;
        referral["stay_end"] = add_days(start, 28);
    } else {
        referral["decision"] = "declined";
    }
    out.push_back(rec(referral_id(id), kind::referral, id, referral));
    if (!start.empty())
        out.push_back(rec(outcome_id(id, "baseline"), kind::outcome, id,
                          {{"point", "baseline"},
                           {"due", start},
                           {"work_ability", 4},
                           {"goal_scores", {{"g1", -1}}}}));
    if (!status_6.empty())
        out.push_back(rec(outcome_id(id, "month_6"), kind::outcome, id,
                          {{"point", "month_6"},
                           {"due", add_months(start, 7)},
                           {"status", status_6},
                           {"work_ability", 7},
                           {"goal_scores", {{"g1", 1}, {"g2", 2}}}}));
    if (!status_12.empty())
        out.push_back(
            rec(outcome_id(id, "month_12"), kind::outcome, id,
                {{"point", "month_12"}, {"due", add_months(start, 13)}, {"status", status_12}}));
    return out;
}

// Made-up years of a bigger programme: `n` referrals a year from 2024, a realistic spread.
std::vector<CaseFacts> bigger_programme(int per_year, unsigned seed)
{
    std::mt19937 rng(seed);
    std::vector<CaseFacts> out;
    for (int year = 2024; year <= 2026; ++year)
        for (int i = 0; i < per_year; ++i) {
            const std::string id = "c" + std::to_string(year) + "-" + std::to_string(i);
            const int roll = static_cast<int>(rng() % 100);
            const std::string referred = std::to_string(year) + "-0" +
                                         std::to_string(1 + rng() % 9) + "-1" +
                                         std::to_string(rng() % 10);
            const bool accepted = roll >= 12;
            const std::string start =
                accepted ? add_days(referred, 10 + static_cast<int>(rng() % 40)) : "";
            const std::string phase = !accepted   ? "ended"
                                      : roll < 22 ? "ended"
                                      : roll < 55 ? "completed"
                                                  : "follow_up";
            const std::string s6 =
                accepted && roll >= 22 ? (roll < 80 ? "in_training" : "sick_leave") : "";
            const std::string s12 =
                accepted && roll >= 30 ? (roll < 55 ? "certified" : "in_training") : "";
            auto records = a_case(id, referred, start, phase, s6, s12);
            records.push_back(counted(id));
            if (auto f = counted_case_facts(id, records, today))
                out.push_back(*f);
        }
    return out;
}

ProgrammeFigureInput input(std::vector<CaseFacts> cases)
{
    ProgrammeFigureInput in;
    in.cases = std::move(cases);
    in.open_phases = {"referral", "preparation", "stay", "return_to_work", "follow_up"};
    in.yearly_target = 10;
    in.today = today;
    in.programme_id = "okab-air";
    in.programme_name = "Samhandlingspiloten";
    return in;
}

// No published count under 5, and the auditor — reading only what is sent — pins down no cell
// the table does not show, except an implicit one that is 5 or more (nothing to protect).
void verify_nothing_small_leaks(const PublishedProgramme &p)
{
    QVERIFY(p.ok);
    for (const auto &c : p.figures.figures.cells)
        if (c.state == stats::CellState::shown)
            QVERIFY2(c.value >= 5, c.id.c_str());
    const auto audit = stats::audit(p.figures.figures);
    QVERIFY(audit.consistent);
    for (const auto &id : audit.recovered) {
        const auto *range = audit.range(id);
        QVERIFY(range);
        QVERIFY2(range->state == stats::CellState::implicit && range->min >= 5,
                 ("a reader can work out " + id).c_str());
    }
    for (const auto &m : p.means)
        if (m.shown)
            QVERIFY2(m.n >= 5 || m.n == 0, m.id.c_str());
    // A median's n would tell the stays started: given only where that count is shown.
    for (const auto &m : p.means)
        if (m.shown && m.n > 0 && m.id.rfind("waiting.", 0) == 0) {
            const auto *started = p.cell("funnel." + m.id.substr(8) + ".stay_started");
            QVERIFY2(started && started->state == stats::CellState::shown, m.id.c_str());
            QCOMPARE(started->value, m.n);
        }
}

} // namespace

class TestPublishedProgramme : public QObject
{
    Q_OBJECT

private slots:
    void onlyThoseWhoSaidYesCount()
    {
        auto records = a_case("c1", "2026-02-01", "2026-03-01", "follow_up");
        QVERIFY(!counted_case_facts("c1", records, today)); // never asked
        records.push_back(counted("c1", false));
        QVERIFY(!counted_case_facts("c1", records, today)); // said no
        records.back() = counted("c1", true);
        QVERIFY(counted_case_facts("c1", records, today));
        auto lapsed = counted("c1");
        lapsed.fields["until"] = "2026-11-01";
        records.back() = lapsed;
        QVERIFY(!counted_case_facts("c1", records, today)); // ran out
        auto other = counted("c2"); // a yes for another case says nothing about this one
        records.back() = other;
        QVERIFY(!counted_case_facts("c1", records, today));
    }

    void theFunnelCountsEachStageOfTheWay()
    {
        std::vector<CaseFacts> cases;
        auto add = [&](std::vector<Record> r, const std::string &id) {
            r.push_back(counted(id));
            cases.push_back(*counted_case_facts(id, r, today));
        };
        add(a_case("a", "2025-01-10", "2025-02-01", "completed", "in_training", "certified"), "a");
        add(a_case("b", "2025-03-10", "2025-04-01", "follow_up", "sick_leave", "in_training"), "b");
        add(a_case("c", "2025-05-10", "", "ended"), "c");                 // declined
        add(a_case("d", "2025-12-01", "2026-12-20", "preparation"), "d"); // stay not begun
        const auto years = year_figures(cases, 10, today);
        QCOMPARE(years.funnel.front().year, 2025);
        const auto &y = years.funnel.front();
        QCOMPARE(y.referred, 4);
        QCOMPARE(y.accepted, 3); // d is accepted, waiting for the stay
        QCOMPARE(y.stay_started, 2);
        QCOMPARE(y.stay_completed, 2);
        QCOMPARE(y.in_training_6m, 1);  // b was on sick leave at 6 months
        QCOMPARE(y.in_training_12m, 2); // certified counts as still in the trade
        QCOMPARE(y.certified, 1);
        QCOMPARE(y.waiting_days, (std::vector<int>{22, 22}));
        QCOMPARE(years.funnel.back().year, 2026);
        QCOMPARE(years.funnel.back().referred, 0);
        // Work ability 4 → 7 at six months for a and b: +3 each; goal scores mean 1.5.
        const auto &m6 = years.outcomes[2];
        QCOMPARE(m6.point, std::string("month_6"));
        QCOMPARE(m6.work_ability_change, (std::vector<double>{3, 3}));
        QCOMPARE(m6.goal_attainment, (std::vector<double>{1.5, 1.5}));
    }

    void smallFiguresShowNoNumberAndNoneCanBeWorkedOut()
    {
        std::vector<CaseFacts> cases;
        for (int i = 0; i < 3; ++i) {
            const std::string id = "s" + std::to_string(i);
            auto r = a_case(id, "2026-0" + std::to_string(i + 1) + "-05", "2026-06-01", "stay");
            r.push_back(counted(id));
            cases.push_back(*counted_case_facts(id, r, today));
        }
        const auto in = input(cases);
        const auto p = publish_programme(in);
        verify_nothing_small_leaks(p);
        QCOMPARE(p.cell("now.total")->state, stats::CellState::under_5);
        QCOMPARE(p.cell("funnel.2026.referred")->state, stats::CellState::under_5);
        QCOMPARE(p.cell("now.total")->value, 0); // the true 3 is not in what is sent
        QVERIFY(!p.mean("waiting.2026")->shown);
        QCOMPARE(p.mean("waiting.2026")->value, 0.0);
    }

    void threeBiggerYearsLeakNothing_data()
    {
        QTest::addColumn<int>("perYear");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("8 a year") << 8 << 1u;
        QTest::newRow("12 a year") << 12 << 2u;
        QTest::newRow("25 a year") << 25 << 3u;
    }
    void threeBiggerYearsLeakNothing()
    {
        QFETCH(int, perYear);
        QFETCH(unsigned, seed);
        auto in = input(bigger_programme(perYear, seed));
        in.erased = {{2022, CohortOutcome::completed}, {2022, CohortOutcome::ended}};
        const auto p = publish_programme(in);
        verify_nothing_small_leaks(p);
        // Not vacuous: with 25 a year, the first stages show real numbers.
        if (perYear == 25) {
            QCOMPARE(p.cell("funnel.2025.referred")->state, stats::CellState::shown);
            QCOMPARE(p.cell("funnel.2025.referred")->value, 25);
            QVERIFY(p.mean("waiting.all")->shown);
            QVERIFY(p.mean("outcome.month_6.work_ability_change")->shown);
        }
        QCOMPARE(p.years.front(), 2022);
        QCOMPARE(p.years.back(), 2026);
    }

    void theDemoLeaksNothing()
    {
        const auto d = demo::dataset(today);
        std::map<std::string, std::vector<Record>> by_case;
        for (const auto &r : d.records)
            by_case[r.case_id].push_back(r);
        std::vector<CaseFacts> cases;
        for (const auto &[id, records] : by_case)
            if (auto f = counted_case_facts(id, records, today))
                cases.push_back(*f);
        auto in = input(cases);
        for (const auto &e : d.erased)
            in.erased.push_back(e.counted);
        verify_nothing_small_leaks(publish_programme(in));
    }

    // What goes over the wire is what a reader may have: a hidden cell carries no number.
    void theMessageCarriesNoHiddenNumber()
    {
        auto in = input(bigger_programme(8, 4));
        protocol::Programme m;
        m.id = "q1";
        m.from = "2026-01-01";
        m.to = today;
        m.published = publish_programme(in);
        const auto text = protocol::serialize(protocol::ServerMessage(m));
        const auto j = json::parse(text);
        for (const auto &[id, cell] : j["figures"]["cells"].items())
            if (!cell.contains("value"))
                continue;
            else
                QVERIFY2(cell["value"].get<int>() >= 5, id.c_str());
        const auto back = protocol::parse_server(text);
        QVERIFY(back);
        QCOMPARE(std::get<protocol::Programme>(*back.message).published, m.published);
        // A message that shows a count under 5 is refused, not shown.
        auto tampered = j;
        for (auto &[id, cell] : tampered["figures"]["cells"].items())
            if (cell.contains("value")) {
                cell["value"] = 3;
                break;
            }
        const auto refused = protocol::parse_server(tampered.dump());
        QVERIFY(!refused);
        QCOMPARE(refused.error.code, std::string("bad_value"));
    }
};

QTEST_APPLESS_MAIN(TestPublishedProgramme)
#include "tst_published_programme.moc"
