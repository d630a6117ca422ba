#pragma once
// Reminders for the signed-in person (issue 25): a check-in on the days they chose, a meeting
// the day before and an hour before, minutes waiting for their answer. Planned on the device
// from its own store (ReminderPlanner), every minute and whenever the store changes; each is
// shown once, never in the quiet hours. On a desktop with a notification service it is also a
// system notification (DesktopNotifier); in the app it is the banner on Today. The texts never
// name a clinic, a person or anything about health: a notification can be read on a locked
// screen (docs/reminders.md).

#include "reminders/ReminderPlanner.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

class DesktopNotifier;
class QSettings;
class ReminderSettings;
class Store;

// Whom reminders are planned for, as the sign-in stands now. The owner (the Session) answers
// it, so that reminders need not know the Session and the Session can own them.
struct ReminderSubject
{
    Store *store = nullptr;
    bool signedIn = false;
    QString personId;
    bool apprentice = false;
    QStringList caseIds;
};

class Reminders : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session.reminders")

    Q_PROPERTY(ReminderSettings *settings READ settings CONSTANT)
    // The reminder for the banner, the earliest due: {id, kind, text, page}; empty when none.
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    // Reminders also go to the desktop's notifications.
    Q_PROPERTY(bool desktop READ desktop NOTIFY desktopChanged)

public:
    static constexpr int tickMs = 60'000;

    // `subject` is asked at every plan; call followStore() when the person or their store changes.
    Reminders(std::function<ReminderSubject()> subject, QSettings *settings,
              QObject *parent = nullptr);
    ~Reminders() override;

    ReminderSettings *settings() const { return m_settings; }
    QVariantMap current() const { return m_current; }
    bool desktop() const;
    DesktopNotifier *notifier() const { return m_notifier; }
    QList<reminders::Reminder> due() const { return m_due; }

    // "Open": the reminder is done, and the page it is about is asked for (openRequested).
    Q_INVOKABLE void open(const QString &id);
    // "Turn off these reminders": its kind is turned off (kept), and it is done.
    Q_INVOKABLE void turnOff(const QString &id);
    // Plans again now (the timer and the store do this by themselves).
    Q_INVOKABLE void refresh();
    // The person signed in or out, or their store was opened, replaced or closed.
    void followStore();

    // The time reminders are planned for: the clock, or one fixed for a test (or for one run
    // with BRO_REMINDER_NOW, "2026-12-07T16:00", as BRO_THEME fixes the theme).
    QDateTime now() const;
    void setNow(const QDateTime &now);

    // What a reminder says. Plain, and safe on a locked screen.
    static QString text(const reminders::Reminder &reminder, const QDateTime &now);
    // The page "Open" goes to: "checkin" or "meetings".
    static QString page(reminders::Kind kind);

Q_SIGNALS:
    void currentChanged();
    void desktopChanged();
    void openRequested(const QString &page);

private:
    void scheduleRefresh();
    reminders::Facts facts() const;
    void onAction(const QString &id, const QString &action);

    std::function<ReminderSubject()> m_subject;
    ReminderSettings *m_settings;
    DesktopNotifier *m_notifier;
    QPointer<Store> m_store;
    QTimer m_tick;
    QTimer m_soon; // store changes come in bursts while syncing: plan once after them
    QDateTime m_now;
    QList<reminders::Reminder> m_due;
    QVariantMap m_current;
};
