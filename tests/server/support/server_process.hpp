#pragma once
// A real bro-server child process for tests: started on 127.0.0.1 port 0, ready once it printed
// "listening on ADDR:PORT". Its stderr goes to the test's stderr so that failures explain
// themselves.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bro::test {

struct CliResult
{
    int exit_code = -1;
    QString out;
    QString err;
};

// Runs `bro-server <args>` to completion (at most timeout_ms).
CliResult run_cli(const QStringList &args, int timeout_ms = 60000);

class ServerProcess
{
public:
    explicit ServerProcess(QString db_path, QStringList extra_args = {});
    ~ServerProcess();

    // Keeps the server's stderr (its log) for the test to read with log(), instead of passing it
    // through to the test's own stderr. Call before start().
    void keep_log();
    QByteArray log();                      // everything the server logged so far (with keep_log())
    bool start(int timeout_ms = 20000);    // false if it did not print "listening on"
    void kill9();                          // SIGKILL, no chance to clean up
    int terminate(int timeout_ms = 10000); // SIGTERM; returns the exit code (-1 if it hung)
    bool running() const;

    quint16 port() const { return m_port; }
    QUrl url(const QString &scheme = "ws") const; // <scheme>://127.0.0.1:port/sync
    const QString &db_path() const { return m_db; }
    QProcess &process() { return m_process; }

private:
    QString m_db;
    QStringList m_extra;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

// GET /health over plain HTTP; returns the body, or an empty string on failure.
QByteArray http_get(quint16 port, const QByteArray &path, int timeout_ms = 5000);

} // namespace bro::test
