// Several bro-server nodes on one PostgreSQL (issue: "past one machine"). Runs only in the `_pg`
// variant; on SQLite there is one writer and nothing here applies.
//  - the decisive ordering test: a transaction with a lower log position commits after one with
//    a higher position; no device is ever given a cursor that skips it;
//  - a push acknowledged on node A reaches a live device on node B without it asking;
//  - both sides of a story on different nodes: a consent withdrawn on A purges a helper's device
//    on B; a care team joined and left through A reaches the helper's device on B; failed
//    sign-ins counted on A lock the account on B; a lapse runs once whichever nodes are up;
//  - PostgreSQL stopped under a running node: /health says so, pushes are refused with
//    storage_unavailable (not a hang), and the node recovers by itself;
//  - `admin copy-to` moves a SQLite office onto PostgreSQL, and its devices carry on.

#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "store/change_log.hpp"
#include "store/database.hpp"
#include "store/server_writer.hpp"
#include "sync/protocol.hpp"
#include "test_db.hpp"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

using namespace bro;
using namespace bro::test;

namespace {

using nlohmann::json;

json edit(TestDevice &d, json fields)
{
    fields["type"] = "directory_edit";
    fields["id"] = d.next_id();
    return d.request(fields);
}

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
    DemoServer m_server{{}, "nodes.db"};
    QString m_db; // the seeded demo every test but copy_to's runs on

    // Node A: the fixture's own server, on the shared demo database (start_on, as copy_to's test
    // moves the fixture to other databases). Node B and more: m_server.add_node().
    bool start_node_a(const QStringList &extra = {}) { return m_server.start_on(m_db, extra); }

private slots:
    void initTestCase()
    {
        if (!testing_postgres())
            QSKIP("several nodes need PostgreSQL: see the _pg variant");
        QVERIFY(m_server.seed());
        m_db = m_server.db();
    }

    // Each test starts the nodes it needs; none outlives it.
    void cleanup()
    {
        m_server.clear_devices();
        m_server.stop_nodes();
        m_server.stop();
    }

