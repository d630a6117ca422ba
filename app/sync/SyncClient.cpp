#include "sync/SyncClient.h"

#include "store/Convert.h"
#include "store/ErrorText.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDebug>
#include <QRandomGenerator>
#include <QSysInfo>
#include <algorithm>

using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

namespace {
constexpr int watchdogMs = 30000;

} // namespace

SyncClient::SyncClient(QObject *parent) : QObject(parent)
{
    m_deviceName = QSysInfo::machineHostName();
    if (m_deviceName.isEmpty())
        m_deviceName = QSysInfo::prettyProductName();
    if (m_deviceName.isEmpty())
        m_deviceName = QStringLiteral("Bro");
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncClient::open);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(watchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        qWarning() << "sync: no answer from the server, reconnecting";
        m_socket.abort();
    });
    connect(&m_socket, &QWebSocket::connected, this, &SyncClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &SyncClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &SyncClient::onText);
    // A refused connection may end without `disconnected`: make sure we retry either way.
    // (Qt 6.4 calls the signal `error`; 6.5 renamed it `errorOccurred`.)
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                QTimer::singleShot(0, this, [this] {
                    if (m_socket.state() == QAbstractSocket::UnconnectedState &&
                        m_state == State::connecting && !m_socketOpen && !m_reconnect.isActive())
                        onDisconnected();
                });
            });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &) { Q_EMIT errorOccurred(tr("Uventet svar fra serveren.")); });
}

SyncClient::~SyncClient()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void SyncClient::setUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    m_url = url;
    if (m_socketOpen || m_state == State::connecting) {
        m_socket.abort(); // reconnects to the new address when wanted
    }
}

void SyncClient::setStore(Store *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &Store::localWrite, this, &SyncClient::pump);
    pump();
}

void SyncClient::setToken(const QString &deviceId, const QString &token)
{
    m_deviceId = deviceId;
    m_token = token;
}

void SyncClient::setWindows(int pushes, int pullFrames)
{
    m_pushWindow = std::max(1, pushes);
    m_pullWindow = std::clamp(pullFrames, 1, static_cast<int>(proto::max_pull_window));
}

void SyncClient::setBackoff(int initialMs, int maxMs)
{
    m_backoffInitial = initialMs;
    m_backoffMax = maxMs;
    m_backoffMs = initialMs;
}

QString SyncClient::stateName(State s)
{
    switch (s) {
    case State::offline:
        return QStringLiteral("offline");
    case State::connecting:
        return QStringLiteral("connecting");
    case State::syncing:
        return QStringLiteral("syncing");
    case State::uptodate:
        return QStringLiteral("uptodate");
    }
    return QStringLiteral("offline");
}

void SyncClient::login(const QString &user, const QString &password)
{
    m_intent = Intent::login;
    m_user = user;
    m_password = password;
    m_wanted = true;
    if (m_socketOpen && !m_authenticated) {
        onConnected();
        return;
    }
    // Still connecting to the same server (the login page asking for its sign-in options): the
    // connection carries this sign-in when it opens. Aborting it failed the sign-in with "could
    // not reach the server" for someone who tapped Logg inn in that moment.
    if (connectingTo(m_url))
        return;
    m_socket.abort();
    open();
}

void SyncClient::enrol(const QString &inviteCode, const QString &user, const QString &password)
{
    m_intent = Intent::enrol;
    m_invite = inviteCode;
    m_user = user;
    m_password = password;
    m_wanted = true;
    if (m_socketOpen && !m_authenticated) {
        onConnected();
        return;
    }
    // Still connecting to the same server (the login page asking for its sign-in options): the
    // connection carries this sign-in when it opens. Aborting it failed the sign-in with "could
    // not reach the server" for someone who tapped Logg inn in that moment.
    if (connectingTo(m_url))
        return;
    m_socket.abort();
    open();
}

void SyncClient::start()
{
    m_wanted = true;
    if (m_intent == Intent::none && !m_token.isEmpty())
        m_intent = Intent::token;
    if (!m_socketOpen && m_state != State::connecting)
        open();
    else
        pump();
}

void SyncClient::stop()
{
    m_wanted = false;
    m_reconnect.stop();
    m_watchdog.stop();
    m_intent = Intent::none;
    m_password.clear();
    m_signInCode.clear();
    m_verifier.clear();
    m_beforeSignIn.clear();
    m_socket.abort();
    m_socketOpen = false;
    m_authenticated = false;
    setState(State::offline);
}

void SyncClient::syncNow()
{
    m_pullMore = true;
    if (!m_socketOpen) {
        m_backoffMs = m_backoffInitial;
        m_reconnect.stop();
        start();
        return;
    }
    pump();
}

