#pragma once
// "My devices": the signed-in person's devices as the server knows them (name, platform, how it
// signed in, when it was last seen), and signing one of them out — a lost phone, an old PC. The
// server then refuses that device's token, and the device erases its copy of the person's data at
// its next contact. Asked of the server each time (nothing cached: the list is about now).
//
// QML: `DevicesModel { session: Session }`; tests may give it a SyncClient instead.

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <vector>

namespace bro::protocol {
struct Devices;
} // namespace bro::protocol

class Session;
class SyncClient;

class DevicesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("session/Session.h")

    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The list came from the server at least once.
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    // A request is under way.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Why the last request did not work, for the person; "" after an answer.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        DeviceIdRole = Qt::UserRole + 1,
        NameRole,
        PlatformRole,
        ProviderRole, // "idporten", "helseid" …; "" for a password
        CreatedRole,  // UTC time of the sign-in
        LastSeenRole, // UTC time of the last contact
        CurrentRole,  // this device
        SignedOutRole,
    };
    Q_ENUM(Role)

    struct Device
    {
        QString deviceId, name, platform, provider, created, lastSeen;
        bool current = false;
        bool signedOut = false;
    };

    explicit DevicesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    void setSyncClient(SyncClient *client);
    int count() const { return static_cast<int>(m_rows.size()); }
    bool loaded() const { return m_loaded; }
    bool busy() const { return !m_pending.isEmpty(); }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void refresh();
    // Signs another of one's own devices out; false (with lastError) when not sent.
    Q_INVOKABLE bool signOut(const QString &deviceId);
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void sessionChanged();
    void countChanged();
    void loadedChanged();
    void busyChanged();
    void lastErrorChanged();
    // The server confirmed a sign-out (the fresh list no longer has the device active).
    void signedOut(const QString &deviceId);

private:
    void onDevices(const bro::protocol::Devices &devices);
    void onFailed(const QString &id, const QString &message);
    void track(const QString &id);
    void setLastError(const QString &message);
    void clear();

    QPointer<Session> m_session;
    QPointer<SyncClient> m_sync;
    std::vector<Device> m_rows;
    QSet<QString> m_pending;    // request ids
    QSet<QString> m_signingOut; // device ids asked to sign out, not yet confirmed
    bool m_loaded = false;
    QString m_lastError;
};
