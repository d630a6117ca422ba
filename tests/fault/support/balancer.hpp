#pragma once
// A real load balancer in front of server nodes: Debian's haproxy, on loopback, as a national
// deployment would run it. HTTP mode, so a WebSocket upgrade passes through and becomes a
// tunnel; each node is checked on GET /health every 100 ms (a node whose database is gone
// answers 503), marked down after 2 failed checks and up after 1 good one. Its admin socket
// tells the test how many nodes it counts as up.

#include <QProcess>
#include <QString>
#include <QUrl>
#include <vector>

namespace bro::test {

class Balancer
{
public:
    explicit Balancer(QString dir) : m_dir(std::move(dir)) {}
    ~Balancer();
    Balancer(const Balancer &) = delete;
    Balancer &operator=(const Balancer &) = delete;

    // False (with the reason in error()) when haproxy is missing or does not come up.
    bool start(const std::vector<quint16> &node_ports);
    QUrl url() const; // ws://127.0.0.1:port/sync
    quint16 port() const { return m_port; }
    // Nodes haproxy counts as up now; -1 if it cannot be asked.
    int nodes_up() const;
    const QString &error() const { return m_error; }

private:
    QString stats_socket() const;

    QString m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace bro::test
