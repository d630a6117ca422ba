#include "signin/NationalSignIn.h"

#include "session/Session.h"
#include "signin/LoopbackRedirect.h"
#include "signin/Pkce.h"
#include "store/Convert.h"
#include "store/ErrorText.h"
#include "sync/SyncClient.h"

#include <QDesktopServices>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>

using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

namespace {

// Only a web address goes to the browser: a server must not make the app open a file or another
// app's scheme. Plain http only on this machine (a test provider on loopback).
bool browsable(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && QHostAddress(url.host()).isLoopback();
}

} // namespace

NationalSignIn::NationalSignIn(QObject *parent)
    : QObject(parent), m_redirect(new LoopbackRedirect(this))
{
    connect(m_redirect, &LoopbackRedirect::codeReceived, this, &NationalSignIn::onCode);
    connect(m_redirect, &LoopbackRedirect::errorReceived, this, [this](const QString &error) {
        if (m_state != QLatin1String("browser"))
            return;
        const QString text = errortext::signInRedirect(str(error));
        reset();
        setErrorText(text); // "" for cancelled: simply back to the login page
    });
    connect(m_redirect, &LoopbackRedirect::timedOut, this, [this] {
        fail(tr("Innloggingen tok så lang tid at vi avbrøt den. Prøv igjen når du er klar."));
    });
    // A phone offline at the login page: the buttons come when the server can be asked.
    m_retry.setSingleShot(true);
    m_retry.setInterval(15000);
    connect(&m_retry, &QTimer::timeout, this, &NationalSignIn::refresh);
}

NationalSignIn::~NationalSignIn() = default;

void NationalSignIn::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        // Another server may offer other providers, or none.
        connect(m_session, &Session::serverUrlChanged, this, [this] {
            forgetOptions();
            refresh();
        });
    setSyncClient(session ? session->syncClient() : nullptr);
    Q_EMIT sessionChanged();
}

void NationalSignIn::setSyncClient(SyncClient *client)
{
    if (client == m_sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    reset();
    m_sync = client;
    if (!m_sync)
        return;
    connect(m_sync, &SyncClient::signInOptionsReceived, this, &NationalSignIn::onOptions);
    connect(m_sync, &SyncClient::signInStarted, this, &NationalSignIn::onStarted);
    connect(m_sync, &SyncClient::signInFailed, this, &NationalSignIn::onFailed);
    connect(m_sync, &SyncClient::welcomed, this, &NationalSignIn::onWelcomed);
    refresh();
}

void NationalSignIn::setProviders(const QVariantList &providers)
{
    if (providers == m_providers)
        return;
    m_providers = providers;
    Q_EMIT optionsChanged();
}

void NationalSignIn::setPasswords(bool passwords)
{
    if (passwords == m_passwords)
        return;
    m_passwords = passwords;
    Q_EMIT optionsChanged();
}

void NationalSignIn::setTimeoutMs(int ms)
{
    m_redirect->setTimeout(ms);
}

void NationalSignIn::refresh()
{
    m_retry.stop();
    if (m_sync && !(m_session && m_session->loggedIn()))
        m_sync->requestSignInOptions();
}

void NationalSignIn::forgetOptions()
{
    m_providers.clear();
    m_passwords = true; // as before national sign-in, until the server says otherwise
    m_optionsLoaded = false;
    Q_EMIT optionsChanged();
}

void NationalSignIn::start(const QString &providerId, const QString &inviteCode)
{
    if (!m_sync || busy() || providerId.isEmpty())
        return;
    setErrorText({});
    m_providerName = providerId;
    for (const auto &v : m_providers) {
        const auto p = v.toMap();
        if (p.value(QStringLiteral("id")).toString() == providerId)
            m_providerName = p.value(QStringLiteral("name")).toString();
    }
    const QByteArray state = pkce::randomToken();
    if (!m_redirect->listen(state)) {
        fail(tr("Innloggingen kunne ikke starte på denne enheten. Prøv igjen."));
        return;
    }
    m_verifier = pkce::makeVerifier();
    proto::SignInStart start;
    start.provider = str(providerId);
    start.code_challenge = pkce::challenge(m_verifier).toStdString();
    start.redirect_uri = str(m_redirect->redirectUri());
    start.state = state.toStdString();
    start.invite_code = str(inviteCode.trimmed());
    setState(QStringLiteral("starting"));
    m_sync->startSignIn(std::move(start));
}

void NationalSignIn::cancel()
{
    reset();
    setErrorText({});
}

void NationalSignIn::openBrowserAgain()
{
    if (m_state == QLatin1String("browser") && !openBrowser(m_authorizeUrl))
        fail(tr("Fikk ikke åpnet nettleseren på denne enheten."));
}

bool NationalSignIn::openBrowser(const QUrl &url)
{
    const QString browser =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("BRO_SIGN_IN_BROWSER"));
    if (browser.isEmpty())
        return QDesktopServices::openUrl(url);
    QStringList args = QProcess::splitCommand(browser);
    if (args.isEmpty())
        return false;
    const QString program = args.takeFirst();
    args << url.toString(QUrl::FullyEncoded);
    return QProcess::startDetached(program, args);
}

void NationalSignIn::onOptions(const proto::SignInOptions &options)
{
    QVariantList providers;
    for (const auto &p : options.providers) {
        QStringList roles;
        for (const auto role : p.roles)
            roles << qstr(std::string(bro::to_string(role)));
        providers.append(QVariantMap{{QStringLiteral("id"), qstr(p.id)},
                                     {QStringLiteral("name"), qstr(p.name)},
                                     {QStringLiteral("roles"), roles}});
    }
    m_optionsLoaded = true;
    m_providers = providers;
    m_passwords = options.passwords;
    Q_EMIT optionsChanged();
}

void NationalSignIn::onStarted(const QString &authorizeUrl)
{
    if (m_state != QLatin1String("starting"))
        return; // cancelled meanwhile
    m_authorizeUrl = QUrl(authorizeUrl, QUrl::StrictMode);
    if (!browsable(m_authorizeUrl)) {
        qWarning("sign-in: the server sent an address that is not a web page; not opened");
        fail(errortext::rejection(proto::code::sign_in_failed, {}));
        return;
    }
    setState(QStringLiteral("browser"));
    if (!openBrowser(m_authorizeUrl))
        fail(tr("Fikk ikke åpnet nettleseren på denne enheten."));
}

void NationalSignIn::onFailed(const QString &, const QString &message)
{
    // While idle this was the question for the providers: the password form stays as it was,
    // and the question is asked again in a while.
    if (m_state == QLatin1String("starting") || m_state == QLatin1String("finishing"))
        fail(message);
    else if (!m_optionsLoaded)
        m_retry.start();
}

void NationalSignIn::onCode(const QString &code)
{
    if (m_state != QLatin1String("browser") || !m_sync)
        return;
    setState(QStringLiteral("finishing"));
    m_sync->finishSignIn(code, QString::fromLatin1(m_verifier));
}

void NationalSignIn::onWelcomed(const proto::Welcome &)
{
    if (m_state != QLatin1String("finishing"))
        return;
    reset();
    Q_EMIT signedIn();
}

void NationalSignIn::fail(const QString &message)
{
    reset();
    setErrorText(message);
}

void NationalSignIn::reset()
{
    m_redirect->close();
    m_verifier.clear();
    m_authorizeUrl.clear();
    m_providerName.clear();
    setState(QStringLiteral("idle"));
}

void NationalSignIn::setState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void NationalSignIn::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}
