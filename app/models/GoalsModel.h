#pragma once
// The apprentice's goals in their own words, the trade certificate (fagbrev) first, then by
// position. Each row counts its steps (suggested and declined steps are not counted).

#include "models/CaseModel.h"

#include <QVariantMap>

class GoalsModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        TitleRole,
        WhyRole,
        StatusRole,
        PositionRole,
        IsFagbrevRole,
        StepsTotalRole,
        StepsDoneRole,
    };
    Q_ENUM(Role)

    explicit GoalsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Returns the new goal's id, or "" (and lastError) when refused.
    Q_INVOKABLE QString add(const QString &title, const QString &why = {});
    // Keys: title, why, status, position, isFagbrev.
    Q_INVOKABLE bool update(const QString &id, const QVariantMap &changes);
    Q_INVOKABLE bool setStatus(const QString &id, const QString &status);
    // Moves a goal to a new row; the fagbrev goal stays first.
    Q_INVOKABLE bool move(const QString &id, int newIndex);
    Q_INVOKABLE bool remove(const QString &id);

protected:
    QSet<QString> kinds() const override;
    QString category() const override { return QStringLiteral("goals"); }
    void load() override;

private:
    struct Row
    {
        QString id, title, why, status;
        int position = 0;
        bool isFagbrev = false;
        int stepsTotal = 0, stepsDone = 0;
        QString created;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
};
