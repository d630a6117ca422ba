#include "balancer.hpp"

#include <QFile>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

namespace bro::test {

namespace {

quint16 free_port()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

Balancer::~Balancer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool Balancer::start(const std::vector<quint16> &node_ports)
{
    const auto haproxy = QStandardPaths::findExecutable("haproxy", {"/usr/sbin", "/usr/bin"});
    if (haproxy.isEmpty()) {
        m_error = "haproxy is missing (scripts/setup installs it)";
        return false;
    }
    m_port = free_port();
    QString servers;
    for (std::size_t i = 0; i < node_ports.size(); ++i)
        servers += QString("    server n%1 127.0.0.1:%2 check\n").arg(i).arg(node_ports[i]);
    const QString config = QString(R"(global
    maxconn 4000
    stats socket %3 mode 600
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    timeout tunnel 1h
    timeout http-request 5s
    option redispatch
    retries 2
frontend bro
    bind 127.0.0.1:%1
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /health
    http-check expect status 200
    default-server inter 100ms fall 2 rise 1
%2)")
                               .arg(m_port)
                               .arg(servers)
                               .arg(stats_socket());
    const QString path = m_dir + "/haproxy.cfg";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = "cannot write " + path;
        return false;
    }
    file.close();
    // -db: in the foreground, as this process's child; it ends with the test.
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    m_process.start(haproxy, {"-db", "-f", path});
    if (!m_process.waitForStarted(5000)) {
        m_error = "haproxy did not start: " + m_process.errorString();
        return false;
    }
    const int want = static_cast<int>(node_ports.size());
    if (!QTest::qWaitFor([&] { return nodes_up() == want; }, 10000)) {
        m_error =
            QString("haproxy did not see the %1 nodes up (it sees %2)").arg(want).arg(nodes_up());
        return false;
    }
    return true;
}

QUrl Balancer::url() const
{
    return QUrl(QString("ws://127.0.0.1:%1/sync").arg(m_port));
}

QString Balancer::stats_socket() const
{
    return m_dir + "/haproxy.sock";
}

int Balancer::nodes_up() const
{
    if (m_process.state() != QProcess::Running)
        return -1;
    // The admin socket's "show stat": a CSV header "# pxname,svname,…,status,…", then one line
    // per frontend, server and backend.
    QLocalSocket socket;
    socket.connectToServer(stats_socket());
    if (!socket.waitForConnected(2000))
        return -1;
    socket.write("show stat\n");
    QByteArray csv;
    while (socket.waitForReadyRead(2000))
        csv += socket.readAll();
    csv += socket.readAll();
    const auto lines = csv.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("# "))
        return -1;
    const auto header = lines.first().mid(2).split(',');
    const auto name_col = header.indexOf("svname"), status_col = header.indexOf("status");
    if (name_col < 0 || status_col < 0)
        return -1;
    int up = 0;
    for (const auto &line : lines.mid(1)) {
        const auto cols = line.split(',');
        if (cols.size() > status_col && cols[0] == "nodes" && cols[name_col].startsWith('n') &&
            cols[status_col].startsWith("UP"))
            ++up;
    }
    return up;
}

} // namespace bro::test
