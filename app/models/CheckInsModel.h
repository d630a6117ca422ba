#pragma once
// Daily check-ins, newest first: mood, energy, sleep (1–5), pain (0–10), how work went (1–5)
// and a note. One check-in per day: checking in again the same day updates it.

#include "models/CaseModel.h"

#include <QVariantList>
#include <QVariantMap>

class CheckInsModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool checkedInToday READ checkedInToday NOTIFY checkedInTodayChanged)
    Q_PROPERTY(QVariantMap latest READ latest NOTIFY countChanged)
    // The newest check-in is very low (shared/domain/wellbeing.hpp, help_after_checkin): the
    // apprentice is shown who they can talk to now.
    Q_PROPERTY(bool helpSuggested READ helpSuggested NOTIFY helpSuggestedChanged)
    // The apprentice's own early warning (issue 25, domain/early_warning.hpp): "falling" when
    // their check-ins have fallen for two weeks, "stopped" when they have stopped, else "".
    // Only on the apprentice's device, and not again for a while once they have answered.
    Q_PROPERTY(QString earlyWarning READ earlyWarning NOTIFY earlyWarningChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        DateRole,
        MoodRole,
        EnergyRole,
        SleepRole,
        PainRole,
        WorkRole,
        NoteRole,
    };
    Q_ENUM(Role)

    explicit CheckInsModel(QObject *parent = nullptr);
    explicit CheckInsModel(Session *session, QObject *parent = nullptr);

    bool checkedInToday() const;
    QVariantMap latest() const { return get(0); }
    bool helpSuggested() const { return m_help; }
    QString earlyWarning() const { return m_earlyWarning; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keys: mood, energy, sleep, pain, work, note (and optionally date, default today).
    Q_INVOKABLE bool checkIn(const QVariantMap &values);
    // One measure ("mood", "energy", "sleep", "pain", "work") over the last `days` days,
    // oldest first: [{date, value}]. Days without a check-in are left out.
    Q_INVOKABLE QVariantList series(const QString &measure, int days) const;
    // The apprentice answered the early warning (told their adviser, or not now): it is not
    // asked again before the programme's ask_again_days. Kept on this device only.
    Q_INVOKABLE void answerEarlyWarning();

Q_SIGNALS:
    void checkedInTodayChanged();
    void helpSuggestedChanged();
    void earlyWarningChanged();

protected:
    QSet<QString> kinds() const override;
    QString category() const override { return QStringLiteral("checkins"); }
    void load() override;
    void followSession(Session *session) override;

private:
    struct Row
    {
        QString id, date, note;
        int mood = 0, energy = 0, sleep = 0, pain = 0, work = 0; // work 0 = not given
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    bool m_today = false;
    bool m_help = false;
    QString m_earlyWarning;

    void updateEarlyWarning();
};
