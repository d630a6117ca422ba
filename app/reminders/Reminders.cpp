#include "reminders/Reminders.h"

#include "domain/schema.hpp"
#include "reminders/DesktopNotifier.h"
#include "reminders/ReminderSettings.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <QGuiApplication>
#include <QWindow>

using convert::qstr;
using reminders::Kind;

Reminders::Reminders(std::function<ReminderSubject()> subject, QSettings *settings, QObject *parent)
    : QObject(parent), m_subject(std::move(subject)),
      m_settings(new ReminderSettings(settings, this)), m_notifier(new DesktopNotifier(this))
{
    if (qEnvironmentVariableIsSet("BRO_REMINDER_NOW"))
        m_now = QDateTime::fromString(qEnvironmentVariable("BRO_REMINDER_NOW"), Qt::ISODate);
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &Reminders::refresh);
    m_tick.start();
    m_soon.setSingleShot(true);
    m_soon.setInterval(300);
    connect(&m_soon, &QTimer::timeout, this, &Reminders::refresh);

    connect(m_settings, &ReminderSettings::changed, this, &Reminders::scheduleRefresh);
    connect(m_notifier, &DesktopNotifier::availableChanged, this, &Reminders::desktopChanged);
    connect(m_notifier, &DesktopNotifier::failed, this, [this](const QString &id) {
        m_settings->unmarkNotified(id); // the banner still shows it; sent again when possible
    });
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, &Reminders::onAction);
    connect(m_notifier, &DesktopNotifier::closed, this, [this](const QString &id) {
        // Seen on the desktop (dismissed, expired or answered): it leaves the banner too.
        m_settings->markDone(id);
        scheduleRefresh();
    });
    followStore();
}

Reminders::~Reminders() = default;

bool Reminders::desktop() const
{
    return m_notifier->available();
}

QDateTime Reminders::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void Reminders::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

void Reminders::followStore()
{
    const ReminderSubject subject = m_subject();
    m_settings->setPerson(subject.signedIn ? subject.personId : QString());
    Store *store = subject.store;
    if (store != m_store) {
        if (m_store)
            disconnect(m_store, nullptr, this, nullptr);
        m_store = store;
        if (m_store)
            connect(m_store, &Store::changed, this, &Reminders::scheduleRefresh);
    }
    refresh();
}

void Reminders::scheduleRefresh()
{
    m_soon.start();
}

reminders::Facts Reminders::facts() const
{
    reminders::Facts f;
    const ReminderSubject subject = m_subject();
    Store *st = subject.store;
    if (!st || !subject.signedIn)
        return f;
    f.apprentice = subject.apprentice;
    for (const QString &cid : subject.caseIds) {
        std::vector<bro::Record> items, responses;
        if (f.apprentice) {
            for (const auto &c : st->list(cid, bro::kind::checkin))
                f.checkInDays.insert(QDate::fromString(qstr(c.str("date")), Qt::ISODate));
            items = st->list(cid, bro::kind::agenda_item);
            responses = st->list(cid, bro::kind::meeting_response);
        }
        for (const auto &m : st->list(cid, bro::kind::meeting)) {
            reminders::Meeting meeting{qstr(m.id),
                                       QDateTime::fromString(qstr(m.str("starts")), Qt::ISODate),
                                       qstr(m.str("status", "planned")), false, false};
            for (const auto &i : items)
                if (i.str("meeting_id") == m.id && !i.str("minutes").empty())
                    meeting.hasMinutes = true;
            for (const auto &r : responses)
                if (r.str("meeting_id") == m.id && !r.str("answer").empty())
                    meeting.answered = true;
            f.meetings.append(meeting);
        }
    }
    return f;
}

void Reminders::refresh()
{
    const QDateTime at = now();
    m_due = reminders::plan(at, m_settings->rules(), facts(), m_settings->done());
    for (const auto &r : std::as_const(m_due)) {
        if (!m_notifier->available() || m_settings->notified(r.id))
            continue;
        m_settings->markNotified(r.id);
        m_notifier->notify(r.id, QStringLiteral("Bro"), text(r, at), tr("Open"),
                           tr("Turn off these reminders"));
    }
    QVariantMap current;
    if (!m_due.isEmpty()) {
        const auto &r = m_due.first();
        current = {{QStringLiteral("id"), r.id},
                   {QStringLiteral("kind"), reminders::kindName(r.kind)},
                   {QStringLiteral("text"), text(r, at)},
                   {QStringLiteral("page"), page(r.kind)}};
    }
    if (current != m_current) {
        m_current = current;
        Q_EMIT currentChanged();
    }
}

void Reminders::open(const QString &id)
{
    const auto kind = reminders::kindOfId(id);
    if (!kind)
        return;
    m_settings->markDone(id);
    m_notifier->close(id);
    refresh();
    Q_EMIT openRequested(page(*kind));
}

void Reminders::turnOff(const QString &id)
{
    const auto kind = reminders::kindOfId(id);
    if (!kind)
        return;
    m_settings->markDone(id);
    m_notifier->close(id);
    m_settings->turnOff(reminders::kindName(*kind));
    refresh();
}

void Reminders::onAction(const QString &id, const QString &action)
{
    if (action == QLatin1String("stop")) {
        turnOff(id);
        return;
    }
    if (action != QLatin1String("default"))
        return;
    // The app comes forward, at the page the reminder is about.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        for (QWindow *w : QGuiApplication::topLevelWindows())
            if (w->isVisible()) {
                w->raise();
                w->requestActivate();
            }
    open(id);
}

QString Reminders::page(Kind kind)
{
    return kind == Kind::CheckIn ? QStringLiteral("checkin") : QStringLiteral("meetings");
}

QString Reminders::text(const reminders::Reminder &r, const QDateTime &now)
{
    const QDateTime starts = r.starts.toLocalTime();
    const QString time = starts.toString(QStringLiteral("HH:mm"));
    switch (r.kind) {
    case Kind::CheckIn:
        return tr("Remember to check in today – it takes half a minute.");
    case Kind::MeetingDayBefore:
        return starts.date() == now.toLocalTime().date()
                   ? tr("You have a meeting today at %1.").arg(time)
                   : tr("You have a meeting tomorrow at %1.").arg(time);
    case Kind::MeetingHourBefore:
        return tr("You have a meeting soon, at %1.").arg(time);
    case Kind::Minutes:
        return tr("The minutes from a meeting are ready. Read them and say if you agree.");
    }
    return {};
}
