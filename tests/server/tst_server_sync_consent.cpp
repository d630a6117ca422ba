// Consent through a real server: a category not shared never reaches a helper, a revoke purges,
// a grant sends a snapshot, an offline device catches up, the apprentice reads the audit and the
// consent history, and a consent lapses by itself at its end date.

#include "sync_suite.hpp"

class TestServerSyncConsent : public QObject, public SyncSuite
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.seed()); }
    void cleanup() { end_run(); }

    // Emil shares check-ins only with the clinic; Sara withheld absence from the training office.
    void adviser_never_receives_unshared_category()
    {
        start_server();
        auto &kari = live("kari");
        auto &ingrid = live("ingrid");
        QVERIFY(count_kind(kari.received, "case-emil", kind::goal) > 0);
        QVERIFY(count_kind(kari.received, "case-emil", kind::absence) > 0);
        QCOMPARE(count_kind(kari.received, "case-emil", kind::checkin), 0);
        QCOMPARE(count_kind(kari.received, "case-sara", kind::absence), 0);
        QCOMPARE(count_kind(kari.received, "case-sara", kind::checkin), 0);
        QVERIFY(count_kind(ingrid.received, "case-emil", kind::checkin) > 20);
        // Nor through live delivery: a new check-in reaches the clinic, not the training office.
        auto &emil = live("emil");
        QVERIFY(!emil.write("ci-new", kind::checkin, "case-emil",
                            {{"date", "2026-11-20"},
                             {"mood", 4},
                             {"energy", 3},
                             {"sleep", 4},
                             {"pain", 1}})
                     .error);
        QCOMPARE(type_of(emil.push()), std::string("ack"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                ingrid.pump(50);
                return ingrid.store().get("ci-new").has_value();
            },
            5000));
        kari.pump(300);
        QVERIFY(!kari.store().get("ci-new"));
        QCOMPARE(count_kind(kari.received, "case-emil", kind::checkin), 0);
    }

    void revoke_sends_purge_and_nothing_more()
    {
        start_server();
        auto &kari = live("kari");
        auto &emil = live("emil");
        QVERIFY(!kari.store().list("case-emil", kind::goal).empty());
        const auto cid = consent_id("case-emil", "org-okab", Category::goals);
        QVERIFY(!emil.write(cid, kind::consent, "case-emil", {{"granted", false}}).error);
        QVERIFY(emil.push()["rejected"].empty());

        QVERIFY(QTest::qWaitFor(
            [&] {
                kari.pump(50);
                return !kari.purges.empty();
            },
            5000));
        QCOMPARE(kari.purges[0]["case_id"].get<std::string>(), std::string("case-emil"));
        QVERIFY(kari.purges[0]["categories"] == json::array({"goals"}));
        QVERIFY(kari.store().list("case-emil", kind::goal).empty());
        QVERIFY(kari.store().list("case-emil", kind::goal_step).empty());
        QVERIFY(!kari.store().list("case-emil", kind::absence).empty()); // only that scope

        // Nothing more: a new goal reaches neither live delivery nor a pull.
        const auto before = count_kind(kari.received, "case-emil", kind::goal);
        QVERIFY(!emil.write("goal-new", kind::goal, "case-emil",
                            {{"title", "Ta truckførerbevis"}, {"status", "active"}})
                     .error);
        QVERIFY(emil.push()["rejected"].empty());
        kari.pump(500);
        kari.store().reset_cursor();
        kari.pull_all();
        QCOMPARE(count_kind(kari.received, "case-emil", kind::goal), before);
        QVERIFY(kari.store().list("case-emil", kind::goal).empty());
        // And kari can no longer write there.
        QVERIFY(!kari.write("goal-k", kind::goal, "case-emil",
                            {{"title", "Forslag fra rådgiver"},
                             {"status", "active"},
                             {"state", "suggested"},
                             {"suggested_by_id", "p-kari"}})
                     .error);
        auto ack = kari.push();
        QCOMPARE(ack["rejected"].size(), std::size_t{4});
        QCOMPARE(ack["rejected"][0]["code"].get<std::string>(), std::string("forbidden"));
        QVERIFY(ack["rejected"][0]["message"].get<std::string>().find("not shared") !=
                std::string::npos);
    }

    void grant_sends_snapshot()
    {
        start_server();
        auto &kari = live("kari");
        auto &emil = live("emil");
        const auto checkins = emil.store().list("case-emil", kind::checkin).size();
        QVERIFY(checkins > 20);
        QVERIFY(kari.store().list("case-emil", kind::checkin).empty());
        QVERIFY(!emil.write(consent_id("case-emil", "org-okab", Category::checkins), kind::consent,
                            "case-emil",
                            {{"org_id", "org-okab"}, {"category", "checkins"}, {"granted", true}})
                     .error);
        QVERIFY(emil.push()["rejected"].empty());
        QVERIFY(QTest::qWaitFor(
            [&] {
                kari.pump(50);
                return kari.store().list("case-emil", kind::checkin).size() == checkins;
            },
            5000));
        QVERIFY(kari.purges.empty());
    }

    // A device that was offline across consent changes catches up on its next pull: a purge for
    // what was revoked, a snapshot of what was granted before its cursor.
    void offline_device_catches_up_on_consent_changes()
    {
        start_server();
        auto &kari = live("kari");
        QVERIFY(!kari.store().list("case-emil", kind::absence).empty());
        kari.disconnect();
        auto &emil = live("emil");
        QVERIFY(!emil.write(consent_id("case-emil", "org-okab", Category::absence), kind::consent,
                            "case-emil", {{"granted", false}})
                     .error);
        QVERIFY(!emil.write(consent_id("case-emil", "org-okab", Category::checkins), kind::consent,
                            "case-emil",
                            {{"org_id", "org-okab"}, {"category", "checkins"}, {"granted", true}})
                     .error);
        QVERIFY(emil.push()["rejected"].empty());

        QVERIFY(kari.connect(m_server.url()));
        QCOMPARE(type_of(kari.hello()), std::string("welcome"));
        QVERIFY(kari.store().cursor() > 0);
        kari.pull_all();
        QCOMPARE(kari.purges.size(), std::size_t{1});
        QVERIFY(kari.purges[0]["categories"] == json::array({"absence"}));
        QVERIFY(kari.store().list("case-emil", kind::absence).empty());
        QCOMPARE(kari.store().list("case-emil", kind::checkin).size(),
                 emil.store().list("case-emil", kind::checkin).size());
    }

    // The apprentice reads who received their data and who wrote in their case.
    void audit_is_readable_by_the_apprentice()
    {
        start_server();
        auto &kari = live("kari");
        QVERIFY(!kari.write("step-kari", kind::goal_step, "case-emil",
                            {{"goal_id", "goal-emil-1"},
                             {"title", "Øve på fagprøveoppgaver"},
                             {"state", "suggested"},
                             {"suggested_by_id", "p-kari"}})
                     .error);
        QVERIFY(kari.push()["rejected"].empty());
        auto &emil = live("emil");
        auto audit =
            emil.request({{"type", "audit_query"}, {"id", "a1"}, {"case_id", "case-emil"}});
        QCOMPARE(type_of(audit), std::string("audit"));
        bool received_goals = false, wrote_goals = false;
        for (const auto &e : audit["events"]) {
            if (e["actor_name"] != "Kari Nordby")
                continue;
            QVERIFY(e["category"] != "checkins"); // never sent, so never audited
            if (e["action"] == "received" && e["category"] == "goals" && e["count"] > 5)
                received_goals = true;
            if (e["action"] == "wrote" && e["category"] == "goals" && e["count"] == 1)
                wrote_goals = true;
        }
        QVERIFY2(received_goals && wrote_goals, audit.dump().c_str());
        // Another person may not read it.
        auto denied =
            kari.request({{"type", "audit_query"}, {"id", "a2"}, {"case_id", "case-emil"}});
        QCOMPARE(denied.value("code", ""), std::string("forbidden"));
    }

    void consent_history_from_the_log()
    {
        start_server();
        auto &emil = live("emil");
        QVERIFY(!emil.write(consent_id("case-emil", "org-okab", Category::goals), kind::consent,
                            "case-emil", {{"granted", false}})
                     .error);
        QVERIFY(emil.push()["rejected"].empty());
        auto h = emil.request(
            {{"type", "consent_history_query"}, {"id", "h1"}, {"case_id", "case-emil"}});
        QCOMPARE(type_of(h), std::string("consent_history"));
        const auto &entries = h["entries"];
        QVERIFY(entries.size() >= 9); // eight grants from the demo, then this revoke
        const auto &last = entries.back();
        QCOMPARE(last["org_id"].get<std::string>(), std::string("org-okab"));
        QCOMPARE(last["category"].get<std::string>(), std::string("goals"));
        QCOMPARE(last["granted"].get<bool>(), false);
        QVERIFY(last["seq"].get<long long>() > entries.front()["seq"].get<long long>());
        // Withdrawn and granted again, pushed together: two entries, the withdrawal kept.
        const auto air_goals = consent_id("case-emil", "org-air", Category::goals);
        QVERIFY(!emil.write(air_goals, kind::consent, "case-emil", {{"granted", false}}).error);
        QVERIFY(!emil.write(air_goals, kind::consent, "case-emil", {{"granted", true}}).error);
        QVERIFY(emil.push()["rejected"].empty());
        auto h3 = emil.request(
            {{"type", "consent_history_query"}, {"id", "h3"}, {"case_id", "case-emil"}});
        const auto &all = h3["entries"];
        QVERIFY(all.size() >= entries.size() + 2);
        QCOMPARE(all[all.size() - 2]["granted"].get<bool>(), false);
        QCOMPARE(all[all.size() - 1]["granted"].get<bool>(), true);
        QCOMPARE(all[all.size() - 1]["org_id"].get<std::string>(), std::string("org-air"));
        // A helper sees only what concerns their own organisation.
        auto &ingrid = live("ingrid");
        auto hi = ingrid.request(
            {{"type", "consent_history_query"}, {"id", "h2"}, {"case_id", "case-emil"}});
        QVERIFY(!hi["entries"].empty());
        for (const auto &e : hi["entries"])
            QCOMPARE(e["org_id"].get<std::string>(), std::string("org-air"));
    }

    // A consent whose end date has passed lapses on the server by itself: a server-written
    // revoke, so the grantee gets a purge just as for the apprentice's own revoke.
    void consent_lapses_by_itself()
    {
        start_server({"--tick-seconds", "1"});
        auto &ingrid = live("ingrid");
        auto &emil = live("emil");
        QVERIFY(!ingrid.store().list("case-emil", kind::note).empty());
        const auto cid = consent_id("case-emil", "org-air", Category::notes);
        QVERIFY(!emil.write(cid, kind::consent, "case-emil", {{"until", "2020-01-01"}}).error);
        QVERIFY(emil.push()["rejected"].empty());
        QVERIFY(QTest::qWaitFor(
            [&] {
                emil.pump(50);
                auto r = emil.store().get(cid);
                return r && r->fields.value("granted", true) == false;
            },
            8000));
        const auto f = emil.store().get(cid);
        QCOMPARE(emil.store().get(cid)->fields["granted"].get<bool>(), false);
        ingrid.pump(300);
        QVERIFY(ingrid.store().list("case-emil", kind::note).empty());
        QVERIFY(std::any_of(ingrid.purges.begin(), ingrid.purges.end(), [](const json &p) {
            return p["categories"] == json::array({"notes"});
        }));
        Database db = open_server_db(m_server.db());
        auto s = db.prepare("SELECT COUNT(*) FROM change_log WHERE record_id = ? AND node = "
                            "'server' AND field = 'granted' AND value = 'false'");
        s.bind(1, cid);
        QVERIFY(s.step());
        QCOMPARE(s.column_int64(0), std::int64_t{1});
    }
};

QTEST_GUILESS_MAIN(TestServerSyncConsent)
#include "tst_server_sync_consent.moc"
