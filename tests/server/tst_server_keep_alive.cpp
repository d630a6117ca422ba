// Keep-alive: a phone that vanishes without closing (a dead battery, a lift, a lost signal) must
// not hold a connection for ever, and a quiet phone that is still there must not be cut. The
// server sweeps its connections every --keep-alive-seconds: silent ones are pinged, and one that
// let a whole round pass after the ping is closed.

#include "demo_server.hpp"
#include "test_device.hpp"

#include <QTcpSocket>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace bro::test;
using nlohmann::json;

namespace {

const QByteArray upgrade =
    "GET /sync HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";

} // namespace

class TestServerKeepAlive : public QObject
{
    Q_OBJECT

private slots:
    void a_silent_connection_is_pinged_then_closed_and_a_quiet_device_stays()
    {
        DemoServer server({"--keep-alive-seconds", "1"}, "keepalive.db");
        QVERIFY2(server.start(), "bro-server did not start");
        auto *kari = server.sign_in("kari");
        QVERIFY(kari);

        // A WebSocket upgrade by hand; after it the socket answers nothing, as a phone gone from
        // the network would. The event loop runs throughout (QTRY_*), so Kari's device answers
        // the server's pings as the app would.
        QTcpSocket mute;
        QByteArray got;
        connect(&mute, &QTcpSocket::readyRead, this, [&] { got += mute.readAll(); });
        mute.connectToHost("127.0.0.1", server.port());
        QTRY_VERIFY_WITH_TIMEOUT(mute.state() == QAbstractSocket::ConnectedState, 5000);
        mute.write(upgrade);
        QTRY_VERIFY_WITH_TIMEOUT(got.contains("\r\n\r\n"), 5000);
        QVERIFY2(got.startsWith("HTTP/1.1 101"), got.constData());
        got.remove(0, got.indexOf("\r\n\r\n") + 4);

        // Within two to three rounds: a ping (opcode 0x9, unmasked from a server), then the end.
        QTRY_VERIFY_WITH_TIMEOUT(mute.state() == QAbstractSocket::UnconnectedState, 8000);
        got += mute.readAll();
        QVERIFY2(!got.isEmpty() && static_cast<unsigned char>(got[0]) == 0x89,
                 qPrintable("expected a ping before the close, got " + got.toHex()));

        // Kari says nothing for three more rounds either, but her device answers pings (as Qt's
        // WebSocket, the app's, does by itself): still connected, still served.
        QTest::qWait(3500);
        QVERIFY(kari->connected());
        QCOMPARE(kari->pull_all().value("type", ""), std::string("changes"));

        // The server counts only Kari now.
        const auto res = http_get(server.port(), "/health");
        const auto body = json::parse(res.mid(res.indexOf("\r\n\r\n") + 4).toStdString());
        QCOMPARE(body["sessions"].get<int>(), 1);
    }

    void the_option_is_checked()
    {
        const auto r = run_cli({"serve", "--db", "unused.db", "--keep-alive-seconds", "0"});
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(r.err.contains("--keep-alive-seconds must be 1-3600"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestServerKeepAlive)
#include "tst_server_keep_alive.moc"
