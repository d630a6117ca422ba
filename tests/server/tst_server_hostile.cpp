// Malformed and hostile input against a real server: each gets its documented outcome, the
// session stays usable where it should, and the server stays healthy.

#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "store/database.hpp"
#include "sync/protocol.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QProcess>
#include <QTest>
#include <QWebSocketProtocol>
#include <algorithm>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

class TestServerHostile : public QObject
{
    Q_OBJECT

private:
    // The suite's server. A test that needs other flags starts a DemoServer of its own beside it,
    // with a database name of its own: on PostgreSQL the name picks the database in the cluster.
    DemoServer m_server{{"--tick-seconds", "1"}};

    static void expect_healthy(DemoServer &server)
    {
        const auto res = http_get(server.port(), "/health");
        QVERIFY2(res.startsWith("HTTP/1.1 200"), res.constData());
        const auto body = json::parse(res.mid(res.indexOf("\r\n\r\n") + 4).toStdString());
        QCOMPARE(body["ok"].get<bool>(), true);
        QCOMPARE(body["protocol"].get<int>(), protocol::version);
    }

    // The session still answers properly after an error.
    void expect_usable(WsClient &ws)
    {
        ws.send_json({{"type", "hello"},
                      {"id", "still-there"},
                      {"protocol", 1},
                      {"device_id", "x"},
                      {"token", "y"}});
        auto r = ws.reply("still-there");
        QVERIFY(r.has_value());
        QCOMPARE((*r)["code"].get<std::string>(), std::string("bad_credentials"));
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), "bro-server did not start"); }

    // A test's devices go with it, as its sockets did.
    void cleanup() { m_server.clear_devices(); }

    void health()
    {
        const auto res = http_get(m_server.port(), "/health");
        QVERIFY(res.startsWith("HTTP/1.1 200"));
        const auto body = json::parse(res.mid(res.indexOf("\r\n\r\n") + 4).toStdString());
        QCOMPARE(body["db"].get<std::string>(), m_server.db().toStdString());
        QVERIFY(body.contains("sessions") && body.contains("version"));
        QVERIFY(http_get(m_server.port(), "/nope").startsWith("HTTP/1.1 404"));
        const auto metrics = http_get(m_server.port(), "/metrics");
        QVERIFY(metrics.startsWith("HTTP/1.1 200"));
        QVERIFY(metrics.contains("\nbro_sessions 0\n"));
        QVERIFY(metrics.contains(QByteArray("\nbro_changes ") +
                                 QByteArray::number(body["changes"].get<long long>())));
    }

    void malformed_frames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<QString>("code");
        QTest::newRow("binary frame") << QByteArray("\x01\x02\x03", 3) << true << "binary_frame";
        QTest::newRow("invalid JSON") << QByteArray("{\"type\": \"pull\",") << false << "bad_json";
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << false << "not_object";
        QTest::newRow("unknown type")
            << QByteArray(R"({"type":"shutdown","id":"1"})") << false << "unknown_type";
        QTest::newRow("wrong type")
            << QByteArray(R"({"type":"pull","id":"1","cursor":"zero"})") << false << "wrong_type";
        QTest::newRow("missing field")
            << QByteArray(R"({"type":"hello","id":"1","protocol":1})") << false << "missing_field";
        QTest::newRow("deep nesting")
            << (QByteArray(5000, '[') + QByteArray(5000, ']')) << false << "too_deep";
        QTest::newRow("huge number") << QByteArray(R"({"type":"pull","id":"1","cursor":1e400})")
                                     << false << "bad_json|bad_value|wrong_type";
        QTest::newRow("future protocol")
            << QByteArray(R"({"type":"hello","id":"1","protocol":99,"device_id":"d","token":"t"})")
            << false << "unsupported_protocol";
        QTest::newRow("push before sign-in")
            << QByteArray(R"({"type":"push","id":"1","changes":[]})") << false
            << "not_authenticated";
        QTest::newRow("wrong token")
            << QByteArray(R"({"type":"hello","id":"1","protocol":1,"device_id":"d","token":"t"})")
            << false << "bad_credentials";
        QByteArray many = "{\"type\":\"push\",\"id\":\"1\",\"changes\":[";
        for (std::size_t i = 0; i <= protocol::max_changes_per_push; ++i)
            many += QByteArray(i ? "," : "") + "{}";
        QTest::newRow("too many changes") << QByteArray(many + "]}") << false << "too_large";
        // (Invalid UTF-8 cannot be sent through QWebSocket's text API; the parser's own tests
        // in tests/shared cover it.)
    }
    void malformed_frames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(bool, binary);
        QFETCH(QString, code);
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        if (binary)
            ws.send_binary(frame);
        else
            ws.send_text(frame.toStdString());
        auto r = ws.next();
        QVERIFY(r.has_value());
        QCOMPARE(QString::fromStdString((*r)["type"].get<std::string>()), QString("error"));
        const auto got = QString::fromStdString((*r)["code"].get<std::string>());
        QVERIFY2(code.split('|').contains(got), qPrintable(got));
        QVERIFY(!(*r)["message"].get<std::string>().empty());
        expect_usable(ws);
        QCOMPARE(ws.unparsable, 0);
        expect_healthy(m_server);
    }

    void oversize_frame_is_closed_with_1009()
    {
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        std::string big = "{\"type\":\"pull\",\"id\":\"big\",\"cursor\":0,\"pad\":\"";
        big += std::string(protocol::max_frame_bytes, 'x');
        big += "\"}";
        ws.send_text(big);
        QVERIFY(ws.wait_disconnected());
        QCOMPARE(ws.close_code(), static_cast<int>(QWebSocketProtocol::CloseCodeTooMuchData));
        expect_healthy(m_server);
        // A frame just under the limit is read and answered (with a clear error, as it is junk).
        WsClient ok;
        QVERIFY(ok.open(m_server.url()));
        ok.send_text(std::string(protocol::max_frame_bytes - 16, ' ') + "{}");
        auto r = ok.next();
        QVERIFY(r.has_value());
        QCOMPARE((*r)["type"].get<std::string>(), std::string("error"));
    }

    // A socket that never signs in is closed with 1008 after --sign-in-seconds (30 by default);
    // one that signs in in time stays open past it. Junk frames do not keep it open either.
    void connections_that_never_sign_in_are_closed()
    {
        DemoServer server({"--sign-in-seconds", "1"}, "signin.db");
        QVERIFY2(server.start(), "bro-server did not start");
        WsClient idle, junk;
        QVERIFY(idle.open(server.url()));
        QVERIFY(junk.open(server.url()));
        auto *signed_in = server.sign_in("kari");
        QVERIFY(signed_in);
        auto &kari = *signed_in;
        junk.send_text("{\"type\":\"pull\",\"id\":\"p\",\"cursor\":0}"); // not signed in
        QVERIFY(idle.wait_disconnected(5000));
        QCOMPARE(idle.close_code(), static_cast<int>(QWebSocketProtocol::CloseCodePolicyViolated));
        QVERIFY(junk.wait_disconnected(5000));
        QCOMPARE(junk.close_code(), static_cast<int>(QWebSocketProtocol::CloseCodePolicyViolated));
        QTest::qWait(1200);
        QVERIFY(kari.connected());
        QCOMPARE(kari.pull_all().value("type", ""), std::string("changes"));
        expect_healthy(server);
    }

    void replayed_op_ids_are_not_applied_twice()
    {
        auto *device = m_server.sign_in("emil");
        QVERIFY(device);
        auto &emil = *device;
        QVERIFY(!emil.write("goal-replay", kind::goal, "case-emil",
                            {{"title", "Ta fagbrev"}, {"status", "active"}})
                     .error);
        const auto outbox = emil.store().outbox();
        const auto push =
            json::parse(protocol::serialize(protocol::ClientMessage{protocol::Push{"p1", outbox}}));
        auto first = emil.request(push);
        QCOMPARE(first["accepted"].size(), outbox.size());
        auto again = push;
        again["id"] = "p2";
        auto second = emil.request(again);
        QVERIFY(second["accepted"] == first["accepted"]); // same ops, same seqs
        Database db = open_server_db(m_server.db());
        auto s = db.prepare("SELECT COUNT(*) FROM change_log WHERE record_id = 'goal-replay'");
        QVERIFY(s.step());
        QCOMPARE(s.column_int64(0), static_cast<std::int64_t>(outbox.size()));
        // A new op reusing an old counter is refused as a replay, with a reason.
        auto reused = outbox[0];
        reused.op = new_uuid();
        auto third = emil.request(json::parse(
            protocol::serialize(protocol::ClientMessage{protocol::Push{"p3", {reused}}})));
        QCOMPARE(third["rejected"][0]["code"].get<std::string>(), std::string("bad_value"));
    }

    void bad_changes_are_rejected_with_reasons()
    {
        auto *device = m_server.sign_in("emil");
        QVERIFY(device);
        auto &emil = *device;
        Change base;
        base.record_id = "ci-bad";
        base.kind = kind::checkin;
        base.case_id = "case-emil";
        base.node = "hostile";
        base.hlc = Hlc::make(static_cast<std::uint64_t>(HlcClock::system_millis()), 0);
        auto make = [&](std::uint64_t counter, std::string field, json value) {
            Change c = base;
            c.op = new_uuid();
            c.counter = 1000 + counter;
            c.field = std::move(field);
            c.value = std::move(value);
            return c;
        };
        auto skewed = make(1, "mood", 3);
        skewed.hlc =
            Hlc::make(static_cast<std::uint64_t>(HlcClock::system_millis()) + 3'600'000, 0);
        auto moved = make(5, "title", "x");
        moved.record_id = "goal-emil-1"; // a goal of Emil's …
        moved.kind = kind::goal;
        moved.case_id = "case-sara"; // … claimed for another case
        const std::vector<Change> changes = {skewed, make(2, "mood", 9), make(3, "colour", "red"),
                                             make(4, "mood", "happy"), moved};
        auto ack = emil.request(json::parse(
            protocol::serialize(protocol::ClientMessage{protocol::Push{"bad", changes}})));
        QCOMPARE(ack["accepted"].size(), std::size_t{0});
        QCOMPARE(ack["rejected"].size(), changes.size());
        QCOMPARE(ack["rejected"][0]["code"].get<std::string>(), std::string("clock_skew"));
        QCOMPARE(ack["rejected"][1]["code"].get<std::string>(), std::string("invalid_record"));
        QVERIFY(ack["rejected"][1]["message"].get<std::string>().find("mood") != std::string::npos);
        QCOMPARE(ack["rejected"][2]["code"].get<std::string>(), std::string("invalid_record"));
        QCOMPARE(ack["rejected"][3]["code"].get<std::string>(), std::string("invalid_record"));
        QVERIFY(ack["rejected"][4]["code"] == "invalid_record" ||
                ack["rejected"][4]["code"] == "forbidden");
        Database db = open_server_db(m_server.db());
        auto s = db.prepare("SELECT COUNT(*) FROM rejected_changes WHERE device_id = ?");
        s.bind(1, emil.device_id);
        QVERIFY(s.step());
        QCOMPARE(s.column_int64(0), static_cast<std::int64_t>(changes.size()));
    }

    // One push may carry its own retry, two edits of one field and a change that moves a
    // record it created: each change gets the answer it would get in a push of its own (on
    // PostgreSQL the server reads and writes a push set-wise, server/hub/push.cpp).
    void one_push_answers_each_change_as_if_alone()
    {
        auto *device = m_server.sign_in("emil");
        QVERIFY(device);
        auto &emil = *device;
        const auto now = static_cast<std::uint64_t>(HlcClock::system_millis());
        auto make = [&](std::uint64_t counter, std::string field, json value, std::int64_t ms) {
            Change c;
            c.op = new_uuid();
            c.counter = 2000 + counter;
            c.record_id = "goal-one-push";
            c.kind = kind::goal;
            c.case_id = "case-emil";
            c.node = "one-push";
            c.field = std::move(field);
            c.value = std::move(value);
            c.hlc = Hlc::make(now + static_cast<std::uint64_t>(ms + 10), 0);
            return c;
        };
        const auto first = make(1, "title", "Første mål", 0);
        const auto status = make(2, "status", "active", 0);
        const auto later = make(3, "title", "Ta fagbrev", 2);      // the newest title wins …
        const auto earlier = make(4, "title", "Eldre tittel", -5); // … though this comes last
        auto moved = make(5, "title", "Flyttet", 3);
        moved.case_id = "case-sara";
        const auto unknown = make(6, "mood", 9, 0);
        const std::vector<Change> changes = {first,   status, later,   first,
                                             earlier, moved,  unknown, unknown};
        const auto push = [&](const std::string &id) {
            return emil.request(json::parse(
                protocol::serialize(protocol::ClientMessage{protocol::Push{id, changes}})));
        };
        const auto ack = push("one");
        QCOMPARE(ack["accepted"].size(), std::size_t{5});
        QVERIFY(ack["accepted"][0]["op"] == json(first.op));
        QVERIFY(ack["accepted"][3]["op"] == json(first.op));
        QVERIFY(ack["accepted"][3]["seq"] == ack["accepted"][0]["seq"]); // the retry: same seq
        for (int i : {1, 2, 4}) // the others follow in the push's order
            QVERIFY(ack["accepted"][i]["seq"].get<std::int64_t>() >
                    ack["accepted"][i == 4 ? 2 : i - 1]["seq"].get<std::int64_t>());
        QCOMPARE(ack["rejected"].size(), std::size_t{3});
        QVERIFY(ack["rejected"][0]["op"] == json(moved.op));
        QVERIFY(ack["rejected"][0]["code"] == json("invalid_record"));
        QVERIFY(ack["rejected"][0]["message"].get<std::string>().find("another case") !=
                std::string::npos);
        QVERIFY(ack["rejected"][1]["op"] == json(unknown.op));
        QVERIFY(ack["rejected"][2] == ack["rejected"][1]);

        Database db = open_server_db(m_server.db());
        auto logged =
            db.prepare("SELECT COUNT(*) FROM change_log WHERE record_id = 'goal-one-push'");
        QVERIFY(logged.step());
        QCOMPARE(logged.column_int64(0), std::int64_t{4});
        auto title = db.prepare(
            "SELECT value, op FROM fields WHERE record_id = 'goal-one-push' AND field = 'title'");
        QVERIFY(title.step());
        QCOMPARE(title.column_text(0), std::string("\"Ta fagbrev\""));
        QCOMPARE(title.column_text(1), later.op);

        // The whole push again: the same answer, nothing new stored.
        const auto again = push("two");
        QVERIFY(again["accepted"] == ack["accepted"]);
        QVERIFY(again["rejected"] == ack["rejected"]);
        logged.reset();
        QVERIFY(logged.step());
        QCOMPARE(logged.column_int64(0), std::int64_t{4});
    }

    void revoked_device_is_refused()
    {
        auto *device = m_server.sign_in("lars");
        QVERIFY(device);
        auto &lars = *device;
        lars.disconnect();
        auto r = m_server.admin(
            {"device", "revoke", "--device", QString::fromStdString(lars.device_id)});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY(lars.connect(m_server.url()));
        QCOMPARE(lars.hello()["code"].get<std::string>(), std::string("token_revoked"));
    }

    // A revoke from the admin command reaches a device that is connected right now.
    void revoking_a_connected_device_signs_it_out()
    {
        auto *device = m_server.sign_in("lars");
        QVERIFY(device);
        auto &lars = *device;
        lars.pull_all();
        auto r = m_server.admin({"device", "revoke", "--user", "lars"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY(lars.ws().wait_disconnected(8000));
        QCOMPARE(lars.ws().close_code(), static_cast<int>(QWebSocketProtocol::CloseCodeGoingAway));
        lars.pump(0);
        QVERIFY(std::any_of(lars.errors.begin(), lars.errors.end(),
                            [](const json &e) { return e["code"] == "token_revoked"; }));
    }

    void expired_token_is_refused()
    {
        DemoServer server({"--token-ttl-seconds", "1"}, "expiring.db");
        QVERIFY2(server.start(), "bro-server did not start");
        auto *device = server.sign_in("ida");
        QVERIFY(device);
        auto &ida = *device;
        QCOMPARE(ida.hello()["code"].get<std::string>(), std::string("bad_value")); // signed in
        ida.disconnect();
        QTest::qWait(2100);
        QVERIFY(ida.connect(server.url()));
        QCOMPARE(ida.hello()["code"].get<std::string>(), std::string("token_expired"));
    }

    void ten_thousand_logins_are_rate_limited()
    {
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        constexpr int n = 10000;
        for (int i = 0; i < n; ++i)
            ws.send_json({{"type", "login"},
                          {"id", std::to_string(i)},
                          {"protocol", 1},
                          {"user", "sara"},
                          {"password", "gjett-" + std::to_string(i)},
                          {"device_name", "angriper"}});
        int bad = 0, limited = 0;
        for (int i = 0; i < n; ++i) {
            auto r = ws.next(30000);
            QVERIFY2(r.has_value(), qPrintable(QString("only %1 answers").arg(i)));
            const auto code = (*r).value("code", "");
            if (code == "bad_credentials")
                ++bad;
            else if (code == "rate_limited")
                ++limited;
            else
                QFAIL(r->dump().c_str());
        }
        QCOMPARE(bad + limited, n);
        // Only a handful of passwords were actually tried: the account locks after five failures
        // and the lock doubles with each further one (the rest never reached Argon2id).
        QVERIFY2(bad >= 5 && bad <= 12, qPrintable(QString("%1 passwords were tried").arg(bad)));
        // The server stays healthy and others sign in.
        expect_healthy(m_server);
        QVERIFY(m_server.sign_in("mathias"));
    }

    // Five wrong passwords lock the account for a second, even against the right password;
    // then it opens again (slowed down, not locked out for good).
    void failed_logins_lock_the_account_briefly()
    {
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        auto login = [&](const std::string &id, const std::string &password) {
            ws.send_json({{"type", "login"},
                          {"id", id},
                          {"protocol", 1},
                          {"user", "jonas"},
                          {"password", password},
                          {"device_name", "Jonas' telefon"}});
            auto r = ws.reply(id, 20000);
            return r ? r->value("code", r->value("type", std::string())) : std::string("timeout");
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login("w" + std::to_string(i), "feil-passord"),
                     std::string("bad_credentials"));
        QCOMPARE(login("right-too-soon", "demo-passord"), std::string("rate_limited"));
        QTest::qWait(1100);
        QCOMPARE(login("right", "demo-passord"), std::string("welcome"));
    }

    void refuses_open_bind_without_tls()
    {
        // Servers that must refuse to start, or start on an empty database: not the demo fixture's.
        auto r = run_cli({"serve", "--db", server_db(m_server.dir(), "open.db"), "--bind",
                          "0.0.0.0", "--port", "0"},
                         10000);
        QCOMPARE(r.exit_code, 2);
        QVERIFY(r.err.contains("TLS"));
        ServerProcess insecure(server_db(m_server.dir(), "insecure.db"),
                               {"--bind", "0.0.0.0", "--insecure"});
        QVERIFY(insecure.start());
        QCOMPARE(insecure.terminate(), 0);
    }

    void tls_serves_wss()
    {
        const auto cert = m_server.path("cert.pem"), key = m_server.path("key.pem");
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                                  "-out", cert, "-days", "2", "-subj", "/CN=localhost"});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        DemoServer server({"--tls-cert", cert, "--tls-key", key}, "tls.db");
        QVERIFY2(server.start(), "bro-server did not start");
        QVERIFY(server.sign_in_at(server.url("wss"), "emil"));
        // Plain ws to a TLS port does not get in.
        WsClient plain;
        QVERIFY(!plain.open(server.url("ws"), 3000));
    }

    // SIGTERM: connected devices are told "going away" (1001) and the process exits cleanly.
    void graceful_stop()
    {
        DemoServer server({}, "stopping.db");
        QVERIFY2(server.start(), "bro-server did not start");
        auto *kari = server.sign_in("kari");
        QVERIFY(kari);
        QCOMPARE(server.stop(), 0);
        QVERIFY(kari->ws().wait_disconnected());
        QCOMPARE(kari->ws().close_code(), static_cast<int>(QWebSocketProtocol::CloseCodeGoingAway));
    }
};

QTEST_GUILESS_MAIN(TestServerHostile)
#include "tst_server_hostile.moc"
