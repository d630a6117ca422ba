#include "demo_server.hpp"

#include "test_db.hpp"

#include <QTest>
#include <QtGlobal>
#include <atomic>

namespace bro::test {

DemoServer::DemoServer(QStringList serve_args, QString db_name)
    : m_serve_args(std::move(serve_args)), m_db_name(std::move(db_name)),
      m_server(std::make_unique<ServerProcess>(QString()))
{
    static std::atomic<int> instances{0};
    m_instance = instances++;
}

QString DemoServer::own_name(const QString &name) const
{
    return m_instance == 0 ? name : QString("f%1-%2").arg(m_instance).arg(name);
}

DemoServer::~DemoServer()
{
    // Devices first: their sockets close while the server still answers.
    m_devices.clear();
    m_nodes.clear();
    m_server.reset();
}

bool DemoServer::launch(const QString &db, const QStringList &extra_serve_args)
{
    m_server.reset(); // the one before ends first: a restart must not find its port or lock taken
    m_db = db;
    m_server = std::make_unique<ServerProcess>(m_db, m_serve_args + extra_serve_args);
    if (m_keep_log)
        m_server->keep_log();
    return m_server->start();
}

bool DemoServer::seed(const QStringList &demo_args)
{
    if (!m_seeded.isEmpty())
        return true;
    if (!m_dir.isValid()) {
        qWarning("DemoServer: no temporary folder: %s", qPrintable(m_dir.errorString()));
        return false;
    }
    const auto db = server_db(m_dir, own_name(m_db_name));
    const auto r = run_cli(QStringList{"demo", "--db", db} + demo_args);
    if (r.exit_code != 0) {
        qWarning("DemoServer: bro-server demo failed: %s", qPrintable(r.err));
        return false;
    }
    m_seeded = m_db = db;
    return true;
}

bool DemoServer::start()
{
    return start_fresh();
}

bool DemoServer::restart(const QStringList &extra_serve_args, bool same_port)
{
    if (m_db.isEmpty())
        return false;
    return launch(m_db, extra_serve_args + port_args(same_port));
}

bool DemoServer::start_on(const QString &db, const QStringList &extra_serve_args, bool same_port)
{
    return launch(db, extra_serve_args + port_args(same_port));
}

QStringList DemoServer::port_args(bool same_port) const
{
    if (!same_port || m_server->port() == 0)
        return {};
    return {"--port", QString::number(m_server->port())};
}

ServerProcess *DemoServer::add_node(const QStringList &extra_serve_args)
{
    if (!seed())
        return nullptr;
    auto node = std::make_unique<ServerProcess>(m_db, m_serve_args + extra_serve_args);
    if (m_keep_log)
        node->keep_log();
    if (!node->start())
        return nullptr;
    m_nodes.push_back(std::move(node));
    return m_nodes.back().get();
}

bool DemoServer::start_fresh(const QStringList &extra_serve_args)
{
    if (!seed())
        return false;
    m_server.reset();
    m_nodes.clear();
    const auto copy = server_db(m_dir, own_name(QString("run-%1.db").arg(++m_copies)));
    if (!copy_server_db(m_seeded, copy)) {
        qWarning("DemoServer: could not copy the demo database to %s", qPrintable(copy));
        return false;
    }
    return launch(copy, extra_serve_args);
}

int DemoServer::stop()
{
    return m_server->terminate();
}

CliResult DemoServer::admin(const QStringList &args) const
{
    return run_cli(QStringList{"admin", "--db", m_db} + args);
}

TestDevice &DemoServer::new_device(const std::string &name)
{
    m_devices.push_back(
        std::make_unique<TestDevice>(m_dir.path(), name + "-" + std::to_string(m_copies) + "-" +
                                                       std::to_string(m_devices.size())));
    return *m_devices.back();
}

TestDevice *DemoServer::sign_in(const std::string &user, const std::string &password)
{
    return sign_in_at(url(), user, password);
}

TestDevice *DemoServer::sign_in_at(const QUrl &at, const std::string &user,
                                   const std::string &password)
{
    auto &d = new_device(user);
    if (!d.connect(at)) {
        qWarning("DemoServer: %s could not connect to %s", user.c_str(), qPrintable(at.toString()));
        return nullptr;
    }
    const auto reply = d.login(user, password);
    if (reply.value("type", "") != "welcome") {
        qWarning("DemoServer: %s was not signed in: %s", user.c_str(), reply.dump().c_str());
        return nullptr;
    }
    return &d;
}

TestDevice &DemoServer::device(const std::string &user, bool caught_up, const QUrl &at)
{
    auto *d = sign_in_at(at.isEmpty() ? url() : at, user);
    if (!d) {
        QTest::qFail(("DemoServer: " + user + " was not signed in").c_str(), __FILE__, __LINE__);
        return new_device(user);
    }
    if (caught_up && d->pull_all().value("more", true))
        QTest::qFail(("DemoServer: " + user + " did not catch up").c_str(), __FILE__, __LINE__);
    return *d;
}

int DemoServer::bad_frames() const
{
    int n = 0;
    for (const auto &d : m_devices)
        n += d->bad_frames;
    return n;
}

} // namespace bro::test
