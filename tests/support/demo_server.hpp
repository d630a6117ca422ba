#pragma once
// One fixture for every test that needs a running demo server (server, app, end-to-end and fault
// tests): a temporary folder, the demo seeded with `bro-server demo`, a bro-server on a free
// loopback port, and devices signed in over a raw WebSocket. The database is a SQLite file, or
// a fresh database in the throw-away PostgreSQL cluster when ctest runs a `_pg` variant
// (test_db.hpp decides), so the same test runs on both stores.
//
//     bro::test::DemoServer server;
//     QVERIFY(server.start());
//     auto *emil = server.sign_in("emil");
//     QVERIFY(emil);

#include "server_process.hpp"
#include "test_device.hpp"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <string>
#include <vector>

namespace bro::test {

inline constexpr const char *demo_password = "demo-passord";

class DemoServer
{
public:
    // serve_args go to every `bro-server serve` this fixture starts (e.g. --tick-seconds 1);
    // db_name names the database in the fixture's folder (or cluster).
    explicit DemoServer(QStringList serve_args = {}, QString db_name = "demo.db");
    ~DemoServer();
    DemoServer(const DemoServer &) = delete;
    DemoServer &operator=(const DemoServer &) = delete;

    // Seeds the demo (once; demo_args after `bro-server demo --db DB`). False, with the reason
    // logged, if the folder or the seed failed.
    bool seed(const QStringList &demo_args = {});
    // Seeds if not yet seeded, then starts the server on a copy of the seeded demo (as
    // start_fresh()): what a test writes never reaches the seed, so a later start_fresh() begins
    // from the demo as it was seeded.
    bool start();
    // A server on a new copy of the seeded demo, so that a test function starts from the demo as
    // it was seeded whatever the ones before it wrote. The server before it is stopped.
    bool start_fresh(const QStringList &extra_serve_args = {});
    // SIGTERM and wait; the server's exit code (-1 if it hung or crashed; a server that had
    // already ended gives its exit code).
    int stop();
    // SIGKILL: the server gets no chance to clean up (crash tests).
    void kill9() { m_server->kill9(); }
    // A new server on the same database, after the one before is stopped (or killed): what a
    // restart or a crash leaves must still be there. On a new port (url() follows it), or with
    // same_port on the one before, as a device that keeps the server's address needs.
    bool restart(const QStringList &extra_serve_args = {}, bool same_port = false);
    // A server on another database (a restored backup, a copy), after the one before is stopped.
    // db() then names it.
    bool start_on(const QString &db, const QStringList &extra_serve_args = {},
                  bool same_port = false);
    // Another node on the same database, beside the fixture's own server (scale-out tests);
    // null if it did not start. The fixture stops its nodes when it is destroyed.
    ServerProcess *add_node(const QStringList &extra_serve_args = {});
    void stop_nodes() { m_nodes.clear(); }
    // Servers started after this keep their log for process().log() instead of writing it to
    // the test's stderr.
    void keep_log() { m_keep_log = true; }

    QUrl url(const QString &scheme = "ws") const { return m_server->url(scheme); }
    quint16 port() const { return m_server->port(); }
    // The database the server runs on (a path or a postgresql:// URI).
    const QString &db() const { return m_db; }
    // A path inside the fixture's temporary folder.
    QString path(const QString &name) const { return m_dir.filePath(name); }
    const QTemporaryDir &dir() const { return m_dir; }
    ServerProcess &process() { return *m_server; }
    // `bro-server admin --db DB <args>`.
    CliResult admin(const QStringList &args) const;

    // A new device (a LocalStore in the fixture's folder) signed in as `user` over a raw
    // WebSocket; null if it could not connect or the login was not welcomed. The fixture keeps
    // it until clear_devices().
    TestDevice *sign_in(const std::string &user, const std::string &password = demo_password);
    // The same, at another server (a node from add_node()).
    TestDevice *sign_in_at(const QUrl &url, const std::string &user,
                           const std::string &password = demo_password);
    // The same as a reference, for tests that hold several devices (at url(), or at `at`):
    // caught_up pulls until nothing more is left. If the sign-in fails the test is failed
    // (QTest::qFail) and an unconnected device comes back, so the next check fails plainly.
    TestDevice &device(const std::string &user, bool caught_up = false, const QUrl &at = {});
    // Frames the fixture's devices could not read, all told (a suite's cleanup() wants 0).
    int bad_frames() const;
    // A device not yet connected, named `name` (made unique) for its store file.
    TestDevice &new_device(const std::string &name);
    std::vector<std::unique_ptr<TestDevice>> &devices() { return m_devices; }
    void clear_devices() { m_devices.clear(); }

private:
    bool launch(const QString &db, const QStringList &extra_serve_args);
    QString own_name(const QString &name) const;
    QStringList port_args(bool same_port) const;

    QStringList m_serve_args;
    QString m_db_name;
    QTemporaryDir m_dir;
    QString m_seeded; // the database `bro-server demo` wrote; empty until seeded
    QString m_db;     // the one the server runs on: m_seeded, or a copy of it
    std::unique_ptr<ServerProcess> m_server;
    std::vector<std::unique_ptr<ServerProcess>> m_nodes;
    std::vector<std::unique_ptr<TestDevice>> m_devices;
    int m_copies = 0;
    bool m_keep_log = false;
    // Its databases' names carry it (but for the first fixture of a process), so that two
    // fixtures in one test never share a database in the PostgreSQL cluster.
    int m_instance = 0;
};

} // namespace bro::test
