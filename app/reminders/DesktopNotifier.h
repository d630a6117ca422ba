#pragma once
// Shows a reminder as a desktop notification through the freedesktop Notifications service on
// the session bus (D-Bus), and tells which action the person chose. Without that service (no
// bus, no daemon, a call that fails) it says it is unavailable and the app's own banner is all
// there is; nothing is shown as an error.

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // A notification service is on the bus now.
    bool available() const { return m_available; }

    // `key` comes back in the signals. Two actions: "default" (open, `openLabel`) and "stop"
    // (turn these reminders off, `stopLabel`).
    void notify(const QString &key, const QString &summary, const QString &body,
                const QString &openLabel, const QString &stopLabel);
    void close(const QString &key);

Q_SIGNALS:
    void availableChanged();
    void shown(const QString &key);
    void failed(const QString &key);
    void actionInvoked(const QString &key, const QString &action);
    // Closed by the person, by expiry, by an action or by us.
    void closed(const QString &key);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void setAvailable(bool available);
    bool serviceThere() const;

    QDBusConnection m_bus;
    bool m_available = false;
    QHash<uint, QString> m_keys; // notification id -> key
};
