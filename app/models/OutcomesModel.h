#pragma once
// A case's referral and its five outcome points (issue 24): when each point is due and where it
// stands today (shared/domain/outcomes.hpp), the adviser's status in the apprenticeship and the
// apprentice's own answers (a score per goal, −2 … +2, and work ability 0 … 10). The referral is
// folded in here because the points hang on its dates. Everything is written through the local
// store and syncs like every record; who may write which field is docs/protocol.md's table.

#include "models/CaseModel.h"

#include <QVariantMap>

class OutcomesModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    // Some point is due or late: the Today card shows (for the apprentice).
    Q_PROPERTY(bool needsAnswer READ needsAnswer NOTIFY pointsChanged)
    // The first point that is due or late ("" when none): what the Today card opens.
    Q_PROPERTY(QString nextPoint READ nextPoint NOTIFY pointsChanged)
    // That point's state ("due" or "late") and due date; "" when none.
    Q_PROPERTY(QString nextState READ nextState NOTIFY pointsChanged)
    Q_PROPERTY(QString nextDue READ nextDue NOTIFY pointsChanged)
    // The referral: {exists, referredBy, referredOn, reason, decision, decidedOn, decisionReason,
    // stayStart, stayEnd}; exists is false (and the rest "") before anyone has written it.
    Q_PROPERTY(QVariantMap referral READ referral NOTIFY referralChanged)
    // Days from the referral to the stay's start, or to today while waiting; -1 when unknown.
    Q_PROPERTY(int waitingDays READ waitingDays NOTIFY referralChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        PointRole,       // baseline, stay_end, month_3, month_6, month_12
        DueRole,         // YYYY-MM-DD, "" while it cannot be dated
        StateRole,       // upcoming, due, late, answered
        StatusRole,      // the adviser's: in_training, sick_leave, paused, dropped_out, certified
        StatusOnRole,    //
        GoalScoresRole,  // {goal id: -2 … 2}
        WorkAbilityRole, // 0 … 10, -1 when not answered
        AnsweredOnRole,
    };
    Q_ENUM(Role)

    explicit OutcomesModel(QObject *parent = nullptr);
    explicit OutcomesModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool needsAnswer() const { return !m_nextPoint.isEmpty(); }
    QString nextPoint() const { return m_nextPoint; }
    QString nextState() const;
    QString nextDue() const;
    QVariantMap referral() const { return m_referral; }
    int waitingDays() const { return m_waitingDays; }

    // The row of a point, or -1.
    Q_INVOKABLE int rowOf(const QString &point) const;
    // The apprentice answers a point (dated today, also when late): goal id -> score, and work
    // ability 0 … 10.
    Q_INVOKABLE bool answer(const QString &point, const QVariantMap &goalScores, int workAbility);
    // The adviser sets the apprentice's status in the apprenticeship at a point (dated today).
    Q_INVOKABLE bool setStatus(const QString &point, const QString &status);
    // The apprentice or adviser writes the referral: who referred, when, and why in the
    // apprentice's words. A new referral waits for the clinic's answer.
    Q_INVOKABLE bool writeReferral(const QString &referredBy, const QString &referredOn,
                                   const QString &reason);
    // The clinician answers it ("accepted" or "declined", dated today) with a reason the
    // apprentice reads, and dates the stay ("" leaves a date as it is).
    Q_INVOKABLE bool decideReferral(const QString &decision, const QString &reason);
    Q_INVOKABLE bool setStayDates(const QString &stayStart, const QString &stayEnd);

Q_SIGNALS:
    void pointsChanged();
    void referralChanged();

protected:
    QSet<QString> kinds() const override;
    QString category() const override { return QStringLiteral("journey"); }
    void load() override;

private:
    struct Row
    {
        QString id, point, due, state, status, statusOn, answeredOn;
        QVariantMap goalScores;
        int workAbility = -1;
        bool operator==(const Row &) const = default;
    };
    const Row *find(const QString &point) const;
    bool writePoint(const QString &point, QVariantMap fields);

    QList<Row> m_rows;
    QString m_nextPoint;
    QVariantMap m_referral;
    int m_waitingDays = -1;
};
