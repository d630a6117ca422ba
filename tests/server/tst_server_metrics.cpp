// What an operator watches (issue 22): /metrics with requests by type and their latency,
// rejected changes by reason and failed sign-ins, served only to loopback and the networks an
// operator names, scraped by a real Prometheus (Debian's, started here on loopback); and the log,
// one JSON object a line with --log-format json, with no health detail, password or token in it.

#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "net/allowed_networks.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace bro::test;
using nlohmann::json;

namespace {

// The value of one series in Prometheus text ("name{labels} value"), -1 when absent.
double series(const QByteArray &text, const QByteArray &name)
{
    for (const auto &line : text.split('\n'))
        if (line.startsWith(name + " "))
            return line.mid(name.size() + 1).toDouble();
    return -1;
}

// An HTTP GET through Qt's client (Prometheus answers in chunks); the body, or empty.
QByteArray fetch(const QUrl &url)
{
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
        return {};
    return reply->isFinished() && reply->error() == QNetworkReply::NoError ? reply->readAll()
                                                                           : QByteArray();
}

quint16 free_port()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace

class TestServerMetrics : public QObject
{
    Q_OBJECT

    DemoServer m_server{QStringList{"--log-format", "json"}, "server.db"};
    const std::string m_note = "Vondt i ryggen etter tunge løft på anlegget";

private slots:
    void initTestCase()
    {
        m_server.keep_log();
        QVERIFY(m_server.start());
    }

    // The devices hang up before the next test, as they did when each test had its own.
    void cleanup() { m_server.clear_devices(); }

    void requests_rejections_and_failed_sign_ins_are_counted()
    {
        auto &emil = m_server.new_device("emil"); // a wrong password first: no sign_in()
        QVERIFY(emil.connect(m_server.url()));
        QCOMPARE(emil.login("emil", "feil-passord")["code"].get<std::string>(),
                 std::string("bad_credentials"));
        auto welcome = emil.login("emil");
        QCOMPARE(welcome["type"].get<std::string>(), std::string("welcome"));
        emil.pull_all();
        QVERIFY(!emil.write("ci-metrics", bro::kind::checkin, "case-emil",
                            {{"date", "2026-11-20"},
                             {"mood", 2},
                             {"energy", 2},
                             {"sleep", 3},
                             {"pain", 6},
                             {"note", m_note}})
                     .error);
        QCOMPARE(emil.push()["type"].get<std::string>(), std::string("ack"));
        // Only the apprentice writes their check-ins: the adviser's is rejected as forbidden.
        auto *kari = m_server.sign_in("kari");
        QVERIFY(kari);
        QVERIFY(!kari->write("ci-by-kari", bro::kind::checkin, "case-emil",
                             {{"date", "2026-11-20"},
                              {"mood", 3},
                              {"energy", 3},
                              {"sleep", 3},
                              {"pain", 0}})
                     .error);
        kari->push();

        const QByteArray m = http_get(m_server.port(), "/metrics");
        QVERIFY2(series(m, "bro_sessions") >= 2, m.constData());
        QVERIFY(series(m, "bro_request_seconds_count{type=\"login\"}") >= 3);
        QVERIFY(series(m, "bro_request_seconds_count{type=\"push\"}") >= 2);
        QVERIFY(series(m, "bro_request_seconds_count{type=\"pull\"}") >= 1);
        QVERIFY(series(m, "bro_request_seconds_bucket{type=\"push\",le=\"+Inf\"}") >= 2);
        QCOMPARE(series(m, "bro_sign_in_failures_total{how=\"password\"}"), 1.0);
        QVERIFY2(series(m, "bro_rejected_changes_total{reason=\"forbidden\"}") >= 1, m.constData());
        QCOMPARE(series(m, "bro_store_up"), 1.0);
    }

