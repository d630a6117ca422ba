#pragma once
// Base of the list models over one case's records: holds the case id and the last error,
// follows its Session's store and re-reads when the store says records of its kinds changed
// (Itinerary's TimelineModel over ReservationManager, in small).
//
// Where the Session comes from: C++ passes it to the constructor (`GoalsModel goals(session)`),
// so a model can be made and tested alone on any Session, several at once. QML may say
// `session: …`; without it a model takes its engine's `Session` singleton in classBegin(), before
// any binding runs (models/EngineSession.h). That keeps the ~70 QML call sites as they were, and
// a model never reaches for a process-wide instance. A model re-attaches when its session
// changes, opens another store or signs in as someone else.

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QSet>

class Session;
class Store;

class CaseModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    Q_MOC_INCLUDE("session/Session.h")
    // Whose store this model reads; null shows nothing.
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Does the signed-in person see this model's category of this case? Always true for the
    // apprentice; for a helper, whether the apprentice shares it with their organisation today.
    // A view says "not shared with …" when false instead of looking empty.
    Q_PROPERTY(bool shared READ shared NOTIFY sharedChanged)
    // For a helper: the apprentice shares this category, but it has not started because a
    // parent's or guardian's yes is still needed (the age rule; the server tells the care team
    // only `awaiting_guardian` on the case record). `shared` is false meanwhile: nothing arrives.
    Q_PROPERTY(bool awaitingGuardian READ awaitingGuardian NOTIFY sharedChanged)

public:
    explicit CaseModel(QObject *parent = nullptr);

    Session *session() const;
    void setSession(Session *session);
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString &caseId);
    QString lastError() const { return m_lastError; }
    int count() const { return rowCount(); }
    bool shared() const { return m_shared; }
    bool awaitingGuardian() const { return m_awaitingGuardian; }

    // Re-reads everything from the store now (models also do this on their own).
    Q_INVOKABLE void reload();
    // The row with this recordId, or -1.
    Q_INVOKABLE int indexOf(const QString &recordId) const;
    // One row as a map of role name -> value (for dialogs).
    Q_INVOKABLE QVariantMap get(int row) const;

    void classBegin() override;
    void componentComplete() override {}

Q_SIGNALS:
    void sessionChanged();
    void caseIdChanged();
    void lastErrorChanged();
    void countChanged();
    void sharedChanged();

protected:
    // The record kinds this model shows; a change to any of them triggers load().
    virtual QSet<QString> kinds() const = 0;
    // Reads the store (may be null) and updates rows; called with a valid case id or none.
    virtual void load() = 0;

    // The consent category of this model's records ("" when not consent-controlled).
    virtual QString category() const { return {}; }
    // Models over every case (caseload, rejected changes) react to changes in any case.
    void setAllCases(bool all) { m_allCases = all; }
    // For models over every case: records of this model's kinds changed in these cases ("" for
    // a change not tied to one case). Called once per announcement of the store's held changes,
    // or at once for a change made outside one. By default, everything is read again.
    virtual void casesTouched(const QSet<QString> &caseIds)
    {
        Q_UNUSED(caseIds)
        reload();
    }
    // Calls casesTouched for `caseId` now, or when the store's current announcement ends.
    void touch(const QString &caseId);
    // The store is announcing held changes: what a model reads now may change again before the
    // announcement ends.
    bool inStoreAnnouncement() const;

    // A cached server answer (audit, consent history …) in the store's meta table changed.
    virtual void metaChanged(const QString &key) { Q_UNUSED(key) }
    // Connects what this model follows of `session` beyond its store (team, user, programme …)
    // to `this`; setSession() drops those connections with the old session. reload() follows.
    virtual void followSession(Session *session) { Q_UNUSED(session) }

    Store *store() const;
    // What the signed-in helper's organisation is shared of `category` in case `caseId` today,
    // by the same rule as `shared` and `awaitingGuardian`, for models that need it of another
    // category or of every case (caseload, return plan). The apprentice is shared everything.
    struct ShareState
    {
        bool shared = true;
        bool awaitingGuardian = false;
    };
    ShareState shareState(const QString &caseId, const QString &category) const;
    // Sets lastError from a Store::write result; returns true when it was empty (success).
    bool check(const QString &error);
    // Every write starts here: true with a store to write to, else false with lastError saying
    // the person is not signed in.
    bool canWrite();
    // Writes `fields` of record `id` of this case: canWrite(), then check() of the store's answer.
    bool writeRecord(const QString &id, const char *kind, const QVariantMap &fields);
    void setLastError(const QString &message);
    // Subclasses that keep row identities call this after a reset or row-count change.
    void emitCountIfChanged();

    // Helper for row-keyed models: replaces rows by record id, emitting fine-grained
    // inserts/removes/dataChanged instead of a reset when only some rows changed.
    template <typename Row, typename Key, typename Equal>
    void updateRows(QList<Row> &rows, QList<Row> next, Key key, Equal equal);

private:
    void attach();
    void onChanged(const QString &caseId, const QSet<QString> &kinds);
    void flushTouched();

    QString m_caseId;
    QString m_lastError;
    void updateShared();

    QPointer<Session> m_session;
    QPointer<Store> m_store;
    int m_lastCount = 0;
    bool m_shared = true;
    bool m_awaitingGuardian = false;
    bool m_allCases = false;
    QSet<QString> m_touched; // cases changed during the store's current announcement
};

template <typename Row, typename Key, typename Equal>
void CaseModel::updateRows(QList<Row> &rows, QList<Row> next, Key key, Equal equal)
{
    bool sameOrder = rows.size() == next.size();
    for (qsizetype i = 0; sameOrder && i < rows.size(); ++i)
        sameOrder = key(rows[i]) == key(next[i]);
    if (!sameOrder) {
        beginResetModel();
        rows = std::move(next);
        endResetModel();
        emitCountIfChanged();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!equal(rows[i], next[i])) {
            rows[i] = std::move(next[i]);
            const auto idx = index(static_cast<int>(i));
            Q_EMIT dataChanged(idx, idx);
        }
    }
}
