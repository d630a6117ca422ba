// The early warning the apprentice approves (issue 25, domain/early_warning.hpp): when their own
// check-ins fall for two weeks or stop. Said in days against a fixed today.

#include "domain/dates.hpp"
#include "domain/early_warning.hpp"

#include <QtTest>

using namespace bro;

namespace {

const std::string today = "2026-12-04";

// One check-in a day from `from_ago` days ago to `to_ago`, mood and energy both `score`.
void days(std::vector<CheckInPoint> &out, int from_ago, int to_ago, int score)
{
    for (int d = from_ago; d >= to_ago; --d)
        out.push_back({add_days(today, -d), score, score});
}

} // namespace

class TestEarlyWarning : public QObject
{
    Q_OBJECT

private slots:
    void steadyIsQuiet()
    {
        std::vector<CheckInPoint> p;
        days(p, 27, 0, 3);
        QCOMPARE(early_warning(p, today), EarlyWarning::none);
        QCOMPARE(*wellbeing_fall(p, today, 14), 0.0);
    }

    void twoWeeksOfFallingAsks()
    {
        std::vector<CheckInPoint> p;
        days(p, 27, 14, 4);
        days(p, 13, 0, 3); // a whole point lower
        QCOMPARE(early_warning(p, today), EarlyWarning::falling);
        // The programme decides how far: a fall of a point is not enough for a rule of 1.5.
        EarlyWarningRule strict;
        strict.falling_by = 1.5;
        QCOMPARE(early_warning(p, today, strict), EarlyWarning::none);
    }

    void risingOrTooFewIsQuiet()
    {
        std::vector<CheckInPoint> p;
        days(p, 27, 14, 2);
        days(p, 13, 0, 4);
        QCOMPARE(early_warning(p, today), EarlyWarning::none);
        std::vector<CheckInPoint> few{{add_days(today, -20), 5, 5}, {add_days(today, -2), 1, 1}};
        QCOMPARE(early_warning(few, today), EarlyWarning::none); // two are not a trend
        QVERIFY(!wellbeing_fall(few, today, 14));
    }

    // A habit that stopped asks; someone who never checked in is not nagged.
    void stoppedAsksButNeverIsQuiet()
    {
        std::vector<CheckInPoint> p;
        days(p, 30, 10, 3); // nothing for the last ten days
        QCOMPARE(early_warning(p, today), EarlyWarning::stopped);
        std::vector<CheckInPoint> lately = p;
        lately.push_back({add_days(today, -3), 3, 3});
        QCOMPARE(early_warning(lately, today), EarlyWarning::none);
        QCOMPARE(early_warning({}, today), EarlyWarning::none);
        QCOMPARE(early_warning(p, "not a date"), EarlyWarning::none);
    }
};

QTEST_APPLESS_MAIN(TestEarlyWarning)
#include "tst_early_warning.moc"
