// Backup and restore (issue 22): `bro-server backup` while a device writes, `bro-server restore`
// into a new database, and the device that is ahead of the restored server: it sees the store's
// new epoch in the welcome, sends again everything it wrote (with the same ops, so what the
// backup has is answered as a retry), and pulls from the start. At the end the restored server
// holds every change the server ever acknowledged; nothing is stored twice.

#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "store/database.hpp"
#include "test_device.hpp"

#include <QProcess>
#include <QTest>
#include <set>

using namespace bro::test;

class TestServerBackup : public QObject
{
    Q_OBJECT

    DemoServer m_server;

    static std::int64_t count(const QString &db, const std::string &sql)
    {
        bro::Database d(db.toStdString());
        auto s = d.prepare(sql);
        return s.step() ? s.column_int64(0) : -1;
    }

private slots:
    void a_backup_under_writes_restores_with_nothing_lost()
    {
        QVERIFY(m_server.start_fresh());
        const QString live = m_server.db(), backup = m_server.path("backup.db"),
                      restored = m_server.path("restored.db");
        auto *device = m_server.sign_in("emil");
        QVERIFY(device);
        auto &emil = *device;
        emil.pull_all();

        // Ten batches of check-ins; the backup runs while batches 4 to 10 go in.
        constexpr int batches = 10, per_batch = 40;
        QProcess backup_run;
        backup_run.setProcessChannelMode(QProcess::MergedChannels);
        std::set<std::string> acked;
        for (int b = 0; b < batches; ++b) {
            for (int i = 0; i < per_batch; ++i) {
                const auto id = "ci-bk-" + std::to_string(b) + "-" + std::to_string(i);
                QVERIFY(!emil.write(id, bro::kind::checkin, "case-emil",
                                    {{"date", "2026-11-20"},
                                     {"mood", 1 + (b + i) % 5},
                                     {"energy", 3},
                                     {"sleep", 3},
                                     {"pain", 2}})
                             .error);
            }
            const auto ack = emil.push();
            QCOMPARE(ack.value("type", ""), std::string("ack"));
            for (const auto &a : ack["accepted"])
                acked.insert(a["op"].get<std::string>());
            if (b == 3)
                backup_run.start(BRO_SERVER_EXE, {"backup", "--db", live, backup});
        }
        // It may have finished already (then waitForFinished says false): wait on its state.
        QTRY_VERIFY_WITH_TIMEOUT(backup_run.state() == QProcess::NotRunning, 60000);
        QVERIFY2(backup_run.exitCode() == 0, backup_run.readAll().constData());
        QCOMPARE(acked.size(), std::size_t(batches * per_batch * 5));
        const auto in_backup =
            count(backup, "SELECT count(*) FROM change_log WHERE record_id LIKE 'ci-bk-%'");
        QVERIFY(in_backup >= 4 * per_batch * 5); // all acknowledged before it started
        QCOMPARE(m_server.stop(), 0);

        // Restore refuses to write over a database, and says what to do on PostgreSQL.
        auto over = run_cli({"restore", "--db", live, backup});
        QCOMPARE(over.exit_code, 1);
        QVERIFY2(over.err.contains("refusing to overwrite"), qPrintable(over.err));
        auto pg = run_cli({"restore", "--db", "postgresql://nobody@127.0.0.1:1/x", backup});
        QVERIFY2(pg.err.contains("pg_restore"), qPrintable(pg.err));
        auto r = run_cli({"restore", "--db", restored, backup});
        QCOMPARE(r.exit_code, 0);

        // The device comes back to the restored server, which is behind it.
        QVERIFY(m_server.start_on(restored));
        emil.disconnect();
        QVERIFY(emil.connect(m_server.url()));
        QCOMPARE(emil.hello()["type"].get<std::string>(), std::string("welcome"));
        QVERIFY(emil.requeued > 0);
        while (emil.store().pending_count() > 0)
            QCOMPARE(emil.push().value("type", ""), std::string("ack"));
        emil.pull_all();
        QVERIFY(emil.store().rejected().empty());

        // Every acknowledged change is there, once.
        QCOMPARE(count(restored, "SELECT count(DISTINCT op) FROM change_log WHERE record_id LIKE "
                                 "'ci-bk-%'"),
                 std::int64_t(acked.size()));
        QCOMPARE(count(restored, "SELECT count(*) FROM change_log WHERE record_id LIKE 'ci-bk-%'"),
                 std::int64_t(acked.size()));
        // And the device holds what the server holds of its case again (its cursor started over).
        QVERIFY(emil.store().get("ci-bk-9-39").has_value());
        QVERIFY(emil.store().get("ci-bk-0-0").has_value());

        // Another device sees the restored data whole.
        auto *ingrid = m_server.sign_in("ingrid");
        QVERIFY(ingrid);
        ingrid->pull_all();
        QVERIFY(ingrid->store().get("ci-bk-9-39").has_value());
        QCOMPARE(m_server.stop(), 0);
    }

    void a_second_connection_to_the_same_epoch_sends_nothing_again()
    {
        QVERIFY(m_server.start_fresh());
        auto *device = m_server.sign_in("emil");
        QVERIFY(device);
        auto &emil = *device;
        emil.pull_all();
        emil.disconnect();
        QVERIFY(emil.connect(m_server.url()));
        QCOMPARE(emil.hello()["type"].get<std::string>(), std::string("welcome"));
        QCOMPARE(emil.requeued, std::size_t(0));
        QCOMPARE(emil.store().pending_count(), std::size_t(0));
        // `admin new-epoch` (after pg_restore) makes devices send again, as a restore does.
        QCOMPARE(m_server.stop(), 0);
        QCOMPARE(m_server.admin({"new-epoch"}).exit_code, 0);
        QVERIFY(m_server.restart());
        emil.disconnect();
        QVERIFY(emil.connect(m_server.url()));
        QCOMPARE(emil.hello()["type"].get<std::string>(), std::string("welcome"));
        QCOMPARE(emil.requeued, std::size_t(0)); // emil wrote nothing himself here
    }
};

QTEST_GUILESS_MAIN(TestServerBackup)
#include "tst_server_backup.moc"
