// What an operator runs the server with (issue 22): `serve --config FILE` (TOML) takes every
// setting the command line takes, a flag given on the command line wins, and a mistyped key or
// value stops the server with the file, the line and the key. HEAD /health answers as GET does.

#include "server_process.hpp"

#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace bro::test;

class TestServerConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

private slots:
    void mistakes_name_the_file_line_and_key_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key")
            << QByteArray("db = \"x.db\"\n\nportt = 1\n") << "bro.toml:3: unknown key 'portt'";
        QTest::newRow("a flag's dash spelling")
            << QByteArray("tls-cert = \"a.pem\"\n") << "bro.toml:1: unknown key 'tls-cert'";
        QTest::newRow("number in quotes") << QByteArray("db = \"x.db\"\nport = \"8443\"\n")
                                          << "bro.toml:2: 'port' must be a whole number";
        QTest::newRow("text without quotes")
            << QByteArray("db = 7\n") << "bro.toml:1: 'db' must be a string in quotes";
        QTest::newRow("flag as text")
            << QByteArray("insecure = \"yes\"\n") << "bro.toml:1: 'insecure' must be true or false";
        QTest::newRow("not TOML") << QByteArray("db = \"x.db\"\nport 8443\n") << "bro.toml:2: ";
    }
    void mistakes_name_the_file_line_and_key()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto path = write("bro.toml", text);
        const auto r = run_cli({"serve", "--config", path});
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void the_file_applies_and_a_flag_wins()
    {
        // The file's port is out of range: refused, so the file was read…
        const auto db = m_dir.filePath("server.db");
        auto path = write("range.toml", "db = \"" + db.toUtf8() + "\"\nport = 70000\n");
        auto r = run_cli({"serve", "--config", path});
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(r.err.contains("--port must be 0-65535"), qPrintable(r.err));
        // …and a flag on the command line wins over it (ServerProcess adds --port 0).
        ServerProcess server(db, {"--config", path});
        QVERIFY(server.start());
        QVERIFY(http_get(server.port(), "/health").contains("\"ok\":true"));

        // A bind address off loopback from the file is refused without TLS, as the flag is.
        path = write("bind.toml", "db = \"" + db.toUtf8() + "\"\nbind = \"0.0.0.0\"\nport = 0\n");
        r = run_cli({"serve", "--config", path}, 20000);
        QVERIFY(r.exit_code != 0);
        QVERIFY2(r.err.contains("insecure") || r.err.contains("TLS"), qPrintable(r.err));
    }

    void head_health_answers_like_get()
    {
        ServerProcess server(m_dir.filePath("head.db"));
        QVERIFY(server.start());
        const QByteArray get = http_get(server.port(), "/health");
        QVERIFY(!get.isEmpty());
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(s.waitForConnected(5000));
        s.write("HEAD /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (s.waitForReadyRead(3000))
            answer += s.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        const auto header_end = answer.indexOf("\r\n\r\n");
        QVERIFY(header_end > 0);
        QCOMPARE(answer.size(), header_end + 4); // no body
        QVERIFY(answer.toLower().contains("content-type: application/json"));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
