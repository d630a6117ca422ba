#include "domain/outcomes.hpp"

#include <QtTest>

using namespace bro;

// Outcome points (issue 24): their dates from the referral, and where each stands today.
class TestOutcomes : public QObject
{
    Q_OBJECT

    static std::vector<std::string> dues(const ReferralDates &r)
    {
        std::vector<std::string> out;
        for (const auto &p : outcome_due_dates(r))
            out.push_back(p.due);
        return out;
    }

private slots:
    void fivePointsInOrderFromTheStay()
    {
        const auto points = outcome_due_dates({"2026-01-10", "2026-02-02", "2026-03-02", false});
        QCOMPARE(points.size(), std::size_t{5});
        QCOMPARE(points[0].point, std::string("baseline"));
        QCOMPARE(points[4].point, std::string("month_12"));
        QCOMPARE(dues({"2026-01-10", "2026-02-02", "2026-03-02", false}),
                 (std::vector<std::string>{"2026-02-02", "2026-03-02", "2026-06-02", "2026-09-02",
                                           "2027-03-02"}));
    }

    // 31 May + 3 months is 31 August, + 6 is 30 November (clamped), + 12 is 31 May again;
    // 30 November + 3 is the last day of February, in a leap year the 29th.
    void monthsClampTheDay()
    {
        QCOMPARE(dues({"2026-04-01", "2026-05-04", "2026-05-31", false}),
                 (std::vector<std::string>{"2026-05-04", "2026-05-31", "2026-08-31", "2026-11-30",
                                           "2027-05-31"}));
        QCOMPARE(dues({"2027-10-01", "2027-11-01", "2027-11-30", false})[2],
                 std::string("2028-02-29"));
        QCOMPARE(dues({"2026-10-01", "2026-11-01", "2026-11-30", false})[2],
                 std::string("2027-02-28"));
    }

    // Before the clinic has dated the stay, the baseline is the referral's date and the rest wait.
    void withoutStayDatesOnlyTheBaseline()
    {
        QCOMPARE(dues({"2026-01-10", "", "", false}),
                 (std::vector<std::string>{"2026-01-10", "", "", "", ""}));
        QCOMPARE(dues({"2026-01-10", "2026-02-02", "", false}),
                 (std::vector<std::string>{"2026-02-02", "", "", "", ""}));
        QCOMPARE(dues({"2026-01-10", "", "", true}),
                 (std::vector<std::string>{"", "", "", "", ""}));
        QCOMPARE(dues({"not a date", "", "", false})[0], std::string());
    }

    void stateByToday_data()
    {
        QTest::addColumn<QString>("due");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("state");
        QTest::newRow("a month ahead") << "2026-03-01" << false << "2026-01-30"
                                       << "upcoming";
        QTest::newRow("eight days ahead") << "2026-03-01" << false << "2026-02-21"
                                          << "upcoming";
        QTest::newRow("seven days ahead") << "2026-03-01" << false << "2026-02-22"
                                          << "due";
        QTest::newRow("on the day") << "2026-03-01" << false << "2026-03-01"
                                    << "due";
        QTest::newRow("a day past") << "2026-03-01" << false << "2026-03-02"
                                    << "late";
        QTest::newRow("a year past") << "2026-03-01" << false << "2027-03-02"
                                     << "late";
        QTest::newRow("answered late") << "2026-03-01" << true << "2027-03-02"
                                       << "answered";
        QTest::newRow("answered early") << "2026-03-01" << true << "2026-01-01"
                                        << "answered";
        QTest::newRow("no date yet") << "" << false << "2026-03-01"
                                     << "upcoming";
    }

    void stateByToday()
    {
        QFETCH(QString, due);
        QFETCH(bool, answered);
        QFETCH(QString, today);
        QFETCH(QString, state);
        QCOMPARE(QString::fromLatin1(
                     to_string(outcome_state(due.toStdString(), answered, today.toStdString()))),
                 state);
    }

    // Someone in follow-up: three points answered, the six months point due, one a year ahead.
    void statesOfACase()
    {
        const ReferralDates r{"2025-09-01", "2025-10-06", "2025-11-03", false};
        const auto points = outcome_states(r, {"baseline", "stay_end", "month_3"}, "2026-04-30");
        QCOMPARE(points.size(), std::size_t{5});
        QCOMPARE(points[2].state, OutcomeState::answered);
        QCOMPARE(points[3].due, std::string("2026-05-03"));
        QCOMPARE(points[3].state, OutcomeState::due);
        QCOMPARE(points[4].state, OutcomeState::upcoming);
        QVERIFY(outcome_needs_answer(points));
        // Missed the three months point: late, and still needs an answer.
        const auto missed = outcome_states(r, {"baseline", "stay_end"}, "2026-03-01");
        QCOMPARE(missed[2].state, OutcomeState::late);
        QVERIFY(outcome_needs_answer(missed));
        QVERIFY(!outcome_needs_answer(outcome_states(r, {"baseline", "stay_end"}, "2026-01-10")));
    }

    void waitingTime()
    {
        QCOMPARE(waiting_days({"2026-01-10", "2026-02-02", "", false}, "2026-05-01"),
                 std::optional<int>(23));
        // Still waiting: counts to today.
        QCOMPARE(waiting_days({"2026-01-10", "", "", false}, "2026-01-20"), std::optional<int>(10));
        QCOMPARE(waiting_days({"2026-01-10", "", "", true}, "2026-01-20"), std::nullopt);
        QCOMPARE(waiting_days({"", "2026-02-02", "", false}, "2026-01-20"), std::nullopt);
        // A referral dated after its stay's start (a typo) never waits a negative time.
        QCOMPARE(waiting_days({"2026-03-01", "2026-02-02", "", false}, "2026-05-01"),
                 std::optional<int>(0));
    }
};

QTEST_APPLESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
