#pragma once
// Changes the server refused, with its reason: kept on the device and shown until the user
// dismisses them — never dropped in silence.

#include "models/CaseModel.h"

class RejectedModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        OpRole = Qt::UserRole + 1,
        KindRole,
        FieldRole,
        CodeRole,
        MessageRole,
        RecordIdRole,
        ValueRole, // the refused value, as text
        RecordCaseIdRole,
    };
    Q_ENUM(Role)

    explicit RejectedModel(QObject *parent = nullptr);
    explicit RejectedModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool dismiss(const QString &op);

protected:
    QSet<QString> kinds() const override { return {}; }
    void load() override;
    void followSession(Session *session) override;

private:
    struct Row
    {
        QString op, kind, field, code, message, recordId, value, caseId;
    };
    QList<Row> m_rows;
};
