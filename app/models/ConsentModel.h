#pragma once
// What each service on the care team may see: one row per organisation (training office first)
// and consentable category. A consent may run until a date and lapses by itself after it.
// Only the apprentice changes consent; the history comes from the server (cached for offline).

#include "models/CaseModel.h"

#include <QElapsedTimer>
#include <QVariantList>

class ConsentModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY canEditChanged)
    // The suggested end of a new consent: the expected end of the current phase (phase start +
    // its typical length), never before tomorrow; "" when the case has no phase yet.
    Q_PROPERTY(QString defaultUntil READ defaultUntil NOTIFY defaultUntilChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        OrgIdRole,
        OrgNameRole,
        OrgKindRole,
        CategoryRole,
        GrantedRole, // as set (true even when `until` has passed)
        UntilRole,
        ActiveRole, // granted and not lapsed today: what the service actually receives
    };
    Q_ENUM(Role)

    explicit ConsentModel(QObject *parent = nullptr);

    bool canEdit() const;
    QString defaultUntil() const { return m_defaultUntil; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Grants or withdraws one category for one organisation; `until` is YYYY-MM-DD or "".
    Q_INVOKABLE bool set(const QString &orgId, const QString &category, bool granted,
                         const QString &until = {});
    // Is this category shared with this organisation today?
    Q_INVOKABLE bool isActive(const QString &orgId, const QString &category) const;
    // [{at, orgId, orgName, category, granted, until}], newest first, from the server's consent
    // log (cached); asks the server for a fresh copy when online (historyChanged follows).
    Q_INVOKABLE QVariantList history();

Q_SIGNALS:
    void canEditChanged();
    void historyChanged();
    void defaultUntilChanged();

protected:
    QSet<QString> kinds() const override;
    void load() override;
    void metaChanged(const QString &key) override;

private:
    struct Row
    {
        QString id, orgId, orgName, orgKind, category, until;
        bool granted = false, active = false;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    QElapsedTimer m_asked; // ask the server at most every 30 s
    QString m_askedFor;
    QString m_defaultUntil;
    QString computeDefaultUntil() const;
};
