// The coordinator's programme figures through a real server (issue 24): only the apprentices who
// said yes to being counted, protected before they are sent — no count under 5 on the wire, and
// none that a reader of the wire can work out — no names and no ids, and nobody else may ask.
// A closed case that is erased still counts in its cohort, and only if it was counted.

#include "demo_server.hpp"
#include "domain/dates.hpp"
#include "domain/schema.hpp"
#include "hub/programme_query.hpp"
#include "stats/disclosure_audit.hpp"
#include "stats/pooled_figures.hpp"
#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "store/server_writer.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QFile>
#include <QTest>
#include <map>
#include <memory>

using namespace bro::test;
using nlohmann::json;

class TestServerProgramme : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;

    TestDevice *signed_in(const std::string &user) { return m_server.sign_in(user); }

    json ask(TestDevice &d, const std::string &from, const std::string &to)
    {
        return d.request(
            {{"type", "programme_query"}, {"id", d.next_id()}, {"from", from}, {"to", to}});
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), "bro-server did not start"); }

    void cleanup()
    {
        QCOMPARE(m_server.bad_frames(), 0);
        m_server.clear_devices();
    }

    // What the wire holds, read by the same strict parser as a pooling import: the figures
    // parse, no count under 5 is shown, and the auditor, reading only the wire, pins down no
    // protected cell.
    static bro::stats::PooledExport read_figures(const json &answer)
    {
        const auto imported = bro::stats::parse_pooled_figures(answer["figures"].dump());
        if (!imported.ok())
            qWarning() << imported.errors.front().c_str();
        return imported.figures;
    }

    void coordinatorGetsTheDemoFigures()
    {
        auto *hanne = signed_in("hanne");
        QVERIFY(hanne);
        auto f = ask(*hanne, "2000-01-01", "2099-12-31");
        QCOMPARE(f.value("type", ""), std::string("programme"));
        QCOMPARE(f.value("from", ""), std::string("2000-01-01"));
        QCOMPARE(f.value("ok", false), true);
        QCOMPARE(f.value("target", -1), 10); // okab-air.json's yearly_target
        const auto figures = read_figures(f);
        QVERIFY(!figures.figures.cells.empty());
        for (const auto &c : figures.figures.cells)
            if (c.state == bro::stats::CellState::shown)
                QVERIFY2(c.value >= 5, c.id.c_str());
        const auto audit = bro::stats::audit(figures.figures);
        QVERIFY(audit.consistent);
        for (const auto &id : audit.recovered) {
            const auto *range = audit.range(id);
            QVERIFY2(range->state == bro::stats::CellState::implicit && range->min >= 5,
                     ("the wire lets a reader work out " + id).c_str());
        }
        // One row per open phase of the programme, each a count or a mark.
        for (const char *p : {"referral", "preparation", "stay", "return_to_work", "follow_up"})
            QVERIFY2(figures.figures.find(std::string("now.") + p), p);
        QVERIFY(!figures.figures.find("now.completed")); // closed phases are totals of their own
        // The demo's one apprentice in each phase is "under 5", never 1.
        QCOMPARE(figures.figures.find("now.stay")->state, bro::stats::CellState::under_5);
        QVERIFY(f["figures"]["cells"]["now.stay"] == json({{"under_5", true}}));
        // Counts only: nothing that names or points at a person or a case.
        const auto wire = f.dump();
        for (const char *leak : {"case-", "p-", "org-", "Emil", "Jonas"})
            QVERIFY2(wire.find(leak) == std::string::npos, wire.c_str());
        // Every year from the pilot's first (2022, kept as anonymous erasures) to this one.
        const int this_year = std::stoi(bro::today_utc().substr(0, 4));
        QCOMPARE(f["years"].front().get<int>(), 2022);
        QCOMPARE(f["years"].back().get<int>(), this_year);
        QVERIFY(figures.figures.find("cohort.2022.started"));
        // Any period gets the same figures: two periods a day apart tell nothing apart.
        auto old = ask(*hanne, "2001-01-01", "2001-12-31");
        QVERIFY(old["figures"]["cells"] == f["figures"]["cells"]);
        QVERIFY(old["means"] == f["means"]);
    }

    // Only those who said yes count: the demo's Jonas was never asked, and when Emil says no his
    // case leaves the figures' facts.
    void onlyThoseWhoSaidYesCount()
    {
        auto db = open_server_db(m_server.db());
        bro::DirectoryStore directory(db);
        bro::RecordTable records(db);
        const auto today = bro::today_utc();
        std::size_t saying_yes = 0;
        for (const auto &c : directory.cases())
            if (c.programme_id == "okab-air")
                for (const auto &r : records.list(c.id, bro::kind::consent))
                    saying_yes += r.id == bro::consent_id(c.id, bro::statistics_org,
                                                          bro::Category::statistics) &&
                                  r.boolean("granted");
        QVERIFY(saying_yes > 0);
        const auto before = bro::all_case_facts(directory, records, "okab-air", today);
        QCOMPARE(before.size(), saying_yes);
        {
            bro::Transaction tx(db);
            bro::ServerWriter(db, "server-admin")
                .write(bro::consent_id("case-emil", bro::statistics_org, bro::Category::statistics),
                       bro::kind::consent, "case-emil",
                       {{"org_id", bro::statistics_org},
                        {"category", "statistics"},
                        {"granted", false}});
            tx.commit();
        }
        QCOMPARE(bro::all_case_facts(directory, records, "okab-air", today).size(), saying_yes - 1);
        {
            bro::Transaction tx(db);
            bro::ServerWriter(db, "server-admin")
                .write(bro::consent_id("case-emil", bro::statistics_org, bro::Category::statistics),
                       bro::kind::consent, "case-emil",
                       {{"org_id", bro::statistics_org},
                        {"category", "statistics"},
                        {"granted", true}});
            tx.commit();
        }
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
    // his erasure leaves every figure as it was. Jonas never said yes to being counted: his
    // erasure keeps no cohort at all.
    void erasedClosedCaseStillCountsInItsCohort()
    {
        {
            auto db = open_server_db(m_server.db());
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
            bro::ServerWriter writer(db, "server-admin");
            writer.write("case-mathias", bro::kind::case_file, "case-mathias", fields);
            // His referral says the same year (the figures' start of a case).
            auto referral = records.get(bro::referral_id("case-mathias"));
            QVERIFY(referral);
            auto r = referral->fields;
            r["referred_on"] = "2024-03-04";
            writer.write(bro::referral_id("case-mathias"), bro::kind::referral, "case-mathias", r);
            tx.commit();
        }
        auto *hanne = signed_in("hanne");
        QVERIFY(hanne);
        // His cohort as the server counts it before protecting it: the living cases referred
        // that year and the erased ones kept in it. What is shown of it may differ (another
        // cell may be the one hidden), but the count must not.
        auto cohort_2024 = [&] {
            auto db = open_server_db(m_server.db());
            bro::DirectoryStore directory(db);
            bro::RecordTable records(db);
            int n = 0;
            for (const auto &f :
                 bro::all_case_facts(directory, records, "okab-air", bro::today_utc()))
                n += f.referred_on.rfind("2024-", 0) == 0;
            for (const auto &e : bro::erased_cases(db, "okab-air"))
                n += e.cohort == 2024;
            return n;
        };
        const int before = cohort_2024();
        QVERIFY(before >= 1);
        auto r = run_cli({"admin", "--db", m_server.db(), "erase", "--person", "p-mathias", "--by",
                          "Hanne Sørli", "--exported"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QCOMPARE(cohort_2024(), before); // erased, and still counted in his year
        // And what is sent still shows no count under 5.
        const auto answer = ask(*hanne, "2026-01-01", "2026-12-31");
        for (const auto &[id, cell] : answer["figures"]["cells"].items())
            if (cell.contains("value"))
                QVERIFY2(cell["value"].get<int>() >= 5, id.c_str());

        // What the erasure kept for it: the year and the outcome, and nothing that names him.
        auto db = open_server_db(m_server.db());
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

        // Jonas was never asked about being counted: nothing of him stays in any cohort.
        r = run_cli({"admin", "--db", m_server.db(), "erase", "--person", "p-jonas", "--by",
                     "Hanne Sørli", "--exported"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        // A fresh connection: the statements above still hold the view from before this erasure.
        auto after = open_server_db(m_server.db());
        auto jonas = after.prepare("SELECT cohort, outcome FROM erasures WHERE reason = ? "
                                   "ORDER BY id DESC LIMIT 1");
        jonas.bind(1, "request");
        QVERIFY(jonas.step());
        QVERIFY(jonas.column_is_null(0));
        QVERIFY(jonas.column_is_null(1));
    }
};

QTEST_GUILESS_MAIN(TestServerProgramme)
#include "tst_server_programme.moc"
