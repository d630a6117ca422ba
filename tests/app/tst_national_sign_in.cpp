// The app's side of national sign-in without a provider: PKCE against RFC 7636's own example,
// the loopback redirect (a wrong state is ignored, the browser gets its page, a late person is
// given up on), the redirect's errors in plain words, and the whole flow against a stand-in
// server that closes the first connection as bro-server does, with BRO_SIGN_IN_BROWSER as the
// browser. The real provider and browser are the server's tests/signin/tst_sign_in.cpp.

#include "lock/AppLock.h"
#include "session/Session.h"
#include "signin/LoopbackRedirect.h"
#include "signin/NationalSignIn.h"
#include "signin/Pkce.h"
#include "store/ErrorText.h"
#include "sync/protocol.hpp"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QtWebSockets/QWebSocket>
#include <QtWebSockets/QWebSocketServer>
#include <memory>

namespace proto = bro::protocol;

namespace {

// A browser's GET, answered asynchronously (the listener runs on this thread's event loop).
struct HttpGet
{
    QTcpSocket socket;
    QByteArray response;
    bool closed = false;
    HttpGet(quint16 port, const QByteArray &target)
    {
        QObject::connect(&socket, &QTcpSocket::connected, &socket, [this, target] {
            socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        });
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [this] { response += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
};

// Plays bro-server's part: options, start (then closes that connection, as the server does to one
// not signed in within 30 s), finish checking the PKCE verifier, and an empty first pull. Its
// /authorize page plays the provider: it sends the browser straight back with a code.
class FakeServer : public QObject
{
public:
    QWebSocketServer ws{QStringLiteral("fake"), QWebSocketServer::NonSecureMode};
    QTcpServer http;
    QString challenge, redirectUri, state, invite, platform;
    int connections = 0;
    bool finishOk = false;

    FakeServer()
    {
        ws.listen(QHostAddress::LocalHost, 0);
        http.listen(QHostAddress::LocalHost, 0);
        connect(&ws, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *s = ws.nextPendingConnection();
            s->setParent(this); // the caller owns it: gone with the stand-in server
            ++connections;
            connect(s, &QWebSocket::textMessageReceived, s,
                    [this, s](const QString &text) { onText(s, text); });
        });
        connect(&http, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = http.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                s->readAll();
                QUrl back(redirectUri);
                back.setQuery(QStringLiteral("code=the-code&state=%1").arg(state));
                s->write("HTTP/1.1 302 Found\r\nLocation: " + back.toEncoded() +
                         "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        });
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/sync").arg(ws.serverPort()); }

    void onText(QWebSocket *s, const QString &text)
    {
        auto parsed = proto::parse_client(text.toStdString());
        if (!parsed)
            return;
        auto reply = [s](const proto::ServerMessage &m) {
            s->sendTextMessage(QString::fromStdString(proto::serialize(m)));
        };
        if (const auto *q = std::get_if<proto::SignInOptionsQuery>(&*parsed.message)) {
            proto::SignInOptions o{q->id, {}, false};
            o.providers.push_back({"idporten", "ID-porten", {bro::Role::apprentice}});
            o.providers.push_back({"helseid", "HelseID", {bro::Role::clinician}});
            reply(o);
        } else if (const auto *st = std::get_if<proto::SignInStart>(&*parsed.message)) {
            challenge = QString::fromStdString(st->code_challenge);
            redirectUri = QString::fromStdString(st->redirect_uri);
            state = QString::fromStdString(st->state);
            invite = QString::fromStdString(st->invite_code);
            reply(proto::SignInStarted{st->id, QStringLiteral("http://127.0.0.1:%1/authorize")
                                                   .arg(http.serverPort())
                                                   .toStdString()});
            s->close(); // the browser takes longer than the server waits
        } else if (const auto *f = std::get_if<proto::SignInFinish>(&*parsed.message)) {
            platform = QString::fromStdString(f->platform);
            finishOk = f->code == "the-code" &&
                       pkce::challenge(QByteArray::fromStdString(f->code_verifier)) == challenge;
            if (!finishOk) {
                reply(proto::Error{f->id, proto::code::sign_in_failed, "no"});
                return;
            }
            proto::Welcome w;
            w.id = f->id;
            w.user = {"p-emil", "Emil", bro::Role::apprentice, "", ""};
            w.device_id = "dev-1";
            w.token = std::string(64, 'a');
            w.provider = "idporten";
            reply(w);
        } else if (const auto *p = std::get_if<proto::Pull>(&*parsed.message)) {
            reply(proto::Changes{p->id, {}, 0, false});
        }
    }
};

} // namespace

class TestNationalSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pkceMatchesRfc7636AppendixB()
    {
        QCOMPARE(pkce::challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QByteArray a = pkce::makeVerifier(), b = pkce::makeVerifier();
        QCOMPARE(a.size(), 43);
        QVERIFY(a != b);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$"))
                    .match(QString::fromLatin1(a))
                    .hasMatch());
        QVERIFY(!pkce::challenge(a).contains('='));
    }

    void loopbackIgnoresAWrongStateAndAnswersTheBrowser()
    {
        LoopbackRedirect r;
        QVERIFY(r.listen("our-state"));
        QVERIFY(r.redirectUri().startsWith(QLatin1String("http://127.0.0.1:")));
        QSignalSpy code(&r, &LoopbackRedirect::codeReceived);
        HttpGet wrong(r.port(), "/callback?code=stolen&state=not-ours");
        QTRY_VERIFY(wrong.closed);
        QVERIFY(wrong.response.startsWith("HTTP/1.1 404"));
        HttpGet favicon(r.port(), "/favicon.ico");
        QTRY_VERIFY(favicon.closed);
        QCOMPARE(code.count(), 0);
        QVERIFY(r.isListening());

        const quint16 port = r.port();
        HttpGet right(port, "/callback?code=abc%2B1&state=our-state");
        QTRY_COMPARE(code.count(), 1);
        QCOMPARE(code.at(0).at(0).toString(), QStringLiteral("abc+1"));
        QTRY_VERIFY(right.closed);
        QVERIFY(right.response.startsWith("HTTP/1.1 200"));
        QVERIFY(right.response.contains("Cache-Control: no-store"));
        QVERIFY(QString::fromUtf8(right.response).contains(QStringLiteral("Du er logget inn")));
        QVERIFY(!r.isListening()); // one redirect per sign-in
        HttpGet late(port, "/callback?code=again&state=our-state");
        QTRY_VERIFY(late.closed || late.socket.state() == QAbstractSocket::UnconnectedState);
        QCOMPARE(code.count(), 1);
    }

    void loopbackPassesErrorsOn()
    {
        LoopbackRedirect r;
        QVERIFY(r.listen("s"));
        QSignalSpy error(&r, &LoopbackRedirect::errorReceived);
        HttpGet get(r.port(), "/callback?error=unknown_person&state=s");
        QTRY_COMPARE(error.count(), 1);
        QCOMPARE(error.at(0).at(0).toString(), QStringLiteral("unknown_person"));
        QTRY_VERIFY(get.closed);
        QVERIFY(QString::fromUtf8(get.response).contains(QStringLiteral("ble ikke fullført")));
    }

    void loopbackGivesUpAfterTheTimeLimit()
    {
        LoopbackRedirect r;
        r.setTimeout(100);
        QVERIFY(r.listen("s"));
        QSignalSpy timedOut(&r, &LoopbackRedirect::timedOut);
        QTRY_COMPARE(timedOut.count(), 1);
        QVERIFY(!r.isListening());
    }

    void redirectErrorsInPlainWords()
    {
        QCOMPARE(errortext::signInRedirect("cancelled"), QString());
        QCOMPARE(errortext::signInRedirect("unknown_person"),
                 QStringLiteral("Vi fant deg ikke. Første gang trenger du invitasjonskoden fra "
                                "koordinatoren."));
        QCOMPARE(errortext::signInRedirect("bad_invite"),
                 QStringLiteral("Invitasjonskoden virker ikke. Spør koordinatoren om en ny."));
        QCOMPARE(
            errortext::signInRedirect("provider_unavailable"),
            QStringLiteral("Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt."));
        QCOMPARE(errortext::signInRedirect("sign_in_failed"),
                 QStringLiteral("Innloggingen mislyktes. Prøv igjen."));
        QCOMPARE(errortext::signInRedirect("something_new"),
                 QStringLiteral("Innloggingen mislyktes. Prøv igjen."));
        QCOMPARE(errortext::rejection(proto::code::sign_in_failed, "bad verifier"),
                 QStringLiteral("Innloggingen mislyktes. Prøv igjen."));
    }

    void signsInThroughTheBrowserAndAsksForAPin()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl plays the browser here");
        qputenv("BRO_SIGN_IN_BROWSER", "curl --silent --location --output /dev/null");
        FakeServer server;
        QTemporaryDir dir;
        Session session(dir.path());
        session.setServerUrl(server.url());
        NationalSignIn signIn;
        signIn.setSession(&session);
        QTRY_VERIFY(signIn.optionsLoaded());
        QCOMPARE(signIn.providers().size(), 2);
        QCOMPARE(signIn.providers().at(1).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("HelseID"));
        QVERIFY(!signIn.passwords());

        QSignalSpy signedIn(&signIn, &NationalSignIn::signedIn);
        signIn.start(QStringLiteral("idporten"), QStringLiteral(" ABCD-EFGH "));
        QCOMPARE(signIn.state(), QStringLiteral("starting"));
        QCOMPARE(signIn.providerName(), QStringLiteral("ID-porten"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
        QVERIFY(server.finishOk);
        QCOMPARE(server.connections, 2); // options and start, then the finish on a new one
        QCOMPARE(server.invite, QStringLiteral("ABCD-EFGH"));
        QVERIFY(server.redirectUri.endsWith(QLatin1String("/callback")));
        QCOMPARE(server.platform, QSysInfo::productType());
        QVERIFY(session.loggedIn());
        QCOMPARE(session.userName(), QStringLiteral("Emil"));
        QVERIFY(session.lock()->pinRequired()); // a national sign-in asks for a PIN at once
        QCOMPARE(signIn.state(), QStringLiteral("idle"));
        QCOMPARE(signIn.errorText(), QString());
        qunsetenv("BRO_SIGN_IN_BROWSER");
    }

    void aRedirectErrorIsSaidAndCancelIsQuiet()
    {
        qputenv("BRO_SIGN_IN_BROWSER", "true"); // a browser that does nothing: we knock ourselves
        FakeServer server;
        QTemporaryDir dir;
        Session session(dir.path());
        session.setServerUrl(server.url());
        NationalSignIn signIn;
        signIn.setSession(&session);
        signIn.start(QStringLiteral("idporten"));
        QTRY_COMPARE(signIn.state(), QStringLiteral("browser"));
        const QByteArray state = server.state.toUtf8();
        HttpGet get(QUrl(server.redirectUri).port(), "/callback?error=bad_invite&state=" + state);
        QTRY_COMPARE(signIn.state(), QStringLiteral("idle"));
        QCOMPARE(signIn.errorText(),
                 QStringLiteral("Invitasjonskoden virker ikke. Spør koordinatoren om en ny."));

        signIn.start(QStringLiteral("helseid"));
        QTRY_COMPARE(signIn.state(), QStringLiteral("browser"));
        QCOMPARE(signIn.errorText(), QString()); // a new try starts clean
        HttpGet cancelled(QUrl(server.redirectUri).port(),
                          "/callback?error=cancelled&state=" + server.state.toUtf8());
        QTRY_COMPARE(signIn.state(), QStringLiteral("idle"));
        QCOMPARE(signIn.errorText(), QString());

        signIn.start(QStringLiteral("idporten"));
        QTRY_COMPARE(signIn.state(), QStringLiteral("browser"));
        const quint16 port = QUrl(server.redirectUri).port();
        signIn.cancel(); // the person pressed Avbryt: the listener is gone
        QCOMPARE(signIn.state(), QStringLiteral("idle"));
        QVERIFY(!signIn.redirect()->isListening());
        HttpGet afterCancel(port, "/callback?code=the-code&state=" + server.state.toUtf8());
        QTest::qWait(200);
        QVERIFY(!session.loggedIn());
        qunsetenv("BRO_SIGN_IN_BROWSER");
    }

    void aServerThatCannotBeReachedIsSaid()
    {
        QTemporaryDir dir;
        Session session(dir.path());
        session.setServerUrl(QStringLiteral("ws://127.0.0.1:9/sync")); // nothing listens
        NationalSignIn signIn;
        signIn.setSession(&session);
        QTest::qWait(300);
        QVERIFY(signIn.passwords()); // no answer: the password form stays, as before
        QVERIFY(signIn.providers().isEmpty());
        signIn.start(QStringLiteral("idporten"));
        QTRY_COMPARE(signIn.state(), QStringLiteral("idle"));
        QVERIFY(signIn.errorText().startsWith(QStringLiteral("Fikk ikke kontakt med serveren")));
    }
};

QTEST_MAIN(TestNationalSignIn)
#include "tst_national_sign_in.moc"
