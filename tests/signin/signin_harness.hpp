#pragma once
// The real parts a national sign-in test needs, started on loopback and stopped by the test: an
// OpenID provider (npm oidc-provider, tests/external/oidc/provider.js), Debian's chromium driven
// through playwright-core (browser.js) for the person's part at the provider, and the app's
// loopback redirect (RFC 8252 §7.3) that the browser is sent back to.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>
#include <memory>
#include <vector>

namespace bro::test {

// NODE_PATH for the harness's npm packages, and whether node and chromium are here at all.
QString node_path();
bool harness_available(QString *why);

class OidcProvider
{
public:
    explicit OidcProvider(QStringList args);
    ~OidcProvider();
    bool start(int timeout_ms = 60000); // false unless it printed "listening http://…"
    void stop();
    QString issuer() const { return m_issuer; }
    quint16 port() const;
    QByteArray log() const { return m_log; }

private:
    QStringList m_args;
    QProcess m_process;
    QString m_issuer;
    QByteArray m_log;
};

// The app's side of the redirect: a loopback listener that answers the browser with a calm page
// and remembers what it was sent.
class AppRedirect
{
public:
    AppRedirect();
    QString uri() const; // http://127.0.0.1:PORT/callback
    QStringList received;

private:
    std::unique_ptr<QTcpServer> m_server;
};

struct BrowserResult
{
    bool ok = false;
    QUrl arrived; // where the browser ended: the app's redirect
    QString output;
};

// Runs browser.js: opens `url`, signs in as `pid` at `acr` (or cancels), and waits until the
// browser reaches `until`. Bounded; the event loop keeps serving the app's redirect meanwhile.
BrowserResult run_browser(const QString &url, const QString &pid, const QString &acr,
                          const QString &until, bool cancel = false, int timeout_ms = 60000);

// A valid Norwegian national identity number (both mod-11 check digits) for a birth date and an
// individual number; empty when that individual number has no valid check digits.
QString make_fnr(int day, int month, int year, int individual);

// A free loopback port, for a server whose address must be known before it starts.
quint16 free_port();

} // namespace bro::test
