// A Jepsen-style run of several server nodes on one PostgreSQL (only in the `_pg` variant):
// 3 nodes, devices of an apprentice and of two helpers alternating writes, pushes, pulls and live
// delivery against random nodes, commits delayed at random (a trigger in the test database), and
// nodes killed with SIGKILL at random moments and started again. Checked at the end against the
// database itself as the oracle (support/oracle.hpp): no cursor ever skipped a change, every
// acknowledged change is in the log exactly once, every device holds what it may see.

#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "fault_device.hpp"
#include "oracle.hpp"
#include "test_db.hpp"

#include <QTimer>
#include <QtTest>
#include <map>
#include <random>
#include <set>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

class TestFaultNodes : public QObject
{
    Q_OBJECT

private slots:
    void randomKillsOnThreeNodes()
    {
        if (!testing_postgres())
            QSKIP("several nodes need PostgreSQL: see the _pg variant");
        const int rounds = 40, node_count = 3;
        // Every server is one of the fixture's nodes: the test kills any of them and starts a new
        // one in its place.
        DemoServer demo({}, "nodes.db");
        QVERIFY(demo.seed());
        const QString db = demo.db();
        // Random commit delays: each logged change sleeps up to 15 ms inside its transaction,
        // so transactions commit out of position order all the time.
        pg_exec(db, "CREATE FUNCTION bro_test_delay() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN PERFORM pg_sleep(random() * 0.015); RETURN NEW; END $$");
        pg_exec(db, "CREATE TRIGGER bro_test_delay BEFORE INSERT ON change_log FOR EACH ROW "
                    "EXECUTE FUNCTION bro_test_delay()");

        std::vector<ServerProcess *> nodes;
        for (int i = 0; i < node_count; ++i) {
            nodes.push_back(demo.add_node());
            QVERIFY(nodes.back());
        }
        std::mt19937 rng(1130);
        auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };

        std::vector<FaultDevice> devices;
        for (const auto &[user, case_id] : {std::pair{"emil", "case-emil"},
                                            {"sara", "case-sara"},
                                            {"kari", "case-emil"},
                                            {"lars", "case-sara"}}) {
            FaultDevice dev;
            dev.user = user;
            dev.case_id = case_id;
            dev.node = pick(node_count);
            dev.d = demo.sign_in_at(nodes[dev.node]->url(), user);
            QVERIFY2(dev.d, user);
            devices.push_back(std::move(dev));
        }
        auto reconnect = [&](FaultDevice &dev) {
            dev.d->disconnect();
            dev.node = pick(node_count);
            return dev.d->connect(nodes[dev.node]->url()) &&
                   dev.d->hello().value("type", "") == "welcome";
        };
        int kills = 0, cut_off = 0;
        for (int round = 0; round < rounds; ++round) {
            // Writers send their pushes without waiting, so that transactions on different
            // nodes are in flight together (and, delayed at random, commit out of order)...
            std::map<FaultDevice *, std::string> pushes;
            for (auto &dev : devices) {
                if (pick(3) == 0)
                    continue;
                const auto id = "m-" + dev.d->next_id();
                const json fields = {{"author_id", "p-" + dev.user},
                                     {"text", "Runde " + std::to_string(round)},
                                     {"sent", "2026-11-30T09:00:00Z"}};
                QVERIFY(!dev.d->write(id, kind::message, dev.case_id, fields).error);
                pushes[&dev] = start_push(*dev.d);
            }
            // ...while the others pull, or take live frames, in the middle of them.
            for (auto &dev : devices) {
                if (pushes.count(&dev))
                    continue;
                if (pick(2) == 0)
                    pull_noted(dev);
                else
                    dev.d->pump(20);
            }
            // Now and then a node dies at a random moment while those pushes are in flight, and
            // comes back on a new port.
            const int victim = pick(5) == 0 ? pick(node_count) : -1;
            if (victim >= 0)
                QTimer::singleShot(pick(30), [&, victim] { nodes[victim]->kill9(); });
            for (auto &[dev, id] : pushes)
                if (!finish_push(*dev->d, id, dev->own_ops, 1500))
                    ++cut_off;
            if (victim >= 0) {
                QTRY_VERIFY_WITH_TIMEOUT(!nodes[victim]->running(), 5000);
                nodes[victim] = demo.add_node(); // the dead one stays with the fixture
                QVERIFY(nodes[victim]);
                ++kills;
            }
            for (auto &dev : devices)
                if (!dev.d->connected() || pick(8) == 0) // dropped, or roaming on its own
                    QVERIFY(reconnect(dev));
        }

        // Settle: everyone retries what was cut off and catches up.
        pg_exec(db, "DROP TRIGGER bro_test_delay ON change_log");
        for (int pass = 0; pass < 2; ++pass)
            for (auto &dev : devices) {
                if (!dev.d->connected())
                    QVERIFY(reconnect(dev));
                QVERIFY(push_briefly(*dev.d, dev.own_ops, 10000));
                pull_noted(dev);
            }
        qInfo("survived %d node kills with SIGKILL on %d nodes; %d pushes cut off and retried",
              kills, node_count, cut_off);
        QVERIFY(kills > 0);

        check_against_database(db, devices);
    }
};

QTEST_GUILESS_MAIN(TestFaultNodes)
#include "tst_fault_nodes.moc"
