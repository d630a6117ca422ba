#pragma once
// Absence episodes, newest first: from–to (inclusive), kind, whether it is about health, a note.

#include "models/CaseModel.h"

#include <QVariantMap>

class AbsenceModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int totalDays READ totalDays NOTIFY countChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        FromRole,
        ToRole,
        KindRole,
        HealthRelatedRole,
        NoteRole,
        DaysRole,
    };
    Q_ENUM(Role)

    explicit AbsenceModel(QObject *parent = nullptr);

    int totalDays() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keys: from, to (YYYY-MM-DD; to defaults to from), kind, healthRelated, note.
    // Returns the new id or "" (and lastError) when refused.
    Q_INVOKABLE QString add(const QVariantMap &values);
    Q_INVOKABLE bool update(const QString &id, const QVariantMap &values);
    Q_INVOKABLE bool remove(const QString &id);

protected:
    QSet<QString> kinds() const override;
    void load() override;

private:
    static QVariantMap toFields(const QVariantMap &values);

    struct Row
    {
        QString id, from, to, kind, note;
        bool healthRelated = false;
        int days = 0;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
};
