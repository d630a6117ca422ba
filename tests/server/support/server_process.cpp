#include "server_process.hpp"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <signal.h>
#include <sys/prctl.h>

namespace bro::test {

CliResult run_cli(const QStringList &args, int timeout_ms)
{
    QProcess p;
    p.start(BRO_SERVER_EXE, args);
    CliResult r;
    if (!p.waitForFinished(timeout_ms)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exit_code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ServerProcess::ServerProcess(QString db_path, QStringList extra_args)
    : m_db(std::move(db_path)), m_extra(std::move(extra_args))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The server ends with the test even when the test does not reach this destructor (a crash,
    // a watchdog's abort): no server is left listening after a run.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

ServerProcess::~ServerProcess()
{
    if (running()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ServerProcess::keep_log()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Read as it comes: a full pipe would block the server's next log line.
    QObject::connect(&m_process, &QProcess::readyReadStandardError,
                     [this] { m_log += m_process.readAllStandardError(); });
}

QByteArray ServerProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

bool ServerProcess::start(int timeout_ms)
{
    QStringList args{"serve", "--db", m_db, "--port", "0"};
    args += m_extra;
    m_process.start(BRO_SERVER_EXE, args);
    if (!m_process.waitForStarted(timeout_ms))
        return false;
    QByteArray out;
    static const QRegularExpression re("listening on ([0-9.]+):([0-9]+)");
    QDeadlineTimer deadline(timeout_ms);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(
                static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))))
            if (m_process.state() != QProcess::Running)
                return false;
        out += m_process.readAllStandardOutput();
        auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = static_cast<quint16>(m.captured(2).toUInt());
            return true;
        }
    }
    return false;
}

void ServerProcess::kill9()
{
    m_process.kill(); // SIGKILL on Unix
    m_process.waitForFinished(5000);
}

int ServerProcess::terminate(int timeout_ms)
{
    // Not running: pid 0 would signal this whole process group.
    if (m_process.processId() <= 0)
        return m_process.exitCode();
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    // Wait with the event loop running, so that test clients can answer the close handshake.
    if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; },
                         timeout_ms)) {
        qWarning("bro-server did not stop: %s", qPrintable(m_process.errorString()));
        return -1;
    }
    if (m_process.exitStatus() != QProcess::NormalExit)
        qWarning("bro-server crashed on SIGTERM");
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

bool ServerProcess::running() const
{
    return m_process.state() == QProcess::Running;
}

QUrl ServerProcess::url(const QString &scheme) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/sync").arg(scheme).arg(m_port));
}

QByteArray http_get(quint16 port, const QByteArray &path, int timeout_ms)
{
    QTcpSocket s;
    s.connectToHost("127.0.0.1", port);
    if (!s.waitForConnected(timeout_ms))
        return {};
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray all;
    QDeadlineTimer deadline(timeout_ms);
    while (!deadline.hasExpired() && s.state() == QAbstractSocket::ConnectedState) {
        if (s.waitForReadyRead(100))
            all += s.readAll();
    }
    all += s.readAll();
    return all;
}

} // namespace bro::test
