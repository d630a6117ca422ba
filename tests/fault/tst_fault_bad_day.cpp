// A bad day on three nodes behind a real load balancer (only in the `_pg` variant): devices
// reach the nodes only through haproxy (support/balancer.hpp). At the busiest moment one node is
// killed with SIGKILL; later PostgreSQL itself stops and starts again; then every device
// reconnects at once (a storm), backing off with jitter while the balancer has nowhere to send
// it. At the end the database is the oracle (support/oracle.hpp): nothing lost, nothing extra.
// Bounded: 8 devices, a few hundred changes, a deadline on every wait.

#include "balancer.hpp"
#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "fault_device.hpp"
#include "oracle.hpp"
#include "sync/protocol.hpp"
#include "test_db.hpp"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>
#include <QtTest>
#include <map>
#include <random>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

namespace {

int pg_cluster(const QString &command)
{
    const auto dir = QFileInfo(qEnvironmentVariable("BRO_TEST_PG_URI_FILE")).path();
    return QProcess::execute(BRO_SOURCE_DIR "/scripts/pg-cluster", {command, dir});
}

std::string hello_frame(TestDevice &d)
{
    return protocol::serialize(protocol::ClientMessage{
        protocol::Hello{d.next_id(), protocol::version, d.device_id, d.token}});
}

} // namespace

class TestFaultBadDay : public QObject
{
    Q_OBJECT

    std::mt19937 m_rng{1204};
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    // Signs in again through the balancer, as the app does: on failure it waits, doubling the
    // wait up to 2 s, each wait half fixed and half random, so that devices cut off together do
    // not all come back in the same instant. False after 12 tries (about 15 s).
    bool reconnect(FaultDevice &dev, const QUrl &url, int &tries)
    {
        int delay = 50;
        for (int attempt = 0; attempt < 12; ++attempt) {
            ++tries;
            dev.d->disconnect();
            if (dev.d->connect(url) && dev.d->hello().value("type", "") == "welcome")
                return true;
            QTest::qWait(delay / 2 + pick(delay / 2 + 1));
            delay = std::min(delay * 2, 2000);
        }
        return false;
    }

