#pragma once
// Which reminders are due now, worked out on the device from what its store already holds: no
// server takes part, so reminders come offline too. Pure: the time, the person's choices and
// the facts go in, the due reminders come out, so every rule is testable without a clock.
//
// Every reminder has a stable id that names what it is about (the day, the meeting and its
// time), so it is shown once, and a meeting that moves is reminded of again.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <optional>

namespace reminders {

enum class Kind { CheckIn, MeetingDayBefore, MeetingHourBefore, Minutes };

// "checkin", "meeting_day_before", "meeting_hour_before", "minutes": the names QML and the
// settings use.
QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString &name);
// The kind a reminder id belongs to (ids begin with their kind's name).
std::optional<Kind> kindOfId(const QString &id);

struct Rules
{
    bool checkIn = false;
    QSet<int> checkInDays; // Qt's day of week: 1 = Monday … 7 = Sunday
    QTime checkInTime{15, 30};
    bool meetingDayBefore = true;
    bool meetingHourBefore = true;
    bool minutes = true;
    // Nothing is shown from `quietFrom` to `quietTo` (past midnight when from > to; none when
    // equal); what falls due then waits until they end.
    QTime quietFrom{21, 0};
    QTime quietTo{8, 0};
};

struct Meeting
{
    QString id;
    QDateTime starts;
    QString status; // "planned", "held", "cancelled"
    bool hasMinutes = false;
    bool answered = false; // the apprentice has said "agreed" or what they see differently
};

struct Facts
{
    // Check-ins and minutes are the apprentice's own; a helper is reminded of meetings only.
    bool apprentice = false;
    QSet<QDate> checkInDays;
    QList<Meeting> meetings;
};

struct Reminder
{
    QString id;
    Kind kind = Kind::CheckIn;
    QDateTime due;     // when it may first be shown (after quiet hours)
    QString meetingId; // for the meeting kinds and minutes
    QDateTime starts;  // the meeting's start, for its text
    bool operator==(const Reminder &) const = default;
};

bool inQuietHours(const QTime &time, const Rules &rules);
// `at`, or the end of the quiet hours it falls in.
QDateTime afterQuietHours(const QDateTime &at, const Rules &rules);

// The reminders due at `now`, earliest first, leaving out those in `done` (already shown).
QList<Reminder> plan(const QDateTime &now, const Rules &rules, const Facts &facts,
                     const QSet<QString> &done);

} // namespace reminders
