#include "store/database.hpp"
#include "store/migrations.hpp"
#include "store/record_table.hpp"
#include "sync/merge.hpp"

#include <QtTest>
#include <algorithm>
#include <random>
#include <set>

using namespace bro;

namespace {

// Random edits from several devices to a few fields of a few records, with colliding HLCs on
// purpose, so that the node-id tie-break is exercised too.
std::vector<Change> random_changes(std::mt19937 &rng, int nodes, int count)
{
    std::uniform_int_distribution<int> node(0, nodes - 1), record(0, 3), field(0, 2), ms(0, 20),
        val(0, 1000), ctr(0, 2);
    std::vector<Change> out;
    std::set<std::pair<std::string, std::uint64_t>> issued; // a device never issues an HLC twice
    for (int i = 0; i < count; ++i) {
        Change c;
        c.op = "op-" + std::to_string(i);
        c.record_id = "goal-" + std::to_string(record(rng));
        c.kind = "goal";
        c.case_id = "case-1";
        c.field = std::array{"title", "status", "why"}[static_cast<std::size_t>(field(rng))];
        c.value = val(rng) % 7 == 0 ? nlohmann::json(nullptr) : nlohmann::json(val(rng));
        c.hlc = Hlc::make(1'700'000'000'000 + static_cast<std::uint64_t>(ms(rng)),
                          static_cast<std::uint16_t>(ctr(rng)));
        c.node = "device-" + std::to_string(node(rng));
        if (!issued.emplace(c.node, c.hlc.value).second) {
            --i;
            continue;
        }
        out.push_back(std::move(c));
    }
    return out;
}

MergedState merged(const std::vector<Change> &cs)
{
    MergedState s;
    s.apply_all(cs);
    return s;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void commutativeAcrossEveryOrder()
    {
        // Small batches: every permutation of the order.
        std::mt19937 rng(7);
        for (int round = 0; round < 200; ++round) {
            auto cs = random_changes(rng, 3, 6);
            std::sort(cs.begin(), cs.end(), [](auto &a, auto &b) { return a.op < b.op; });
            const MergedState reference = merged(cs);
            do {
                QVERIFY(merged(cs).same_as(reference));
            } while (std::next_permutation(cs.begin(), cs.end(),
                                           [](auto &a, auto &b) { return a.op < b.op; }));
        }
    }

    void commutativeForLargeShuffledSequences()
    {
        std::mt19937 rng(42);
        for (int round = 0; round < 2000; ++round) {
            auto cs = random_changes(rng, 3 + round % 3, 40);
            const MergedState reference = merged(cs);
            std::shuffle(cs.begin(), cs.end(), rng);
            QVERIFY2(merged(cs).same_as(reference), qPrintable(QString::number(round)));
        }
    }

    void associative()
    {
        // (a + b) + c == a + (b + c), where + is merging the states of two devices.
        std::mt19937 rng(1234);
        for (int round = 0; round < 2000; ++round) {
            const auto all = random_changes(rng, 4, 30);
            const std::vector<Change> a(all.begin(), all.begin() + 10),
                b(all.begin() + 10, all.begin() + 20), c(all.begin() + 20, all.end());
            MergedState left = merged(a);
            left.apply_all(b);
            left.apply_all(c);
            MergedState bc = merged(b);
            bc.apply_all(c);
            MergedState right = merged(a);
            for (const auto &r : bc.records())
                for (const auto &[field, _] : r.fields.items())
                    right.apply(*bc.field(r.id, field));
            QVERIFY(left.same_as(right));
        }
    }

    void idempotent()
    {
        std::mt19937 rng(99);
        for (int round = 0; round < 2000; ++round) {
            auto cs = random_changes(rng, 3, 20);
            const MergedState once = merged(cs);
            MergedState twice = merged(cs);
            for (const auto &c : cs)
                QVERIFY(!twice.apply(c)); // nothing changes the second time
            QVERIFY(twice.same_as(once));
        }
    }

    void bothOfflineEditsToDifferentFieldsSurvive()
    {
        // The adviser changes the status, the apprentice rewords the title: both survive.
        Change status{"op-1",   1,        "goal-1",           "goal",           "case-1",
                      "status", "paused", Hlc::make(1000, 0), "adviser-tablet", 0};
        Change title{"op-2",
                     1,
                     "goal-1",
                     "goal",
                     "case-1",
                     "title",
                     "Ta fagbrev i 2027",
                     Hlc::make(900, 0),
                     "apprentice-phone",
                     0};
        MergedState s;
        s.apply(title);
        s.apply(status);
        QCOMPARE(s.records().front().fields["status"], nlohmann::json("paused"));
        QCOMPARE(s.records().front().fields["title"], nlohmann::json("Ta fagbrev i 2027"));
    }

    void tieBreaksOnNodeId()
    {
        Change a{"op-1", 1, "r", "goal", "c", "title", "from a", Hlc::make(1000, 3), "node-a", 0};
        Change b{"op-2", 1, "r", "goal", "c", "title", "from b", Hlc::make(1000, 3), "node-b", 0};
        QVERIFY(supersedes(b, a));
        QVERIFY(!supersedes(a, b));
        QVERIFY(!supersedes(a, a));
    }

    void sqliteTableConvergesLikeTheReference()
    {
        // The SQL upsert must implement the very same rule as supersedes().
        std::mt19937 rng(5);
        for (int round = 0; round < 100; ++round) {
            auto cs = random_changes(rng, 3, 60);
            const MergedState reference = merged(cs);
            std::shuffle(cs.begin(), cs.end(), rng);
            Database db(":memory:");
            migrate(db, {RecordTable::schema_sql()});
            RecordTable table(db);
            for (const auto &c : cs)
                table.merge(c);
            table.merge(cs.front()); // and again: idempotent
            QCOMPARE(table.count(), static_cast<std::int64_t>(reference.size()));
            for (const auto &r : reference.records())
                for (const auto &[field, _] : r.fields.items()) {
                    const auto stored = table.field(r.id, field);
                    QVERIFY(stored.has_value());
                    const Change *want = reference.field(r.id, field);
                    QCOMPARE(stored->value, want->value);
                    QCOMPARE(stored->node, want->node);
                    QCOMPARE(stored->hlc, want->hlc);
                }
        }
    }

    void storedValuesReadBackAsTheParserReadsThem()
    {
        // value_from_text skips the parser for plain strings; every other text must come back
        // exactly as json::parse(text, nullptr, false) gives it.
        const std::vector<nlohmann::json> values = {
            "plain",
            "",
            "Fagbrev som anleggsmaskinf\u00f8rer \u2013 \u00absitat\u00bb",
            "quote \" and backslash \\ and newline \n and tab \t",
            nullptr,
            true,
            42,
            -1.5,
            nlohmann::json::array({1, "two", nullptr}),
            {{"b", 1}, {"a", "x"}}};
        for (const auto &v : values) {
            const auto text = v.dump();
            QCOMPARE(RecordTable::value_from_text(text), v);
            QCOMPARE(RecordTable::value_from_text(text), nlohmann::json::parse(text));
        }
        for (const std::string bad :
             {"\"unterminated", "\"a\"b\"", "\"ctl \x01\"", "\"bad utf-8 \xff\"", "not json", ""})
            QCOMPARE(RecordTable::value_from_text(bad).is_discarded(),
                     nlohmann::json::parse(bad, nullptr, false).is_discarded());
    }
};

QTEST_APPLESS_MAIN(TestMerge)
#include "tst_merge.moc"
