#include "models/DevicesModel.h"

#include "session/Session.h"
#include "store/Convert.h"
#include "sync/SyncClient.h"

#include <algorithm>

using convert::qstr;
namespace proto = bro::protocol;

DevicesModel::DevicesModel(QObject *parent) : QAbstractListModel(parent) {}

int DevicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const Device &d = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case DeviceIdRole:
        return d.deviceId;
    case Qt::DisplayRole:
    case NameRole:
        return d.name;
    case PlatformRole:
        return d.platform;
    case ProviderRole:
        return d.provider;
    case CreatedRole:
        return d.created;
    case LastSeenRole:
        return d.lastSeen;
    case CurrentRole:
        return d.current;
    case SignedOutRole:
        return d.signedOut;
    default:
        return {};
    }
}

QHash<int, QByteArray> DevicesModel::roleNames() const
{
    return {{DeviceIdRole, "deviceId"}, {NameRole, "name"},          {PlatformRole, "platform"},
            {ProviderRole, "provider"}, {CreatedRole, "created"},    {LastSeenRole, "lastSeen"},
            {CurrentRole, "current"},   {SignedOutRole, "signedOut"}};
}

QVariantMap DevicesModel::get(int row) const
{
    QVariantMap out;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

void DevicesModel::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        // Another person, or nobody: the list was theirs.
        connect(m_session, &Session::userChanged, this, [this] {
            clear();
            if (m_session && m_session->loggedIn())
                refresh();
        });
    setSyncClient(session ? session->syncClient() : nullptr);
    Q_EMIT sessionChanged();
}

void DevicesModel::setSyncClient(SyncClient *client)
{
    if (client == m_sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = client;
    clear();
    if (!m_sync)
        return;
    connect(m_sync, &SyncClient::devicesReceived, this, &DevicesModel::onDevices);
    connect(m_sync, &SyncClient::devicesFailed, this,
            [this](const QString &id, const QString &, const QString &message) {
                onFailed(id, message);
            });
    // A request sent just before the connection dropped gets no answer: stop waiting for it.
    connect(m_sync, &SyncClient::stateChanged, this, [this] {
        if (m_sync && m_sync->state() == SyncClient::State::offline && !m_pending.isEmpty()) {
            m_pending.clear();
            m_signingOut.clear();
            Q_EMIT busyChanged();
        }
    });
    if (!m_session || m_session->loggedIn())
        refresh();
}

void DevicesModel::refresh()
{
    if (!m_sync)
        return;
    const QString id = m_sync->requestDevices();
    if (id.isEmpty()) {
        setLastError(tr("Enheten er ikke koblet til serveren nå. Listen kommer når den er det."));
        return;
    }
    track(id);
}

bool DevicesModel::signOut(const QString &deviceId)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const Device &d) { return d.deviceId == deviceId; });
    if (it == m_rows.end() || it->signedOut)
        return false;
    if (it->current) {
        // Logging out here is Settings' "Logg ut", which keeps what was not sent.
        setLastError(tr("Dette er enheten du bruker nå. Logg ut fra Innstillinger i stedet."));
        return false;
    }
    const QString id = m_sync ? m_sync->signOutDevice(deviceId) : QString();
    if (id.isEmpty()) {
        setLastError(tr("Enheten er ikke koblet til serveren nå. Prøv igjen når den er det."));
        return false;
    }
    m_signingOut.insert(deviceId);
    track(id);
    return true;
}

void DevicesModel::track(const QString &id)
{
    if (m_pending.contains(id))
        return;
    m_pending.insert(id);
    Q_EMIT busyChanged();
}

void DevicesModel::onDevices(const proto::Devices &devices)
{
    // The server answers every device request with the whole list, so any answer will do.
    std::vector<Device> rows;
    rows.reserve(devices.devices.size());
    for (const auto &d : devices.devices)
        rows.push_back({qstr(d.device_id), qstr(d.name), qstr(d.platform), qstr(d.provider),
                        qstr(d.created), qstr(d.last_seen), d.current, d.signed_out});
    // This device first, then the others that are signed in, then those signed out; the
    // server's order (oldest first) within each.
    std::stable_sort(rows.begin(), rows.end(), [](const Device &a, const Device &b) {
        const auto rank = [](const Device &d) { return d.current ? 0 : d.signedOut ? 2 : 1; };
        return rank(a) < rank(b);
    });
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
    for (const auto &d : m_rows)
        if (d.signedOut && m_signingOut.remove(d.deviceId))
            Q_EMIT signedOut(d.deviceId);
    if (m_pending.remove(qstr(devices.id)))
        Q_EMIT busyChanged();
    setLastError({});
}

void DevicesModel::onFailed(const QString &id, const QString &message)
{
    if (!m_pending.remove(id))
        return;
    Q_EMIT busyChanged();
    m_signingOut.clear();
    setLastError(message);
}

void DevicesModel::clear()
{
    const bool hadRows = !m_rows.empty();
    if (hadRows) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        Q_EMIT countChanged();
    }
    if (m_loaded) {
        m_loaded = false;
        Q_EMIT loadedChanged();
    }
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        Q_EMIT busyChanged();
    }
    m_signingOut.clear();
    setLastError({});
}

void DevicesModel::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}
