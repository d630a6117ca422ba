#include "signin_harness.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

namespace bro::test {

QString node_path()
{
    return QStringLiteral(BRO_NODE_MODULES);
}

bool harness_available(QString *why)
{
    if (QStandardPaths::findExecutable("node").isEmpty())
        *why = "node is not installed";
    else if (!QFile::exists("/usr/bin/chromium"))
        *why = "Debian's chromium is not installed (scripts/setup installs it)";
    else if (!QFile::exists(node_path() + "/oidc-provider/package.json"))
        *why = "the npm packages are not installed (the external_npm_ci fixture)";
    else
        return true;
    return false;
}

namespace {

QProcessEnvironment node_environment()
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("NODE_PATH", node_path());
    return env;
}

} // namespace

OidcProvider::OidcProvider(QStringList args) : m_args(std::move(args))
{
    m_process.setProcessEnvironment(node_environment());
    QObject::connect(&m_process, &QProcess::readyReadStandardError,
                     [this] { m_log += m_process.readAllStandardError(); });
}

OidcProvider::~OidcProvider()
{
    stop();
}

bool OidcProvider::start(int timeout_ms)
{
    m_issuer.clear();
    m_process.start("node", QStringList{QStringLiteral(BRO_OIDC_DIR "/provider.mjs")} + m_args);
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < timeout_ms && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const auto m = QRegularExpression("listening (http://\\S+)").match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_issuer = m.captured(1);
            return true;
        }
    }
    qWarning().noquote() << "provider did not start:" << out << m_log;
    return false;
}

void OidcProvider::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

quint16 OidcProvider::port() const
{
    return static_cast<quint16>(QUrl(m_issuer).port());
}

AppRedirect::AppRedirect() : m_server(std::make_unique<QTcpServer>())
{
    m_server->listen(QHostAddress::LocalHost, 0);
    QObject::connect(m_server.get(), &QTcpServer::newConnection, [this] {
        while (auto *socket = m_server->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray request = socket->readAll();
                const auto line = request.left(request.indexOf("\r\n")).split(' ');
                if (line.size() >= 2)
                    received << QString::fromUtf8(line[1]);
                const QByteArray body = "<!doctype html><meta charset=utf-8><title>Bro</title>"
                                        "<p>Du kan gå tilbake til Bro nå.</p>";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                              "Connection: close\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString AppRedirect::uri() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server->serverPort());
}

BrowserResult run_browser(const QString &url, const QString &pid, const QString &acr,
                          const QString &until, bool cancel, int timeout_ms)
{
    QProcess p;
    p.setProcessEnvironment(node_environment());
    QStringList args{QStringLiteral(BRO_OIDC_DIR "/browser.mjs"),
                     "--url",
                     url,
                     "--pid",
                     pid,
                     "--until",
                     until,
                     "--timeout-ms",
                     QString::number(timeout_ms - 5000)};
    if (!acr.isEmpty())
        args << "--acr" << acr;
    if (cancel)
        args << "--cancel";
    p.start("node", args);
    QElapsedTimer t;
    t.start();
    // The app's redirect is served by this thread's event loop: keep it turning.
    while (p.state() != QProcess::NotRunning && t.elapsed() < timeout_ms)
        QTest::qWait(50);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
    BrowserResult r;
    r.output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    const auto m =
        QRegularExpression("^arrived (\\S+)", QRegularExpression::MultilineOption).match(r.output);
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && m.hasMatch();
    if (m.hasMatch())
        r.arrived = QUrl(m.captured(1));
    return r;
}

QString make_fnr(int day, int month, int year, int individual)
{
    const QString base = QStringLiteral("%1%2%3%4")
                             .arg(day, 2, 10, QChar('0'))
                             .arg(month, 2, 10, QChar('0'))
                             .arg(year % 100, 2, 10, QChar('0'))
                             .arg(individual, 3, 10, QChar('0'));
    auto digit = [](const QString &s, int i) { return s.at(i).digitValue(); };
    static const int w1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static const int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += w1[i] * digit(base, i);
    int k1 = 11 - sum % 11;
    if (k1 == 11)
        k1 = 0;
    if (k1 == 10)
        return {};
    const QString with1 = base + QString::number(k1);
    sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += w2[i] * digit(with1, i);
    int k2 = 11 - sum % 11;
    if (k2 == 11)
        k2 = 0;
    if (k2 == 10)
        return {};
    return with1 + QString::number(k2);
}

quint16 free_port()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace bro::test
