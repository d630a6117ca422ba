// The coordinator's programme figures through a real server: counts over every case of the demo,
// no names and no ids on the wire, and nobody else may ask. Per cohort (the year cases started):
// the target from the built-in programme file, the pilot's first year from the demo's history,
// and a closed case that is erased still counted in its year.

#include "demo/demo_dataset.hpp"
#include "domain/dates.hpp"
#include "domain/schema.hpp"
#include "server_process.hpp"
#include "store/record_table.hpp"
#include "store/server_writer.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>

using namespace bro::test;
using nlohmann::json;

// The phases of the pilot's past cases (issue 24) in today's demo: every case of the pilot's
// training office beyond today's five; with `year`, only those referred that year. "started"
// counts them.
std::map<std::string, int> past_pilot_phases(int year = 0)
{
    std::map<std::string, int> out{
        {"follow_up", 0}, {"completed", 0}, {"ended", 0}, {"started", 0}};
    const std::string today_five = "case-emil case-sara case-jonas case-ida case-mathias";
    for (const auto &r : bro::demo::dataset(bro::today_utc()).records) {
        if (r.kind != bro::kind::case_file || r.str("training_office_id") != "org-okab" ||
            today_five.find(r.id) != std::string::npos)
            continue;
        const auto referred =
            r.fields.value("phase_history", json::object()).value("referral", std::string());
        if (year != 0 && referred.substr(0, 4) != std::to_string(year))
            continue;
        ++out[r.str("phase")];
        ++out["started"];
    }
    return out;
}

class TestServerProgramme : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
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
        m_db = server_db(m_dir, "demo.db");
        auto r = run_cli({"demo", "--db", m_db});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        m_server = std::make_unique<ServerProcess>(m_db);
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
        // The demo: five apprentices, one in each of the first five phases, and the pilot's 23
        // past apprentices of the last three years (issue 24): most finished, two still in
        // follow-up. Which of the last year's have finished depends on today: counted from the
        // demo itself, as the server must count them.
        const auto &phases = f["per_phase"];
        const auto past = past_pilot_phases();
        for (const char *p : {"referral", "preparation", "stay", "return_to_work", "follow_up"})
            QVERIFY2(phases.value(p, -1) == 1 + (past.count(p) ? past.at(p) : 0),
                     phases.dump().c_str());
        QVERIFY(past.at("follow_up") >= 2);
        QCOMPARE(phases.size(), std::size_t{5}); // open phases only: completed and ended are totals
        QCOMPARE(f.value("started", -1), 5 + 23);
        QCOMPARE(f.value("completed", -1), past.at("completed"));
        QCOMPARE(f.value("ended_early", -1), past.at("ended"));
        // Counts only: nothing that names or points at a person or a case.
        const auto wire = f.dump();
        for (const char *leak : {"case", "p-", "org-", "Emil", "name"})
            QVERIFY2(wire.find(leak) == std::string::npos, wire.c_str());

        // Per cohort: the pilot's first year (2022: target 10, five started, kept as anonymous
        // erasures rows), every year since — none skipped — up to this one, with today's five.
        const auto &cohorts = f["cohorts"];
        const int this_year = std::stoi(bro::today_utc().substr(0, 4));
        QCOMPARE(cohorts.size(), std::size_t(this_year - 2022 + 1));
        QCOMPARE(cohorts[0].dump(), json({{"year", 2022},
                                          {"target", 10},
                                          {"started", 5},
                                          {"completed", 4},
                                          {"in_apprenticeship", 0},
                                          {"ended_early", 1}})
                                        .dump());
        int started_since = 0, open_since = 0;
        for (std::size_t i = 1; i < cohorts.size(); ++i) {
            QCOMPARE(cohorts[i].value("year", 0), 2022 + static_cast<int>(i));
            QCOMPARE(cohorts[i].value("target", -1), 10); // okab-air.json's yearly_target
            started_since += cohorts[i].value("started", 0);
            open_since += cohorts[i].value("in_apprenticeship", 0);
        }
        // Today's five (this year's cohort, last year's early in a year) and the 23 of the last
        // three years; open: today's five and the past ones still in follow-up.
        QCOMPARE(started_since, 5 + 23);
        QCOMPARE(open_since, 5 + past.at("follow_up"));
        QCOMPARE(cohorts.back().value("year", 0), this_year);

        // A period long before the demo: nobody started then, but the phases are today's.
        auto old = ask(*hanne, "2001-01-01", "2001-12-31");
        QCOMPARE(old.value("started", -1), 0);
        QCOMPARE(old["per_phase"].value("stay", -1), 1);
        QVERIFY(old["cohorts"] == cohorts); // cohorts are whatever the period
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

    // Closed cases are erased a year after closing; the figures must not lose them. Mathias
    // (referred in 2024, as an admin would have written it) completes his trade certificate, and
    // his erasure leaves his cohort's counts as they were.
    void erasedClosedCaseStillCountsInItsCohort()
    {
        {
            auto db = open_server_db(m_db);
            bro::Transaction tx(db);
            bro::RecordTable records(db);
            auto file = records.get("case-mathias");
            QVERIFY(file);
            auto fields = file->fields;
            const auto today = bro::today_utc();
            fields["phase"] = "completed";
            fields["phase_since"] = today;
            fields["phase_history"] = {
                {"referral", "2024-03-04"},  {"preparation", "2024-03-18"},
                {"stay", "2024-04-08"},      {"return_to_work", "2024-05-06"},
                {"follow_up", "2024-08-05"}, {"completed", today}};
            bro::ServerWriter(db, "server-admin")
                .write("case-mathias", bro::kind::case_file, "case-mathias", fields);
            tx.commit();
        }
        auto *hanne = signed_in("hanne");
        QVERIFY(hanne);
        auto cohort_2024 = [&] { // as text, so that a failure shows it
            const auto answer = ask(*hanne, "2026-01-01", "2026-12-31");
            for (const auto &c : answer.value("cohorts", json::array()))
                if (c.value("year", 0) == 2024)
                    return QString::fromStdString(c.dump());
            return QString::fromStdString(answer.dump());
        };
        // Mathias and the pilot's past apprentices referred in 2024 (issue 24).
        const auto past = past_pilot_phases(2024);
        const auto expected =
            QString::fromStdString(json({{"year", 2024},
                                         {"target", 10},
                                         {"started", 1 + past.at("started")},
                                         {"completed", 1 + past.at("completed")},
                                         {"in_apprenticeship", past.at("follow_up")},
                                         {"ended_early", past.at("ended")}})
                                       .dump());
        QCOMPARE(cohort_2024(), expected);

        auto r = run_cli({"admin", "--db", m_db, "erase", "--person", "p-mathias", "--by",
                          "Hanne Sørli", "--exported"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QCOMPARE(cohort_2024(), expected); // erased, and still counted

        // What the erasure kept for it: the year and the outcome, and nothing that names him.
        auto db = open_server_db(m_db);
        auto s = db.prepare("SELECT cohort, outcome, erased_by FROM erasures WHERE reason = ?");
        s.bind(1, "request");
        QVERIFY(s.step());
        QCOMPARE(s.column_int64(0), std::int64_t(2024));
        QCOMPARE(s.column_text(1), std::string("completed"));
        QVERIFY(!s.step());
        auto gone = db.prepare("SELECT COUNT(*) FROM fields WHERE case_id = ?");
        gone.bind(1, "case-mathias");
        QVERIFY(gone.step());
        QCOMPARE(gone.column_int64(0), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestServerProgramme)
#include "tst_server_programme.moc"
