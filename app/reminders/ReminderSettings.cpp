#include "reminders/ReminderSettings.h"

#include <algorithm>

using reminders::Kind;

namespace {

// Enough for every reminder of a few weeks; older ids are about days and meetings long past.
constexpr qsizetype rememberedIds = 200;

QTime parseTime(const QString &text, const QTime &fallback)
{
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}

QString timeText(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

// Gentle and few. The check-in reminder is off until the apprentice turns it on: a check-in is
// about their health, and a nudge they did not ask for can feel like being watched, which is
// the opposite of what makes them come back. The days and time are ready (Monday, Wednesday,
// Friday after work at 15:30), so turning it on is one tap. Meeting reminders and the minutes
// are on: they are about dates others have set and words others wrote about the apprentice.
reminders::Rules defaults()
{
    reminders::Rules r;
    r.checkIn = false;
    r.checkInDays = {1, 3, 5};
    r.checkInTime = QTime(15, 30);
    r.meetingDayBefore = true;
    r.meetingHourBefore = true;
    r.minutes = true;
    r.quietFrom = QTime(21, 0);
    r.quietTo = QTime(8, 0);
    return r;
}

} // namespace

ReminderSettings::ReminderSettings(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_rules(defaults())
{
}

void ReminderSettings::setPerson(const QString &personId)
{
    if (personId == m_person)
        return;
    m_person = personId;
    load();
    Q_EMIT changed();
}

QString ReminderSettings::key(const char *name) const
{
    return QStringLiteral("reminders/%1/%2").arg(m_person, QLatin1String(name));
}

void ReminderSettings::load()
{
    m_rules = defaults();
    m_done.clear();
    m_notified.clear();
    if (m_person.isEmpty())
        return;
    const reminders::Rules d = defaults();
    m_rules.checkIn = m_settings->value(key("checkIn"), d.checkIn).toBool();
    if (m_settings->contains(key("checkInDays"))) {
        m_rules.checkInDays.clear();
        for (const QString &day : m_settings->value(key("checkInDays"))
                                      .toString()
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const int n = day.toInt(); n >= 1 && n <= 7)
                m_rules.checkInDays.insert(n);
    }
    m_rules.checkInTime =
        parseTime(m_settings->value(key("checkInTime")).toString(), d.checkInTime);
    m_rules.meetingDayBefore =
        m_settings->value(key("meetingDayBefore"), d.meetingDayBefore).toBool();
    m_rules.meetingHourBefore =
        m_settings->value(key("meetingHourBefore"), d.meetingHourBefore).toBool();
    m_rules.minutes = m_settings->value(key("minutes"), d.minutes).toBool();
    m_rules.quietFrom = parseTime(m_settings->value(key("quietFrom")).toString(), d.quietFrom);
    m_rules.quietTo = parseTime(m_settings->value(key("quietTo")).toString(), d.quietTo);
    m_done = m_settings->value(key("done")).toStringList();
    m_notified = m_settings->value(key("notified")).toStringList();
}

void ReminderSettings::save()
{
    if (!m_person.isEmpty()) {
        QStringList days;
        QList<int> sorted(m_rules.checkInDays.begin(), m_rules.checkInDays.end());
        std::sort(sorted.begin(), sorted.end());
        for (int d : sorted)
            days.append(QString::number(d));
        m_settings->setValue(key("checkIn"), m_rules.checkIn);
        m_settings->setValue(key("checkInDays"), days.join(QLatin1Char(',')));
        m_settings->setValue(key("checkInTime"), timeText(m_rules.checkInTime));
        m_settings->setValue(key("meetingDayBefore"), m_rules.meetingDayBefore);
        m_settings->setValue(key("meetingHourBefore"), m_rules.meetingHourBefore);
        m_settings->setValue(key("minutes"), m_rules.minutes);
        m_settings->setValue(key("quietFrom"), timeText(m_rules.quietFrom));
        m_settings->setValue(key("quietTo"), timeText(m_rules.quietTo));
        // A choice made from a notification may be the last thing before the app is closed.
        m_settings->sync();
    }
    Q_EMIT changed();
}

void ReminderSettings::setCheckIn(bool on)
{
    if (on == m_rules.checkIn)
        return;
    m_rules.checkIn = on;
    save();
}

QVariantList ReminderSettings::checkInDays() const
{
    QList<int> sorted(m_rules.checkInDays.begin(), m_rules.checkInDays.end());
    std::sort(sorted.begin(), sorted.end());
    QVariantList out;
    for (int d : sorted)
        out.append(d);
    return out;
}

void ReminderSettings::setCheckInDay(int day, bool on)
{
    if (day < 1 || day > 7 || m_rules.checkInDays.contains(day) == on)
        return;
    if (on)
        m_rules.checkInDays.insert(day);
    else
        m_rules.checkInDays.remove(day);
    save();
}

QString ReminderSettings::checkInTime() const
{
    return timeText(m_rules.checkInTime);
}

void ReminderSettings::setCheckInTime(const QString &time)
{
    const QTime t = parseTime(time, m_rules.checkInTime);
    if (t == m_rules.checkInTime)
        return;
    m_rules.checkInTime = t;
    save();
}

void ReminderSettings::setMeetingDayBefore(bool on)
{
    if (on == m_rules.meetingDayBefore)
        return;
    m_rules.meetingDayBefore = on;
    save();
}

void ReminderSettings::setMeetingHourBefore(bool on)
{
    if (on == m_rules.meetingHourBefore)
        return;
    m_rules.meetingHourBefore = on;
    save();
}

void ReminderSettings::setMinutes(bool on)
{
    if (on == m_rules.minutes)
        return;
    m_rules.minutes = on;
    save();
}

QString ReminderSettings::quietFrom() const
{
    return timeText(m_rules.quietFrom);
}

void ReminderSettings::setQuietFrom(const QString &time)
{
    const QTime t = parseTime(time, m_rules.quietFrom);
    if (t == m_rules.quietFrom)
        return;
    m_rules.quietFrom = t;
    save();
}

QString ReminderSettings::quietTo() const
{
    return timeText(m_rules.quietTo);
}

void ReminderSettings::setQuietTo(const QString &time)
{
    const QTime t = parseTime(time, m_rules.quietTo);
    if (t == m_rules.quietTo)
        return;
    m_rules.quietTo = t;
    save();
}

void ReminderSettings::turnOff(const QString &kind)
{
    const auto k = reminders::kindFromName(kind);
    if (!k)
        return;
    switch (*k) {
    case Kind::CheckIn:
        setCheckIn(false);
        break;
    case Kind::MeetingDayBefore:
        setMeetingDayBefore(false);
        break;
    case Kind::MeetingHourBefore:
        setMeetingHourBefore(false);
        break;
    case Kind::Minutes:
        setMinutes(false);
        break;
    }
}

QSet<QString> ReminderSettings::done() const
{
    return QSet<QString>(m_done.begin(), m_done.end());
}

void ReminderSettings::remember(const char *list, QStringList &ids, const QString &id)
{
    if (ids.contains(id))
        return;
    ids.append(id);
    while (ids.size() > rememberedIds)
        ids.removeFirst();
    if (!m_person.isEmpty())
        m_settings->setValue(key(list), ids);
}

void ReminderSettings::markDone(const QString &id)
{
    remember("done", m_done, id);
}

bool ReminderSettings::notified(const QString &id) const
{
    return m_notified.contains(id);
}

void ReminderSettings::markNotified(const QString &id)
{
    remember("notified", m_notified, id);
}

void ReminderSettings::unmarkNotified(const QString &id)
{
    if (m_notified.removeAll(id) && !m_person.isEmpty())
        m_settings->setValue(key("notified"), m_notified);
}
