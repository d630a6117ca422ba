#include "domain/absence_pattern.hpp"
#include "domain/caseload.hpp"
#include "domain/dates.hpp"
#include "domain/programme.hpp"
#include "domain/return_plan.hpp"

#include <QtTest>

using namespace bro;

namespace {

const std::string today = "2026-11-24";

// Check-ins every day for `days` days up to `last`, with the given mood and energy.
std::vector<CheckInPoint> daily(const std::string &last, int days, int mood, int energy)
{
    std::vector<CheckInPoint> out;
    const int end = *day_number(last);
    for (int d = end - days + 1; d <= end; ++d)
        out.push_back({date_of_day(d), mood, energy});
    return out;
}

} // namespace

class TestCaseload : public QObject
{
    Q_OBJECT

private slots:
    void dates()
    {
        QCOMPARE(date_of_day(*day_number("2024-02-29")), std::string("2024-02-29"));
        QCOMPARE(days_between("2026-11-01", "2026-11-24"), std::optional<int>(23));
        QCOMPARE(date_of_day(*day_number("2026-12-31") + 1), std::string("2027-01-01"));
        QVERIFY(!day_number("2026-02-30"));
    }

    void repeatedAbsence_data()
    {
        QTest::addColumn<QStringList>("episodes"); // "from..to"
        QTest::addColumn<bool>("repeated");
        QTest::addColumn<int>("days");
        QTest::newRow("no absence") << QStringList{} << false << 0;
        QTest::newRow("two single days")
            << QStringList{"2026-11-10..2026-11-10", "2026-11-17..2026-11-17"} << false << 2;
        QTest::newRow("three episodes in 30 days")
            << QStringList{"2026-11-03..2026-11-03", "2026-11-10..2026-11-10",
                           "2026-11-24..2026-11-24"}
            << true << 3;
        QTest::newRow("one long absence of five days")
            << QStringList{"2026-11-16..2026-11-20"} << true << 5;
        QTest::newRow("four days is not yet a pattern")
            << QStringList{"2026-11-16..2026-11-19"} << false << 4;
        QTest::newRow("old episodes do not count")
            << QStringList{"2026-09-01..2026-09-10", "2026-10-01..2026-10-01",
                           "2026-10-24..2026-10-24"}
            << false << 0;
        QTest::newRow("an episode straddling the window counts its days inside")
            << QStringList{"2026-10-20..2026-10-28"} << false << 3;
        QTest::newRow("overlapping records count each day once")
            << QStringList{"2026-11-20..2026-11-22", "2026-11-21..2026-11-22"} << false << 3;
        QTest::newRow("an invalid episode is ignored")
            << QStringList{"2026-11-22..2026-11-02"} << false << 0;
    }

    void repeatedAbsence()
    {
        QFETCH(QStringList, episodes);
        QFETCH(bool, repeated);
        QFETCH(int, days);
        std::vector<AbsenceEpisode> list;
        for (const auto &e : episodes) {
            const auto parts = e.split("..");
            list.push_back({parts[0].toStdString(), parts[1].toStdString(), true});
        }
        const auto p = repeated_absence(list, today);
        QCOMPARE(p.repeated, repeated);
        QCOMPARE(p.days, days);
    }

    void ruleIsConfigurable()
    {
        const std::vector<AbsenceEpisode> two{{"2026-11-10", "2026-11-10", false},
                                              {"2026-11-20", "2026-11-20", true}};
        QVERIFY(!repeated_absence(two, today).repeated);
        QVERIFY(repeated_absence(two, today, {30, 2, 5}).repeated);
        QCOMPARE(repeated_absence(two, today).health_days, 1);
    }

    void quietCaseHasNoFlags()
    {
        CaseloadInput in;
        in.phase = "follow_up";
        in.phase_since = "2026-10-01";
        in.checkins = daily(today, 28, 4, 4);
        const auto f = caseload_flags(in, today);
        QCOMPARE(f.count(), 0);
        QCOMPARE(f.days_in_phase, 54);
        QCOMPARE(f.last_checkin, today);
    }

    void missingAndFallingCheckIns()
    {
        CaseloadInput in;
        in.phase = "return_to_work";
        in.phase_since = "2026-11-01";
        in.checkins = daily("2026-11-10", 10, 4, 4);
        QVERIFY(caseload_flags(in, today).checkins_missing);

        in.checkins = daily("2026-11-10", 14, 4, 4);
        auto recent = daily(today, 14, 3, 3);
        in.checkins.insert(in.checkins.end(), recent.begin(), recent.end());
        auto f = caseload_flags(in, today);
        QVERIFY(!f.checkins_missing);
        QVERIFY(f.checkins_falling);

        in.checkins_shared = false; // not shared: no flag can be raised from what is not seen
        f = caseload_flags(in, today);
        QVERIFY(!f.checkins_falling);
        QVERIFY(!f.checkins_missing);
    }

    void absenceRisingAndHealthPrompt()
    {
        CaseloadInput in;
        in.phase = "follow_up";
        in.phase_since = "2026-10-01";
        in.checkins = daily(today, 5, 4, 4);
        in.absences = {{"2026-11-03", "2026-11-03", false},
                       {"2026-11-12", "2026-11-13", true},
                       {"2026-11-21", "2026-11-21", true}};
        const auto f = caseload_flags(in, today);
        QVERIFY(f.absence_rising);
        QVERIFY(f.talk_about_health);
    }

    void handoverDueNearTheEndOfAPhase()
    {
        CaseloadInput in;
        in.phase = "stay";
        in.checkins = daily(today, 5, 4, 4);
        in.phase_since = "2026-11-10"; // 14 days into a 28-day stay
        QVERIFY(!caseload_flags(in, today).handover_due);
        in.phase_since = "2026-11-01"; // 23 days: the last week
        QVERIFY(caseload_flags(in, today).handover_due);
        in.handover_complete = true;
        QVERIFY(!caseload_flags(in, today).handover_due);
    }

