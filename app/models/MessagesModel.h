#pragma once
// The message thread of a case between the apprentice and the helpers, oldest first, with who
// has read each message and who has not yet read the latest one.

#include "models/CaseModel.h"

#include <QStringList>

class MessagesModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY readStateChanged)
    // Names of the people on the case (apprentice and helpers, me included) who have not read
    // the latest message yet, its author excepted: the ones a reply is awaited from.
    Q_PROPERTY(QStringList awaiting READ awaiting NOTIFY readStateChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        AuthorNameRole,
        AuthorIdRole,
        TextRole,
        SentRole,
        MineRole,
        ReadByRole, // names of others who have read it
    };
    Q_ENUM(Role)

    explicit MessagesModel(QObject *parent = nullptr);
    explicit MessagesModel(Session *session, QObject *parent = nullptr);

    int unreadCount() const { return m_unread; }
    QStringList awaiting() const { return m_awaiting; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool send(const QString &text);
    // Marks everything up to now as read by me.
    Q_INVOKABLE bool markRead();

Q_SIGNALS:
    void readStateChanged();

protected:
    QSet<QString> kinds() const override;
    void load() override;
    void followSession(Session *session) override;

private:
    struct Row
    {
        QString id, authorName, authorId, text, sent;
        QStringList readBy;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    int m_unread = 0;
    QStringList m_awaiting;
};
