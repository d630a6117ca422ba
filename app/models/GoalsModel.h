#pragma once
// The apprentice's goals in their own words, the trade certificate (fagbrev) first, then by
// position. Each row counts its steps (suggested and declined steps are not counted).

#include "models/CaseModel.h"

#include <QVariantMap>

class GoalsModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    // false (default): the apprentice's goals. true: goals a helper suggested that wait for the
    // apprentice's answer (and, for a helper, also the ones the apprentice said no to).
    Q_PROPERTY(bool suggestions READ suggestions WRITE setSuggestions NOTIFY suggestionsChanged)

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
        StateRole,         // accepted | suggested | declined
        SuggestedByRole,   // the helper's name
        SuggestionWhyRole, // why they suggest it
        MineRole,          // a suggestion of the signed-in helper still waiting
    };
    Q_ENUM(Role)

    explicit GoalsModel(QObject *parent = nullptr);
    explicit GoalsModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool suggestions() const { return m_suggestions; }
    void setSuggestions(bool on);

    // Returns the new goal's id, or "" (and lastError) when refused. For a helper this makes a
    // suggestion in their name, `why` being why they suggest it.
    Q_INVOKABLE QString add(const QString &title, const QString &why = {});
    // The apprentice's answer to a suggested goal; `title` (optional) puts it in their words.
    Q_INVOKABLE bool accept(const QString &id, const QString &title = {});
    Q_INVOKABLE bool decline(const QString &id);
    // Keys: title, why, status, position, isFagbrev.
    Q_INVOKABLE bool update(const QString &id, const QVariantMap &changes);
    Q_INVOKABLE bool setStatus(const QString &id, const QString &status);
    // Moves a goal to a new row; the fagbrev goal stays first.
    Q_INVOKABLE bool move(const QString &id, int newIndex);
    Q_INVOKABLE bool remove(const QString &id);

Q_SIGNALS:
    void suggestionsChanged();

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
        QString state, suggestedBy, suggestionWhy;
        bool mine = false;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    bool m_suggestions = false;
};
