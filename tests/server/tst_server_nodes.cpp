// Several bro-server nodes on one PostgreSQL (issue: "past one machine"). Runs only in the `_pg`
// variant; on SQLite there is one writer and nothing here applies.
//  - the decisive ordering test: a transaction with a lower log position commits after one with
//    a higher position; no device is ever given a cursor that skips it;
//  - a push acknowledged on node A reaches a live device on node B without it asking;
//  - PostgreSQL stopped under a running node: /health says so, pushes are refused with
//    storage_unavailable (not a hang), and the node recovers by itself.

#include "domain/schema.hpp"
#include "server_process.hpp"
#include "store/change_log.hpp"
#include "store/server_writer.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

using namespace bro;
using namespace bro::test;

namespace {

std::string type_of(const nlohmann::json &j)
{
    return j.value("type", std::string());
}

bool has_record(const TestDevice &d, const std::string &record_id)
{
    for (const auto &c : d.received)
        if (c.record_id == record_id)
            return true;
    return false;
}

QString cluster_dir()
{
    return QFileInfo(qEnvironmentVariable("BRO_TEST_PG_URI_FILE")).path();
}

int pg_cluster(const QString &command)
{
    return QProcess::execute(BRO_SOURCE_DIR "/scripts/pg-cluster", {command, cluster_dir()});
}

} // namespace

class TestServerNodes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::vector<std::unique_ptr<TestDevice>> m_devices;

    TestDevice &signed_in(ServerProcess &node, const std::string &user)
    {
        m_devices.push_back(std::make_unique<TestDevice>(
            m_dir.path(), user + "-" + std::to_string(m_devices.size())));
        auto &d = *m_devices.back();
        [&] {
            QVERIFY(d.connect(node.url()));
            QCOMPARE(type_of(d.login(user)), std::string("welcome"));
        }();
        return d;
    }

private slots:
    void initTestCase()
    {
        if (!testing_postgres())
            QSKIP("several nodes need PostgreSQL: see the _pg variant");
        QVERIFY(m_dir.isValid());
        m_db = server_db(m_dir, "nodes.db");
        auto r = run_cli({"demo", "--db", m_db});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    }

    void cleanup() { m_devices.clear(); }

    void lower_position_committing_last_is_never_skipped()
    {
        ServerProcess node(m_db);
        QVERIFY(node.start());
        auto &emil = signed_in(node, "emil");
        QCOMPARE(emil.pull_all().value("more", true), false);

        // Two writers as two nodes would be: `early` takes its position first (a lower
        // transaction id) and commits last.
        Database early_db = open_server_db(m_db), late_db = open_server_db(m_db);
        ServerWriter early(early_db, "node-early"), late(late_db, "node-late");
        auto early_tx = std::make_unique<Transaction>(early_db);
        early.write("order-early", kind::goal, "case-emil",
                    {{"title", "Skrevet først, lagret sist"}, {"status", "active"}});
        {
            Transaction late_tx(late_db);
            late.write("order-late", kind::goal, "case-emil",
                       {{"title", "Skrevet sist, lagret først"}, {"status", "active"}});
            late_tx.commit();
        }
        // Between the two commits the node hears the doorbell (or polls) and the device pulls;
        // it keeps whatever cursor it is given.
        emil.pump(1500);
        QCOMPARE(emil.pull_all().value("more", true), false);
        QVERIFY2(!has_record(emil, "order-late"),
                 "a change above a running transaction's position was handed out");
        early_tx->commit();
        early_tx.reset();

        QVERIFY(QTest::qWaitFor(
            [&] {
                emil.pull_all();
                return has_record(emil, "order-early") && has_record(emil, "order-late");
            },
            10000));
        // And the stored cursor covers both: a fresh pull from it brings nothing of them.
        const auto before = emil.received.size();
        emil.pull_all();
        for (auto i = before; i < emil.received.size(); ++i)
            QVERIFY(emil.received[i].record_id.rfind("order-", 0) != 0);
    }

    void push_on_one_node_reaches_a_live_device_on_another()
    {
        ServerProcess a(m_db), b(m_db);
        QVERIFY(a.start());
        QVERIFY(b.start());
        auto &emil = signed_in(a, "emil");
        auto &kari = signed_in(b, "kari"); // on Emil's care team
        QCOMPARE(emil.pull_all().value("more", true), false);
        QCOMPARE(kari.pull_all().value("more", true), false);

        // Messages are always shared with the care team.
        QVERIFY(!emil.write("msg-across", kind::message, "case-emil",
                            {{"author_id", "p-emil"},
                             {"text", "Hei Kari, kan vi snakke i morgen?"},
                             {"sent", "2026-11-30T09:00:00Z"}})
                     .error);
        QVERIFY(emil.push()["rejected"].empty());
        QElapsedTimer t;
        t.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                kari.pump(50);
                return has_record(kari, "msg-across");
            },
            5000));
        qInfo("push on node A -> live on node B: %lld ms", static_cast<long long>(t.elapsed()));
    }

    void database_gone_and_back()
    {
        ServerProcess node(m_db);
        QVERIFY(node.start());
        auto &emil = signed_in(node, "emil");
        QCOMPARE(emil.pull_all().value("more", true), false);
        QVERIFY(http_get(node.port(), "/health").contains("\"ok\":true"));

        QCOMPARE(pg_cluster("pause"), 0);
        QVERIFY(!emil.write("while-down", kind::goal, "case-emil",
                            {{"title", "Skrevet mens databasen var borte"}, {"status", "active"}})
                     .error);
        QElapsedTimer t;
        t.start();
        auto refused = emil.push();
        QVERIFY2(t.elapsed() < 10000, "the push hung instead of being refused");
        QCOMPARE(type_of(refused), std::string("error"));
        QCOMPARE(refused.value("code", std::string()), std::string("storage_unavailable"));
        QVERIFY(QTest::qWaitFor(
            [&] { return http_get(node.port(), "/health").contains("\"ok\":false"); }, 5000));

        QCOMPARE(pg_cluster("resume"), 0);
        // The device retries as the app does; the node reconnects by itself.
        nlohmann::json ack;
        QVERIFY(QTest::qWaitFor(
            [&] {
                ack = emil.push();
                return type_of(ack) == "ack";
            },
            20000));
        QVERIFY(ack["rejected"].empty());
        QVERIFY(QTest::qWaitFor(
            [&] { return http_get(node.port(), "/health").contains("\"ok\":true"); }, 5000));
        Database check = open_server_db(m_db);
        auto s = check.prepare("SELECT count(*), count(DISTINCT field) FROM change_log WHERE "
                               "record_id = 'while-down'");
        QVERIFY(s.step());
        QVERIFY(s.column_int64(0) >= 2);                // title and status at least
        QCOMPARE(s.column_int64(0), s.column_int64(1)); // each field once: nothing duplicated
    }
};

QTEST_GUILESS_MAIN(TestServerNodes)
#include "tst_server_nodes.moc"
