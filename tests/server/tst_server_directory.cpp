// The coordinator's directory through a real server: organisations, people, cases and care teams
// set up over the protocol; care-team changes reach access (a new member pulls the case, a
// former member's devices purge it); anyone else is refused; bad input changes nothing; the
// apprentice's audit trail tells who joined and left their team.

#include "demo_server.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QTest>
#include <algorithm>
#include <memory>
#include <set>

using namespace bro::test;
using nlohmann::json;

class TestServerDirectory : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;

    TestDevice *device(const std::string &name)
    {
        auto *d = &m_server.new_device(name);
        return d->connect(m_server.url()) ? d : nullptr;
    }

    TestDevice *signed_in(const std::string &user) { return m_server.sign_in(user); }

    static json edit(TestDevice &d, json fields)
    {
        fields["type"] = "directory_edit";
        fields["id"] = d.next_id();
        return d.request(fields);
    }

    static json directory(TestDevice &d)
    {
        return d.request({{"type", "directory_query"}, {"id", d.next_id()}});
    }

    static const json *find(const json &list, const char *key, const std::string &value)
    {
        for (const auto &item : list)
            if (item.value(key, "") == value)
                return &item;
        return nullptr;
    }

    static bool on_team(const json &dir, const std::string &case_id, const std::string &person)
    {
        const json *c = find(dir["cases"], "case_id", case_id);
        return c && find((*c)["team"], "person_id", person);
    }

    static std::size_t records_of(TestDevice &d, const std::string &case_id)
    {
        return d.store().list(case_id).size();
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), "bro-server did not start"); }

    void cleanup()
    {
        QCOMPARE(m_server.bad_frames(), 0);
        m_server.clear_devices();
    }

    void theDirectoryCarriesNoSecrets()
    {
        auto *hanne = signed_in("hanne");
        QVERIFY(hanne);
        auto dir = directory(*hanne);
        QCOMPARE(dir.value("type", ""), std::string("directory"));
        QVERIFY(find(dir["organisations"], "id", "org-okab"));
        const json *kari = find(dir["people"], "id", "p-kari");
        QVERIFY(kari);
        QCOMPARE(kari->value("has_account", false), true);
        QCOMPARE(kari->value("org_id", ""), std::string("org-okab"));
        QVERIFY(on_team(dir, "case-emil", "p-kari"));
        const auto wire = dir.dump();
        for (const char *secret : {"password", "username", "hash", "token", "\"kari\""})
            QVERIFY2(wire.find(secret) == std::string::npos, secret);
    }

    void coordinatorSetsUpANewApprenticeAndTeam()
    {
        auto *hanne = signed_in("hanne");
        QVERIFY(hanne);
        auto org = edit(
            *hanne,
            {{"op", "add_org"}, {"name", "Opplæringskontoret Vest"}, {"kind", "training_office"}});
        QCOMPARE(org.value("type", ""), std::string("directory_edited"));
        const auto org_id = org.value("subject_id", "");
        QVERIFY(org_id.rfind("org-", 0) == 0);

        auto nina = edit(
            *hanne,
            {{"op", "add_person"}, {"name", "Nina Vik"}, {"role", "adviser"}, {"org_id", org_id}});
        QCOMPARE(nina.value("type", ""), std::string("directory_edited"));
        const auto nina_id = nina.value("subject_id", "");
        auto tor = edit(*hanne, {{"op", "add_person"},
                                 {"name", "Tor Lærling"},
                                 {"role", "apprentice"},
                                 {"person_id", "p-tor"}});
        QCOMPARE(tor.value("subject_id", ""), std::string("p-tor"));
        auto c = edit(*hanne, {{"op", "add_case"},
                               {"case_id", "case-tor"},
                               {"apprentice_id", "p-tor"},
                               {"training_office_id", org_id},
                               {"clinic_id", "org-air"}});
        QCOMPARE(c.value("type", ""), std::string("directory_edited"));
        auto team = edit(
            *hanne, {{"op", "add_team_member"}, {"case_id", "case-tor"}, {"person_id", nina_id}});
        QCOMPARE(team.value("type", ""), std::string("directory_edited"));

        auto dir = directory(*hanne);
        QVERIFY(on_team(dir, "case-tor", nina_id));
        QCOMPARE(find(dir["people"], "id", nina_id)->value("has_account", true), false);

        // Nina gets an invite code, enrols with it, and her device pulls the new case.
        auto invite = edit(*hanne, {{"op", "make_invite"}, {"person_id", nina_id}});
        const auto code = invite.value("invite_code", "");
        QVERIFY2(!code.empty(), invite.dump().c_str());
        QVERIFY(!invite.value("invite_expires", "").empty());
        auto *tablet = device("nina");
        QVERIFY(tablet);
        auto welcome = tablet->request({{"type", "enrol"},
                                        {"id", tablet->next_id()},
                                        {"protocol", 1},
                                        {"invite_code", code},
                                        {"user", "nina"},
                                        {"password", "et langt passord"},
                                        {"device_name", "Ninas nettbrett"}});
        QCOMPARE(welcome.value("type", ""), std::string("welcome"));
        QVERIFY(find(welcome["cases"], "case_id", "case-tor"));
        tablet->pull_all();
        QVERIFY(tablet->store().get("case-tor"));
        // A used code: a second invite for someone who has an account is refused.
        auto again = edit(*hanne, {{"op", "make_invite"}, {"person_id", nina_id}});
        QCOMPARE(again.value("code", ""), std::string("bad_value"));
        QVERIFY(find(directory(*hanne)["people"], "id", nina_id)->value("has_account", false));
    }

    void aHelperAddedAndRemovedGainsAndLosesTheCase()
    {
        auto *hanne = signed_in("hanne");
        auto *kari = signed_in("kari");
        auto *kari_laptop = signed_in("kari");
        QVERIFY(hanne && kari && kari_laptop);
        kari->pull_all();
        kari_laptop->pull_all();
        QCOMPARE(records_of(*kari, "case-jonas"), std::size_t{0});

        auto added =
            edit(*hanne,
                 {{"op", "add_team_member"}, {"case_id", "case-jonas"}, {"person_id", "p-kari"}});
        QCOMPARE(added.value("type", ""), std::string("directory_edited"));
        // The live device is given the case without asking.
        QTRY_VERIFY_WITH_TIMEOUT((kari->pump(100), records_of(*kari, "case-jonas") > 0), 10000);
        // The laptop goes offline before the removal.
        kari_laptop->pull_all();
        QVERIFY(records_of(*kari_laptop, "case-jonas") > 0);
        kari_laptop->disconnect();

        auto removed = edit(
            *hanne,
            {{"op", "remove_team_member"}, {"case_id", "case-jonas"}, {"person_id", "p-kari"}});
        QCOMPARE(removed.value("type", ""), std::string("directory_edited"));
        QTRY_VERIFY_WITH_TIMEOUT((kari->pump(100), records_of(*kari, "case-jonas") == 0), 10000);
        QVERIFY(!on_team(directory(*hanne), "case-jonas", "p-kari"));

        // The offline laptop is told at its next pull.
        QVERIFY(kari_laptop->connect(m_server.url()));
        QCOMPARE(kari_laptop->hello().value("type", ""), std::string("welcome"));
        kari_laptop->pull_all();
        QTRY_VERIFY_WITH_TIMEOUT(
            (kari_laptop->pump(100), records_of(*kari_laptop, "case-jonas") == 0), 10000);

        // And a fresh device of hers gets nothing of the case, nor may she write to it.
        auto *fresh = signed_in("kari");
        QVERIFY(fresh);
        fresh->pull_all();
        QCOMPARE(records_of(*fresh, "case-jonas"), std::size_t{0});
        QVERIFY(!fresh
                     ->write("goal-kari-x", "goal", "case-jonas",
                             {{"title", "Ikke lov"}, {"status", "active"}, {"position", 1}})
                     .error);
        auto ack = fresh->push();
        QVERIFY2(ack["accepted"].empty() && !ack["rejected"].empty(), ack.dump().c_str());
        for (const auto &r : ack["rejected"])
            QCOMPARE(r.value("code", ""), std::string("forbidden"));
    }

    void theApprenticeSeesWhoJoinedAndLeft()
    {
        auto *jonas = signed_in("jonas");
        QVERIFY(jonas);
        auto audit = jonas->request(
            {{"type", "audit_query"}, {"id", jonas->next_id()}, {"case_id", "case-jonas"}});
        QCOMPARE(audit.value("type", ""), std::string("audit"));
        std::set<std::string> seen;
        for (const auto &e : audit["events"])
            if (e.value("actor_name", "") == "Kari Nordby")
                seen.insert(e.value("action", ""));
        QVERIFY2(seen.count("joined_team") && seen.count("left_team") &&
                     seen.count("left_team_purged"),
                 audit.dump().c_str());
    }

    // Someone who leaves (issue 21): the coordinator signs every device of theirs out. A device
    // connected now hears it at once and is closed; one that was away hears it at its next hello.
    // The apprentice's trail says who did it and how many devices.
    void theCoordinatorSignsOutEveryDeviceOfSomeoneWhoLeaves()
    {
        auto *hanne = signed_in("hanne");
        auto *phone = signed_in("mathias");
        auto *laptop = signed_in("mathias");
        QVERIFY(hanne && phone && laptop);
        phone->pull_all();
        laptop->disconnect();

        auto r = edit(*hanne, {{"op", "sign_out_devices"}, {"person_id", "p-mathias"}});
        QCOMPARE(r.value("type", ""), std::string("directory_edited"));
        QCOMPARE(r.value("subject_id", ""), std::string("p-mathias"));
        QCOMPARE(r.value("devices_signed_out", -1), 2);

        QVERIFY(phone->ws().wait_disconnected(8000));
        phone->pump(0);
        QVERIFY(std::any_of(phone->errors.begin(), phone->errors.end(),
                            [](const json &e) { return e["code"] == "token_revoked"; }));
        QVERIFY(laptop->connect(m_server.url()));
        QCOMPARE(laptop->hello().value("code", ""), std::string("token_revoked"));

        // Again: nobody is signed in any more, and nothing else happens.
        r = edit(*hanne, {{"op", "sign_out_devices"}, {"person_id", "p-mathias"}});
        QCOMPARE(r.value("devices_signed_out", -1), 0);

        // Mathias signs in again (he came back) and reads what happened in his trail.
        auto *again = signed_in("mathias");
        QVERIFY(again);
        auto audit = again->request(
            {{"type", "audit_query"}, {"id", again->next_id()}, {"case_id", "case-mathias"}});
        bool told = false;
        for (const auto &e : audit["events"])
            told |= e.value("action", "") == "all_devices_signed_out" &&
                    e.value("actor_name", "") == "Hanne Sørli" && e.value("count", 0) == 2;
        QVERIFY2(told, audit.dump().c_str());
    }

    void othersAreRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("adviser") << "per";
        QTest::newRow("clinician") << "ingrid";
        QTest::newRow("apprentice") << "emil";
    }
    void othersAreRefusedAndNothingChanges()
    {
        QFETCH(QString, user);
        auto *hanne = signed_in("hanne");
        auto *d = signed_in(user.toStdString());
        QVERIFY(hanne && d);
        const auto before = directory(*hanne);
        QCOMPARE(directory(*d).value("code", ""), std::string("forbidden"));
        for (const json &e :
             {json{{"op", "add_team_member"}, {"case_id", "case-emil"}, {"person_id", "p-per"}},
              json{{"op", "remove_team_member"}, {"case_id", "case-emil"}, {"person_id", "p-kari"}},
              json{{"op", "add_org"}, {"name", "X"}, {"kind", "clinic"}},
              json{{"op", "make_invite"}, {"person_id", "p-tor"}},
              json{{"op", "sign_out_devices"}, {"person_id", "p-kari"}}}) {
            auto r = edit(*d, e);
            QCOMPARE(r.value("code", ""), std::string("forbidden"));
        }
        QVERIFY(directory(*hanne)["cases"] == before["cases"]);
        QVERIFY(directory(*hanne)["organisations"] == before["organisations"]);
    }

    void badInputGetsAClearErrorAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("edit");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("adviser in a clinic")
            << QByteArray("{\"op\":\"add_person\",\"name\":\"A\",\"role\":\"adviser\","
                          "\"org_id\":\"org-air\"}")
            << "bad_value"
            << "training_office";
        QTest::newRow("apprentice with an org")
            << QByteArray("{\"op\":\"add_person\",\"name\":\"A\",\"role\":\"apprentice\","
                          "\"org_id\":\"org-okab\"}")
            << "bad_value"
            << "org_id";
        QTest::newRow("helper without an org")
            << QByteArray("{\"op\":\"add_person\",\"name\":\"A\",\"role\":\"clinician\"}")
            << "missing_field"
            << "org_id";
        QTest::newRow("duplicate org id")
            << QByteArray("{\"op\":\"add_org\",\"name\":\"A\",\"kind\":\"clinic\","
                          "\"org_id\":\"org-air\"}")
            << "bad_value"
            << "already exists";
        QTest::newRow("unknown kind")
            << QByteArray("{\"op\":\"add_org\",\"name\":\"A\",\"kind\":\"school\"}") << "bad_value"
            << "kind";
        QTest::newRow("blank name")
            << QByteArray("{\"op\":\"add_org\",\"name\":\"\",\"kind\":\"clinic\"}") << "bad_value"
            << "name";
        QTest::newRow("second case for an apprentice")
            << QByteArray("{\"op\":\"add_case\",\"apprentice_id\":\"p-emil\","
                          "\"training_office_id\":\"org-okab\",\"clinic_id\":\"org-air\"}")
            << "bad_value"
            << "already has case";
        QTest::newRow("case with clinic as office")
            << QByteArray("{\"op\":\"add_case\",\"apprentice_id\":\"p-tor\","
                          "\"training_office_id\":\"org-air\",\"clinic_id\":\"org-air\"}")
            << "bad_value"
            << "training_office";
        QTest::newRow("member of another org")
            << QByteArray("{\"op\":\"add_team_member\",\"case_id\":\"case-tor\","
                          "\"person_id\":\"p-kari\"}")
            << "bad_value"
            << "neither";
        QTest::newRow("already on the team")
            << QByteArray("{\"op\":\"add_team_member\",\"case_id\":\"case-emil\","
                          "\"person_id\":\"p-kari\"}")
            << "bad_value"
            << "already";
        QTest::newRow("remove someone not on it")
            << QByteArray("{\"op\":\"remove_team_member\",\"case_id\":\"case-emil\","
                          "\"person_id\":\"p-per\"}")
            << "bad_value"
            << "not on the care team";
        QTest::newRow("unknown case")
            << QByteArray("{\"op\":\"add_team_member\",\"case_id\":\"case-nobody\","
                          "\"person_id\":\"p-per\"}")
            << "bad_value"
            << "case-nobody";
        QTest::newRow("coordinator on a team")
            << QByteArray("{\"op\":\"add_team_member\",\"case_id\":\"case-emil\","
                          "\"person_id\":\"p-hanne\"}")
            << "bad_value"
            << "advisers and clinicians";
        QTest::newRow("unknown op") << QByteArray("{\"op\":\"drop_table\"}") << "bad_value"
                                    << "op";
        QTest::newRow("invite for too long")
            << QByteArray("{\"op\":\"make_invite\",\"person_id\":\"p-tor\",\"days\":365}")
            << "bad_value"
            << "days";
    }
    void badInputGetsAClearErrorAndChangesNothing()
    {
        QFETCH(QByteArray, edit);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        auto *hanne = signed_in("hanne");
        QVERIFY(hanne);
        const auto before = directory(*hanne);
        auto r = TestServerDirectory::edit(*hanne, json::parse(edit.toStdString()));
        QCOMPARE(r.value("type", ""), std::string("error"));
        QCOMPARE(QString::fromStdString(r.value("code", "")), code);
        QVERIFY2(r.value("message", "").find(mentions.toStdString()) != std::string::npos,
                 r.dump().c_str());
        const auto after = directory(*hanne);
        QVERIFY(after["organisations"] == before["organisations"]);
        QVERIFY(after["people"] == before["people"]);
        QVERIFY(after["cases"] == before["cases"]);
    }
};

QTEST_GUILESS_MAIN(TestServerDirectory)
#include "tst_server_directory.moc"
