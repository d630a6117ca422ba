// The help card's rule: after a very low check-in the apprentice at once sees who they can talk
// to. Each reason fires on its own, and ordinary low days do not.

#include "domain/wellbeing.hpp"

#include <QtTest>

using namespace bro;

namespace {

CheckInScores scores(int mood, int energy, int sleep, int pain, std::optional<int> work,
                     std::string date = "2026-11-24")
{
    return CheckInScores{std::move(date), mood, energy, sleep, pain, work};
}

} // namespace

class TestWellbeing : public QObject
{
    Q_OBJECT

private slots:
    // The pilot's example: everything at 1 must not end at "Thanks! Saved".
    void everythingAtTheBottomShowsHelp()
    {
        const auto s = help_after_checkin(scores(1, 1, 1, 0, 1));
        QVERIFY(s.show_help);
        QCOMPARE(s.reason, LowReason::lowest_mood);
    }

    void lowestMoodAloneIsEnough()
    {
        QCOMPARE(help_after_checkin(scores(1, 4, 4, 0, 4)).reason, LowReason::lowest_mood);
    }

    void lowMoodWithTwoOthersAtTheBottom()
    {
        QCOMPARE(help_after_checkin(scores(2, 1, 1, 0, 3)).reason, LowReason::low_across);
        QCOMPARE(help_after_checkin(scores(2, 1, 3, 0, 1)).reason, LowReason::low_across);
        QVERIFY(!help_after_checkin(scores(2, 1, 3, 0, std::nullopt)).show_help);
        QVERIFY(!help_after_checkin(scores(3, 1, 1, 0, 1)).show_help); // mood is fine
    }

    void severePainWithLowMood()
    {
        QCOMPARE(help_after_checkin(scores(2, 3, 3, 8, 3)).reason, LowReason::pain_and_mood);
        QVERIFY(!help_after_checkin(scores(2, 3, 3, 7, 3)).show_help);
        QVERIFY(!help_after_checkin(scores(3, 3, 3, 10, 3)).show_help);
    }

    void threeLowDaysInARow()
    {
        const auto today = scores(2, 3, 3, 0, 3, "2026-11-24");
        const std::vector<CheckInScores> before{scores(2, 3, 3, 0, 3, "2026-11-22"),
                                                scores(2, 3, 3, 0, 3, "2026-11-23"),
                                                scores(5, 5, 5, 0, 5, "2026-11-10")};
        QCOMPARE(help_after_checkin(today, before).reason, LowReason::low_days_in_row);
        // A good day in between breaks the row.
        const std::vector<CheckInScores> broken{scores(2, 3, 3, 0, 3, "2026-11-21"),
                                                scores(4, 3, 3, 0, 3, "2026-11-23")};
        QVERIFY(!help_after_checkin(today, broken).show_help);
        // Too long ago: not "in a row".
        const std::vector<CheckInScores> old{scores(2, 3, 3, 0, 3, "2026-11-10"),
                                             scores(2, 3, 3, 0, 3, "2026-11-11")};
        QVERIFY(!help_after_checkin(today, old).show_help);
        // The same day saved again does not count twice.
        const std::vector<CheckInScores> same{scores(2, 3, 3, 0, 3, "2026-11-24"),
                                              scores(2, 3, 3, 0, 3, "2026-11-23")};
        QVERIFY(!help_after_checkin(today, same).show_help);
    }

    void anOrdinaryDayShowsNothing()
    {
        QVERIFY(!help_after_checkin(scores(3, 3, 3, 2, 3)).show_help);
        QVERIFY(!help_after_checkin(scores(2, 2, 2, 5, 2)).show_help);
        QCOMPARE(help_after_checkin(scores(4, 1, 1, 0, 1)).reason, LowReason::none);
    }
};

QTEST_APPLESS_MAIN(TestWellbeing)
#include "tst_wellbeing.moc"
