// Ids of changes (`op`): version-7 UUIDs that sort in the order they were made, so that the
// server's unique index on them grows at its end (bench B4), and never repeat. Other ids stay
// random version-4 UUIDs.

#include "sync/change.hpp"

#include <QTest>
#include <chrono>
#include <set>
#include <string>

namespace {

std::uint64_t now_ms()
{
    return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                          std::chrono::system_clock::now().time_since_epoch())
                                          .count());
}

bool is_uuid(const std::string &s, char version)
{
    if (s.size() != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-')
        return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (i != 8 && i != 13 && i != 18 && i != 23 &&
            std::string("0123456789abcdef").find(s[i]) == std::string::npos)
            return false;
    return s[14] == version && std::string("89ab").find(s[19]) != std::string::npos;
}

} // namespace

class TestOpIds : public QObject
{
    Q_OBJECT

private slots:
    // 20 000 ids in a row, far more than one millisecond holds: each sorts after the one before,
    // none repeats, and each starts with the time it was made.
    void opIdsSortInTheOrderTheyWereMade()
    {
        const auto before = now_ms();
        std::set<std::string> seen;
        std::string previous;
        for (int i = 0; i < 20000; ++i) {
            const auto id = bro::new_op_id();
            QVERIFY2(is_uuid(id, '7'), id.c_str());
            QVERIFY2(id > previous, (previous + " then " + id).c_str());
            QVERIFY(seen.insert(id).second);
            previous = id;
        }
        const auto after = now_ms();
        const auto first = *seen.begin();
        const auto ms = std::stoull(first.substr(0, 8) + first.substr(9, 4), nullptr, 16);
        QVERIFY(ms >= before);
        // The counter may borrow a few milliseconds ahead when ids come faster than ~2000 a ms.
        QVERIFY(ms <= after + 20);
    }

    void otherIdsStayRandom()
    {
        const auto a = bro::new_uuid(), b = bro::new_uuid();
        QVERIFY2(is_uuid(a, '4'), a.c_str());
        QVERIFY(a != b);
        QVERIFY(a.substr(0, 8) != b.substr(0, 8)); // no shared time prefix (directory ids use it)
    }
};

QTEST_GUILESS_MAIN(TestOpIds)
#include "tst_op_ids.moc"
