// `bro-server admin` and `demo` from the outside: what they print and their exit codes
// (0 done, 1 failed, 2 bad usage), and an online backup taken while the server serves.

#include "demo_server.hpp"
#include "domain/dates.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "store/server_schema.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bro;
using namespace bro::test;

class TestServerCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliResult admin(QStringList args) { return run_cli(QStringList{"admin", "--db", m_db} + args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = server_db(m_dir, "admin.db");
    }

    // A database from before schema 8 (SQLite without AUTOINCREMENT): after its newest log row
    // was erased, the next change must not take that row's position again, since devices'
    // cursors are already past it. Opening it migrates the log and keeps every position.
    void an_older_database_never_reuses_a_log_position()
    {
        if (testing_postgres())
            QSKIP("PostgreSQL derives positions from the transaction id");
        const auto path = m_dir.filePath("schema7.db").toStdString();
        {
            Database db(path);
            auto ladder = server_migrations();
            ladder.resize(7);
            QCOMPARE(migrate(db, ladder), 7);
            for (int seq = 1; seq <= 3; ++seq)
                db.exec("INSERT INTO change_log VALUES (" + std::to_string(seq) + ", 'op-" +
                        std::to_string(seq) +
                        "', 'dev', 1, 'r', 'goal', 'case-x', 'title', '\"Mål\"', "
                        "'0000000000000001', 'n', '2026-11-30T10:00:00Z')");
            db.exec("DELETE FROM change_log WHERE seq = 3"); // erased: the newest row
        }
        Database db = open_server_database(path);
        QCOMPARE(db.user_version(), static_cast<int>(server_migrations().size()));
        db.exec("INSERT INTO change_log (op, device_id, counter, record_id, kind, case_id, field, "
                "value, hlc, node, at) VALUES ('op-new', 'dev', 2, 'r', 'goal', 'case-y', "
                "'title', '\"Nytt mål\"', '0000000000000002', 'n', '2026-11-30T10:01:00Z')");
        auto s = db.prepare("SELECT group_concat(seq || ':' || op, ' ') FROM "
                            "(SELECT seq, op FROM change_log ORDER BY seq)");
        QVERIFY(s.step());
        QCOMPARE(s.column_text(0), std::string("1:op-1 2:op-2 1048579:op-new"));
        // A new database's log starts at 1.
        Database fresh = open_server_database(m_dir.filePath("fresh.db").toStdString());
        fresh.exec("INSERT INTO change_log (op, device_id, counter, record_id, kind, case_id, "
                   "field, value, hlc, node, at) VALUES ('op-1', 'dev', 1, 'r', 'goal', 'c', "
                   "'title', '\"Mål\"', '0000000000000001', 'n', '2026-11-30T10:00:00Z')");
        auto first = fresh.prepare("SELECT seq FROM change_log");
        QVERIFY(first.step());
        QCOMPARE(first.column_int64(0), std::int64_t(1));
    }

