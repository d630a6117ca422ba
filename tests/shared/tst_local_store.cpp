#include "store/local_store.hpp"

#include <QTemporaryDir>
#include <QtTest>

using namespace bro;
using nlohmann::json;

namespace {

json checkin(int mood)
{
    return {{"date", "2026-11-20"},
            {"mood", mood},
            {"energy", 3},
            {"sleep", 4},
            {"pain", 2},
            {"work", 4},
            {"note", "Bra dag på anlegget"}};
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string path(const char *name) { return m_dir.filePath(name).toStdString(); }

private slots:
    void writeStoresRecordAndOutboxTogether()
    {
        LocalStore store(path("a.db"));
        auto r = store.write("ci-1", "checkin", "case-1", checkin(4));
        QVERIFY(!r.error);
        QCOMPARE(r.changes.size(), std::size_t{7});
        QCOMPARE(store.pending_count(), std::size_t{7});
        auto rec = store.get("ci-1");
        QVERIFY(rec);
        QCOMPARE(rec->integer("mood"), 4LL);
        // Counters increase per device: the server uses them to spot retried batches.
        auto out = store.outbox();
        for (std::size_t i = 1; i < out.size(); ++i)
            QVERIFY(out[i].counter > out[i - 1].counter);
    }

    void invalidRecordWritesNothingAndNamesTheField()
    {
        LocalStore store(path("b.db"));
        auto bad = checkin(9);
        auto r = store.write("ci-1", "checkin", "case-1", bad);
        QVERIFY(r.error);
        QCOMPARE(r.error->field, std::string("mood"));
        QVERIFY(!store.get("ci-1"));
        QCOMPARE(store.pending_count(), std::size_t{0});
    }

    void partialUpdateSkipsUnchangedFields()
    {
        LocalStore store(path("c.db"));
        store.write("g-1", "goal", "case-1", {{"title", "Fagbrev"}, {"status", "active"}});
        auto r = store.write("g-1", "goal", "case-1", {{"title", "Fagbrev"}, {"status", "paused"}});
        QCOMPARE(r.changes.size(), std::size_t{1});
        QCOMPARE(r.changes.front().field, std::string("status"));
        QCOMPARE(store.get("g-1")->str("title"), std::string("Fagbrev"));
    }

    void recordCannotMoveToAnotherCase()
    {
        LocalStore store(path("d.db"));
        store.write("g-1", "goal", "case-1", {{"title", "Fagbrev"}, {"status", "active"}});
        auto r = store.write("g-1", "goal", "case-2", {{"title", "x"}});
        QVERIFY(r.error);
        QCOMPARE(r.error->field, std::string("id"));
    }

    void acceptRemovesFromOutboxRejectKeepsIt()
    {
        LocalStore store(path("e.db"));
        auto r = store.write("g-1", "goal", "case-1", {{"title", "Fagbrev"}, {"status", "active"}});
        store.accept({{r.changes[0].op, 11}});
        store.accept({{r.changes[0].op, 11}}); // a repeated ack changes nothing
        auto seq = store.database().prepare("SELECT seq FROM fields WHERE op = ?1");
        seq.bind(1, r.changes[0].op);
        QVERIFY(seq.step());
        QCOMPARE(seq.column_int64(0), std::int64_t{11}); // the field knows the server has it
        store.reject({{r.changes[1].op, "forbidden", "ikke tillatt"}});
        QCOMPARE(store.pending_count(), std::size_t{0});
        auto rejected = store.rejected();
        QCOMPARE(rejected.size(), std::size_t{1});
        QCOMPARE(rejected.front().code, std::string("forbidden"));
        QCOMPARE(rejected.front().change.field, r.changes[1].field);
        QCOMPARE(store.get("g-1")->fields.size(), std::size_t{2}); // the value is still shown
        store.dismiss_rejected(rejected.front().change.op);
        QVERIFY(store.rejected().empty());
    }

    void remoteChangesAndCursorCommitTogether()
    {
        LocalStore store(path("f.db"));
        Change c{"op-r",
                 1,
                 "g-9",
                 "goal",
                 "case-1",
                 "title",
                 "Fra rådgiveren",
                 Hlc::make(HlcClock::system_millis(), 0),
                 "server",
                 5};
        auto changed = store.apply_remote({c}, 5);
        QCOMPARE(changed, std::vector<std::string>{"g-9"});
        QCOMPARE(store.cursor(), std::int64_t{5});
        QVERIFY(store.apply_remote({c}, 5).empty()); // idempotent
        store.apply_remote({}, 3);
        QCOMPARE(store.cursor(), std::int64_t{5}); // never goes back
    }

    void localEditAfterRemoteWinsOverIt()
    {
        LocalStore store(path("g.db"));
        const auto future = Hlc::make(HlcClock::system_millis() + 30'000, 0);
        store.apply_remote(
            {{"op-r", 1, "g-1", "goal", "case-1", "status", "paused", future, "z", 1}}, 1);
        auto r = store.write("g-1", "goal", "case-1", {{"title", "Fagbrev"}, {"status", "active"}});
        QVERIFY(!r.error);
        for (const auto &c : r.changes)
            QVERIFY(c.hlc > future); // the clock moved past what it had seen
        QCOMPARE(store.get("g-1")->str("status"), std::string("active"));
    }

    void purgeRemovesExactlyTheScope()
    {
        LocalStore store(path("h.db"));
        store.write("ci-1", "checkin", "case-1", checkin(3));
        store.write("g-1", "goal", "case-1", {{"title", "Fagbrev"}, {"status", "active"}});
        store.write("ci-2", "checkin", "case-2", checkin(3));
        QCOMPARE(store.purge("case-1", {Category::checkins}), 7);
        QVERIFY(!store.get("ci-1"));
        QVERIFY(store.get("g-1"));
        QVERIFY(store.get("ci-2"));
    }

    void resetCursorKeepsOnlyWhatIsNotYetOnTheServer()
    {
        LocalStore store(path("l.db"));
        const Change remote{
            "op-r",   1,       "g-9",          "goal",
            "case-1", "title", "Fra serveren", Hlc::make(HlcClock::system_millis(), 0),
            "server", 5};
        store.apply_remote({remote}, 5);
        store.write("g-1", "goal", "case-1", {{"title", "Mitt mål"}, {"status", "active"}});
        store.reset_cursor();
        QCOMPARE(store.cursor(), std::int64_t{0});
        QVERIFY(!store.get("g-9")); // the server will resend it
        QCOMPARE(store.get("g-1")->str("title"), std::string("Mitt mål")); // not sent yet: kept
        QCOMPARE(store.pending_count(), std::size_t{2});
    }

    void deviceIdAndClockSurviveReopen()
    {
        std::string id;
        Hlc last;
        {
            LocalStore store(path("i.db"));
            id = store.device_id();
            last = store.write("g-1", "goal", "case-1", {{"title", "A"}, {"status", "active"}})
                       .changes.back()
                       .hlc;
        }
        // A wall clock far in the past must not make the reopened store issue older HLCs.
        LocalStore store(path("i.db"), HlcClock([] { return std::uint64_t{1000}; }));
        QCOMPARE(store.device_id(), id);
        auto r = store.write("g-1", "goal", "case-1", {{"title", "B"}});
        QVERIFY(r.changes.front().hlc > last);
    }

    void tombstoneHidesRecord()
    {
        LocalStore store(path("j.db"));
        store.write("g-1", "goal", "case-1", {{"title", "A"}, {"status", "active"}});
        QVERIFY(!store.remove("g-1").error);
        QVERIFY(store.list("case-1", "goal").empty());
        QVERIFY(store.remove("nope").error);
    }

    void fullDiskIsAClearErrorAndLosesNothing()
    {
        LocalStore store(path("k.db"));
        store.write("g-1", "goal", "case-1", {{"title", "Fagbrev"}, {"status", "active"}});
        auto pages = store.database().prepare("PRAGMA page_count");
        pages.step();
        store.database().exec("PRAGMA max_page_count = " + std::to_string(pages.column_int64(0)));
        WriteResult r;
        for (int i = 0; i < 200 && !r.error; ++i)
            r = store.write("n-" + std::to_string(i), "goal", "case-1",
                            {{"title", std::string(150, 'x')},
                             {"why", std::string(3000, 'y')},
                             {"status", "active"}});
        QVERIFY(r.error);
        QCOMPARE(r.error->field, std::string("storage"));
        QCOMPARE(r.error->message, std::string("the device's storage is full"));
        QVERIFY(r.changes.empty());
        QCOMPARE(store.get("g-1")->str("title"), std::string("Fagbrev"));
        // Every record that was saved has all its outbox entries: nothing half-written.
        for (const auto &rec : store.list("case-1", "goal")) {
            auto st = store.database().prepare("SELECT count(*) FROM outbox WHERE record_id = ?1");
            st.bind(1, rec.id);
            st.step();
            QCOMPARE(st.column_int64(0), static_cast<std::int64_t>(rec.fields.size()));
        }
    }
};

QTEST_APPLESS_MAIN(TestLocalStore)
#include "tst_local_store.moc"
