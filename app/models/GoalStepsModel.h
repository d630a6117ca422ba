#pragma once
// The steps of one goal, by position. A helper's new step is a suggestion (state "suggested")
// that the apprentice accepts or declines; declined steps are hidden unless showDeclined.

#include "models/CaseModel.h"

class GoalStepsModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)
    Q_PROPERTY(bool showDeclined READ showDeclined WRITE setShowDeclined NOTIFY showDeclinedChanged)
    // Only suggestions still waiting for the apprentice's answer (e.g. with goalId "": all of
    // them).
    Q_PROPERTY(
        bool onlySuggested READ onlySuggested WRITE setOnlySuggested NOTIFY onlySuggestedChanged)
    // The first step not yet done of an accepted goal (for "next step" on Today), by title.
    Q_PROPERTY(QString nextStep READ nextStep NOTIFY nextStepChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        TitleRole,
        DoneRole,
        PositionRole,
        StateRole,
        SuggestedByRole,
        GoalIdRole,
        SuggestionWhyRole, // why the helper suggests it
        MineRole,          // a suggestion the signed-in helper made (they may withdraw it)
    };
    Q_ENUM(Role)

    explicit GoalStepsModel(QObject *parent = nullptr);
    explicit GoalStepsModel(Session *session, QObject *parent = nullptr);

    QString goalId() const { return m_goalId; }
    void setGoalId(const QString &goalId);
    bool showDeclined() const { return m_showDeclined; }
    void setShowDeclined(bool show);
    bool onlySuggested() const { return m_onlySuggested; }
    void setOnlySuggested(bool only);
    QString nextStep() const { return m_nextStep; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Returns the new step's id or "" when refused. From a helper, the step is a suggestion.
    // For a helper this makes a suggestion in their name; `why` tells the apprentice why.
    Q_INVOKABLE QString add(const QString &title, const QString &why = {});
    Q_INVOKABLE bool setTitle(const QString &id, const QString &title);
    Q_INVOKABLE bool setDone(const QString &id, bool done);
    Q_INVOKABLE bool accept(const QString &id);
    Q_INVOKABLE bool decline(const QString &id);
    Q_INVOKABLE bool remove(const QString &id);

Q_SIGNALS:
    void goalIdChanged();
    void showDeclinedChanged();
    void onlySuggestedChanged();
    void nextStepChanged();

protected:
    QSet<QString> kinds() const override;
    QString category() const override { return QStringLiteral("goals"); }
    void load() override;

private:
    struct Row
    {
        QString id, goalId, title, state, suggestedBy, suggestionWhy;
        bool done = false, mine = false;
        int position = 0;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    QString m_goalId;
    bool m_showDeclined = false;
    bool m_onlySuggested = false;
    QString m_nextStep;
};