    void recentlyWithdrawnConsent()
    {
        CaseloadInput in;
        in.phase = "preparation";
        in.phase_since = today;
        in.checkins = daily(today, 1, 4, 4);
        in.consents = {{Category::checkins, false, "2026-11-20"}};
        QVERIFY(caseload_flags(in, today).consent_withdrawn);
        in.consents = {{Category::checkins, false, "2026-09-01"}};
        QVERIFY(!caseload_flags(in, today).consent_withdrawn);
    }

    void cohortOutcomeNames()
    {
        for (auto o : {CohortOutcome::open, CohortOutcome::completed, CohortOutcome::ended})
            QCOMPARE(parse_cohort_outcome(to_string(o)), std::optional<CohortOutcome>(o));
        QVERIFY(!parse_cohort_outcome("finished"));
        QCOMPARE(cohort_outcome("stay"), CohortOutcome::open);
        QCOMPARE(cohort_outcome("completed"), CohortOutcome::completed);
        QCOMPARE(cohort_outcome("ended"), CohortOutcome::ended);
    }

    // "Week 3 at 60 %: two sick days": three days planned, one worked, behind.
    void returnPlanWeekAgainstActual()
    {
        const std::vector<PlanWeek> plan{{"2026-11-09", 3, 60, 22, "Lett arbeid", "accepted"},
                                         {"2026-10-26", 1, 20, 7, "", "accepted"},
                                         {"2026-11-23", 5, 80, 30, "", ""}};
        // Sick Wednesday and Thursday of week 3, and a Saturday that is no working day.
        const std::vector<AbsenceEpisode> away{{"2026-11-11", "2026-11-12", true},
                                               {"2026-10-31", "2026-10-31", false}};
        const std::vector<WorkCheckIn> checkins{
            {"2026-11-10", 4}, {"2026-11-13", 2}, {"2026-11-14", 0}};
        const auto weeks = plan_against_actual(plan, away, checkins, today);
        QCOMPARE(weeks.size(), std::size_t(3));
        QCOMPARE(weeks[0].plan.week_no, 1); // in week order
        QCOMPARE(weeks[0].planned_days, 1);
        QCOMPARE(weeks[0].absent_days, 0); // the Saturday does not count
        QVERIFY(!weeks[0].behind);
        QCOMPARE(weeks[1].planned_days, 3);
        QCOMPARE(weeks[1].absent_days, 2);
        QCOMPARE(weeks[1].worked_days, 1);
        QVERIFY(weeks[1].over);
        QVERIFY(weeks[1].behind);
        QCOMPARE(weeks[1].work_checkins, 2); // the one without an answer about work is left out
        QCOMPARE(weeks[1].work_average, 3.0);
        QVERIFY(!weeks[2].over); // this week is not over yet: never behind
        QVERIFY(!weeks[2].behind);
    }

    // Behind two plan weeks running raises the flag; one week, or two apart, does not.
    void returnPlanFlag()
    {
        CaseloadInput in;
        in.phase = "return_to_work";
        in.phase_since = "2026-10-20";
        in.checkins = daily(today, 10, 4, 4);
        in.return_plan = {{"2026-11-02", 2, 40, 0, "", "accepted"},
                          {"2026-11-09", 3, 60, 0, "", "accepted"},
                          {"2026-11-16", 4, 60, 0, "", "accepted"}};
        in.absences = {{"2026-11-10", "2026-11-10", true}};
        QVERIFY(!caseload_flags(in, today).behind_return_plan);
        in.absences.push_back({"2026-11-03", "2026-11-03", false}); // weeks 2 and 3
        auto f = caseload_flags(in, today);
        QVERIFY(f.behind_return_plan);
        QVERIFY(f.count() >= 1);
        in.absences = {{"2026-11-03", "2026-11-03", false}, {"2026-11-17", "2026-11-17", false}};
        QVERIFY(!caseload_flags(in, today).behind_return_plan); // weeks 2 and 4: not running
        in.absences.push_back({"2026-11-12", "2026-11-12", true});
        QVERIFY(caseload_flags(in, today).behind_return_plan);
        in.phase = "completed";
        QVERIFY(!caseload_flags(in, today).behind_return_plan);
    }

    // Issue 24: an outcome point due or late is a flag (a reminder to ask), answered it is not.
    void outcomePointDue()
    {
        CaseloadInput in;
        in.phase = "follow_up";
        in.phase_since = "2026-09-01";
        const ReferralDates r{"2025-10-01", "2025-11-03", "2025-12-01", false};
        in.outcomes = outcome_states(r, {"baseline", "stay_end", "month_3"}, "2026-05-01");
        QVERIFY(!caseload_flags(in, "2026-05-01").outcome_due);
        in.outcomes = outcome_states(r, {"baseline", "stay_end", "month_3"}, "2026-05-28");
        const auto f = caseload_flags(in, "2026-05-28");
        QVERIFY(f.outcome_due);
        auto without = in;
        without.outcomes.clear();
        QCOMPARE(f.count(), caseload_flags(without, "2026-05-28").count() + 1);
        in.phase = "ended";
        QVERIFY(!caseload_flags(in, "2026-05-28").outcome_due); // a closed case is history
        in.phase = "follow_up";
        in.outcomes =
            outcome_states(r, {"baseline", "stay_end", "month_3", "month_6"}, "2026-06-10");
        QVERIFY(!caseload_flags(in, "2026-06-10").outcome_due);
    }
};

QTEST_APPLESS_MAIN(TestCaseload)
#include "tst_caseload.moc"
