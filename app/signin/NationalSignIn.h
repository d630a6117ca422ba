#pragma once
// The app's side of national sign-in (ID-porten, HelseID) as RFC 8252 describes it for native
// apps: the server is the OpenID client; the app asks it to start with a PKCE challenge and a
// loopback redirect, opens the system browser (never a web view inside the app, whose password
// field the app could read), takes the one-time code the browser brings back, and redeems it
// with its verifier for Bro's own device token. The welcome then signs in through SyncClient as a
// password login does; the Session asks for a PIN after it.
//
// QML: `NationalSignIn { session: Session }` on the login page. For tests the environment
// variable BRO_SIGN_IN_BROWSER names a program (with arguments, if any) started with the
// authorize URL as its last argument instead of the system browser.

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

namespace bro::protocol {
struct SignInOptions;
struct Welcome;
} // namespace bro::protocol

class LoopbackRedirect;
class Session;
class SyncClient;

class NationalSignIn : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("session/Session.h")

    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // [{id, name, roles: [role]}] as the server offers them; a test may set its own.
    Q_PROPERTY(QVariantList providers READ providers WRITE setProviders NOTIFY optionsChanged)
    // Whether the server takes a username and password (demo data, tests; true until it answers).
    Q_PROPERTY(bool passwords READ passwords WRITE setPasswords NOTIFY optionsChanged)
    Q_PROPERTY(bool optionsLoaded READ optionsLoaded NOTIFY optionsChanged)
    // idle | starting (asking the server) | browser (waiting for the person in the browser) |
    // finishing (redeeming the code)
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    // The provider's name while signing in with it ("ID-porten").
    Q_PROPERTY(QString providerName READ providerName NOTIFY stateChanged)
    // Why the last attempt did not sign in, for the person; "" after cancelling or success.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit NationalSignIn(QObject *parent = nullptr);
    ~NationalSignIn() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    // Without a Session (tests): the client to talk through.
    void setSyncClient(SyncClient *client);
    QVariantList providers() const { return m_providers; }
    void setProviders(const QVariantList &providers);
    bool passwords() const { return m_passwords; }
    void setPasswords(bool passwords);
    bool optionsLoaded() const { return m_optionsLoaded; }
    QString state() const { return m_state; }
    bool busy() const { return m_state != QLatin1String("idle"); }
    QString providerName() const { return m_providerName; }
    QString errorText() const { return m_errorText; }
    // How long the browser may take (default 10 minutes).
    void setTimeoutMs(int ms);
    LoopbackRedirect *redirect() const { return m_redirect; }

    // Asks the server which providers it offers: when the session is set, when its server address
    // changes, and again every 15 s while the server could not be asked.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void start(const QString &providerId, const QString &inviteCode = {});
    // Back to the login page; a code arriving later is ignored.
    Q_INVOKABLE void cancel();
    // The person closed the browser tab by mistake: open the same address again.
    Q_INVOKABLE void openBrowserAgain();

    // Opens `url` in the system browser (or BRO_SIGN_IN_BROWSER); false when it could not.
    static bool openBrowser(const QUrl &url);

Q_SIGNALS:
    void sessionChanged();
    void optionsChanged();
    void stateChanged();
    void errorTextChanged();
    // The server welcomed the person after a national sign-in.
    void signedIn();

private:
    void onOptions(const bro::protocol::SignInOptions &options);
    void onStarted(const QString &authorizeUrl);
    void onFailed(const QString &code, const QString &message);
    void onCode(const QString &code);
    void onWelcomed(const bro::protocol::Welcome &welcome);
    void fail(const QString &message);
    void setState(const QString &state);
    void setErrorText(const QString &text);
    void reset(); // back to idle, secrets forgotten
    void forgetOptions();

    QPointer<Session> m_session;
    QPointer<SyncClient> m_sync;
    LoopbackRedirect *m_redirect = nullptr;
    QVariantList m_providers;
    bool m_passwords = true;
    bool m_optionsLoaded = false;
    QString m_state = QStringLiteral("idle");
    QString m_providerName;
    QString m_errorText;
    QByteArray m_verifier;
    QUrl m_authorizeUrl;
    QTimer m_retry;
};
