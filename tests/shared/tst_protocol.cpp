#include "programme/builtin.hpp"
#include "stats/disclosure.hpp"
#include "stats/pooled_figures.hpp"
#include "sync/protocol.hpp"

#include <QFile>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace bro;
using namespace bro::protocol;

namespace {

Change sample_change()
{
    return Change{"op-1",
                  17,
                  "goal-1",
                  "goal",
                  "case-emil",
                  "title",
                  "Fagbrev som anleggsmaskinfører",
                  Hlc::make(1'763'900'000'000, 3),
                  "device-a",
                  0};
}

template <typename T> T client_round_trip(const T &m)
{
    auto parsed = parse_client(serialize(ClientMessage{m}));
    if (!parsed)
        qFatal("round trip failed: %s %s", parsed.error.code.c_str(), parsed.error.message.c_str());
    return std::get<T>(*parsed.message);
}

template <typename T> T server_round_trip(const T &m)
{
    auto parsed = parse_server(serialize(ServerMessage{m}));
    if (!parsed)
        qFatal("round trip failed: %s %s", parsed.error.code.c_str(), parsed.error.message.c_str());
    return std::get<T>(*parsed.message);
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void clientMessagesRoundTrip()
    {
        auto hello = client_round_trip(Hello{"1", version, "dev", "tok"});
        QCOMPARE(hello.token, std::string("tok"));
        auto login =
            client_round_trip(Login{"2", version, "emil", "hemmelig passord", "Emils telefon"});
        QCOMPARE(login.device_name, std::string("Emils telefon"));
        auto enrol = client_round_trip(Enrol{"3", version, "ABCD-1234", "emil", "pw", "tlf"});
        QCOMPARE(enrol.invite_code, std::string("ABCD-1234"));
        Change with_null = sample_change();
        with_null.field = "why";
        with_null.value = nullptr;
        auto push = client_round_trip(Push{"4", {sample_change(), with_null}});
        QCOMPARE(push.changes.size(), std::size_t{2});
        QVERIFY(push.changes[0] == sample_change());
        QVERIFY(push.changes[1].value.is_null());
        auto pull = client_round_trip(Pull{"5", 42, 100});
        QCOMPARE(pull.cursor, std::int64_t{42});
        QCOMPARE(pull.limit, std::size_t{100});
        QCOMPARE(pull.window, std::size_t{1});
        // One frame is the default and is not written, so an older server reads the pull as
        // before; a window is written and read back.
        QVERIFY(serialize(ClientMessage{Pull{"5", 42, 100}}).find("window") == std::string::npos);
        QCOMPARE(client_round_trip(Pull{"5", 42, 100, max_pull_window}).window, max_pull_window);
        auto purged =
            client_round_trip(Purged{"6", "case-emil", {Category::checkins, Category::notes}});
        QCOMPARE(purged.categories.size(), std::size_t{2});
        QCOMPARE(client_round_trip(AuditQuery{"7", "case-emil", 50}).limit, std::size_t{50});
        QCOMPARE(client_round_trip(ConsentHistoryQuery{"8", "case-emil"}).case_id,
                 std::string("case-emil"));
        auto pq = client_round_trip(ProgrammeQuery{"9", "2026-01-01", "2026-12-31"});
        QCOMPARE(pq.from, std::string("2026-01-01"));
        QCOMPARE(pq.to, std::string("2026-12-31"));

        QCOMPARE(client_round_trip(DirectoryQuery{"10"}).id, std::string("10"));
        DirectoryEdit person;
        person.id = "11";
        person.op = DirectoryOp::add_person;
        person.name = "Nina Vik";
        person.role = Role::clinician;
        person.org_id = "org-air";
        auto p2 = client_round_trip(person);
        QCOMPARE(p2.op, DirectoryOp::add_person);
        QCOMPARE(p2.role, Role::clinician);
        QCOMPARE(p2.org_id, std::string("org-air"));
        QVERIFY(p2.person_id.empty()); // the server picks one
        DirectoryEdit invite;
        invite.id = "12";
        invite.op = DirectoryOp::make_invite;
        invite.person_id = "p-nina";
        invite.days = 30;
        QCOMPARE(client_round_trip(invite).days, 30);
        DirectoryEdit leaves;
        leaves.id = "16";
        leaves.op = DirectoryOp::sign_out_devices;
        leaves.person_id = "p-mathias";
        auto l2 = client_round_trip(leaves);
        QCOMPARE(l2.op, DirectoryOp::sign_out_devices);
        QCOMPARE(l2.person_id, std::string("p-mathias"));
        for (auto op : {DirectoryOp::add_team_member, DirectoryOp::remove_team_member}) {
            DirectoryEdit team;
            team.id = "13";
            team.op = op;
            team.case_id = "case-emil";
            team.person_id = "p-kari";
            auto t2 = client_round_trip(team);
            QCOMPARE(t2.op, op);
            QCOMPARE(t2.case_id, std::string("case-emil"));
        }
        DirectoryEdit c;
        c.id = "14";
        c.op = DirectoryOp::add_case;
        c.apprentice_id = "p-tor";
        c.training_office_id = "org-okab";
        c.clinic_id = "org-air";
        QCOMPARE(client_round_trip(c).clinic_id, std::string("org-air"));
        DirectoryEdit org;
        org.id = "15";
        org.op = DirectoryOp::add_org;
        org.name = "AiR";
        org.kind = OrgKind::clinic;
        QCOMPARE(client_round_trip(org).kind, OrgKind::clinic);
    }

    void directoryMessagesRoundTrip()
    {
        Directory d;
        d.id = "1";
        d.organisations = {{"org-air", "AiR UngRehab", OrgKind::clinic}};
        d.people = {{"p-emil", "Emil", Role::apprentice, "", false},
                    {"p-ingrid", "Ingrid", Role::clinician, "org-air", true}};
        d.cases = {{"case-emil",
                    "p-emil",
                    "Emil",
                    "org-okab",
                    "org-air",
                    {{"p-ingrid", "Ingrid", Role::clinician, "org-air", "AiR"}}}};
        auto d2 = server_round_trip(d);
        QCOMPARE(d2.organisations.at(0).kind, OrgKind::clinic);
        QCOMPARE(d2.people.size(), std::size_t{2});
        QVERIFY(!d2.people[0].has_account);
        QVERIFY(d2.people[1].has_account);
        QCOMPARE(d2.cases.at(0).team.at(0).person_id, std::string("p-ingrid"));
        QVERIFY(serialize(ServerMessage{d}).find("password") == std::string::npos);

        auto e = server_round_trip(DirectoryEdited{"2", DirectoryOp::make_invite, "p-nina",
                                                   "ABCD-EFGH-JKLM", "2026-12-08T10:00:00Z"});
        QCOMPARE(e.op, DirectoryOp::make_invite);
        QCOMPARE(e.invite_code, std::string("ABCD-EFGH-JKLM"));
        auto plain = server_round_trip(DirectoryEdited{"3", DirectoryOp::add_org, "org-x", {}, {}});
        QVERIFY(plain.invite_code.empty());
        DirectoryEdited out{"4", DirectoryOp::sign_out_devices, "p-mathias", {}, {}};
        out.devices_signed_out = 3;
        QCOMPARE(server_round_trip(out).devices_signed_out, 3);

        QVERIFY(!parse_server("{\"type\":\"directory\",\"id\":\"1\",\"organisations\":[],"
                              "\"people\":[{\"id\":\"p\",\"name\":\"P\",\"role\":\"boss\","
                              "\"has_account\":false}],\"cases\":[]}"));
        QVERIFY(!parse_server("{\"type\":\"directory_edited\",\"id\":\"1\",\"op\":\"x\","
                              "\"subject_id\":\"a\"}"));
    }

    void signInMessagesRoundTrip()
    {
        const std::string verifier(43, 'v'), challenge(43, 'c');
        auto start = client_round_trip(
            SignInStart{"1", "idporten", challenge, "http://127.0.0.1:5000/cb", "st", "ABCD"});
        QCOMPARE(start.redirect_uri, std::string("http://127.0.0.1:5000/cb"));
        QCOMPARE(start.invite_code, std::string("ABCD"));
        QVERIFY(client_round_trip(SignInStart{"1", "idporten", challenge, "x", "s", {}})
                    .invite_code.empty());
        auto finish =
            client_round_trip(SignInFinish{"2", "code", verifier, "Emils telefon", "android"});
        QCOMPARE(finish.code_verifier, verifier);
        QCOMPARE(finish.platform, std::string("android"));
        QCOMPARE(client_round_trip(DeviceSignOut{"3", "dev-1"}).device_id, std::string("dev-1"));
        QCOMPARE(client_round_trip(DevicesQuery{"4"}).id, std::string("4"));
        QCOMPARE(client_round_trip(SignInOptionsQuery{"5"}).id, std::string("5"));

        auto options = server_round_trip(
            SignInOptions{"5", {{"helseid", "HelseID", {Role::clinician}}}, false});
        QCOMPARE(options.providers.at(0).roles.at(0), Role::clinician);
        QVERIFY(!options.passwords);
        QCOMPARE(server_round_trip(SignInStarted{"1", "https://p/authorize?x=1"}).authorize_url,
                 std::string("https://p/authorize?x=1"));
        auto devices = server_round_trip(Devices{"4",
                                                 {{"d1", "Emils telefon", "android", "idporten",
                                                   "2026-12-01T10:00:00Z", "", true, false},
                                                  {"d2", "PC", "linux", "", "2026-12-02T10:00:00Z",
                                                   "2026-12-03T10:00:00Z", false, true}}});
        QCOMPARE(devices.devices.size(), std::size_t{2});
        QVERIFY(devices.devices[0].current && !devices.devices[0].signed_out);
        QVERIFY(devices.devices[1].signed_out);

        Welcome w;
        w.id = "9";
        w.device_id = "d";
        QVERIFY(server_round_trip(w).provider.empty());
        w.provider = "idporten";
        QCOMPARE(server_round_trip(w).provider, std::string("idporten"));
    }

    void serverMessagesRoundTrip()
    {
        Welcome w;
        w.id = "1";
        w.user = {"p-emil", "Emil Hansen", Role::apprentice, "", ""};
        w.device_id = "dev";
        w.token = "tok";
        w.token_expires = "2026-12-01T00:00:00Z";
        w.cases = {{"case-emil",
                    "p-emil",
                    "Emil Hansen",
                    "org-okab",
                    "org-air",
                    {{"p-kari", "Kari Nilsen", Role::adviser, "org-okab", "Opplæringskontoret"}}}};
        w.server_time = "2026-11-24T10:00:00Z";
        auto w2 = server_round_trip(w);
        QCOMPARE(w2.user.name, std::string("Emil Hansen"));
        QCOMPARE(w2.cases.at(0).team.at(0).role, Role::adviser);

        auto ack = server_round_trip(Ack{"2", {{"op-1", 10}}, {{"op-2", "forbidden", "nei"}}});
        QCOMPARE(ack.accepted.at(0).seq, std::int64_t{10});
        QCOMPARE(ack.rejected.at(0).code, std::string("forbidden"));

        Change c = sample_change();
        c.seq = 99;
        auto ch = server_round_trip(Changes{"3", {c}, 99, true});
        QVERIFY(ch.more);
        QCOMPARE(ch.changes.at(0).seq, std::int64_t{99});

        auto purge = server_round_trip(Purge{"4", "case-emil", {Category::absence}});
        QCOMPARE(purge.categories.at(0), Category::absence);

        AuditEvent e{"2026-11-24T10:00:00Z", "Ingrid", Role::clinician, "AiR", "PC-1", "received",
                     Category::checkins,     12};
        auto audit = server_round_trip(Audit{"5", "case-emil", {e}});
        QCOMPARE(audit.events.at(0).count, std::int64_t{12});

        auto hist = server_round_trip(ConsentHistory{
            "6",
            "case-emil",
            {{7, "2026-11-24T10:00:00Z", "org-air", Category::goals, true, "2027-01-31"}}});
        QCOMPARE(hist.entries.at(0).until, std::string("2027-01-31"));

        // The programme figures travel protected (issue 24; tst_published_programme tries them
        // in depth): shown counts, marks for the rest, and the strict import's refusals.
        stats::Figures f;
        f.add("now.stay", 6);
        f.add("now.follow_up", 2);
        f.add("now.total", 8);
        f.relate("now.total", {"now.stay", "now.follow_up"});
        stats::protect(f);
        protocol::Programme prog{"8", "2026-01-01", "2026-12-31", {}};
        prog.published.target = 10;
        prog.published.years = {2025, 2026};
        prog.published.figures = stats::make_export(f, "okab-air", "Piloten", "2026-11-24");
        prog.published.means = {{"waiting.all", true, 21.5, 7},
                                {"waiting.2026", false, 0, 0},
                                {"waiting.2025", true, 30.0, 0}}; // "5 or more": n untold
        auto p2 = server_round_trip(prog);
        QVERIFY(p2.published == prog.published);
        QCOMPARE(p2.published.cell("now.follow_up")->state, stats::CellState::under_5);
        const auto wire = serialize(ServerMessage{prog});
        QVERIFY(wire.find("\"now.follow_up\":{\"under_5\":true}") != std::string::npos);
        auto j = nlohmann::json::parse(wire);
        auto bad = j;
        bad["means"][1] = {{"id", "waiting.2026"}, {"shown", true}, {"value", 3.0}, {"n", 2}};
        QVERIFY(!parse_server(bad.dump())); // a mean on fewer than 5 answers is never shown
        bad = j;
        bad["figures"]["cells"]["now.follow_up"] = {{"value", 2}};
        QVERIFY(!parse_server(bad.dump())); // nor a count under 5
        bad = j;
        bad["years"] = {"2026"};
        QVERIFY(!parse_server(bad.dump()));
        bad = j;
        bad.erase("figures");
        QVERIFY(!parse_server(bad.dump()));
        // A server that could not protect its figures says so and sends none.
        protocol::Programme withheld{"9", "2026-01-01", "2026-12-31", {}};
        withheld.published.ok = false;
        auto none = server_round_trip(withheld);
        QVERIFY(!none.published.ok);
        QVERIFY(none.published.figures.figures.cells.empty());

        auto err = server_round_trip(Error{"7", code::forbidden, "nei"});
        QCOMPARE(err.code, std::string(code::forbidden));
    }

    // Issue 14: the device renders its programme from what the welcome (or a later
    // programme_definition) carries, so the definition is read as strictly as `programme check`.
    void programmeDefinitionTravelsWholeOrNotAtAll()
    {
        Welcome w;
        w.id = "1";
        w.user = {"p-emil", "Emil Hansen", Role::apprentice, "", ""};
        w.device_id = "dev";
        QVERIFY(!server_round_trip(w).programme); // an older server, or none sent
        w.programme = builtin_programme();
        w.programme_revision = 3;
        auto w2 = server_round_trip(w);
        QVERIFY(w2.programme == builtin_programme());
        QCOMPARE(w2.programme_revision, std::int64_t{3});

        bro::Programme changed = builtin_programme();
        changed.phases.at(0).handover.push_back({"new_item", {"Nytt punkt", "New item"}});
        auto d = server_round_trip(ProgrammeDefinition{"live-programme-4", changed, 4});
        QVERIFY(d.programme == changed);
        QCOMPARE(d.revision, std::int64_t{4});

        // A broken definition is refused with its path, never half read.
        auto bad = nlohmann::json::parse(serialize(ServerMessage{w}));
        bad["programme"]["phases"][0]["responsible"] = "nurse";
        auto parsed = parse_server(bad.dump());
        QVERIFY(!parsed);
        QCOMPARE(parsed.error.code, std::string(code::bad_value));
        QVERIFY2(parsed.error.message.find("phases[0].responsible") != std::string::npos,
                 parsed.error.message.c_str());
        auto no_revision = nlohmann::json::parse(serialize(ServerMessage{w}));
        no_revision.erase("programme_revision");
        QVERIFY(!parse_server(no_revision.dump()));
    }

    void malformedInputsGetTheirDocumentedCode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        QFile f(QStringLiteral(BRO_TEST_DATA "/malformed_client_messages.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto table = nlohmann::json::parse(f.readAll().toStdString());
        for (const auto &row : table)
            QTest::newRow(row["name"].get<std::string>().c_str())
                << QByteArray::fromStdString(row["input"].get<std::string>())
                << QString::fromStdString(row["code"].get<std::string>());

        // Inputs a JSON fixture cannot hold.
        QTest::newRow("invalid UTF-8 in a string")
            << QByteArray("{\"type\":\"pull\",\"id\":\"\xff\xfe\",\"cursor\":0}") << "bad_json";
        QTest::newRow("overlong UTF-8 slash")
            << QByteArray("{\"type\":\"pull\",\"id\":\"\xc0\xaf\",\"cursor\":0}") << "bad_json";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "too_deep";
        QTest::newRow("nesting just over the limit")
            << QByteArray("{\"type\":\"pull\",\"id\":\"1\",\"cursor\":0,\"x\":" +
                          QByteArray(max_depth, '[') + QByteArray(max_depth, ']') + "}")
            << "too_deep";
        QTest::newRow("oversize frame")
            << QByteArray("{\"type\":\"pull\",\"id\":\"" + QByteArray(max_frame_bytes, 'a') + "\"}")
            << "too_large";
        QTest::newRow("NUL byte") << QByteArray("{\"type\":\"pull\"\0}", 16) << "bad_json";
        QByteArray many = "{\"type\":\"push\",\"id\":\"1\",\"changes\":[";
        for (std::size_t i = 0; i <= max_changes_per_push; ++i)
            many += QByteArray(i ? "," : "") + "{}";
        QTest::newRow("too many changes") << QByteArray(many + "]}") << "too_large";
    }

    void malformedInputsGetTheirDocumentedCode()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        Parsed<ClientMessage> parsed;
        try {
            parsed = parse_client(
                std::string_view(input.constData(), static_cast<std::size_t>(input.size())));
        } catch (...) {
            QFAIL("an exception escaped the parser");
        }
        QVERIFY(!parsed);
        QCOMPARE(QString::fromStdString(parsed.error.code), code);
        QVERIFY(!parsed.error.message.empty());
    }

    void errorKeepsTheMessageIdWhenReadable()
    {
        auto parsed = parse_client("{\"type\":\"pull\",\"id\":\"abc\",\"cursor\":\"x\"}");
        QVERIFY(!parsed);
        QCOMPARE(parsed.error.id, std::string("abc"));
        QCOMPARE(parsed.type, std::string("pull")); // the server halts pushes after a bad push
        QCOMPARE(parse_client("{\"type\":\"push\",\"id\":\"p\"}").type, std::string("push"));
        QCOMPARE(parse_client("not json").type, std::string());
        QVERIFY(parsed.error.message.find("cursor") != std::string::npos);
    }

    void nestingWithinTheLimitIsFine()
    {
        const std::string ok = "{\"type\":\"pull\",\"id\":\"1\",\"cursor\":0,\"x\":" +
                               std::string(max_depth - 1, '[') + std::string(max_depth - 1, ']') +
                               "}";
        QVERIFY(parse_client(ok));
        // Brackets inside strings do not count as nesting.
        QVERIFY(
            parse_client("{\"type\":\"pull\",\"id\":\"[[[[[[[[[[[[[[[[[[[[[[[\",\"cursor\":0}"));
    }

    void serializingInvalidUtf8DoesNotThrow()
    {
        Error e{"1", code::bad_value, std::string("bad \xff byte")};
        const std::string out = serialize(ServerMessage{e});
        QVERIFY(parse_server(out));
    }
};

QTEST_APPLESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
