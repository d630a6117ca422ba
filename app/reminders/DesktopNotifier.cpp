#include "reminders/DesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");

// Without a session bus address libdbus would try to start a bus of its own ("autolaunch"):
// the app never starts daemons, it uses what the desktop runs.
QDBusConnection sessionBus()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QDBusConnection(QStringLiteral("bro-no-session-bus"));
    return QDBusConnection::sessionBus();
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent), m_bus(sessionBus())
{
    if (!m_bus.isConnected())
        return;
    // A daemon may come later in a session, or be restarted; follow it.
    auto *watcher =
        new QDBusServiceWatcher(service, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &owner) {
                m_keys.clear();
                setAvailable(!owner.isEmpty() || serviceThere());
            });
    m_bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
    m_available = serviceThere();
}

bool DesktopNotifier::serviceThere() const
{
    // Running only: a daemon the bus could start is left alone. Installed is not chosen (dunst's
    // package makes it startable on every session bus, test sessions included), and the watcher
    // notices one that starts later.
    QDBusConnectionInterface *bus = m_bus.interface();
    return bus && bus->isServiceRegistered(service).value();
}

void DesktopNotifier::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availableChanged();
}

void DesktopNotifier::notify(const QString &key, const QString &summary, const QString &body,
                             const QString &openLabel, const QString &stopLabel)
{
    if (!m_available) {
        Q_EMIT failed(key);
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("category"), QStringLiteral("reminder")},
                            {QStringLiteral("desktop-entry"), QStringLiteral("bro")},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}};
    call << QStringLiteral("Bro") << uint(0) << QString() << summary << body
         << QStringList{QStringLiteral("default"), openLabel, QStringLiteral("stop"), stopLabel}
         << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError()) {
                    setAvailable(false);
                    Q_EMIT failed(key);
                    return;
                }
                m_keys.insert(reply.value(), key);
                Q_EMIT shown(key);
            });
}

void DesktopNotifier::close(const QString &key)
{
    const uint id = m_keys.key(key, 0);
    if (id == 0)
        return;
    m_bus.asyncCall(QDBusMessage::createMethodCall(service, path, interface,
                                                   QStringLiteral("CloseNotification"))
                    << id);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const QString key = m_keys.value(id);
    if (key.isEmpty())
        return; // another application's notification
    Q_EMIT actionInvoked(key, action);
    // Some daemons (dunst) leave a notification up after an action: the choice is made.
    close(key);
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    const QString key = m_keys.take(id);
    if (!key.isEmpty())
        Q_EMIT closed(key);
}