bool SyncClient::connectingTo(const QUrl &url) const
{
    return !m_socketOpen && m_socket.state() == QAbstractSocket::ConnectingState &&
           m_socket.requestUrl() == url;
}

void SyncClient::finishSignIn(const QString &code, const QString &verifier)
{
    m_intent = Intent::signInFinish;
    m_signInCode = code;
    m_verifier = verifier;
    m_wanted = true;
    // The server closes a connection that has not signed in after 30 s: use the one open only
    // while it is young, else a new one.
    if (m_socketOpen && !m_authenticated && m_openedAt.isValid() && m_openedAt.elapsed() < 20000) {
        onConnected();
        return;
    }
    m_socket.abort();
    open();
}

void SyncClient::open()
{
    m_reconnect.stop();
    if (!m_wanted || !m_url.isValid() || m_url.isEmpty() || m_intent == Intent::none) {
        setState(State::offline);
        return;
    }
    setState(State::connecting);
    m_socket.open(m_url);
}

void SyncClient::onConnected()
{
    if (!m_socketOpen)
        m_openedAt.start();
    m_socketOpen = true;
    m_authenticated = false;
    m_pushIds.clear();
    m_pushedThrough = 0;
    m_pullId.clear();
    m_pullFramesLeft = 0;
    m_pullMore = true;
    m_caughtUp = false;
    setState(State::connecting);
    m_authRequestId = nextId();
    switch (m_intent) {
    case Intent::login: {
        proto::Login m;
        m.id = str(m_authRequestId);
        m.user = str(m_user);
        m.password = str(m_password);
        m.device_name = str(m_deviceName);
        send(m);
        break;
    }
    case Intent::enrol: {
        proto::Enrol m;
        m.id = str(m_authRequestId);
        m.invite_code = str(m_invite);
        m.user = str(m_user);
        m.password = str(m_password);
        m.device_name = str(m_deviceName);
        send(m);
        break;
    }
    case Intent::token: {
        proto::Hello m;
        m.id = str(m_authRequestId);
        m.device_id = str(m_deviceId);
        m.token = str(m_token);
        send(m);
        break;
    }
    case Intent::signInFinish: {
        proto::SignInFinish m;
        m.id = str(m_authRequestId);
        m.code = str(m_signInCode);
        m.code_verifier = str(m_verifier);
        m.device_name = str(m_deviceName);
        m.platform = str(QSysInfo::productType()); // shown in the person's list of devices
        send(m);
        break;
    }
    case Intent::signIn: // only the questions below: no sign-in on this connection
        break;
    case Intent::none:
        m_socket.close();
        break;
    }
    for (const auto &m : m_beforeSignIn)
        send(m);
    m_beforeSignIn.clear();
}

void SyncClient::onDisconnected()
{
    const bool wasOpen = m_socketOpen;
    m_socketOpen = false;
    m_authenticated = false;
    // Whatever was in flight stays in the outbox and goes again on the next connection; the
    // server answers a retried change as it did the first time.
    m_pushIds.clear();
    m_pushedThrough = 0;
    m_pullId.clear();
    m_pullFramesLeft = 0;
    m_watchdog.stop();
    if (m_store)
        m_store->releaseChanges(); // what arrived before the cut is shown now
    if (m_intent == Intent::signIn || (m_intent == Intent::signInFinish && !wasOpen)) {
        // The sign-in's connection is not kept up (it is opened again when asked). Say so only
        // when something waited for an answer.
        const bool waiting = !m_signInIds.isEmpty() || m_intent == Intent::signInFinish;
        m_wanted = false;
        m_intent = m_token.isEmpty() ? Intent::none : Intent::token;
        m_signInIds.clear();
        m_beforeSignIn.clear();
        m_signInCode.clear();
        m_verifier.clear();
        setState(State::offline);
        if (waiting)
            Q_EMIT signInFailed(
                {}, wasOpen ? tr("Forbindelsen til serveren ble brutt. Prøv igjen.")
                            : tr("Fikk ikke kontakt med serveren (%1).").arg(m_url.toString()));
        return;
    }
    if ((m_intent == Intent::login || m_intent == Intent::enrol) && !wasOpen) {
        // Could not reach the server to sign in: say so, do not retry a password in a loop.
        m_wanted = false;
        m_intent = m_token.isEmpty() ? Intent::none : Intent::token;
        m_password.clear();
        setState(State::offline);
        Q_EMIT loginFailed(tr("Fikk ikke kontakt med serveren (%1).").arg(m_url.toString()));
        return;
    }
    setState(State::offline);
    if (m_wanted)
        scheduleReconnect();
}

