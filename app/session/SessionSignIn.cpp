// Session: signing in and out (password, invite, national, a local demo), and what happens when
// the server takes the sign-in back.
#include "demo/DemoData.h"
#include "domain/schema.hpp"
#include "lock/AppLock.h"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QDate>
#include <QFile>

using convert::qstr;
namespace proto = bro::protocol;

void Session::login(const QString &user, const QString &password)
{
    setLastError({});
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        const QString message = tr("Skriv inn brukernavn og passord.");
        setLastError(message);
        Q_EMIT loginFailed(message);
        return;
    }
    m_sync->setUrl(syncUrl(m_serverUrl));
    m_sync->login(user.trimmed(), password);
}

void Session::enrol(const QString &inviteCode, const QString &user, const QString &password)
{
    setLastError({});
    if (inviteCode.trimmed().isEmpty() || user.trimmed().isEmpty() || password.isEmpty()) {
        const QString message = tr("Skriv inn invitasjonskode, brukernavn og passord.");
        setLastError(message);
        Q_EMIT loginFailed(message);
        return;
    }
    m_sync->setUrl(syncUrl(m_serverUrl));
    m_sync->enrol(inviteCode.trimmed(), user.trimmed(), password);
}

void Session::logout()
{
    m_sync->stop();
    m_sync->setToken({}, {});
    if (m_loggedIn && !m_localOnly) {
        const QString key = QStringLiteral("accounts/%1/token").arg(fileSafe(personId()));
        m_settings.remove(key);
    }
    m_settings.remove(QStringLiteral("session/person"));
    m_settings.remove(QStringLiteral("session/local"));
    // The person's file stays: changes not yet sent are still there at the next login.
    closeStore();
    m_localOnly = false;
    Q_EMIT syncStateChanged();
}

void Session::syncNow()
{
    if (m_localOnly || !m_loggedIn)
        return;
    m_sync->syncNow();
}

bool Session::openLocalDemo(const QString &user)
{
    auto welcome = DemoData::welcomeFor(user);
    if (!welcome) {
        setLastError(tr("Ukjent demobruker."));
        return false;
    }
    m_sync->stop();
    m_localOnly = true;
    adopt(*welcome, QStringLiteral("local-") + fileSafe(user));
    m_settings.setValue(QStringLiteral("session/local"), user);
    if (m_store->meta(QStringLiteral("demo_seeded")).isEmpty()) {
        DemoData::seed(*m_store, *welcome);
        m_store->setMeta(QStringLiteral("demo_seeded"), convert::today());
    }
    refreshCounts();
    Q_EMIT syncStateChanged();
    Q_EMIT storeChanged();
    Q_EMIT casesChanged();
    Q_EMIT journeyChanged();
    return true;
}

QVariantList Session::demoAccounts() const
{
    if (!m_demoMode)
        return {};
    return DemoData::accounts();
}

void Session::onWelcome(const proto::Welcome &welcome)
{
    m_localOnly = false;
    adopt(welcome);
    // Signed in nationally: a PIN guards the phone from now on (issue 21).
    if (!welcome.provider.empty() && !m_lock->hasPin())
        m_lock->requirePinSetup();
    if (welcome.user.role == bro::Role::coordinator) { // this year's figures, ready offline
        const QDate today = QDate::currentDate();
        m_sync->requestProgramme(QDate(today.year(), 1, 1).toString(Qt::ISODate),
                                 today.toString(Qt::ISODate));
    }
}

void Session::onAuthLost(const QString &message)
{
    if (m_sync->authLostCode() == QLatin1String(proto::code::token_revoked) && m_store &&
        !m_localOnly) {
        // Signed out from another device or by the office: this one may be lost or stolen, so
        // nothing of the person stays here, not even what was not sent (My devices says so).
        const QString tag = m_settings.value(QStringLiteral("session/person")).toString();
        const QString path = m_store->path();
        closeStore();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        if (!tag.isEmpty())
            m_settings.remove(QStringLiteral("accounts/%1").arg(tag));
        m_settings.remove(QStringLiteral("session/person"));
        setLastError(
            tr("Denne enheten ble logget ut, og det som var lagret om deg her er slettet."));
        return;
    }
    setLastError(message);
    if (m_loggedIn) {
        const QString tag = m_settings.value(QStringLiteral("session/person")).toString();
        m_settings.remove(QStringLiteral("accounts/%1/token").arg(tag));
    }
    // Keep the data and the outbox; the person signs in again to send it.
    closeStore();
    m_settings.remove(QStringLiteral("session/person"));
}
