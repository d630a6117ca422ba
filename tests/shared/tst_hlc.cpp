#include "sync/hlc.hpp"

#include <QtTest>

using namespace bro;

// The HLC orders every change in Bro; these pin down its promises.
class TestHlc : public QObject
{
    Q_OBJECT

private slots:
    void monotonicWithinOneMillisecond()
    {
        std::uint64_t wall = 1'700'000'000'000;
        HlcClock clock([&] { return wall; });
        Hlc prev = clock.now();
        for (int i = 0; i < 1000; ++i) {
            Hlc next = clock.now();
            QVERIFY(next > prev);
            QCOMPARE(next.millis(), wall);
            prev = next;
        }
    }

    void neverGoesBackwardsWhenTheWallClockDoes()
    {
        std::uint64_t wall = 1'700'000'000'000;
        HlcClock clock([&] { return wall; });
        const Hlc before = clock.now();
        wall -= 3'600'000; // the user sets the phone's clock back an hour
        const Hlc after = clock.now();
        QVERIFY(after > before);
        QCOMPARE(after.millis(), before.millis());
    }

    void counterOverflowBorrowsTheNextMillisecond()
    {
        const std::uint64_t wall = 1'700'000'000'000;
        HlcClock clock([&] { return wall; });
        clock.observe(Hlc::make(wall, 0xffff));
        const Hlc next = clock.now();
        QCOMPARE(next.millis(), wall + 1);
        QCOMPARE(next.counter(), std::uint16_t{0});
    }

    void receiveAdvancesPastRemote()
    {
        std::uint64_t wall = 1'700'000'000'000;
        HlcClock clock([&] { return wall; });
        const Hlc remote = Hlc::make(wall + 500, 7);
        auto got = clock.receive(remote);
        QVERIFY(got.has_value());
        QVERIFY(*got > remote);
        QVERIFY(clock.now() > remote);
    }

    void refusesRemoteTooFarAhead()
    {
        std::uint64_t wall = 1'700'000'000'000;
        HlcClock clock([&] { return wall; }, 60'000);
        const Hlc before = clock.now();
        QVERIFY(!clock.receive(Hlc::make(wall + 60'001, 0)).has_value());
        QCOMPARE(clock.last(), before); // unchanged by the refused time
        QVERIFY(clock.receive(Hlc::make(wall + 60'000, 0)).has_value());
    }

    void textFormRoundTripsAndSortsLikeTime()
    {
        const Hlc a = Hlc::make(1'700'000'000'000, 1);
        const Hlc b = Hlc::make(1'700'000'000'001, 0);
        QCOMPARE(a.to_string().size(), std::size_t{16});
        QCOMPARE(Hlc::parse(a.to_string()), std::optional<Hlc>(a));
        QVERIFY(a.to_string() < b.to_string());
    }

    void parseRejectsMalformedText()
    {
        for (const char *bad : {"", "123", "0000018c1f2a3b4", "0000018C1F2A3B4C",
                                "000001 8c1f2a3b4", "zzzzzzzzzzzzzzzz", "0000018c1f2a3b4c0"})
            QVERIFY2(!Hlc::parse(bad).has_value(), bad);
    }
};

QTEST_APPLESS_MAIN(TestHlc)
#include "tst_hlc.moc"
