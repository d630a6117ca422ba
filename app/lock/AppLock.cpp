#include "AppLock.h"

#include "PinRules.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <sodium.h>

namespace {

const QString verifierKey = QStringLiteral("lock:verifier");
const QString failuresKey = QStringLiteral("lock:failures");

qint64 steadyMs()
{
    static QElapsedTimer t = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return t.elapsed();
}

} // namespace

AppLock::AppLock(QObject *parent) : QObject(parent), m_clock(steadyMs)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not start");
}

void AppLock::setStore(Store *store)
{
    m_store = store;
    m_required = false;
    m_locked = false;
    load();
    Q_EMIT changed();
}

void AppLock::lockIfPinSet()
{
    m_locked = hasPin();
    Q_EMIT changed();
}

void AppLock::load()
{
    m_verifier = m_store ? m_store->meta(verifierKey) : QString();
    m_failures = m_store ? m_store->meta(failuresKey, QStringLiteral("0")).toInt() : 0;
}

void AppLock::save()
{
    if (!m_store)
        return;
    m_store->setMeta(verifierKey, m_verifier);
    m_store->setMeta(failuresKey, QString::number(m_failures));
}

void AppLock::setMinutes(int minutes)
{
    m_minutes = qBound(1, minutes, 60);
    Q_EMIT changed();
}

QString AppLock::setPin(const QString &pin, const QString &again)
{
    if (!m_store)
        return tr("Logg inn først.");
    if (const QString why = pinrules::weakness(pin, m_birthDate); !why.isEmpty())
        return why;
    if (pin != again)
        return tr("De to kodene er ikke like. Prøv en gang til.");
    char out[crypto_pwhash_STRBYTES];
    const QByteArray bytes = pin.toUtf8();
    // Argon2id with libsodium's interactive limits (64 MiB, about a tenth of a second): a stolen
    // file cannot be tried through a million PINs quickly.
    if (crypto_pwhash_str(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return tr("Det gikk ikke å lagre koden. Prøv igjen.");
    m_verifier = QString::fromLatin1(out);
    m_failures = 0;
    m_locked = false;
    m_required = false;
    save();
    Q_EMIT changed();
    return {};
}

bool AppLock::unlock(const QString &pin)
{
    if (!hasPin() || !m_locked)
        return true;
    const QByteArray verifier = m_verifier.toLatin1(), bytes = pin.toUtf8();
    if (crypto_pwhash_str_verify(verifier.constData(), bytes.constData(),
                                 static_cast<unsigned long long>(bytes.size())) == 0) {
        m_failures = 0;
        m_locked = false;
        save();
        Q_EMIT changed();
        return true;
    }
    ++m_failures;
    save();
    Q_EMIT changed();
    if (m_failures >= maxTries) {
        // The PIN goes with the token: after a full sign-in the person chooses a new one.
        m_verifier.clear();
        m_failures = 0;
        save();
        m_locked = false;
        Q_EMIT triesUsedUp();
        Q_EMIT changed();
    }
    return false;
}

void AppLock::removePin()
{
    m_verifier.clear();
    m_failures = 0;
    m_locked = false;
    save();
    Q_EMIT changed();
}

void AppLock::requirePinSetup()
{
    m_required = true;
    Q_EMIT changed();
}

void AppLock::backgrounded()
{
    if (m_backgroundSince < 0)
        m_backgroundSince = m_clock();
}

void AppLock::foregrounded()
{
    if (m_backgroundSince >= 0 && hasPin() &&
        m_clock() - m_backgroundSince >= qint64(m_minutes) * 60 * 1000) {
        m_locked = true;
        Q_EMIT changed();
    }
    m_backgroundSince = -1;
}