    void lower_position_committing_last_is_never_skipped()
    {
        QVERIFY(start_node_a());
        auto &emil = m_server.device("emil");
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
        QVERIFY(start_node_a());
        const auto *b = m_server.add_node();
        QVERIFY(b);
        auto &emil = m_server.device("emil");
        auto &kari = m_server.device("kari", false, b->url()); // on Emil's care team
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

    void consent_withdrawn_on_one_node_purges_a_device_on_another()
    {
        QVERIFY(start_node_a());
        const auto *b = m_server.add_node();
        QVERIFY(b);
        auto &emil = m_server.device("emil");
        auto &ingrid =
            m_server.device("ingrid", false, b->url()); // the clinic sees Emil's check-ins (demo)
        emil.pull_all();
        ingrid.pull_all();
        QVERIFY(!ingrid.store().list("case-emil", kind::checkin).empty());

        QVERIFY(!emil.write(consent_id("case-emil", "org-air", Category::checkins), kind::consent,
                            "case-emil", {{"granted", false}})
                     .error);
        QVERIFY(emil.push()["rejected"].empty());
        QVERIFY(QTest::qWaitFor(
            [&] {
                ingrid.pump(50);
                return ingrid.store().list("case-emil", kind::checkin).empty();
            },
            5000));
        // Nothing new of that scope reaches B either.
        QVERIFY(!emil.write("checkin-after-revoke", kind::checkin, "case-emil",
                            {{"date", "2026-11-30"},
                             {"mood", 3},
                             {"energy", 3},
                             {"sleep", 3},
                             {"pain", 1}})
                     .error);
        QVERIFY(emil.push()["rejected"].empty());
        ingrid.pump(1200);
        ingrid.pull_all();
        QVERIFY(!has_record(ingrid, "checkin-after-revoke"));
        // Given back on B this time: the grant's snapshot reaches the device on B.
        auto &emil_b = m_server.device("emil", false, b->url());
        emil_b.pull_all();
        QVERIFY(!emil_b
                     .write(consent_id("case-emil", "org-air", Category::checkins), kind::consent,
                            "case-emil", {{"granted", true}})
                     .error);
        QVERIFY(emil_b.push()["rejected"].empty());
        QVERIFY(QTest::qWaitFor(
            [&] {
                ingrid.pump(50);
                return has_record(ingrid, "checkin-after-revoke");
            },
            5000));
    }

    void care_team_changed_on_one_node_reaches_a_helper_on_another()
    {
        QVERIFY(start_node_a());
        const auto *b = m_server.add_node();
        QVERIFY(b);
        auto &hanne = m_server.device("hanne");
        auto &kari = m_server.device("kari", false, b->url());
        kari.pull_all();
        QVERIFY(kari.store().list("case-jonas").empty());

        auto added = edit(
            hanne, {{"op", "add_team_member"}, {"case_id", "case-jonas"}, {"person_id", "p-kari"}});
        QCOMPARE(type_of(added), std::string("directory_edited"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                kari.pump(50);
                return !kari.store().list("case-jonas").empty();
            },
            5000));
        auto removed = edit(
            hanne,
            {{"op", "remove_team_member"}, {"case_id", "case-jonas"}, {"person_id", "p-kari"}});
        QCOMPARE(type_of(removed), std::string("directory_edited"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                kari.pump(50);
                return kari.store().list("case-jonas").empty();
            },
            5000));
    }

    // One device on two nodes at once (it reconnected while a push was still being applied):
    // two different pushes claiming the same counter arrive together; exactly one is applied.
    void a_counter_is_used_once_across_nodes()
    {
        QVERIFY(start_node_a());
        const auto *b = m_server.add_node();
        QVERIFY(b);
        auto &phone = m_server.device("mathias");
        auto &same_phone = m_server.new_device("mathias-again"); // the same device id and token
        same_phone.device_id = phone.device_id;
        same_phone.token = phone.token;
        QVERIFY(same_phone.connect(b->url()));
        QCOMPARE(type_of(same_phone.hello()), std::string("welcome"));

        for (int round = 0; round < 10; ++round) {
            const auto id = "counter-race-" + std::to_string(round);
            QVERIFY(!phone
                         .write(id, kind::goal, "case-mathias",
                                {{"title", "Samme teller to ganger"}, {"status", "active"}})
                         .error);
            auto changes = phone.store().outbox();
            QVERIFY(!changes.empty());
            auto forged = changes; // the same counters under other op ids
            for (auto &c : forged)
                c.op = new_uuid();
            const auto first = phone.send(json::parse(protocol::serialize(
                protocol::ClientMessage{protocol::Push{phone.next_id(), changes}})));
            const auto second = same_phone.send(json::parse(protocol::serialize(
                protocol::ClientMessage{protocol::Push{same_phone.next_id(), forged}})));
            const auto ack_a = phone.await_reply(first), ack_b = same_phone.await_reply(second);
            QCOMPARE(type_of(ack_a), std::string("ack"));
            QCOMPARE(type_of(ack_b), std::string("ack"));
            const auto accepted = ack_a["accepted"].size() + ack_b["accepted"].size();
            QCOMPARE(accepted, changes.size()); // each counter applied once, by one of them
            auto parsed = protocol::parse_server(ack_a.dump());
            if (auto *ack = std::get_if<protocol::Ack>(&*parsed.message)) {
                phone.store().accept(ack->accepted);
                phone.store().reject(ack->rejected);
            }
        }
    }

    void failed_sign_ins_count_across_nodes()
    {
        QVERIFY(start_node_a());
        const auto *b = m_server.add_node();
        QVERIFY(b);
        auto &on_a = m_server.new_device("guess-a");
        auto &on_b = m_server.new_device("guess-b");
        QVERIFY(on_a.connect(m_server.url()));
        QVERIFY(on_b.connect(b->url()));
        // Five free failures for the account, spread over both nodes...
        for (int i = 0; i < 5; ++i) {
            auto &d = i % 2 ? on_b : on_a;
            QCOMPARE(d.login("sara", "feil-passord").value("code", std::string()),
                     std::string("bad_credentials"));
        }
        // ...and the account is locked on both, even with the right password.
        QCOMPARE(on_b.login("sara").value("code", std::string()), std::string("rate_limited"));
        QCOMPARE(on_a.login("sara").value("code", std::string()), std::string("rate_limited"));
    }

    void lapse_runs_once_whichever_nodes_are_up()
    {
        // A grant that ended yesterday, written while no node ran.
        {
            Database db = open_server_db(m_db);
            Transaction tx(db);
            ServerWriter(db, "test")
                .write(consent_id("case-ida", "org-okab", Category::goals), kind::consent,
                       "case-ida",
                       {{"org_id", "org-okab"},
                        {"category", "goals"},
                        {"granted", true},
                        {"until", "2020-01-01"}});
            tx.commit();
        }
        // Hold the grant's rows, so that every node's lapse reads the grant, writes its revoke
        // and then waits on the same rows: without the once-only claim, all of them would
        // commit a revoke when the rows are let go.
        Database holder = open_server_db(m_db);
        auto hold = std::make_unique<Transaction>(holder);
        auto lock = holder.prepare("SELECT value FROM fields WHERE record_id = ? FOR UPDATE");
        lock.bind(1, consent_id("case-ida", "org-okab", Category::goals));
        while (lock.step()) {
        }
        // Three nodes tick every second.
        const QStringList tick{"--tick-seconds", "1"};
        QVERIFY(start_node_a(tick));
        std::vector<quint16> ports{m_server.port()};
        for (int i = 0; i < 2; ++i) {
            const auto *node = m_server.add_node(tick);
            QVERIFY(node);
            ports.push_back(node->port());
        }
        QTest::qWait(2500);
        // Every node's database thread now waits on the held rows (its hub is stuck in the
        // lapse); its I/O threads are not: /health answers at once.
        for (const auto port : ports) {
            QElapsedTimer t;
            t.start();
            QVERIFY(http_get(port, "/health").contains("\"ok\":true"));
            QVERIFY2(t.elapsed() < 1000, "/health waited for the database");
        }
        hold->commit();
        hold.reset();
        QTest::qWait(2500);
        Database check = open_server_db(m_db);
        auto s = check.prepare("SELECT count(*) FROM change_log WHERE record_id = ? AND node = "
                               "'server' AND field = 'granted'");
        s.bind(1, consent_id("case-ida", "org-okab", Category::goals));
        QVERIFY(s.step());
        QCOMPARE(s.column_int64(0), 1);
    }

    void copy_to_moves_an_office_and_its_devices_carry_on()
    {
        // An office on SQLite, with a device that has synced and written. Seeded by hand: the
        // fixture's own demo is on PostgreSQL here.
        const auto file = m_server.path("office.db");
        QCOMPARE(run_cli({"demo", "--db", file}).exit_code, 0);
        QVERIFY(m_server.start_on(file));
        auto &emil = m_server.device("emil");
        emil.pull_all();
        QVERIFY(!emil.write("before-the-move", kind::goal, "case-emil",
                            {{"title", "Skrevet før flyttingen"}, {"status", "active"}})
                     .error);
        QVERIFY(emil.push()["rejected"].empty());
        QCOMPARE(m_server.stop(), 0);
        const auto target = server_db(m_server.dir(), "moved.db");
        auto r = m_server.admin({"copy-to", target}); // from the office, the fixture's db()
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("checked row for row"));
        // A second copy into the same (no longer empty) database is refused, changing nothing.
        auto again = m_server.admin({"copy-to", target});
        QCOMPARE(again.exit_code, 1);
        QVERIFY(again.err.contains("not empty"));
        // Every table the same, counted independently of copy-to's own check.
        {
            Database from = open_server_db(file), to = open_server_db(target);
            for (const char *table : {"fields", "change_log", "people", "cases", "care_team",
                                      "devices", "audit_events", "device_cases"}) {
                auto a = from.prepare(std::string("SELECT count(*) FROM ") + table);
                auto b = to.prepare(std::string("SELECT count(*) FROM ") + table);
                QVERIFY(a.step() && b.step());
                QVERIFY2(a.column_int64(0) == b.column_int64(0), table);
            }
        }
        // The same device, same token, same cursor, now on PostgreSQL: it signs in with hello,
        // loses nothing and receives what is written after the move.
        QVERIFY(m_server.start_on(target));
        QVERIFY(emil.connect(m_server.url())); // the device from the office, store and all
        QCOMPARE(type_of(emil.hello()), std::string("welcome"));
        auto &kari = m_server.device("kari");
        kari.pull_all();
        QVERIFY(has_record(kari, "before-the-move") || kari.store().get("before-the-move"));
        QVERIFY(!kari.write("msg-after-move", kind::message, "case-emil",
                            {{"author_id", "p-kari"},
                             {"text", "Flyttet til ny server, alt er med."},
                             {"sent", "2026-11-30T10:00:00Z"}})
                     .error);
        QVERIFY(kari.push()["rejected"].empty());
        emil.pull_all();
        QVERIFY(has_record(emil, "msg-after-move"));
        QCOMPARE(emil.store().pending_count(), std::size_t{0});
    }

    void database_gone_and_back()
    {
        QVERIFY(start_node_a());
        auto &emil = m_server.device("emil");
        QCOMPARE(emil.pull_all().value("more", true), false);
        QVERIFY(http_get(m_server.port(), "/health").contains("\"ok\":true"));

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
            [&] { return http_get(m_server.port(), "/health").contains("\"ok\":false"); }, 5000));

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
            [&] { return http_get(m_server.port(), "/health").contains("\"ok\":true"); }, 5000));
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
