#pragma once
// The comments on one goal, oldest first: helpers encourage or ask here without touching the
// apprentice's own words, and the apprentice answers. Each comment is its writer's alone.

#include "models/CaseModel.h"

class GoalCommentsModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        AuthorNameRole,
        AuthorIdRole,
        TextRole,
        CreatedRole,
        MineRole,
        ByApprenticeRole,
    };
    Q_ENUM(Role)

    explicit GoalCommentsModel(QObject *parent = nullptr);
    explicit GoalCommentsModel(Session *session, QObject *parent = nullptr);

    QString goalId() const { return m_goalId; }
    void setGoalId(const QString &goalId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A comment in the signed-in person's name; the new id, or "" when refused.
    Q_INVOKABLE QString add(const QString &text);
    // Only one's own comment.
    Q_INVOKABLE bool remove(const QString &id);

Q_SIGNALS:
    void goalIdChanged();

protected:
    QSet<QString> kinds() const override;
    void load() override;
    QString category() const override { return QStringLiteral("goals"); }

private:
    struct Row
    {
        QString id, authorName, authorId, text, created;
        bool byApprentice = false;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    QString m_goalId;
};
