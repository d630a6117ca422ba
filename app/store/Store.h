#pragma once
// The device's LocalStore as a QObject: models read records through it and listen to `changed`,
// the SyncClient pushes its outbox and applies what the server sends. One Store per person.

#include "store/local_store.hpp"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QVariantMap>
#include <memory>
#include <vector>

class Store : public QObject
{
    Q_OBJECT

public:
    // Opens (creating if needed) the SQLite file at `path`. Throws bro::SqliteError on failure.
    explicit Store(const QString &path, QObject *parent = nullptr);
    ~Store() override;

    bro::LocalStore &local() { return *m_store; }
    QString path() const { return m_path; }

    // Writes some fields of one record (partial update). Returns an empty string on success or a
    // user-readable Norwegian message when the record was refused (nothing written then).
    QString write(const QString &recordId, const char *kind, const QString &caseId,
                  const QVariantMap &fields);
    QString writeJson(const std::string &recordId, const std::string &kind,
                      const std::string &caseId, const nlohmann::json &fields);
    QString remove(const QString &recordId);

    std::vector<bro::Record> list(const QString &caseId, const char *kind);
    std::optional<bro::Record> get(const QString &recordId);

    int pendingCount();
    int rejectedCount();

    // For the SyncClient: remote changes applied, rejections recorded, a scope purged.
    void applyRemote(const std::vector<bro::Change> &changes, std::int64_t cursor);
    void acknowledge(const std::vector<bro::protocol::Accepted> &accepted,
                     const std::vector<bro::protocol::Rejected> &rejected);
    int purge(const std::string &caseId, const std::vector<bro::Category> &categories);
    // The server's store epoch from its welcome (LocalStore::adopt_server_epoch): after a restore
    // from a backup, what this device wrote goes back in the outbox. Returns how much.
    std::size_t adoptServerEpoch(const std::string &epoch);
    void dismissRejected(const QString &op);

    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);

    // Tells listeners that these kinds of this case changed (a case id of "" means any case).
    void notifyChanged(const QString &caseId, const QSet<QString> &kinds);

    // While a device catches up (a pull answered "more"), every frame would make each model
    // re-read a growing case: for 10 000 goals that tripled the initial sync (bench B1app).
    // Held, remote changes are announced together when released, and at least every
    // holdFlushMs meanwhile, so a long sync still fills the screen as it goes. Local edits are
    // never held.
    void holdChanges();
    void releaseChanges();
    static constexpr int holdFlushMs = 500;
    // True while held changes are announced, one `changed` per case: models over every case
    // wait for `announced` and then read once, only the cases that changed (bench B8signin).
    bool announcing() const { return m_announcing; }

Q_SIGNALS:
    // Records of these kinds in this case changed, locally or from the server.
    void changed(const QString &caseId, const QSet<QString> &kinds);
    // A local edit put changes in the outbox.
    void localWrite();
    void outboxChanged();   // pending count may have changed
    void rejectedChanged(); // the list of rejected changes changed
    void metaChanged(const QString &key);
    // The `changed` signals of one announcement of held changes have all been sent.
    void announced();

private:
    void announceHeld();

    QString m_path;
    std::unique_ptr<bro::LocalStore> m_store;
    bool m_holding = false;
    bool m_announcing = false;
    QHash<QString, QSet<QString>> m_held; // case -> kinds changed while holding
    QTimer m_flush;
};
