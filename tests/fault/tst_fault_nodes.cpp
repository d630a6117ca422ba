// A Jepsen-style run of several server nodes on one PostgreSQL (only in the `_pg` variant):
// 3 nodes, devices of an apprentice and of two helpers alternating writes, pushes, pulls and live
// delivery against random nodes, commits delayed at random (a trigger in the test database), and
// nodes killed with SIGKILL at random moments and started again. Checked at the end against the
// database itself as the oracle:
//  - for every cursor S a device was given, it had received every change up to S that the
//    oracle says it may see (apart from its own): no cursor ever skipped a change;
//  - every acknowledged change is in the log exactly once; nothing pending is left;
//  - every device's state equals the merged state it may see.

#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "sync/access_policy.hpp"
#include "sync/protocol.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QTimer>
#include <QtTest>
#include <map>
#include <random>
#include <set>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

namespace {

struct Dev
{
    TestDevice *d = nullptr;
    std::string user;
    std::string case_id; // where it writes
    int node = 0;
    // Each answer to a pull: the cursor given, and the ops received by then.
    std::vector<std::pair<std::int64_t, std::size_t>> cursors;
    std::set<std::string> own_ops;
};

// A push sent without waiting for its answer, and the ack applied later.
std::string start_push(TestDevice &d)
{
    const auto outbox = d.store().outbox(protocol::max_changes_per_push);
    if (outbox.empty())
        return {};
    return d.send(json::parse(
        protocol::serialize(protocol::ClientMessage{protocol::Push{d.next_id(), outbox}})));
}

bool finish_push(TestDevice &d, const std::string &id, std::set<std::string> &own, int timeout_ms)
{
    if (id.empty())
        return true;
    auto parsed = protocol::parse_server(d.await_reply(id, timeout_ms).dump());
    if (!parsed)
        return false;
    if (auto *ack = std::get_if<protocol::Ack>(&*parsed.message)) {
        for (const auto &a : ack->accepted)
            own.insert(a.op);
        d.store().accept(ack->accepted);
        d.store().reject(ack->rejected);
        return true;
    }
    return false;
}

bool push_briefly(TestDevice &d, std::set<std::string> &own, int timeout_ms)
{
    return finish_push(d, start_push(d), own, timeout_ms);
}

std::string today()
{
    return QDate::currentDate().toString(Qt::ISODate).toStdString();
}

} // namespace

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

        std::vector<Dev> devices;
        for (const auto &[user, case_id] : {std::pair{"emil", "case-emil"},
                                            {"sara", "case-sara"},
                                            {"kari", "case-emil"},
                                            {"lars", "case-sara"}}) {
            Dev dev;
            dev.user = user;
            dev.case_id = case_id;
            dev.node = pick(node_count);
            dev.d = demo.sign_in_at(nodes[dev.node]->url(), user);
            QVERIFY2(dev.d, user);
            devices.push_back(std::move(dev));
        }
        auto reconnect = [&](Dev &dev) {
            dev.d->disconnect();
            dev.node = pick(node_count);
            return dev.d->connect(nodes[dev.node]->url()) &&
                   dev.d->hello().value("type", "") == "welcome";
        };
        auto pull = [&](Dev &dev) {
            auto r = dev.d->pull_all();
            if (r.value("type", "") == "changes")
                dev.cursors.emplace_back(r.value("cursor", std::int64_t{0}),
                                         dev.d->received.size());
        };

        int kills = 0, cut_off = 0;
        for (int round = 0; round < rounds; ++round) {
            // Writers send their pushes without waiting, so that transactions on different
            // nodes are in flight together (and, delayed at random, commit out of order)...
            std::map<Dev *, std::string> pushes;
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
                    pull(dev);
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
                pull(dev);
            }
        qInfo("survived %d node kills with SIGKILL on %d nodes; %d pushes cut off and retried",
              kills, node_count, cut_off);
        QVERIFY(kills > 0);

        // The oracle: the database itself.
        Database check = open_server_db(db);
        RecordTable records(check);
        DirectoryStore directory(check);
        for (auto &dev : devices) {
            QCOMPARE(dev.d->store().pending_count(), std::size_t{0});
            QVERIFY(dev.d->store().rejected().empty());
            const auto person = directory.person_by_username(dev.user);
            QVERIFY(person.has_value());
            const auto actor = directory.actor(*person);
            std::map<std::string, CaseAccess> access;
            for (const auto &c : directory.cases_for(actor))
                access.emplace(c, directory.access(c, records));

            // Every change the oracle lets this person see, by position.
            std::vector<std::pair<std::int64_t, std::string>> visible;
            auto log = check.prepare("SELECT seq, op, record_id, kind, case_id, field FROM "
                                     "change_log ORDER BY seq");
            while (log.step()) {
                Change c;
                c.seq = log.column_int64(0);
                c.op = log.column_text(1);
                c.record_id = log.column_text(2);
                c.kind = log.column_text(3);
                c.case_id = log.column_text(4);
                c.field = log.column_text(5);
                auto it = access.find(c.case_id);
                if (it != access.end() && AccessPolicy::can_receive(actor, it->second, c, today()))
                    visible.emplace_back(c.seq, c.op);
            }
            // No cursor skipped anything: at each cursor S given, every visible change up to S
            // had been received (or was the device's own).
            for (const auto &[cursor, received_then] : dev.cursors) {
                std::set<std::string> had;
                for (std::size_t i = 0; i < received_then; ++i)
                    had.insert(dev.d->received[i].op);
                for (const auto &[seq, op] : visible) {
                    if (seq > cursor)
                        break;
                    QVERIFY2(had.count(op) || dev.own_ops.count(op),
                             qPrintable(QString("%1 was given cursor %2 without change %3 (at %4)")
                                            .arg(QString::fromStdString(dev.user))
                                            .arg(cursor)
                                            .arg(QString::fromStdString(op))
                                            .arg(seq)));
                }
            }
            // Nothing acknowledged lost or doubled.
            for (const auto &op : dev.own_ops) {
                auto s = check.prepare("SELECT count(*) FROM change_log WHERE op = ?");
                s.bind(1, op);
                QVERIFY(s.step());
                QCOMPARE(s.column_int64(0), 1);
            }
            // The device holds the merged state of what it may see.
            for (const auto &[case_id, a] : access)
                for (const auto &r : records.list(case_id, kind::message)) {
                    const auto got = dev.d->store().get(r.id);
                    QVERIFY2(got.has_value(), r.id.c_str());
                    QCOMPARE(got->fields.value("text", json()), r.fields.value("text", json()));
                }
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultNodes)
#include "tst_fault_nodes.moc"
