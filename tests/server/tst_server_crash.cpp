// kill -9 while a device pushes; restart: every acknowledged change is there, and the device's
// retry of what was not acknowledged duplicates nothing.

#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "store/database.hpp"
#include "sync/protocol.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QTest>
#include <map>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

class TestServerCrash : public QObject
{
    Q_OBJECT

    DemoServer m_server;

private slots:
    void kill9_during_push_loses_no_acknowledged_change_data()
    {
        QTest::addColumn<int>("acks_before_kill");
        QTest::newRow("after the first ack") << 1;
        QTest::newRow("mid-stream") << 6;
    }
    void kill9_during_push_loses_no_acknowledged_change()
    {
        QFETCH(int, acks_before_kill);
        // Each row crashes a server of its own on a database of its own.
        QVERIFY(m_server.start_fresh());
        auto *device = m_server.sign_in("emil");
        QVERIFY(device);
        auto &emil = *device;
        constexpr int batches = 10, per_batch = 150; // goal steps of three fields each
        for (int i = 0; i < batches * per_batch; ++i)
            QVERIFY(!emil.write("crash-step-" + std::to_string(i), kind::goal_step, "case-emil",
                                {{"goal_id", "goal-emil-1"},
                                 {"title", "Steg " + std::to_string(i)},
                                 {"done", i % 2 == 0}})
                         .error);
        const auto outbox = emil.store().outbox(100000);
        QCOMPARE(outbox.size(), std::size_t{batches * per_batch * 3});

        // Every batch at once, without waiting: the server is mid-push when it dies.
        for (int b = 0; b < batches; ++b) {
            std::vector<Change> batch(outbox.begin() + b * per_batch * 3,
                                      outbox.begin() + (b + 1) * per_batch * 3);
            emil.ws().send_text(protocol::serialize(protocol::ClientMessage{
                protocol::Push{"batch-" + std::to_string(b), std::move(batch)}}));
        }
        std::map<std::string, std::int64_t> acked; // op -> seq, as the device heard it
        int acks = 0;
        while (acks < acks_before_kill) {
            auto r = emil.ws().next(30000);
            QVERIFY(r.has_value());
            if ((*r)["type"] != "ack")
                continue;
            ++acks;
            for (const auto &a : (*r)["accepted"])
                acked[a["op"].get<std::string>()] = a["seq"].get<std::int64_t>();
            QVERIFY((*r)["rejected"].empty());
        }
        m_server.kill9();
        QVERIFY(!m_server.process().running());
        QVERIFY(acked.size() >= std::size_t(per_batch * 3 * acks_before_kill));
        // What the device recorded as accepted before the crash.
        std::vector<protocol::Accepted> accepted;
        for (const auto &[op, seq] : acked)
            accepted.push_back({op, seq});
        emil.store().accept(accepted);

        // Restart on the same file: every acknowledged change is there, with its seq.
        QVERIFY(m_server.restart());
        {
            Database check = open_server_db(m_server.db());
            auto s = check.prepare("SELECT seq FROM change_log WHERE op = ?");
            for (const auto &[op, seq] : acked) {
                s.reset();
                s.bind(1, op);
                QVERIFY2(s.step(), op.c_str());
                QCOMPARE(s.column_int64(0), seq);
            }
        }

        // The device reconnects and pushes what it has not heard back about; some of it the
        // server may have committed without the ack reaching the device: same seq, no copy.
        QVERIFY(emil.connect(m_server.url()));
        QCOMPARE(emil.hello()["type"].get<std::string>(), std::string("welcome"));
        while (emil.store().pending_count() > 0) {
            auto ack = emil.push();
            QCOMPARE(ack["type"].get<std::string>(), std::string("ack"));
            QVERIFY2(ack["rejected"].empty(), ack.dump().substr(0, 500).c_str());
        }
        Database check = open_server_db(m_server.db());
        auto rows = check.prepare("SELECT COUNT(*), COUNT(DISTINCT op) FROM change_log WHERE "
                                  "record_id LIKE 'crash-step-%'");
        QVERIFY(rows.step());
        QCOMPARE(rows.column_int64(0), static_cast<std::int64_t>(outbox.size()));
        QCOMPARE(rows.column_int64(1), static_cast<std::int64_t>(outbox.size()));
        auto fields = check.prepare(
            "SELECT COUNT(DISTINCT record_id) FROM fields WHERE record_id LIKE 'crash-step-%'");
        QVERIFY(fields.step());
        QCOMPARE(fields.column_int64(0), std::int64_t{batches * per_batch});
        // And another device sees every step exactly once.
        auto *other = m_server.sign_in("emil");
        QVERIFY(other);
        auto &tablet = *other;
        tablet.pull_all();
        int steps = 0;
        for (const auto &r : tablet.store().list("case-emil", kind::goal_step))
            steps += r.id.rfind("crash-step-", 0) == 0;
        QCOMPARE(steps, batches * per_batch);
        QCOMPARE(tablet.bad_frames, 0);
    }
};

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_server_crash.moc"