    void only_loopback_and_named_networks_may_watch_data()
    {
        QTest::addColumn<QString>("allow");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("loopback v4, nothing named") << ""
                                                    << "127.0.0.1" << true;
        QTest::newRow("loopback v6, nothing named") << ""
                                                    << "::1" << true;
        QTest::newRow("another host, nothing named") << ""
                                                     << "192.0.2.7" << false;
        QTest::newRow("inside a named v4 network") << "192.0.2.0/24"
                                                   << "192.0.2.7" << true;
        QTest::newRow("outside it") << "192.0.2.0/24"
                                    << "192.0.3.7" << false;
        QTest::newRow("a named host") << "198.51.100.4"
                                      << "198.51.100.4" << true;
        QTest::newRow("v4-mapped v6") << "192.0.2.0/24"
                                      << "::ffff:192.0.2.9" << true;
        QTest::newRow("inside a named v6 network") << "2001:db8::/32"
                                                   << "2001:db8:1::5" << true;
        QTest::newRow("two named, second matches") << "10.1.0.0/16,2001:db8::/32"
                                                   << "2001:db8::1" << true;
    }
    void only_loopback_and_named_networks_may_watch()
    {
        QFETCH(QString, allow);
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        const auto nets = bro::AllowedNetworks::parse(allow.toStdString());
        QCOMPARE(nets.allows(address.toStdString()), allowed);
    }

    void a_bad_network_is_refused_at_start()
    {
        // A server that must refuse to start: the fixture only starts ones that do.
        const auto r = run_cli({"serve", "--db", m_server.path("x.db"), "--port", "0",
                                "--metrics-allow", "10.0.0.0/99"});
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(r.err.contains("--metrics-allow"), qPrintable(r.err));
    }

    void a_real_prometheus_scrapes_it()
    {
        const QString prometheus = QStandardPaths::findExecutable("prometheus");
        if (prometheus.isEmpty())
            QFAIL("Debian's prometheus is not installed (scripts/setup installs it)");
        const quint16 port = free_port();
        QFile config(m_server.path("prometheus.yml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                                    "scrape_configs:\n  - job_name: bro\n    static_configs:\n"
                                    "      - targets: ['127.0.0.1:%1']\n")
                         .arg(m_server.port())
                         .toUtf8());
        config.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(prometheus,
                {"--config.file=" + config.fileName(),
                 "--storage.tsdb.path=" + m_server.path("tsdb"),
                 "--web.listen-address=127.0.0.1:" + QString::number(port), "--log.level=warn"});
        QVERIFY(p.waitForStarted(10000));
        auto query = [&](const QString &q) -> double {
            QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(port));
            url.setQuery("query=" + QUrl::toPercentEncoding(q));
            const QByteArray body = fetch(url);
            const auto result = QJsonDocument::fromJson(body)["data"]["result"].toArray();
            return result.isEmpty() ? -1 : result[0]["value"].toArray()[1].toString().toDouble();
        };
        QElapsedTimer t;
        t.start();
        double up = -1, logins = -1;
        while (t.elapsed() < 60000 && (up != 1 || logins < 3)) {
            QTest::qWait(500);
            up = query("up{job=\"bro\"}");
            logins = query("bro_request_seconds_count{job=\"bro\",type=\"login\"}");
        }
        p.terminate();
        p.waitForFinished(10000);
        QVERIFY2(up == 1, p.readAll().constData());
        QVERIFY(logins >= 3);
    }

    void the_log_is_json_lines_without_health_details_or_secrets()
    {
        QCOMPARE(m_server.stop(), 0);
        const QByteArray log = m_server.process().log();
        QVERIFY(!log.isEmpty());
        for (const auto &line : log.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError e;
            const auto doc = QJsonDocument::fromJson(line, &e);
            QVERIFY2(e.error == QJsonParseError::NoError && doc.isObject(), line.constData());
            QVERIFY(doc["time"].isString() && doc["level"].isString() && doc["message"].isString());
        }
        QVERIFY(log.contains("\"message\":\"stopped\""));
        // Nothing of what people wrote, no password, no token.
        for (const QByteArray &word : {QByteArray::fromStdString(m_note), QByteArray("ryggen"),
                                       QByteArray("demo-passord"), QByteArray("feil-passord")})
            QVERIFY2(!log.contains(word), word.constData());
        QVERIFY(!QRegularExpression("[0-9a-f]{64}").match(QString::fromUtf8(log)).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestServerMetrics)
#include "tst_server_metrics.moc"
