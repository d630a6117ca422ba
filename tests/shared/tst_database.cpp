#include "store/database.hpp"
#include "store/migrations.hpp"

#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace bro;

namespace {

std::int64_t count_rows(Database &db, const char *table)
{
    auto st = db.prepare(std::string("SELECT count(*) FROM ") + table);
    st.step();
    return st.column_int64(0);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void failedTransactionLeavesNothing()
    {
        Database db(":memory:");
        db.exec("CREATE TABLE t (x INTEGER NOT NULL)");
        try {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
            db.exec("INSERT INTO t VALUES (NULL)"); // violates NOT NULL: throws
            tx.commit();
            QFAIL("expected an error");
        } catch (const SqliteError &e) {
            QCOMPARE(e.code() & 0xff, SQLITE_CONSTRAINT);
        }
        QCOMPARE(count_rows(db, "t"), std::int64_t{0});
    }

    void uncommittedTransactionRollsBack()
    {
        Database db(":memory:");
        db.exec("CREATE TABLE t (x INTEGER)");
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
        }
        QCOMPARE(count_rows(db, "t"), std::int64_t{0});
    }

    void typedBindingRoundTrips()
    {
        Database db(":memory:");
        db.exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, n TEXT)");
        db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)")
            .bind(1, std::int64_t{1} << 60)
            .bind(2, 2.5)
            .bind(3, std::string("blåbær\0x", 9))
            .bind(4, nullptr)
            .step();
        auto st = db.prepare("SELECT i, d, s, n FROM t");
        QVERIFY(st.step());
        QCOMPARE(st.column_int64(0), std::int64_t{1} << 60);
        QCOMPARE(st.column_double(1), 2.5);
        QCOMPARE(st.column_text(2), std::string("blåbær\0x", 9));
        QVERIFY(st.column_is_null(3));
        QVERIFY(!st.step());
    }

    void fileDatabaseUsesWalAndForeignKeys()
    {
        QTemporaryDir dir;
        Database db(dir.filePath("w.db").toStdString());
        auto mode = db.prepare("PRAGMA journal_mode");
        mode.step();
        QCOMPARE(mode.column_text(0), std::string("wal"));
        auto fk = db.prepare("PRAGMA foreign_keys");
        fk.step();
        QCOMPARE(fk.column_int64(0), std::int64_t{1});
    }

    void migrationsRunOnEmptyAndOldDatabases()
    {
        const MigrationLadder v1{"CREATE TABLE a (x INTEGER)"};
        const MigrationLadder v2{"CREATE TABLE a (x INTEGER)", "ALTER TABLE a ADD COLUMN y TEXT"};
        QTemporaryDir dir;
        const auto path = dir.filePath("m.db").toStdString();
        {
            Database db(path);
            QCOMPARE(migrate(db, v1), 1);
            db.exec("INSERT INTO a (x) VALUES (7)");
        }
        {
            Database db(path); // an old database meets a newer program
            QCOMPARE(migrate(db, v2), 2);
            auto st = db.prepare("SELECT x, y FROM a");
            QVERIFY(st.step());
            QCOMPARE(st.column_int64(0), std::int64_t{7});
            QVERIFY(st.column_is_null(1));
            QCOMPARE(migrate(db, v2), 2); // again: nothing to do
        }
        Database fresh(":memory:");
        QCOMPARE(migrate(fresh, v2), 2);
    }

    void failingMigrationStopsTheLadder()
    {
        Database db(":memory:");
        const MigrationLadder ladder{"CREATE TABLE a (x INTEGER)",
                                     "CREATE TABLE b (y INTEGER); "
                                     "THIS IS NOT SQL",
                                     "CREATE TABLE c (z INTEGER)"};
        QVERIFY_THROWS_EXCEPTION(SqliteError, migrate(db, ladder));
        QCOMPARE(db.user_version(), 1);
        auto st = db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('b', 'c')");
        st.step();
        QCOMPARE(st.column_int64(0), std::int64_t{0}); // step 2 rolled back, step 3 never ran
    }

    void newerDatabaseIsRefused()
    {
        Database db(":memory:");
        db.exec("PRAGMA user_version = 5");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, migrate(db, {"CREATE TABLE a (x INTEGER)"}));
    }

    void processKilledMidTransactionLosesNoCommittedRow()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("crash.db").toStdString();
        {
            Database db(path);
            db.exec("CREATE TABLE t (x INTEGER)");
        }
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            Database db(path);
            for (int i = 0; i < 100; ++i) {
                Transaction tx(db);
                db.prepare("INSERT INTO t VALUES (?1)").bind(1, i).step();
                tx.commit();
            }
            Transaction open_tx(db);
            db.exec("INSERT INTO t VALUES (-1)");
            std::raise(SIGKILL); // die with the transaction open, no cleanup at all
            _exit(0);
        }
        int status = 0;
        waitpid(child, &status, 0);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);

        Database db(path);
        QCOMPARE(count_rows(db, "t"), std::int64_t{100});
        auto st = db.prepare("SELECT count(*) FROM t WHERE x = -1");
        st.step();
        QCOMPARE(st.column_int64(0), std::int64_t{0});
    }

    void openingAMissingDirectoryFailsClearly()
    {
        try {
            Database db("/nonexistent-dir-for-bro/x.db");
            QFAIL("expected an error");
        } catch (const SqliteError &e) {
            QVERIFY(std::string(e.what()).find("/nonexistent-dir-for-bro/x.db") !=
                    std::string::npos);
        }
    }
};

QTEST_APPLESS_MAIN(TestDatabase)
#include "tst_database.moc"
