#pragma once
// What the signed-in person chose about reminders on this device, and which reminders they have
// already had. Kept in the device's settings (like Appearance), under reminders/<personId>/, so
// two people sharing a tablet each keep their own; nothing of it is synced.

#include "reminders/ReminderPlanner.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ReminderSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session.reminders.settings")

    Q_PROPERTY(bool checkIn READ checkIn WRITE setCheckIn NOTIFY changed)
    // Days of the week, 1 = Monday … 7 = Sunday.
    Q_PROPERTY(QVariantList checkInDays READ checkInDays NOTIFY changed)
    // "HH:mm" in the device's time.
    Q_PROPERTY(QString checkInTime READ checkInTime WRITE setCheckInTime NOTIFY changed)
    Q_PROPERTY(bool meetingDayBefore READ meetingDayBefore WRITE setMeetingDayBefore NOTIFY changed)
    Q_PROPERTY(
        bool meetingHourBefore READ meetingHourBefore WRITE setMeetingHourBefore NOTIFY changed)
    Q_PROPERTY(bool minutes READ minutes WRITE setMinutes NOTIFY changed)
    Q_PROPERTY(QString quietFrom READ quietFrom WRITE setQuietFrom NOTIFY changed)
    Q_PROPERTY(QString quietTo READ quietTo WRITE setQuietTo NOTIFY changed)

public:
    // `settings` outlives this object (Session owns both).
    explicit ReminderSettings(QSettings *settings, QObject *parent = nullptr);

    // Whose choices these are; "" (nobody signed in) gives the defaults, kept nowhere.
    void setPerson(const QString &personId);
    QString person() const { return m_person; }

    bool checkIn() const { return m_rules.checkIn; }
    void setCheckIn(bool on);
    QVariantList checkInDays() const;
    Q_INVOKABLE void setCheckInDay(int day, bool on);
    QString checkInTime() const;
    void setCheckInTime(const QString &time);
    bool meetingDayBefore() const { return m_rules.meetingDayBefore; }
    void setMeetingDayBefore(bool on);
    bool meetingHourBefore() const { return m_rules.meetingHourBefore; }
    void setMeetingHourBefore(bool on);
    bool minutes() const { return m_rules.minutes; }
    void setMinutes(bool on);
    QString quietFrom() const;
    void setQuietFrom(const QString &time);
    QString quietTo() const;
    void setQuietTo(const QString &time);

    // "Turn off these reminders", from the banner or a desktop notification's action.
    Q_INVOKABLE void turnOff(const QString &kind);

    const reminders::Rules &rules() const { return m_rules; }

    // Reminders already shown (each is shown once), and those sent to the desktop.
    QSet<QString> done() const;
    void markDone(const QString &id);
    bool notified(const QString &id) const;
    void markNotified(const QString &id);
    void unmarkNotified(const QString &id);

Q_SIGNALS:
    void changed();

private:
    void load();
    void save();
    void remember(const char *list, QStringList &ids, const QString &id);
    QString key(const char *name) const;

    QSettings *m_settings;
    QString m_person;
    reminders::Rules m_rules;
    QStringList m_done, m_notified;
};
