#include "models/RejectedModel.h"

#include "session/Session.h"
#include "store/Convert.h"
#include "store/ErrorText.h"
#include "store/Store.h"

using convert::qstr;

RejectedModel::RejectedModel(QObject *parent) : CaseModel(parent) {}

RejectedModel::RejectedModel(Session *session, QObject *parent) : RejectedModel(parent)
{
    setSession(session);
}

void RejectedModel::followSession(Session *session)
{
    // Rejections concern the whole device, whatever case is selected.
    auto hook = [this] {
        if (store())
            connect(store(), &Store::rejectedChanged, this, &RejectedModel::reload,
                    Qt::UniqueConnection);
    };
    connect(session, &Session::storeChanged, this, hook);
    hook();
}

int RejectedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RejectedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case OpRole:
        return r.op;
    case KindRole:
        return r.kind;
    case FieldRole:
        return r.field;
    case CodeRole:
        return r.code;
    case Qt::DisplayRole:
    case MessageRole:
        return r.message;
    case RecordIdRole:
        return r.recordId;
    case ValueRole:
        return r.value;
    case RecordCaseIdRole:
        return r.caseId;
    }
    return {};
}

QHash<int, QByteArray> RejectedModel::roleNames() const
{
    return {{OpRole, "op"},           {KindRole, "kind"},
            {FieldRole, "field"},     {CodeRole, "code"},
            {MessageRole, "message"}, {RecordIdRole, "recordId"},
            {ValueRole, "value"},     {RecordCaseIdRole, "recordCaseId"}};
}

void RejectedModel::load()
{
    QList<Row> next;
    if (store()) {
        for (const auto &r : store()->local().rejected()) {
            const auto &c = r.change;
            next.append(
                Row{qstr(c.op), qstr(c.kind), qstr(c.field), qstr(r.code),
                    errortext::rejection(r.code, r.message), qstr(c.record_id),
                    c.value.is_string() ? qstr(c.value.get<std::string>()) : qstr(c.value.dump()),
                    qstr(c.case_id)});
        }
    }
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
}

bool RejectedModel::dismiss(const QString &op)
{
    if (!canWrite())
        return false;
    store()->dismissRejected(op);
    return check({});
}
