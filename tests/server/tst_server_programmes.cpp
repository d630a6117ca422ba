// Several programmes on one server (issue 14), through a real server and the admin CLI: the
// demo's pilot and its second programme (another office, trade and clinic, with no preparation
// phase). Each coordinator's directory and figures hold only their own; a helper of one programme
// never sees or joins a case of the other; each device is welcomed with its own programme's
// definition; who moves a case on follows its programme; a new revision reaches a connected
// device live and an offline one at its next sign-in; a faulty load stores nothing; and
// (issue 25) phases are the programme's own: which may be skipped, and what happens to a case
// whose phase a new revision leaves out.

#include "demo_server.hpp"
#include "programme/programme.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <memory>
#include <set>

using namespace bro::test;
using nlohmann::json;

namespace {

constexpr const char *second = "vestbygg-dagrehab";

json phase_ids(const json &programme)
{
    json ids = json::array();
    for (const auto &p : programme["phases"])
        ids.push_back(p["id"]);
    return ids;
}

} // namespace

class TestServerProgrammes : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server{QStringList{"--tick-seconds", "1"}};

    TestDevice *signed_in(const std::string &user) { return m_server.sign_in(user); }

    json second_file()
    {
        QFile f(QStringLiteral(BRO_SOURCE_DIR "/shared/demo/vestbygg-dagrehab.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the demo's second programme");
        return json::parse(f.readAll().toStdString());
    }

    CliResult load(const json &definition, const QString &name)
    {
        const auto path = m_server.path(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(QByteArray::fromStdString(definition.dump(2))) < 0)
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        return run_cli(
            {"admin", "--db", m_server.db(), "programme", "load", path, "--by", "Randi Moe"});
    }

    json push_phase(TestDevice &d, const std::string &case_id, const std::string &phase)
    {
        d.write(case_id, "case", case_id, {{"phase", phase}, {"phase_since", "2026-11-30"}});
        return d.push();
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), "bro-server did not start"); }

    void cleanup()
    {
        QCOMPARE(m_server.bad_frames(), 0);
        m_server.clear_devices();
    }

    void theDemoRunsTwoProgrammes()
    {
        auto r = run_cli({"admin", "--db", m_server.db(), "programme", "list"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(r.out.contains("okab-air  revision 0  built in"), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString(second) + "  revision 1  loaded"), qPrintable(r.out));
    }

    // Each device renders its own journey: the welcome carries the person's programme.
    void everyoneIsWelcomedWithTheirOwnProgramme()
    {
        auto *noah = signed_in("noah");
        auto *emil = signed_in("emil");
        QVERIFY(noah && emil);
        QCOMPARE(noah->welcome["programme"].value("id", ""), std::string(second));
        QVERIFY(phase_ids(noah->welcome["programme"]) ==
                json({"henvisning", "kartlegging", "dagrehab", "arbeidstrening", "mot_fagprove",
                      "completed", "ended"}));
        QCOMPARE(noah->welcome["programme"]["phases"][2]["name"].value("nb", ""),
                 std::string("Dagrehabilitering"));
        QCOMPARE(noah->welcome.value("programme_revision", -1), 1);
        QCOMPARE(emil->welcome["programme"].value("id", ""), std::string("okab-air"));
        QCOMPARE(emil->welcome["programme"]["phases"].size(), std::size_t{7});
        QCOMPARE(emil->welcome.value("programme_revision", -1), 0);
    }

    void eachCoordinatorSeesOnlyTheirOwnProgramme()
    {
        auto *randi = signed_in("randi");
        auto *hanne = signed_in("hanne");
        QVERIFY(randi && hanne);
        const auto dir = randi->request({{"type", "directory_query"}, {"id", randi->next_id()}});
        QCOMPARE(dir.value("type", ""), std::string("directory"));
        std::set<std::string> orgs, people, cases;
        for (const auto &o : dir["organisations"])
            orgs.insert(o["id"]);
        for (const auto &p : dir["people"])
            people.insert(p["id"]);
        for (const auto &c : dir["cases"])
            cases.insert(c["case_id"]);
        QCOMPARE(orgs, (std::set<std::string>{"org-fjord", "org-vestbygg", "org-vestbygg-prog"}));
        QCOMPARE(people,
                 (std::set<std::string>{"p-amalie", "p-eirik", "p-noah", "p-randi", "p-tone"}));
        QCOMPARE(cases, (std::set<std::string>{"case-amalie", "case-noah"}));
        const auto theirs = hanne->request({{"type", "directory_query"}, {"id", "h1"}}).dump();
        for (const char *other : {"noah", "amalie", "tone", "org-fjord", "vestbygg"})
            QVERIFY2(theirs.find(other) == std::string::npos, other);

        // Figures: each programme's own cases against its own target.
        const json q = {{"type", "programme_query"}, {"from", "2000-01-01"}, {"to", "2099-12-31"}};
        auto mine = q;
        mine["id"] = randi->next_id();
        const auto f = randi->request(mine);
        QCOMPARE(f.value("target", -1), 6);
        const auto &cells = f["figures"]["cells"];
        // Counted by the programme's own phases (issue 25), an empty one too — each a count under
        // 5 here, so a mark and never the number (issue 24).
        for (const char *p : {"dagrehab", "henvisning", "kartlegging"})
            QVERIFY2(cells[std::string("now.") + p] == json({{"under_5", true}}), p);
        QVERIFY2(!cells.contains("now.preparation") && !cells.contains("now.stay"),
                 f.dump().c_str());
        QCOMPARE(f["figures"].value("programme", ""), std::string("vestbygg-dagrehab"));
        auto pilot = q;
        pilot["id"] = "h2";
        const auto theirs_figures = hanne->request(pilot);
        QCOMPARE(theirs_figures["figures"].value("programme", ""), std::string("okab-air"));
        QCOMPARE(theirs_figures.value("target", -1), 10);

        // An edit naming the other programme's case reads as unknown: nothing to learn there.
        const auto join = randi->request({{"type", "directory_edit"},
                                          {"id", randi->next_id()},
                                          {"op", "add_team_member"},
                                          {"case_id", "case-emil"},
                                          {"person_id", "p-tone"}});
        QCOMPARE(join.value("code", ""), std::string("bad_value"));
        QCOMPARE(join.value("message", ""), std::string("no case 'case-emil'"));
    }

    void aHelperNeverCrossesProgrammes()
    {
        auto *tone = signed_in("tone");
        QVERIFY(tone);
        std::set<std::string> cases;
        for (const auto &c : tone->welcome["cases"])
            cases.insert(c["case_id"]);
        QCOMPARE(cases, (std::set<std::string>{"case-amalie", "case-noah"}));
        tone->pull_all();
        for (const auto &ch : tone->received)
            QVERIFY2(ch.case_id == "case-noah" || ch.case_id == "case-amalie", ch.case_id.c_str());
        // Not even the admin can put her on a pilot case (nor the pilot's adviser on hers).
        auto r = run_cli({"admin", "--db", m_server.db(), "team", "add", "--case", "case-emil",
                          "--person", "p-tone"});
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains("'p-tone' works for neither"), qPrintable(r.err));
        r = run_cli({"admin", "--db", m_server.db(), "case", "add", "--id", "case-x",
                     "--apprentice", "p-noah"});
        QCOMPARE(r.exit_code, 1); // Noah has his case already; and below: another programme's org
        r = run_cli({"admin", "--db", m_server.db(), "person", "add", "--id", "p-new", "--name",
                     "Ny Lærling", "--role", "apprentice", "--programme", second});
        QCOMPARE(r.exit_code, 0);
        r = run_cli({"admin", "--db", m_server.db(), "case", "add", "--id", "case-new",
                     "--apprentice", "p-new", "--training-office", "org-okab"});
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains("takes part in programme 'okab-air'"), qPrintable(r.err));
    }

    // The second programme's own "who does what": the training office leads the return to work.
    void whoMovesACaseOnFollowsItsProgramme()
    {
        auto *eirik = signed_in("eirik");
        auto *tone = signed_in("tone");
        QVERIFY(eirik && tone);
        eirik->pull_all();
        tone->pull_all();
        auto r = push_phase(*eirik, "case-noah", "preparation");
        QCOMPARE(r["rejected"].size(), std::size_t{1});
        QVERIFY2(r["rejected"][0].value("message", "").find("not a phase of this programme") !=
                     std::string::npos,
                 r.dump().c_str());
        eirik->pull_all(); // the refused value is put back
        r = push_phase(*eirik, "case-noah", "arbeidstrening");
        QVERIFY2(r["rejected"].empty(), r.dump().c_str());
        eirik->pull_all();
        tone->pull_all();
        r = push_phase(*eirik, "case-noah", "mot_fagprove");
        QCOMPARE(r["rejected"].size(), std::size_t{1});
        QVERIFY2(r["rejected"][0].value("message", "") ==
                     "the adviser is responsible for this phase",
                 r.dump().c_str());
        r = push_phase(*tone, "case-noah", "mot_fagprove");
        QVERIFY2(r["rejected"].empty(), r.dump().c_str());
    }

    // Issue 25: the programme says which phases a case may skip, and the server holds to it.
    void onlyASkippablePhaseIsSkipped()
    {
        auto *tone = signed_in("tone");
        QVERIFY(tone);
        tone->pull_all();
        // Amalie is in "henvisning"; day rehabilitation may not be skipped on the way to work.
        auto r = push_phase(*tone, "case-amalie", "arbeidstrening");
        QCOMPARE(r["rejected"].size(), std::size_t{1});
        QCOMPARE(r["rejected"][0].value("message", ""),
                 std::string("the case cannot skip \"dagrehab\"; move it there first"));
        tone->pull_all();
        // The assessment may be skipped: straight to day rehabilitation.
        r = push_phase(*tone, "case-amalie", "dagrehab");
        QCOMPARE(r.value("type", ""), std::string("ack"));
        QVERIFY2(r["rejected"].empty(), r.dump().c_str());
        // And the one who leads now may take it back (a correction): the clinic joins first.
        const auto joined = run_cli({"admin", "--db", m_server.db(), "team", "add", "--case",
                                     "case-amalie", "--person", "p-eirik"});
        QVERIFY2(joined.exit_code == 0, qPrintable(joined.err));
        auto *back = signed_in("eirik");
        QVERIFY(back);
        back->pull_all();
        r = push_phase(*back, "case-amalie", "henvisning");
        QCOMPARE(r.value("type", ""), std::string("ack"));
        QVERIFY2(r["rejected"].empty(), r.dump().c_str());
    }

    void aNewRevisionReachesDevicesLiveAndAtTheirNextSignIn()
    {
        auto *tone = signed_in("tone");
        auto *amalie = signed_in("amalie");
        auto *kari = signed_in("kari");
        QVERIFY(tone && amalie && kari);
        tone->pull_all();
        kari->pull_all();
        const auto amalie_token = amalie->token;
        const auto amalie_device = amalie->device_id;
        amalie->disconnect();

        auto changed = second_file();
        changed["phases"][0]["handover"].push_back(
            {{"id", "school_told"},
             {"text",
              {{"nb", "Skolen vet om planen"}, {"en", "The school knows about the plan"}}}});
        auto r = load(changed, "changed.json");
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("loaded") && r.out.contains("revision 2"), qPrintable(r.out));

        QElapsedTimer t;
        t.start();
        while (tone->programme_definitions.empty() && t.elapsed() < 10000)
            tone->pump(200);
        QCOMPARE(tone->programme_definitions.size(), std::size_t{1});
        const auto &live = tone->programme_definitions.front();
        QCOMPARE(live.value("revision", -1), 2);
        QCOMPARE(live["programme"]["phases"][0]["handover"].back().value("id", ""),
                 std::string("school_told"));
        kari->pump(1500); // a tick or more: the pilot did not change
        QVERIFY(kari->programme_definitions.empty());

        // The same file again is no new revision, and sends nothing.
        r = load(changed, "again.json");
        QVERIFY2(r.out.contains("already loaded, unchanged") && r.out.contains("revision 2"),
                 qPrintable(r.out));

        // Amalie was offline: her next sign-in brings revision 2.
        auto back = std::make_unique<TestDevice>(m_server.dir().path(), "amalie-back");
        QVERIFY(back->connect(m_server.url()));
        back->device_id = amalie_device;
        back->token = amalie_token;
        const auto w = back->hello();
        QCOMPARE(w.value("type", ""), std::string("welcome"));
        QCOMPARE(w.value("programme_revision", -1), 2);
        QCOMPARE(w["programme"]["phases"][0]["handover"].back().value("id", ""),
                 std::string("school_told"));
        // A checklist item of the new revision can be ticked at once.
        tone->write("handover:case-amalie:henvisning", "handover", "case-amalie",
                    {{"phase", "henvisning"},
                     {"item:school_told",
                      {{"done", true}, {"by", "p-tone"}, {"at", "2026-11-30T10:00:00Z"}}}});
        const auto ack = tone->push();
        QVERIFY2(ack["rejected"].empty(), ack.dump().c_str());
        m_server.devices().push_back(std::move(back));
    }

    // Nothing half-loads: every refusal leaves the revision as it was.
    void aLoadThatWouldBreakACaseStoresNothing()
    {
        auto base = second_file();
        base["phases"][0]["handover"].push_back(
            {{"id", "school_told"},
             {"text",
              {{"nb", "Skolen vet om planen"}, {"en", "The school knows about the plan"}}}});

        auto reworded = base;
        reworded["consent_texts"][0]["text"]["nb"] = "Noe helt annet.";
        auto r = load(reworded, "reworded.json");
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains("consent_texts[0].text: version 1 of \"goals\" was worded "
                                "differently"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("1 problem; the programme was not loaded; nothing changed"),
                 qPrintable(r.err));

        auto unknown = base;
        unknown["phases"][1]["id"] = "Day rehab";
        r = load(unknown, "unknown.json");
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains("phases[1].id: \"Day rehab\" is not an id"), qPrintable(r.err));

        auto broken = base;
        broken["phases"][1]["responsible"] = "nurse";
        r = load(broken, "broken.json");
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains("phases[1].responsible"), qPrintable(r.err));

        r = run_cli({"admin", "--db", m_server.db(), "programme", "list"});
        QVERIFY2(r.out.contains(QString(second) + "  revision 2  loaded"), qPrintable(r.out));
    }

    // Issue 25: a revision may leave out a phase a case is in. The case moves to the nearest
    // phase kept, every device of the team gets the move, its history keeps the phase it left,
    // and the apprentice reads in her audit trail who changed the programme.
    void aPhaseLeftOutMovesItsCasesOnAndSaysSo()
    {
        auto *tone = signed_in("tone");
        QVERIFY(tone);
        tone->pull_all();
        tone->received.clear();
        auto next = second_file();
        next["phases"][0]["handover"].push_back(
            {{"id", "school_told"},
             {"text",
              {{"nb", "Skolen vet om planen"}, {"en", "The school knows about the plan"}}}});
        next["phases"].erase(0);                // Amalie is in "henvisning"
        next["phases"][0]["skippable"] = false; // the first phase cannot be skipped
        auto r = load(next, "no-referral.json");
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("revision 3"), qPrintable(r.out));
        QVERIFY2(r.out.contains(R"(case case-amalie: phase "henvisning" is left out; )"
                                R"(moved to "kartlegging")"),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains("case-noah"), qPrintable(r.out));

        // Tone's connected device gets the move like any change.
        QElapsedTimer t;
        t.start();
        const auto moved = [&] {
            for (const auto &c : tone->received)
                if (c.record_id == "case-amalie" && c.field == "phase")
                    return c.value == "kartlegging";
            return false;
        };
        while (!moved() && t.elapsed() < 10000)
            tone->pump(200);
        QVERIFY(moved());
        for (const auto &c : tone->received)
            if (c.record_id == "case-amalie" && c.field == "phase_history")
                QVERIFY2(c.value.contains("henvisning") && c.value.contains("kartlegging"),
                         c.value.dump().c_str());

        auto *amalie = signed_in("amalie");
        QVERIFY(amalie);
        const auto audit = amalie->request(
            {{"type", "audit_query"}, {"id", amalie->next_id()}, {"case_id", "case-amalie"}});
        bool told = false;
        for (const auto &e : audit["events"])
            told = told || (e.value("action", "") == "phase_moved" &&
                            e.value("actor_name", "") == "Randi Moe");
        QVERIFY2(told, audit.dump().c_str());
    }
};

QTEST_GUILESS_MAIN(TestServerProgrammes)
#include "tst_server_programmes.moc"