    // Each device writes `each` messages and pushes them, all pushes in flight together; the
    // ones cut off are sent again after a reconnect. Returns the number cut off.
    int busy_round(std::vector<FaultDevice> &devices, const QUrl &url, int round, int each,
                   int &tries)
    {
        std::map<FaultDevice *, std::string> pushes;
        for (auto &dev : devices) {
            for (int i = 0; i < each; ++i) {
                const auto id = "m-" + dev.d->next_id();
                const json fields = {{"author_id", "p-" + dev.user},
                                     {"text", "Runde " + std::to_string(round)},
                                     {"sent", "2026-12-04T07:30:00Z"}};
                if (dev.d->write(id, kind::message, dev.case_id, fields).error)
                    QTest::qFail("a local write was refused", __FILE__, __LINE__);
            }
            pushes[&dev] = start_push(*dev.d);
        }
        int cut = 0;
        for (auto &[dev, id] : pushes)
            if (!finish_push(*dev->d, id, dev->own_ops, 3000)) {
                ++cut;
                if (!reconnect(*dev, url, tries))
                    QTest::qFail("a device found no node again", __FILE__, __LINE__);
            }
        return cut;
    }

private slots:
    void aBadDayLosesNothing()
    {
        if (!testing_postgres())
            QSKIP("several nodes need PostgreSQL: see the _pg variant");
        DemoServer demo({}, "badday.db");
        QVERIFY(demo.seed());
        std::vector<ServerProcess *> nodes;
        std::vector<quint16> ports;
        for (int i = 0; i < 3; ++i) {
            nodes.push_back(demo.add_node());
            QVERIFY(nodes.back());
            ports.push_back(nodes.back()->port());
        }
        Balancer lb(demo.dir().path());
        QVERIFY2(lb.start(ports), qPrintable(lb.error()));
        const auto url = lb.url();

        // Two phones each for an apprentice and a helper on each of two cases.
        std::vector<FaultDevice> devices;
        for (int copy = 0; copy < 2; ++copy)
            for (const auto &[user, case_id] : {std::pair{"emil", "case-emil"},
                                                {"sara", "case-sara"},
                                                {"kari", "case-emil"},
                                                {"lars", "case-sara"}}) {
                FaultDevice dev;
                dev.user = user;
                dev.case_id = case_id;
                dev.d = demo.sign_in_at(url, user);
                QVERIFY2(dev.d, user);
                devices.push_back(std::move(dev));
            }
        int tries = 0, cut = 0;

        // An ordinary morning: writes, pushes, pulls and live frames.
        for (int round = 0; round < 6; ++round) {
            cut += busy_round(devices, url, round, 1, tries);
            for (auto &dev : devices)
                pick(2) ? pull_noted(dev) : dev.d->pump(10);
        }
        QCOMPARE(cut, 0);

        // The check-in peak: three messages a device a round, and node 0 dies in the middle of
        // round 2's pushes. Its devices fail over through the balancer.
        for (int round = 6; round < 12; ++round) {
            if (round == 8)
                QTimer::singleShot(5, [&] { nodes[0]->kill9(); });
            cut += busy_round(devices, url, round, 3, tries);
            for (auto &dev : devices)
                if (!dev.d->connected())
                    QVERIFY(reconnect(dev, url, tries));
        }
        QVERIFY(!nodes[0]->running());
        // The devices that were on node 0 found another one: through the balancer, not by
        // being told where to go.
        const int failovers = tries;
        QVERIFY(failovers > 0);
        QTRY_COMPARE_WITH_TIMEOUT(lb.nodes_up(), 2, 5000);
        nodes[0] = demo.add_node({"--port", QString::number(ports[0])}); // back on its port
        QVERIFY(nodes[0]);
        QTRY_COMPARE_WITH_TIMEOUT(lb.nodes_up(), 3, 5000);

        // PostgreSQL stops: every node answers 503 on /health and the balancer has nowhere to
        // send anyone. Writes wait on the devices; nothing is acknowledged that was not stored.
        QCOMPARE(pg_cluster("pause"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(lb.nodes_up(), 0, 10000);
        for (auto &dev : devices) {
            QVERIFY(!dev.d
                         ->write("m-" + dev.d->next_id(), kind::message, dev.case_id,
                                 {{"author_id", "p-" + dev.user},
                                  {"text", "Skrevet mens databasen var borte"},
                                  {"sent", "2026-12-04T08:00:00Z"}})
                         .error);
            if (dev.d->connected())
                QVERIFY2(!finish_push(*dev.d, start_push(*dev.d), dev.own_ops, 3000),
                         "a push was acknowledged while the database was down");
        }
        QCOMPARE(pg_cluster("resume"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(lb.nodes_up(), 3, 20000);

        // The storm: every device cut off and back at once, its hello sent before any answer
        // is read, then its outbox and a pull; timed until the last one has caught up.
        QElapsedTimer storm;
        storm.start();
        for (auto &dev : devices)
            dev.d->disconnect();
        std::vector<std::pair<FaultDevice *, std::string>> hellos;
        for (auto &dev : devices)
            if (dev.d->connect(url))
                hellos.emplace_back(&dev, dev.d->send(json::parse(hello_frame(*dev.d))));
        for (auto &[dev, id] : hellos)
            if (dev->d->await_reply(id, 10000).value("type", "") != "welcome")
                dev->d->disconnect();
        for (auto &dev : devices) {
            if (!dev.d->connected())
                QVERIFY(reconnect(dev, url, tries));
            for (int pass = 0; pass < 3 && dev.d->store().pending_count() > 0; ++pass)
                if (!push_briefly(*dev.d, dev.own_ops, 10000))
                    QVERIFY(reconnect(dev, url, tries));
            pull_noted(dev);
        }
        for (auto &dev : devices) // a second pass: what the others pushed after this one pulled
            pull_noted(dev);
        const auto caught_up_ms = storm.elapsed();
        qInfo("bad day: %d pushes cut off, %d sign-ins again after the kill, %d in all; storm "
              "to all caught up in %lld ms",
              cut, failovers, tries, static_cast<long long>(caught_up_ms));

        check_against_database(demo.db(), devices);
        int logged = 0;
        for (const auto &dev : devices)
            logged += static_cast<int>(dev.own_ops.size());
        QVERIFY(logged >= 8 * (6 + 18 + 1) * 3); // every message (3 fields) acknowledged once
    }
};

QTEST_GUILESS_MAIN(TestFaultBadDay)
#include "tst_fault_bad_day.moc"
