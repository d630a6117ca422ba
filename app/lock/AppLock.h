#pragma once
// The app's lock: a PIN the person chooses, asked for when the app starts and after a while in the
// background, so that a phone left open on a bench shows nobody the apprentice's check-ins.
// Only an Argon2id verifier is kept (libsodium), in the person's own store with the count of
// wrong tries, so that neither a restart nor a copy of the file gives the PIN away. Five wrong
// tries sign the device out (its token is forgotten) and keep everything not yet sent: a full
// sign-in brings the person back to it.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <functional>

class Store;

class AppLock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session.lock")

    Q_PROPERTY(bool hasPin READ hasPin NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    // A PIN must be chosen before anything else (after a national sign-in).
    Q_PROPERTY(bool pinRequired READ pinRequired NOTIFY changed)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY changed)
    // Minutes in the background before the PIN is asked again: the programme's app_lock.minutes.
    Q_PROPERTY(int minutes READ minutes NOTIFY changed)

public:
    static constexpr int maxTries = 5;
    using Clock = std::function<qint64()>; // milliseconds, steady

    explicit AppLock(QObject *parent = nullptr);

    // The person's store (null when nobody is signed in).
    void setStore(Store *store);
    // The app started with a session that has a PIN: ask for it before showing anything.
    Q_INVOKABLE void lockIfPinSet();
    void setClock(Clock clock) { m_clock = std::move(clock); }

    bool hasPin() const { return !m_verifier.isEmpty(); }
    bool locked() const { return m_locked; }
    bool pinRequired() const { return m_required && !hasPin(); }
    int triesLeft() const { return maxTries - m_failures; }
    int minutes() const { return m_minutes; }
    void setMinutes(int minutes);

    // Empty when set; otherwise why not, for the person.
    Q_INVOKABLE QString setPin(const QString &pin, const QString &again);
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE void removePin();
    // After a national sign-in: no way past the lock page until a PIN is chosen.
    void requirePinSetup();
    void setBirthDate(const QString &date) { m_birthDate = date; }

    // The app went to the background or came back (QGuiApplication::applicationStateChanged).
    void backgrounded();
    void foregrounded();

Q_SIGNALS:
    void changed();
    // The fifth wrong PIN: the Session signs the device out, keeping the person's store.
    void triesUsedUp();

private:
    void load();
    void save();

    Store *m_store = nullptr;
    Clock m_clock;
    QString m_verifier;
    QString m_birthDate;
    int m_failures = 0;
    int m_minutes = 5;
    bool m_locked = false;
    bool m_required = false;
    qint64 m_backgroundSince = -1;
};