void SyncClient::scheduleReconnect()
{
    // Half the wait fixed and half at random ("equal jitter"): the phones cut off together when
    // a node dies or the database restarts do not all knock again in the same instant.
    const int half = m_backoffMs / 2;
    m_reconnect.start(
        m_backoffMs - half +
        static_cast<int>(QRandomGenerator::global()->bounded(static_cast<quint32>(half) + 1)));
    m_backoffMs = std::min(m_backoffMs * 2, m_backoffMax);
}

void SyncClient::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged();
}

QString SyncClient::nextId()
{
    return QStringLiteral("c%1").arg(++m_nextId);
}

void SyncClient::send(const proto::ClientMessage &m)
{
    m_socket.sendTextMessage(qstr(proto::serialize(m)));
}

void SyncClient::onText(const QString &text)
{
    auto parsed = proto::parse_server(str(text));
    if (!parsed) {
        qWarning() << "sync: bad message from server:" << qstr(parsed.error.message);
        Q_EMIT errorOccurred(tr("Uventet svar fra serveren."));
        return;
    }
    try {
        std::visit([this](const auto &m) { handle(m); }, *parsed.message);
    } catch (const std::exception &e) {
        // A local storage failure: keep what we have, try again after a reconnect.
        qWarning() << "sync: failed to apply a server message:" << e.what();
        Q_EMIT errorOccurred(
            tr("Kunne ikke lagre på enheten: %1").arg(QString::fromUtf8(e.what())));
        m_socket.abort();
    }
}

void SyncClient::handle(const proto::Welcome &m)
{
    m_authenticated = true;
    m_backoffMs = m_backoffInitial;
    if (!m.token.empty())
        m_token = qstr(m.token);
    if (!m.device_id.empty())
        m_deviceId = qstr(m.device_id);
    m_intent = Intent::token;
    m_password.clear();
    m_invite.clear();
    m_signInCode.clear();
    m_verifier.clear();
    Q_EMIT welcomed(m); // the Session opens the person's store and calls setStore()
    // A server restored from a backup may lack what this device wrote: it is sent again.
    if (m_store)
        m_store->adoptServerEpoch(m.store_epoch);
    pump();
}

void SyncClient::handle(const proto::Error &m)
{
    namespace code = proto::code;
    const QString id = qstr(m.id);
    if (m_directoryIds.remove(id)) {
        // Answered where it was asked (the coordinator's page), not as a sync problem.
        Q_EMIT directoryFailed(id, qstr(m.code), errortext::directoryEdit(m.code, m.message));
        return;
    }
    if (m_signInIds.remove(id)) { // the login page says it, not the sync status
        Q_EMIT signInFailed(qstr(m.code), errortext::rejection(m.code, m.message));
        return;
    }
    if (m_devicesIds.remove(id)) { // the devices page says it
        Q_EMIT devicesFailed(id, qstr(m.code), errortext::rejection(m.code, m.message));
        return;
    }
    const QString message = errortext::rejection(m.code, m.message);
    const bool authCode = m.code == code::not_authenticated || m.code == code::token_expired ||
                          m.code == code::token_revoked;
    if (!m_authenticated && (id == m_authRequestId || authCode || m.code == code::bad_credentials ||
                             m.code == code::bad_invite || m.code == code::rate_limited)) {
        const Intent was = m_intent;
        m_wanted = false;
        m_password.clear();
        m_socket.close();
        setState(State::offline);
        if (was == Intent::token) {
            m_token.clear();
            m_intent = Intent::none;
            m_authLostCode = qstr(m.code);
            Q_EMIT authLost(message);
        } else if (was == Intent::signInFinish) {
            m_intent = m_token.isEmpty() ? Intent::none : Intent::token;
            m_signInCode.clear();
            m_verifier.clear();
            Q_EMIT signInFailed(qstr(m.code), message);
        } else {
            m_intent = m_token.isEmpty() ? Intent::none : Intent::token;
            Q_EMIT loginFailed(message);
        }
        return;
    }
    if (authCode) {
        m_wanted = false;
        m_token.clear();
        m_intent = Intent::none;
        m_socket.close();
        setState(State::offline);
        m_authLostCode = qstr(m.code);
        Q_EMIT authLost(message);
        return;
    }
    // A push refused only because an earlier one failed: that one's error has been said already.
    if (m.code != code::push_halted)
        Q_EMIT errorOccurred(message);
    if (m_pushIds.contains(id) || id == m_pullId) {
        // The whole request failed (not a per-change rejection): back off and retry later.
        m_socket.close();
    }
}
