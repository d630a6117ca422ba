// TLS as an operator needs it (issue 22): Mozilla's "intermediate" profile (TLS 1.2 with AEAD
// suites only, so no CBC suite for LUCKY13 to work on; TLS 1.3; nothing older), HSTS on every
// answer over TLS, and a renewed certificate taken on SIGHUP while connected devices stay.

#include "demo_server.hpp"

#include <QFile>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <csignal>

using namespace bro::test;

class TestServerTls : public QObject
{
    Q_OBJECT

    DemoServer m_server{{}, "server.db"};

    void make_cert(const QString &name, const QString &cn)
    {
        QProcess openssl;
        openssl.start("openssl",
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                       m_server.path(name + "-key.pem"), "-out", m_server.path(name + "-cert.pem"),
                       "-days", "2", "-subj", "/CN=" + cn});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    void use_cert(const QString &name)
    {
        for (const auto &part : {QStringLiteral("cert"), QStringLiteral("key")}) {
            QFile::remove(m_server.path(part + ".pem"));
            QVERIFY(QFile::copy(m_server.path(name + "-" + part + ".pem"),
                                m_server.path(part + ".pem")));
        }
    }

    // A TLS connection with the given protocol and (when not empty) only the given suite.
    std::unique_ptr<QSslSocket> connect_tls(QSsl::SslProtocol protocol, const QString &suite = {})
    {
        auto s = std::make_unique<QSslSocket>();
        auto config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(protocol);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!suite.isEmpty())
            config.setCiphers({QSslCipher(suite)});
        s->setSslConfiguration(config);
        s->connectToHostEncrypted("127.0.0.1", m_server.port());
        s->waitForEncrypted(5000);
        return s;
    }

    QString peer_name(QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater)
    {
        auto s = connect_tls(protocol);
        return s->isEncrypted()
                   ? s->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0)
                   : QString();
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        make_cert("a", "bro-a");
        make_cert("b", "bro-b");
        use_cert("a");
        // The certificate is in the fixture's folder, known only once it exists: extra arguments.
        QVERIFY(m_server.start_fresh(
            {"--tls-cert", m_server.path("cert.pem"), "--tls-key", m_server.path("key.pem")}));
    }

    void only_the_intermediate_profile_is_offered_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("suite");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("TLS 1.3") << int(QSsl::TlsV1_3) << QString() << true;
        QTest::newRow("TLS 1.2 AES-GCM")
            << int(QSsl::TlsV1_2) << "ECDHE-RSA-AES128-GCM-SHA256" << true;
        QTest::newRow("TLS 1.2 ChaCha20")
            << int(QSsl::TlsV1_2) << "ECDHE-RSA-CHACHA20-POLY1305" << true;
        QTest::newRow("TLS 1.2 CBC (LUCKY13)")
            << int(QSsl::TlsV1_2) << "ECDHE-RSA-AES128-SHA" << false;
        QTest::newRow("TLS 1.2 CBC SHA-256")
            << int(QSsl::TlsV1_2) << "ECDHE-RSA-AES128-SHA256" << false;
        QTest::newRow("TLS 1.2 no forward secrecy")
            << int(QSsl::TlsV1_2) << "AES128-GCM-SHA256" << false;
    }
    void only_the_intermediate_profile_is_offered()
    {
        QFETCH(int, protocol);
        QFETCH(QString, suite);
        QFETCH(bool, accepted);
        if (!suite.isEmpty() && QSslCipher(suite).isNull())
            QSKIP("this TLS library lacks the suite, so it cannot be offered either");
        auto s = connect_tls(static_cast<QSsl::SslProtocol>(protocol), suite);
        QCOMPARE(s->isEncrypted(), accepted);
    }

    void every_answer_over_tls_carries_hsts()
    {
        auto s = connect_tls(QSsl::TlsV1_2OrLater);
        QVERIFY(s->isEncrypted());
        s->write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (s->waitForReadyRead(3000))
            answer += s->readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY2(answer.toLower().contains("strict-transport-security: max-age=63072000"),
                 answer.constData());
    }

    void sighup_takes_a_renewed_certificate_and_keeps_live_devices()
    {
        QCOMPARE(peer_name(), QString("bro-a"));
        auto *emil = m_server.sign_in_at(m_server.url("wss"), "emil");
        QVERIFY(emil);

        use_cert("b");
        QCOMPARE(::kill(static_cast<pid_t>(m_server.process().process().processId()), SIGHUP), 0);
        QTRY_COMPARE_WITH_TIMEOUT(peer_name(), QString("bro-b"), 5000);
        // The device connected before the reload is still connected and answered.
        QVERIFY(emil->connected());
        QCOMPARE(emil->pull_all().value("type", ""), std::string("changes"));

        // A broken renewal keeps the certificate the server has.
        QFile broken(m_server.path("cert.pem"));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("not a certificate");
        broken.close();
        QCOMPARE(::kill(static_cast<pid_t>(m_server.process().process().processId()), SIGHUP), 0);
        QTest::qWait(500);
        QCOMPARE(peer_name(), QString("bro-b"));
        QVERIFY(m_server.process().running());
    }

    void cleanupTestCase()
    {
        m_server.clear_devices();
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
