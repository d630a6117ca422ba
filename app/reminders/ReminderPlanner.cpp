#include "reminders/ReminderPlanner.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <utility>

namespace reminders {

namespace {

constexpr std::array<std::pair<Kind, const char *>, 4> names{{
    {Kind::CheckIn, "checkin"},
    {Kind::MeetingDayBefore, "meeting_day_before"},
    {Kind::MeetingHourBefore, "meeting_hour_before"},
    {Kind::Minutes, "minutes"},
}};

QString isoMinute(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mmZ"));
}

struct Candidate
{
    Reminder reminder;
    QDateTime until; // stale from then on: never shown late
};

} // namespace

QString kindName(Kind kind)
{
    for (const auto &[k, name] : names)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (const auto &[k, n] : names)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

std::optional<Kind> kindOfId(const QString &id)
{
    return kindFromName(id.section(QLatin1Char(':'), 0, 0));
}

bool inQuietHours(const QTime &time, const Rules &rules)
{
    const QTime &from = rules.quietFrom, &to = rules.quietTo;
    if (!from.isValid() || !to.isValid() || from == to)
        return false;
    if (from < to)
        return time >= from && time < to;
    return time >= from || time < to; // over midnight
}

QDateTime afterQuietHours(const QDateTime &at, const Rules &rules)
{
    // Quiet hours are the device's night: its local time, whatever zone `at` was given in.
    const QDateTime local = at.toLocalTime();
    if (!inQuietHours(local.time(), rules))
        return local;
    // The evening part of a night ends tomorrow morning; the morning part today.
    const bool evening = rules.quietFrom > rules.quietTo && local.time() >= rules.quietFrom;
    return QDateTime(local.date().addDays(evening ? 1 : 0), rules.quietTo);
}

QList<Reminder> plan(const QDateTime &nowAnyZone, const Rules &rules, const Facts &facts,
                     const QSet<QString> &done)
{
    const QDateTime now = nowAnyZone.toLocalTime();
    if (inQuietHours(now.time(), rules))
        return {};
    QList<Candidate> candidates;
    const auto add = [&](Kind kind, const QString &about, const QDateTime &at,
                         const QDateTime &until, const Meeting *m = nullptr) {
        Reminder r{
            kindName(kind) + QLatin1Char(':') + about, kind, afterQuietHours(at, rules), {}, {}};
        if (m) {
            r.meetingId = m->id;
            r.starts = m->starts;
        }
        candidates.append({r, until});
    };

    if (facts.apprentice && rules.checkIn && rules.checkInTime.isValid()) {
        // Yesterday too: a time in the evening's quiet hours waits until this morning, and then
        // it is about this morning's day (a reminder never asks for yesterday's check-in).
        for (const QDate &day : {now.date().addDays(-1), now.date()}) {
            if (!rules.checkInDays.contains(day.dayOfWeek()))
                continue;
            const QDateTime shown = afterQuietHours(QDateTime(day, rules.checkInTime), rules);
            const QDate about = shown.date();
            if (facts.checkInDays.contains(about))
                continue;
            add(Kind::CheckIn, about.toString(Qt::ISODate), shown,
                QDateTime(about.addDays(1), QTime(0, 0)));
        }
    }

    for (const Meeting &m : facts.meetings) {
        if (!m.starts.isValid())
            continue;
        // The id carries the time, so a meeting moved to another time is reminded of again.
        const QString about = m.id + QLatin1Char(':') + isoMinute(m.starts);
        if (m.status == QLatin1String("planned")) {
            const QDateTime hourBefore = m.starts.addSecs(-3600);
            if (rules.meetingDayBefore)
                // Once the hour-before reminder is due it says it better; without it, the day
                // before stays useful until the meeting starts.
                add(Kind::MeetingDayBefore, about, m.starts.addDays(-1),
                    rules.meetingHourBefore ? hourBefore : m.starts, &m);
            if (rules.meetingHourBefore)
                add(Kind::MeetingHourBefore, about, hourBefore, m.starts, &m);
        }
        if (facts.apprentice && rules.minutes && m.hasMinutes && !m.answered &&
            m.status != QLatin1String("cancelled"))
            add(Kind::Minutes, m.id, m.starts, QDateTime(), &m); // until answered
    }

    QList<Reminder> due;
    QSet<QString> seen;
    for (const Candidate &c : candidates) {
        const Reminder &r = c.reminder;
        if (done.contains(r.id) || seen.contains(r.id) || r.due > now ||
            (c.until.isValid() && now >= c.until))
            continue;
        seen.insert(r.id);
        due.append(r);
    }
    std::sort(due.begin(), due.end(), [](const Reminder &a, const Reminder &b) {
        return a.due != b.due ? a.due < b.due : a.id < b.id;
    });
    return due;
}

} // namespace reminders
