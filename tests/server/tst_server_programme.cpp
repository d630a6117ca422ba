// The coordinator's programme figures through a real server: counts over every case of the demo,
// no names and no ids on the wire, and nobody else may ask.

#include "server_process.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace bro::test;
using nlohmann::json;

class TestServerProgramme : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::vector<std::unique_ptr<TestDevice>> m_devices;

    TestDevice *signed_in(const std::string &user)
    {
        m_devices.push_back(std::make_unique<TestDevice>(
            m_dir.path(), user + "-" + std::to_string(m_devices.size())));
        auto *d = m_devices.back().get();
        if (!d->connect(m_server->url()) || d->login(user).value("type", "") != "welcome")
            return nullptr;
        return d;
    }

    json ask(TestDevice &d, const std::string &from, const std::string &to)
    {
        return d.request(
            {{"type", "programme_query"}, {"id", d.next_id()}, {"from", from}, {"to", to}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto db = server_db(m_dir, "demo.db");
        auto r = run_cli({"demo", "--db", db});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        m_server = std::make_unique<ServerProcess>(db);
        QVERIFY2(m_server->start(), "bro-server did not start");
    }

    void cleanup()
    {
        for (auto &d : m_devices)
            QCOMPARE(d->bad_frames, 0);
        m_devices.clear();
    }

    void coordinatorGetsTheDemoFigures()
    {
        auto *hanne = signed_in("hanne");
        QVERIFY(hanne);
        auto f = ask(*hanne, "2000-01-01", "2099-12-31");
        QCOMPARE(f.value("type", ""), std::string("programme"));
        QCOMPARE(f.value("from", ""), std::string("2000-01-01"));
        // The demo: five apprentices, one in each of the first five phases, none finished.
        const auto &phases = f["per_phase"];
        for (const char *p : {"referral", "preparation", "stay", "return_to_work", "follow_up"})
            QVERIFY2(phases.value(p, -1) == 1, phases.dump().c_str());
        QCOMPARE(phases.size(), std::size_t{5}); // open phases only: completed and ended are totals
        QCOMPARE(f.value("started", -1), 5);
        QCOMPARE(f.value("completed", -1), 0);
        QCOMPARE(f.value("ended_early", -1), 0);
        // Counts only: nothing that names or points at a person or a case.
        const auto wire = f.dump();
        for (const char *leak : {"case", "p-", "org-", "Emil", "name"})
            QVERIFY2(wire.find(leak) == std::string::npos, wire.c_str());

        // A period long before the demo: nobody started then, but the phases are today's.
        auto old = ask(*hanne, "2001-01-01", "2001-12-31");
        QCOMPARE(old.value("started", -1), 0);
        QCOMPARE(old["per_phase"].value("stay", -1), 1);
    }

    void othersAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("adviser") << "kari";
        QTest::newRow("clinician") << "ingrid";
        QTest::newRow("apprentice") << "emil";
    }
    void othersAreRefused()
    {
        QFETCH(QString, user);
        auto *d = signed_in(user.toStdString());
        QVERIFY(d);
        auto r = ask(*d, "2026-01-01", "2026-12-31");
        QCOMPARE(r.value("type", ""), std::string("error"));
        QCOMPARE(r.value("code", ""), std::string("forbidden"));
    }

    void aBackwardsPeriodIsRefused()
    {
        auto *hanne = signed_in("hanne");
        QVERIFY(hanne);
        auto r = ask(*hanne, "2026-12-31", "2026-01-01");
        QCOMPARE(r.value("code", ""), std::string("bad_value"));
    }
};

QTEST_GUILESS_MAIN(TestServerProgramme)
#include "tst_server_programme.moc"
