#pragma once
// Talks to bro-server over a WebSocket: hello (token) or login/enrol, then pushes the outbox in
// batches, pulls until the server says there is no more, applies live changes and purges, and
// reconnects with exponential backoff. Nothing local is dropped: a change leaves the outbox only
// when the server acknowledged or rejected it, and rejections are kept in the store.

#include "sync/protocol.hpp"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QtWebSockets/QWebSocket>
#include <vector>

class Store;

class SyncClient : public QObject
{
    Q_OBJECT

public:
    enum class State { offline, connecting, syncing, uptodate };
    Q_ENUM(State)

    explicit SyncClient(QObject *parent = nullptr);
    ~SyncClient() override;

    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    // The store to sync (nullptr before login). The client does not own it.
    void setStore(Store *store);
    // Credentials for hello; an empty token means "not signed in".
    void setToken(const QString &deviceId, const QString &token);
    void setDeviceName(const QString &name) { m_deviceName = name; }

    // Connects (if needed) and signs in with a password / an invite code.
    void login(const QString &user, const QString &password);
    void enrol(const QString &inviteCode, const QString &user, const QString &password);
    // Connects with the token and keeps the connection up, reconnecting with backoff.
    void start();
    // Closes and stays offline until start().
    void stop();
    // Push and pull now (connects if offline).
    void syncNow();

    void requestAudit(const QString &caseId);
    void requestConsentHistory(const QString &caseId);
    // The coordinator's programme figures for [from, to] (YYYY-MM-DD); answered by
    // programmeReceived, or an error (forbidden for anyone else).
    void requestProgramme(const QString &from, const QString &to);
    // The coordinator's directory (organisations, people, cases and care teams) and changes to
    // it. Each returns the request id, or "" when the client is offline by choice and nothing
    // was queued. Answers: directoryReceived / directoryEdited, or directoryFailed with the id.
    QString requestDirectory();
    QString editDirectory(bro::protocol::DirectoryEdit edit);

    // National sign-in (docs/protocol.md; the flow is NationalSignIn's). The options and the start
    // need no sign-in: they go on the open connection, or on one opened for them that is not kept
    // up. Answers: signInOptionsReceived, signInStarted, or signInFailed.
    void requestSignInOptions();
    void startSignIn(bro::protocol::SignInStart start);
    // Signs in with the redirect's code and the PKCE verifier, as login does with a password: on a
    // new connection when the first is old (the server closes one not signed in after 30 s).
    // Answer: welcomed, or signInFailed.
    void finishSignIn(const QString &code, const QString &verifier);
    // The signed-in person's devices, and signing one of them out. Each returns the request id
    // ("" when offline by choice). Answers: devicesReceived, or devicesFailed with the id.
    QString requestDevices();
    QString signOutDevice(const QString &deviceId);
    // Why the last authLost came: token_revoked (signed out from elsewhere: erase this device's
    // copy), token_expired, not_authenticated.
    QString authLostCode() const { return m_authLostCode; }

    State state() const { return m_state; }
    static QString stateName(State s);
    // The wait before the reconnect now planned (-1: none is): between half the backoff and all
    // of it, at random.
    int reconnectDelayMs() const { return m_reconnect.isActive() ? m_reconnect.interval() : -1; }
    // Shorter delays for tests.
    void setBackoff(int initialMs, int maxMs);
    // Changes per push and per pull frame.
    void setBatchSize(int n) { m_batch = n; }
    // How many pushes may wait for their ack at once, and how many frames one pull asks for
    // (1 and 1: one request at a time, as before issue 13).
    void setWindows(int pushes, int pullFrames);
    int pushesInFlight() const { return static_cast<int>(m_pushIds.size()); }

Q_SIGNALS:
    void stateChanged();
    void welcomed(const bro::protocol::Welcome &welcome);
    void loginFailed(const QString &message);
    void authLost(const QString &message); // token expired/revoked: sign in again
    void errorOccurred(const QString &message);
    void rejected(const QString &message); // a pushed change was refused by the server
    void auditReceived(const bro::protocol::Audit &audit);
    void consentHistoryReceived(const bro::protocol::ConsentHistory &history);
    void programmeReceived(const bro::protocol::Programme &programme);
    // The office loaded a new revision of this person's programme while connected.
    void programmeDefinitionReceived(const bro::protocol::ProgrammeDefinition &definition);
    void directoryReceived(const bro::protocol::Directory &directory);
    void directoryEdited(const bro::protocol::DirectoryEdited &edited);
    // A directory request was refused (forbidden, bad input); message is for the user.
    void directoryFailed(const QString &id, const QString &code, const QString &message);
    void purged(const QString &caseId, int rows);
    // The whole case was purged, core included: this person left its care team.
    void caseLeft(const QString &caseId);
    void syncedUp(); // the outbox is empty and the last pull had no more
    void signInOptionsReceived(const bro::protocol::SignInOptions &options);
    void signInStarted(const QString &authorizeUrl);
    // A national sign-in's start or finish was refused, or the server could not be reached;
    // code "" for the latter. The message is for the person.
    void signInFailed(const QString &code, const QString &message);
    void devicesReceived(const bro::protocol::Devices &devices);
    void devicesFailed(const QString &id, const QString &code, const QString &message);

private:
    // Queues a per-case query unless one for the same case is already waiting.
    template <typename Query> void queueCaseQuery(const QString &caseId);

