#pragma once
// Absence episodes, newest first: from–to (inclusive), kind, whether it is about health, a note.

#include "models/CaseModel.h"

#include <QVariantList>
#include <QVariantMap>

class AbsenceModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int totalDays READ totalDays NOTIFY patternChanged)
    // The named rule of shared/domain/absence_pattern with the programme's thresholds (the pilot:
    // 3+ episodes or 5+ days within 30 days): time for the adviser to talk about health.
    Q_PROPERTY(bool talkAboutHealth READ talkAboutHealth NOTIFY patternChanged)
    Q_PROPERTY(int recentEpisodes READ recentEpisodes NOTIFY patternChanged) // in the rule's window
    Q_PROPERTY(int recentDays READ recentDays NOTIFY patternChanged)         // in the same window
    // [{month: "YYYY-MM", days, healthDays}], oldest first, days counted in the month they fall in.
    Q_PROPERTY(QVariantList monthTotals READ monthTotals NOTIFY patternChanged)

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
    explicit AbsenceModel(Session *session, QObject *parent = nullptr);

    int totalDays() const;
    bool talkAboutHealth() const { return m_talk; }
    int recentEpisodes() const { return m_recentEpisodes; }
    int recentDays() const { return m_recentDays; }
    QVariantList monthTotals() const { return m_months; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keys: from, to (YYYY-MM-DD; to defaults to from), kind, healthRelated, note.
    // Returns the new id or "" (and lastError) when refused.
    Q_INVOKABLE QString add(const QVariantMap &values);
    Q_INVOKABLE bool update(const QString &id, const QVariantMap &values);
    Q_INVOKABLE bool remove(const QString &id);

Q_SIGNALS:
    void patternChanged();

protected:
    QSet<QString> kinds() const override;
    QString category() const override { return QStringLiteral("absence"); }
    void load() override;
    void followSession(Session *session) override;

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
    bool m_talk = false;
    int m_recentEpisodes = 0, m_recentDays = 0;
    QVariantList m_months;
};
