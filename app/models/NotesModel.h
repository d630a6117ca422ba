#pragma once
// Notes by the helpers on a case, newest first; the apprentice reads them all.

#include "models/CaseModel.h"

class NotesModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        AuthorNameRole,
        AuthorIdRole,
        TextRole,
        CreatedRole,
        MineRole,
    };
    Q_ENUM(Role)

    explicit NotesModel(QObject *parent = nullptr);
    explicit NotesModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Returns the new note's id or "" when refused.
    Q_INVOKABLE QString add(const QString &text);
    Q_INVOKABLE bool remove(const QString &id);

protected:
    QSet<QString> kinds() const override;
    QString category() const override { return QStringLiteral("notes"); }
    void load() override;

private:
    struct Row
    {
        QString id, authorName, authorId, text, created;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
};
