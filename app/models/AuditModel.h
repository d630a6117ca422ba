#pragma once
// Who has seen or changed the apprentice's data: the server's audit events for one case,
// newest first, cached on the device so the list is there offline.

#include "models/CaseModel.h"

class AuditModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        AtRole = Qt::UserRole + 1,
        ActorNameRole,
        ActorRoleRole,
        OrgNameRole,
        DeviceNameRole,
        ActionRole,
        CategoryRole,
        CountRole,
    };
    Q_ENUM(Role)

    explicit AuditModel(QObject *parent = nullptr);
    explicit AuditModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Asks the server for the latest events (rows update when they arrive).
    Q_INVOKABLE void refresh();

protected:
    QSet<QString> kinds() const override { return {}; }
    void load() override;
    void metaChanged(const QString &key) override;

private:
    struct Row
    {
        QString at, actorName, actorRole, orgName, deviceName, action, category;
        qint64 count = 0;
    };
    QList<Row> m_rows;
};
