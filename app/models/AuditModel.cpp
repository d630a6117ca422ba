#include "models/AuditModel.h"

#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <algorithm>

using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

AuditModel::AuditModel(QObject *parent) : CaseModel(parent) {}

AuditModel::AuditModel(Session *session, QObject *parent) : AuditModel(parent)
{
    setSession(session);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case AtRole:
        return r.at;
    case Qt::DisplayRole:
    case ActorNameRole:
        return r.actorName;
    case ActorRoleRole:
        return r.actorRole;
    case OrgNameRole:
        return r.orgName;
    case DeviceNameRole:
        return r.deviceName;
    case ActionRole:
        return r.action;
    case CategoryRole:
        return r.category;
    case CountRole:
        return r.count;
    }
    return {};
}

QHash<int, QByteArray> AuditModel::roleNames() const
{
    return {{AtRole, "at"},
            {ActorNameRole, "actorName"},
            {ActorRoleRole, "actorRole"},
            {OrgNameRole, "orgName"},
            {DeviceNameRole, "deviceName"},
            {ActionRole, "action"},
            {CategoryRole, "category"},
            {CountRole, "count"}};
}

void AuditModel::refresh()
{
    if (store() && !caseId().isEmpty())
        session()->syncClient()->requestAudit(caseId());
}

void AuditModel::metaChanged(const QString &key)
{
    if (key == QStringLiteral("audit:") + caseId())
        reload();
}

void AuditModel::load()
{
    QList<Row> next;
    if (store() && !caseId().isEmpty()) {
        auto parsed = proto::parse_server(str(store()->meta(QStringLiteral("audit:") + caseId())));
        if (parsed && std::holds_alternative<proto::Audit>(*parsed.message)) {
            for (const auto &e : std::get<proto::Audit>(*parsed.message).events) {
                next.append(Row{qstr(e.at), qstr(e.actor_name),
                                qstr(std::string(bro::to_string(e.actor_role))), qstr(e.org_name),
                                qstr(e.device_name), qstr(e.action),
                                qstr(std::string(bro::to_string(e.category))), e.count});
            }
        }
        std::stable_sort(next.begin(), next.end(),
                         [](const Row &a, const Row &b) { return a.at > b.at; });
    }
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
}
