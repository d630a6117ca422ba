// National sign-in end to end (issue 21): a real bro-server as the confidential client of a real
// OpenID provider (oidc-provider in an ID-porten-like and a HelseID-like configuration), a real
// browser for the person's part, and this test as the app: PKCE towards the server, a loopback
// redirect, the one-time code redeemed for Bro's own device token. Then what must fail: a
// replayed code, a wrong verifier, an unknown state, a lower level, a cancel, a provider that is
// down or slow, a role the provider is not for, passwords once providers are on — and the
// server's log names the reason but never the identity number or a token.

#include "demo_server.hpp"
#include "oidc/client_assertion.hpp"
#include "oidc/pkce.hpp"
#include "signin_harness.hpp"
#include "ws_client.hpp"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace bro::test;
using nlohmann::json;

class TestSignIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db; // the seeded demo, served as it is: admin() and the server share it
    quint16 m_port = 0;
    std::unique_ptr<OidcProvider> m_idporten;
    std::unique_ptr<OidcProvider> m_helseid;
    DemoServer m_server{{}, "server.db"};
    QString m_pid_emma, m_pid_ola, m_pid_nils;
    int m_ids = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliResult admin(const QStringList &args) { return m_server.admin(args); }

    QString invite(const QString &person)
    {
        const auto r = admin({"invite", "--person", person});
        return r.out.trimmed();
    }

    void write_config(const QString &idporten_issuer, const QString &helseid_issuer,
                      const QString &acr = "idporten-loa-substantial", int timeout_ms = 5000)
    {
        json c = {{"callback_url", "http://127.0.0.1:" + std::to_string(m_port) + "/auth/callback"},
                  {"identity_key_file", path("identity.key").toStdString()},
                  {"passwords", false},
                  {"providers",
                   {{{"id", "idporten"},
                     {"name", "ID-porten"},
                     {"issuer", idporten_issuer.toStdString()},
                     {"client_id", "bro-test"},
                     {"client_secret_file", path("idporten.secret").toStdString()},
                     {"acr", acr.toStdString()},
                     {"acr_levels", {"idporten-loa-substantial", "idporten-loa-high"}},
                     {"pid_claim", "pid"},
                     {"roles", {"apprentice", "adviser"}},
                     {"timeout_ms", timeout_ms}},
                    {{"id", "helseid"},
                     {"name", "HelseID"},
                     {"issuer", helseid_issuer.toStdString()},
                     {"client_id", "bro-helseid-test"},
                     {"private_key_file", path("helseid.pem").toStdString()},
                     {"key_id", "bro-test-1"},
                     {"scope", "openid profile helseid://scopes/identity/pid"},
                     {"pid_claim", "helseid://claims/identity/pid"},
                     {"roles", {"clinician"}},
                     {"timeout_ms", timeout_ms}}}}};
        QFile f(path("sign-in.json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(c.dump(2)));
    }

    QByteArray m_logs; // every server's log of this test, for the last check

    void check_log(const QByteArray &log)
    {
        m_logs += log;
        for (const auto &pid : {m_pid_emma, m_pid_ola, m_pid_nils})
            QVERIFY2(!log.contains(pid.toLatin1()), "an identity number in the log");
        QVERIFY2(!log.contains("eyJ"), "a JWT in the log"); // base64url of '{"'
        QVERIFY(!log.contains("a-test-secret-that-is-long-enough"));
    }

    bool start_server()
    {
        if (m_server.process().running())
            m_server.stop();
        check_log(m_server.process().log()); // empty before the first start
        // The port stays: the providers know the callback URL with it.
        return m_server.start_on(
            m_db, {"--port", QString::number(m_port), "--sign-in", path("sign-in.json")});
    }

    QString next_id() { return QString::number(++m_ids); }

    struct Attempt
    {
        json started;  // the server's answer to sign_in_start
        QUrl arrived;  // where the browser was sent back to (the app's redirect)
        QString state; // what the app sent
        std::string verifier;
        BrowserResult browser;
    };

    // The app's part up to the redirect: start, browser, back at the loopback listener.
    Attempt attempt(WsClient &ws, const std::string &provider, const QString &pid,
                    const QString &acr, const QString &invite_code = {}, bool cancel = false)
    {
        AppRedirect redirect;
        Attempt a;
        a.verifier = bro::oidc::pkce_verifier();
        a.state = QString::fromStdString(bro::oidc::random_token(16));
        const auto id = next_id().toStdString();
        json start = {{"type", "sign_in_start"},
                      {"id", id},
                      {"protocol", 1},
                      {"provider", provider},
                      {"code_challenge", bro::oidc::pkce_challenge_s256(a.verifier)},
                      {"redirect_uri", redirect.uri().toStdString()},
                      {"state", a.state.toStdString()}};
        if (!invite_code.isEmpty())
            start["invite_code"] = invite_code.toStdString();
        ws.send_json(start);
        a.started = ws.reply(id, 20000).value_or(json{});
        if (a.started.value("type", "") != "sign_in_started")
            return a;
        a.browser = run_browser(QString::fromStdString(a.started["authorize_url"]), pid, acr,
                                redirect.uri(), cancel);
        a.arrived = a.browser.arrived;
        return a;
    }

    static QString query(const QUrl &url, const QString &name)
    {
        return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
    }

    json finish(WsClient &ws, const QString &code, const std::string &verifier)
    {
        const auto id = next_id().toStdString();
        ws.send_json({{"type", "sign_in_finish"},
                      {"id", id},
                      {"protocol", 1},
                      {"code", code.toStdString()},
                      {"code_verifier", verifier},
                      {"device_name", "Testtelefon"},
                      {"platform", "linux"}});
        return ws.reply(id, 20000).value_or(json{});
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!harness_available(&why))
            QFAIL(qPrintable("the sign-in harness cannot run: " + why));
        QVERIFY(m_dir.isValid());
        m_server.keep_log();
        QVERIFY(m_server.seed());
        m_db = m_server.db();
        // New people without passwords: they will only ever sign in nationally.
        QCOMPARE(
            admin({"person", "add", "--id", "p-emma", "--name", "Emma Lie", "--role", "apprentice"})
                .exit_code,
            0);
        QCOMPARE(admin({"case", "add", "--id", "case-emma", "--apprentice", "p-emma",
                        "--training-office", "org-okab", "--clinic", "org-air"})
                     .exit_code,
                 0);
        QCOMPARE(admin({"person", "add", "--id", "p-ola", "--name", "Ola Berg", "--role",
                        "clinician", "--org", "org-air"})
                     .exit_code,
                 0);
        m_pid_emma = make_fnr(14, 3, 2006, 500);
        m_pid_ola = make_fnr(2, 11, 1984, 100);
        m_pid_nils = make_fnr(9, 9, 1999, 201);
        QVERIFY(!m_pid_emma.isEmpty() && !m_pid_ola.isEmpty() && !m_pid_nils.isEmpty());

        QFile secret(path("idporten.secret"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("a-test-secret-that-is-long-enough\n");
        secret.close();
        const auto key = bro::oidc::SigningKey::generate_ec("bro-test-1");
        QFile pem(path("helseid.pem"));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(QByteArray::fromStdString(key.private_pem()));
        pem.close();
        QFile jwks(path("client-jwks.json"));
        QVERIFY(jwks.open(QIODevice::WriteOnly));
        jwks.write(QByteArray::fromStdString(json{{"keys", {key.public_jwk()}}}.dump()));
        jwks.close();

        m_port = free_port();
        const QString callback = QStringLiteral("http://127.0.0.1:%1/auth/callback").arg(m_port);
        m_idporten = std::make_unique<OidcProvider>(
            QStringList{"--profile", "idporten", "--port", "0", "--client-id", "bro-test",
                        "--client-secret", "a-test-secret-that-is-long-enough", "--redirect-uri",
                        callback, "--keys", path("idporten-keys-1.json")});
        QVERIFY(m_idporten->start());
        m_helseid = std::make_unique<OidcProvider>(
            QStringList{"--profile", "helseid", "--port", "0", "--client-id", "bro-helseid-test",
                        "--client-jwks", path("client-jwks.json"), "--redirect-uri", callback,
                        "--par", "required"});
        QVERIFY(m_helseid->start());
        write_config(m_idporten->issuer(), m_helseid->issuer());
        QVERIFY(start_server());
    }

    void an_invited_apprentice_signs_in_then_signs_in_again_without_the_invite()
    {
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        auto a = attempt(ws, "idporten", m_pid_emma, "idporten-loa-substantial", invite("p-emma"));
        QCOMPARE(QString::fromStdString(a.started.dump()).contains("sign_in_started"), true);
        QVERIFY2(a.browser.ok, qPrintable(a.browser.output));
        QCOMPARE(query(a.arrived, "state"), a.state);
        const QString code = query(a.arrived, "code");
        QVERIFY2(!code.isEmpty(), qPrintable(a.arrived.toString()));
        const auto welcome = finish(ws, code, a.verifier);
        QCOMPARE(welcome.value("type", ""), std::string("welcome"));
        QCOMPARE(welcome["user"]["id"].get<std::string>(), std::string("p-emma"));
        QCOMPARE(welcome.value("provider", ""), std::string("idporten"));
        QCOMPARE(welcome["token"].get<std::string>().size(), std::size_t(64));

        // The device token works as any other: a new connection says hello with it.
        WsClient again;
        QVERIFY(again.open(m_server.url()));
        again.send_json({{"type", "hello"},
                         {"id", "h"},
                         {"protocol", 1},
                         {"device_id", welcome["device_id"]},
                         {"token", welcome["token"]}});
        QCOMPARE(again.reply("h").value_or(json{}).value("type", ""), std::string("welcome"));

        // The code was single-use: redeeming it again fails, and so does a wrong verifier.
        WsClient replay;
        QVERIFY(replay.open(m_server.url()));
        const auto replayed = finish(replay, code, a.verifier);
        QCOMPARE(replayed.value("code", ""), std::string("sign_in_failed"));

        // The identity is bound: national sign-in alone from now on.
        WsClient second;
        QVERIFY(second.open(m_server.url()));
        auto b = attempt(second, "idporten", m_pid_emma, "idporten-loa-high");
        QVERIFY2(b.browser.ok, qPrintable(b.browser.output));
        const auto wrong = finish(second, query(b.arrived, "code"), bro::oidc::pkce_verifier());
        QCOMPARE(wrong.value("code", ""), std::string("sign_in_failed"));
        QCOMPARE(wrong.value("message", ""), std::string("sign-in failed; try again"));
    }

    void the_number_is_not_kept_but_the_age_rule_gets_the_birth_date()
    {
        // The pilot's programme has the age rule: Emma had no date of birth, the number has it.
        QProcess sqlite;
        sqlite.start("sqlite3", {m_db, "SELECT date_of_birth FROM apprentice_age WHERE "
                                       "person_id = 'p-emma'"});
        QVERIFY(sqlite.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed(),
                 QString("2006-03-14"));
        // The number itself is nowhere in the database files.
        for (const auto &file : {m_db, m_db + "-wal"}) {
            QFile db(file);
            if (!db.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = db.readAll();
            QVERIFY(!bytes.contains(m_pid_emma.toLatin1()));
            QVERIFY(!bytes.contains(m_pid_ola.toLatin1()));
        }
    }

    void a_stranger_without_an_invite_is_refused()
    {
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        auto a = attempt(ws, "idporten", m_pid_nils, "idporten-loa-high");
        QVERIFY2(a.browser.ok, qPrintable(a.browser.output));
        QCOMPARE(query(a.arrived, "error"), QString("unknown_person"));
        QVERIFY(query(a.arrived, "code").isEmpty());
    }

    void cancelling_at_the_provider_comes_back_as_cancelled()
    {
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        auto a = attempt(ws, "idporten", m_pid_emma, {}, {}, true);
        QVERIFY2(a.browser.ok, qPrintable(a.browser.output));
        QCOMPARE(query(a.arrived, "error"), QString("cancelled"));
    }

    void a_clinician_signs_in_through_helseid_with_par_and_a_signed_assertion()
    {
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        auto a = attempt(ws, "helseid", m_pid_ola, {}, invite("p-ola"));
        QVERIFY2(a.started.value("type", "") == "sign_in_started",
                 (a.started.dump() + "\n" + m_server.process().log().toStdString()).c_str());
        // PAR: the browser carries only a reference to the pushed request.
        QVERIFY(QString::fromStdString(a.started["authorize_url"]).contains("request_uri="));
        QVERIFY2(a.browser.ok, qPrintable(a.browser.output));
        const auto welcome = finish(ws, query(a.arrived, "code"), a.verifier);
        QCOMPARE(welcome.value("type", ""), std::string("welcome"));
        QCOMPARE(welcome["user"]["role"].get<std::string>(), std::string("clinician"));
        QCOMPARE(welcome.value("provider", ""), std::string("helseid"));

        // HelseID is not for apprentices: Emma, bound already, is refused there.
        WsClient emma;
        QVERIFY(emma.open(m_server.url()));
        auto b = attempt(emma, "helseid", m_pid_emma, {});
        QVERIFY2(b.browser.ok, qPrintable(b.browser.output));
        QCOMPARE(query(b.arrived, "error"), QString("sign_in_failed"));
    }

    void unknown_state_and_bad_redirects_are_refused()
    {
        const auto page = http_get(m_port, "/auth/callback?state=made-up&code=x");
        QVERIFY(page.contains("utløpt"));
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        const auto challenge = bro::oidc::pkce_challenge_s256(bro::oidc::pkce_verifier());
        for (const char *uri : {"http://localhost:9/cb", "https://evil.example/cb",
                                "http://10.0.0.1:9/cb", "javascript:alert(1)"}) {
            ws.send_json({{"type", "sign_in_start"},
                          {"id", "r"},
                          {"protocol", 1},
                          {"provider", "idporten"},
                          {"code_challenge", challenge},
                          {"redirect_uri", uri},
                          {"state", "s"}});
            QCOMPARE(ws.reply("r").value_or(json{}).value("code", ""), std::string("bad_value"));
        }
    }

    void passwords_are_off_once_providers_are_on()
    {
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        ws.send_json({{"type", "login"},
                      {"id", "l"},
                      {"protocol", 1},
                      {"user", "kari"},
                      {"password", "demo-passord"},
                      {"device_name", "x"}});
        QCOMPARE(ws.reply("l").value_or(json{}).value("code", ""), std::string("forbidden"));
        ws.send_json({{"type", "sign_in_options"}, {"id", "o"}});
        const auto options = ws.reply("o").value_or(json{});
        QCOMPARE(options["providers"].size(), std::size_t(2));
        QCOMPARE(options.value("passwords", true), false);
    }

    void a_level_below_the_configured_one_is_refused()
    {
        write_config(m_idporten->issuer(), m_helseid->issuer(), "idporten-loa-high");
        QVERIFY(start_server());
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        auto a = attempt(ws, "idporten", m_pid_emma, "idporten-loa-substantial");
        QVERIFY2(a.browser.ok, qPrintable(a.browser.output));
        QCOMPARE(query(a.arrived, "error"), QString("sign_in_failed"));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.process().log().contains("acr_too_low"), 5000);
    }

    void keys_rotated_at_the_provider_are_fetched_again()
    {
        // The same provider, same address, new signing keys: the server refetches once.
        const QString issuer = m_idporten->issuer();
        m_idporten = std::make_unique<OidcProvider>(QStringList{
            "--profile", "idporten", "--port", QString::number(QUrl(issuer).port()), "--client-id",
            "bro-test", "--client-secret", "a-test-secret-that-is-long-enough", "--redirect-uri",
            QStringLiteral("http://127.0.0.1:%1/auth/callback").arg(m_port), "--keys",
            path("idporten-keys-2.json")});
        QVERIFY(m_idporten->start());
        QCOMPARE(m_idporten->issuer(), issuer);
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        auto a = attempt(ws, "idporten", m_pid_emma, "idporten-loa-high");
        QVERIFY2(a.browser.ok, qPrintable(a.browser.output));
        const auto welcome = finish(ws, query(a.arrived, "code"), a.verifier);
        QCOMPARE(welcome.value("type", ""), std::string("welcome"));
    }

    void a_provider_that_is_down_or_slow_gets_a_calm_answer_in_bounded_time()
    {
        // Down: nothing listens at the issuer.
        write_config(QStringLiteral("http://127.0.0.1:%1").arg(free_port()), m_helseid->issuer(),
                     "idporten-loa-substantial", 1000);
        QVERIFY(start_server());
        WsClient ws;
        QVERIFY(ws.open(m_server.url()));
        QElapsedTimer t;
        t.start();
        auto a = attempt(ws, "idporten", m_pid_emma, "idporten-loa-high");
        QCOMPARE(a.started.value("code", ""), std::string("provider_unavailable"));
        QVERIFY(t.elapsed() < 5000);

        // Slow: the token endpoint answers after 4 s, the server waits 1 s.
        OidcProvider slow(
            QStringList{"--profile", "idporten", "--port", "0", "--client-id", "bro-test",
                        "--client-secret", "a-test-secret-that-is-long-enough", "--redirect-uri",
                        QStringLiteral("http://127.0.0.1:%1/auth/callback").arg(m_port),
                        "--token-delay-ms", "4000"});
        QVERIFY(slow.start());
        write_config(slow.issuer(), m_helseid->issuer(), "idporten-loa-substantial", 1000);
        QVERIFY(start_server());
        WsClient ws2;
        QVERIFY(ws2.open(m_server.url()));
        auto b = attempt(ws2, "idporten", m_pid_emma, "idporten-loa-high");
        QVERIFY2(b.browser.ok, qPrintable(b.browser.output));
        QCOMPARE(query(b.arrived, "error"), QString("provider_unavailable"));
    }

    void the_log_names_reasons_but_never_a_number_or_a_token()
    {
        // The server of the last tests; the earlier ones' logs were checked as they stopped.
        QTest::qWait(200);
        check_log(m_server.process().log());
        QVERIFY(m_logs.contains("sign-in refused"));
        QVERIFY(m_logs.contains("acr_too_low"));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_sign_in.moc"