    // signIn: a connection for the sign-in's questions only; signInFinish: signs in with a code.
    enum class Intent { none, token, login, enrol, signIn, signInFinish };

    void open();
    // Whether a connection to `url` is being opened now (not yet open).
    bool connectingTo(const QUrl &url) const;
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void scheduleReconnect();
    void setState(State s);
    void send(const bro::protocol::ClientMessage &m);
    QString nextId();
    void pump(); // decide what to do next: push, pull, or idle
    void sendPull(std::int64_t cursor);
    void sendBeforeSignIn(bro::protocol::ClientMessage m);
    void handle(const bro::protocol::Welcome &m);
    void handle(const bro::protocol::Ack &m);
    void handle(const bro::protocol::Changes &m);
    void handle(const bro::protocol::Purge &m);
    void handle(const bro::protocol::Audit &m);
    void handle(const bro::protocol::ConsentHistory &m);
    void handle(const bro::protocol::Programme &m);
    void handle(const bro::protocol::ProgrammeDefinition &m);
    void handle(const bro::protocol::Directory &m);
    void handle(const bro::protocol::DirectoryEdited &m);
    void handle(const bro::protocol::SignInOptions &m);
    void handle(const bro::protocol::SignInStarted &m);
    void handle(const bro::protocol::Devices &m);
    void handle(const bro::protocol::Error &m);
    template <typename T> void handle(const T &) {}

    QWebSocket m_socket;
    QUrl m_url;
    QPointer<Store> m_store;
    QString m_deviceId;
    QString m_token;
    QString m_deviceName;
    Intent m_intent = Intent::none;
    QString m_user, m_password, m_invite;
    QString m_authRequestId;
    QString m_signInCode, m_verifier; // for sign_in_finish, until the answer
    QString m_authLostCode;
    QElapsedTimer m_openedAt;
    std::vector<bro::protocol::ClientMessage> m_beforeSignIn; // sign-in questions to send on open
    QSet<QString> m_signInIds;  // sign-in questions whose errors signInFailed reports
    QSet<QString> m_devicesIds; // device requests whose errors devicesFailed reports

    State m_state = State::offline;
    bool m_wanted = false; // keep connected
    bool m_authenticated = false;
    bool m_socketOpen = false;
    QStringList m_pushIds;       // pushes sent and not yet answered, oldest first
    quint64 m_pushedThrough = 0; // the outbox counter of the last change sent on this connection
    QString m_pullId;            // in-flight pull
    int m_pullFramesLeft = 0;    // frames the in-flight pull may still bring
    bool m_pullMore = true;      // pull again after this one
    bool m_caughtUp = false;     // pulled to the end at least once on this connection
    bool m_pumpQueued = false;
    int m_batch = 500;
    // A bounded window each way (issue 13): the device stores one batch while the server works on
    // the next, and a slow link carries several at once. 4 × 500 changes is at most ~2 MiB.
    int m_pushWindow = 4;
    int m_pullWindow = 4;
    int m_nextId = 0;
    int m_backoffInitial = 500;
    int m_backoffMax = 30000;
    int m_backoffMs = 500;
    QTimer m_reconnect;
    std::vector<bro::protocol::ClientMessage> m_queued; // queries to send once signed in
    QSet<QString> m_directoryIds; // directory requests whose errors directoryFailed reports
    QTimer m_watchdog;            // a push or pull unanswered for too long: reconnect
};