    void usage_errors_exit_2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("admin without --db") << QStringList{"admin", "list"};
        QTest::newRow("admin without command") << QStringList{"admin", "--db", "x.db"};
        QTest::newRow("unknown admin command") << QStringList{"admin", "--db", "x.db", "launch"};
        QTest::newRow("option without value")
            << QStringList{"admin", "--db", "x.db", "list", "--x"};
        QTest::newRow("serve without --db") << QStringList{"serve", "--port", "0"};
        QTest::newRow("serve with a bad port")
            << QStringList{"serve", "--db", "x.db", "--port", "http"};
        QTest::newRow("serve with a port out of range")
            << QStringList{"serve", "--db", "x.db", "--port", "70000"};
        QTest::newRow("serve with an unknown option")
            << QStringList{"serve", "--db", "x.db", "--colour", "blue"};
        QTest::newRow("serve with half TLS")
            << QStringList{"serve", "--db", "x.db", "--port", "0", "--tls-cert", "c.pem"};
        QTest::newRow("demo without --db") << QStringList{"demo"};
    }
    void usage_errors_exit_2()
    {
        QFETCH(QStringList, args);
        QFile::remove("x.db");
        auto r = run_cli(args, 20000);
        QCOMPARE(r.exit_code, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(!QFile::exists("x.db"));
    }

    void help_exits_0()
    {
        auto r = run_cli({"--help"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.out.contains("serve"));
        auto a = run_cli({"admin", "--help"});
        QCOMPARE(a.exit_code, 0);
        QVERIFY(a.out.contains("backup --to"));
    }

    void setting_up_a_directory()
    {
        QCOMPARE(admin({"org", "add", "--id", "org-okab", "--name",
                        "Opplæringskontoret for anleggsfag", "--kind", "training_office"})
                     .exit_code,
                 0);
        QCOMPARE(
            admin({"org", "add", "--id", "org-air", "--name", "AiR UngRehab", "--kind", "clinic"})
                .exit_code,
            0);
        auto dup = admin({"org", "add", "--id", "org-air", "--name", "Igjen", "--kind", "clinic"});
        QCOMPARE(dup.exit_code, 1);
        QVERIFY(dup.err.contains("already exists"));
        QCOMPARE(admin({"org", "add", "--id", "org-x", "--name", "X", "--kind", "bank"}).exit_code,
                 2);
        QCOMPARE(
            admin({"person", "add", "--id", "p-kari", "--name", "Kari Nordby", "--role", "adviser",
                   "--org", "org-okab", "--username", "kari", "--password", "demo-passord"})
                .exit_code,
            0);
        auto no_org = admin({"person", "add", "--id", "p-x", "--name", "X", "--role", "adviser",
                             "--org", "org-nowhere"});
        QCOMPARE(no_org.exit_code, 1);
        QVERIFY(no_org.err.contains("org-nowhere"));
        QCOMPARE(
            admin({"person", "add", "--id", "p-y", "--name", "Y", "--role", "wizard"}).exit_code,
            2);
        QCOMPARE(admin({"person", "add", "--id", "p-z", "--name", "Z", "--role", "adviser", "--org",
                        "org-okab", "--username", "zz", "--password", "kort"})
                     .exit_code,
                 1);
        QCOMPARE(admin({"person", "add", "--id", "p-emil", "--name", "Emil Johansen", "--role",
                        "apprentice"})
                     .exit_code,
                 0);
        QCOMPARE(admin({"case", "add", "--id", "case-emil", "--apprentice", "p-emil",
                        "--training-office", "org-okab", "--clinic", "org-air", "--phase", "stay"})
                     .exit_code,
                 0);
        QCOMPARE(admin({"case", "add", "--id", "case-2", "--apprentice", "p-kari"}).exit_code, 1);
        QCOMPARE(admin({"case", "add", "--id", "case-3", "--apprentice", "p-emil",
                        "--training-office", "org-air"})
                     .exit_code,
                 1); // a clinic is not a training office
        QCOMPARE(admin({"team", "add", "--case", "case-emil", "--person", "p-kari"}).exit_code, 0);
        QCOMPARE(admin({"team", "add", "--case", "case-emil", "--person", "p-emil"}).exit_code, 1);
        QCOMPARE(admin({"team", "add", "--case", "case-none", "--person", "p-kari"}).exit_code, 1);
        auto inv = admin({"invite", "--person", "p-emil"});
        QCOMPARE(inv.exit_code, 0);
        QCOMPARE(inv.out.trimmed().size(), 14);
        QCOMPARE(admin({"invite", "--person", "p-kari"}).exit_code, 1); // has an account
        QCOMPARE(admin({"invite", "--person", "p-emil", "--days", "0"}).exit_code, 2);
        QCOMPARE(
            admin({"password", "reset", "--user", "kari", "--password", "nytt-passord"}).exit_code,
            0);
        QCOMPARE(admin({"password", "reset", "--user", "kari", "--password", "kort"}).exit_code, 1);
        QCOMPARE(admin({"password", "reset", "--user", "nobody", "--password", "nytt-passord"})
                     .exit_code,
                 1);
        QCOMPARE(admin({"device", "revoke", "--device", "no-such"}).exit_code, 1);

        auto list = admin({"list"});
        QCOMPARE(list.exit_code, 0);
        QVERIFY(list.out.contains("org-okab"));
        QVERIFY(list.out.contains("kari"));
        QVERIFY2(list.out.contains("case-emil  (okab-air)  apprentice p-emil  team p-kari"),
                 qPrintable(list.out));
        QCOMPARE(admin({"list", "planets"}).exit_code, 2);

        // The age rule's status per apprentice, never the date of birth.
        const auto emil_line = [&] {
            for (const auto &line : admin({"list", "people"}).out.split('\n'))
                if (line.startsWith("person  p-emil  "))
                    return line;
            return QString();
        };
        QVERIFY2(emil_line().endsWith("[age not recorded]"), qPrintable(emil_line()));
        const auto fifteen = QString::fromStdString(add_days(today_utc(), -15 * 365 - 100));
        QCOMPARE(admin({"person", "birth", "--person", "p-emil", "--date", fifteen}).exit_code, 0);
        QVERIFY2(emil_line().endsWith("[under 16, waiting for the guardian]"),
                 qPrintable(emil_line()));
        QVERIFY(!emil_line().contains(fifteen));
        QCOMPARE(admin({"guardian", "--person", "p-emil", "--guardian", "Anne Johansen (mor)",
                        "--how", "signert skjema", "--by", "Hanne Sørli"})
                     .exit_code,
                 0);
        QVERIFY2(emil_line().endsWith("[under 16, guardian agreed]"), qPrintable(emil_line()));
        const auto twenty = QString::fromStdString(add_days(today_utc(), -20 * 365));
        QCOMPARE(admin({"person", "birth", "--person", "p-emil", "--date", twenty}).exit_code, 0);
        QVERIFY2(emil_line().endsWith("[16 or over]"), qPrintable(emil_line()));

        // The case record is an ordinary change, so devices sync it.
        Database db = open_server_db(m_db);
        auto s = db.prepare("SELECT COUNT(*) FROM change_log WHERE record_id = 'case-emil' AND "
                            "node = 'server-admin'");
        QVERIFY(s.step());
        QVERIFY(s.column_int64(0) >= 4);
    }

    void demo_seeds_once()
    {
        const auto db = server_db(m_dir, "demo.db");
        auto r = run_cli({"demo", "--db", db});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.out.contains("demo-passord"));
        auto again = run_cli({"demo", "--db", db});
        QCOMPARE(again.exit_code, 1);
        QVERIFY(again.err.contains("already has data"));
        auto list = run_cli({"admin", "--db", db, "list", "people"});
        for (auto user :
             {"hanne", "kari", "per", "ingrid", "lars", "emil", "sara", "jonas", "ida", "mathias",
              "randi", "tone", "eirik", "noah", "amalie", "bjorn", "martin.olsen", "hedda.lien"})
            QVERIFY2(list.out.contains(QString("  %1  ").arg(user)), user);
        Database check = open_server_db(db);
        auto s = check.prepare("SELECT COUNT(*), COUNT(DISTINCT case_id) FROM change_log WHERE "
                               "node = 'server-demo'");
        QVERIFY(s.step());
        QVERIFY(s.column_int64(0) > 1000);
        // The pilot's five, the second's two, and the pilot's 23 of the last three years
        // (issue 24).
        QCOMPARE(s.column_int64(1), std::int64_t{7 + 23});
    }

    // An online backup while the server serves and a device writes: the copy opens and holds
    // at least everything acknowledged before the backup began.
    void backup_while_serving()
    {
        if (testing_postgres())
            QSKIP("on PostgreSQL, backups are pg_dump's (docs/server.md); `backup` refuses");
        DemoServer server({}, "live.db");
        QVERIFY2(server.start(), "bro-server did not start");
        auto *device = server.sign_in("emil");
        QVERIFY(device);
        auto &emil = *device;
        for (int i = 0; i < 50; ++i)
            QVERIFY(!emil.write("backup-step-" + std::to_string(i), "goal_step", "case-emil",
                                {{"goal_id", "goal-emil-1"}, {"title", "Steg"}})
                         .error);
        QVERIFY(emil.push()["rejected"].empty());
        const auto copy = server_db(server.dir(), "copy.db");
        auto r = server.admin({"backup", "--to", copy});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QCOMPARE(server.admin({"backup", "--to", copy}).exit_code, 1); // exists
        // A database nobody seeded has nothing to back up.
        QCOMPARE(run_cli({"admin", "--db", server_db(server.dir(), "none.db"), "backup", "--to",
                          server.path("c2.db")})
                     .exit_code,
                 1);
        Database check = open_server_db(copy);
        auto s = check.prepare("SELECT COUNT(DISTINCT record_id) FROM change_log WHERE record_id "
                               "LIKE 'backup-step-%'");
        QVERIFY(s.step());
        QCOMPARE(s.column_int64(0), std::int64_t{50});
        // The backup is a working server database.
        QVERIFY(server.start_on(copy));
        auto *tablet = server.sign_in("emil");
        QVERIFY(tablet);
        tablet->pull_all();
        QVERIFY(tablet->store().get("backup-step-49").has_value());
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
