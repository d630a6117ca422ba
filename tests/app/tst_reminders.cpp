// Reminders (issue 25): the planner's rules (chosen days and time, quiet hours, the day before
// and the hour before a meeting, minutes waiting for an answer, a kind turned off, each reminder
// once), the settings kept per person, and Reminders over a real store with no server and no
// notification service (the banner is then all there is).

#include "AppFixture.h"
#include "reminders/DesktopNotifier.h"
#include "reminders/ReminderPlanner.h"
#include "reminders/ReminderSettings.h"
#include "reminders/Reminders.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <ctime>

using namespace reminders;

namespace {

// Friday 4 December 2026; the week after: Monday the 7th, Tuesday the 8th, Wednesday the 9th.
const QDate monday(2026, 12, 7), tuesday(2026, 12, 8), wednesday(2026, 12, 9);

QDateTime at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

Rules checkInRules()
{
    Rules r;
    r.checkIn = true;
    r.checkInDays = {1, 3, 5};
    r.checkInTime = QTime(15, 30);
    return r;
}

Facts apprentice()
{
    Facts f;
    f.apprentice = true;
    return f;
}

QStringList ids(const QList<Reminder> &due)
{
    QStringList out;
    for (const auto &r : due)
        out.append(r.id);
    return out;
}

// A planned meeting on Wednesday at 10:00 Oslo time, stored as the store keeps it (UTC).
Meeting wednesdayMeeting()
{
    return {QStringLiteral("m1"), QDateTime::fromString("2026-12-09T09:00:00Z", Qt::ISODate),
            QStringLiteral("planned"), false, false};
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Quiet hours and "tomorrow at 10" are the device's local time; the store keeps UTC.
        qputenv("TZ", "Europe/Oslo");
        tzset();
        // No notification service here: reminders must still come, in the banner.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void checkInOnTheChosenDaysAtTheChosenTime()
    {
        const Rules r = checkInRules();
        QVERIFY(plan(at(monday, 15, 29), r, apprentice(), {}).isEmpty());
        const auto due = plan(at(monday, 15, 30), r, apprentice(), {});
        QCOMPARE(ids(due), QStringList{"checkin:2026-12-07"});
        QCOMPARE(due.first().kind, Kind::CheckIn);
        QCOMPARE(due.first().due, at(monday, 15, 30));
        QCOMPARE(ids(plan(at(monday, 20, 59), r, apprentice(), {})),
                 QStringList{"checkin:2026-12-07"});
        QVERIFY(plan(at(tuesday, 16, 0), r, apprentice(), {}).isEmpty()); // not a chosen day
        Facts checkedIn = apprentice();
        checkedIn.checkInDays.insert(monday);
        QVERIFY(plan(at(monday, 16, 0), r, checkedIn, {}).isEmpty());
        // Yesterday's check-in is never asked for.
        QVERIFY(plan(at(tuesday, 8, 30), r, apprentice(), {}).isEmpty());
        // Off (the default), or not the apprentice: nothing.
        Rules off = r;
        off.checkIn = false;
        QVERIFY(plan(at(monday, 16, 0), off, apprentice(), {}).isEmpty());
        QVERIFY(plan(at(monday, 16, 0), r, Facts{}, {}).isEmpty());
    }

    void quietHoursWaitUntilTheMorning()
    {
        Rules r = checkInRules();
        QVERIFY(inQuietHours(QTime(21, 0), r));
        QVERIFY(inQuietHours(QTime(2, 0), r));
        QVERIFY(inQuietHours(QTime(7, 59), r));
        QVERIFY(!inQuietHours(QTime(8, 0), r));
        QVERIFY(!inQuietHours(QTime(20, 59), r));

        // A check-in time in the evening's quiet hours waits to the morning, for that day.
        r.checkInTime = QTime(22, 0);
        QVERIFY(plan(at(monday, 22, 30), r, apprentice(), {}).isEmpty());
        QVERIFY(plan(at(tuesday, 7, 59), r, apprentice(), {}).isEmpty());
        const auto morning = plan(at(tuesday, 8, 0), r, apprentice(), {});
        QCOMPARE(ids(morning), QStringList{"checkin:2026-12-08"});
        QCOMPARE(morning.first().due, at(tuesday, 8, 0));

        // Nothing at all is shown at night, even what is already due.
        Facts f = apprentice();
        f.meetings = {{"m0", at(monday, 10, 0), "held", true, false}};
        QVERIFY(!plan(at(monday, 20, 0), r, f, {}).isEmpty());
        QVERIFY(plan(at(monday, 23, 0), r, f, {}).isEmpty());
        QVERIFY(plan(at(tuesday, 3, 0), r, f, {}).isEmpty());

        // An hour before an 08:30 meeting is 07:30, in the quiet hours: it comes at 08:00.
        Meeting early{"m2", at(tuesday, 8, 30), "planned", false, false};
        f.meetings = {early};
        const Rules meetingsOnly;
        QVERIFY(plan(at(tuesday, 7, 45), meetingsOnly, f, {}).isEmpty());
        const auto hour = plan(at(tuesday, 8, 0), meetingsOnly, f, {});
        QCOMPARE(hour.size(), 1);
        QCOMPARE(hour.first().kind, Kind::MeetingHourBefore);
        QCOMPARE(hour.first().due, at(tuesday, 8, 0));

        // Quiet hours of one's own, and none at all.
        r.quietFrom = QTime(23, 0);
        r.quietTo = QTime(6, 30);
        QVERIFY(!plan(at(monday, 22, 30), r, apprentice(), {}).isEmpty());
        r.quietFrom = r.quietTo = QTime(0, 0);
        QVERIFY(!inQuietHours(QTime(3, 0), r));
    }

    void meetingTheDayBeforeAndAnHourBefore()
    {
        const Rules r;
        QVERIFY(r.meetingDayBefore && r.meetingHourBefore); // on by default
        Facts f;                                            // a helper gets meeting reminders too
        f.meetings = {wednesdayMeeting()};
        const QString about = QStringLiteral("m1:2026-12-09T09:00Z");

        QVERIFY(plan(at(tuesday, 9, 59), r, f, {}).isEmpty());
        const auto dayBefore = plan(at(tuesday, 10, 0), r, f, {});
        QCOMPARE(ids(dayBefore), QStringList{"meeting_day_before:" + about});
        QCOMPARE(dayBefore.first().meetingId, QStringLiteral("m1"));
        QCOMPARE(Reminders::text(dayBefore.first(), at(tuesday, 10, 0)),
                 QStringLiteral("You have a meeting tomorrow at 10:00."));
        QCOMPARE(ids(plan(at(wednesday, 8, 59), r, f, {})),
                 QStringList{"meeting_day_before:" + about});
        // From an hour before, that reminder says it better.
        const auto hourBefore = plan(at(wednesday, 9, 0), r, f, {});
        QCOMPARE(ids(hourBefore), QStringList{"meeting_hour_before:" + about});
        QCOMPARE(Reminders::text(hourBefore.first(), at(wednesday, 9, 0)),
                 QStringLiteral("You have a meeting soon, at 10:00."));
        QVERIFY(plan(at(wednesday, 10, 0), r, f, {}).isEmpty()); // never late

        // Held or cancelled meetings are not reminded of.
        f.meetings.first().status = QStringLiteral("cancelled");
        QVERIFY(plan(at(wednesday, 9, 30), r, f, {}).isEmpty());

        // A moved meeting is a new reminder.
        f.meetings = {wednesdayMeeting()};
        f.meetings.first().starts = f.meetings.first().starts.addSecs(3600);
        QCOMPARE(ids(plan(at(wednesday, 10, 0), r, f, {})),
                 QStringList{"meeting_hour_before:m1:2026-12-09T10:00Z"});
    }

    void turningAKindOff()
    {
        Facts f;
        f.meetings = {wednesdayMeeting()};
        Rules noDayBefore;
        noDayBefore.meetingDayBefore = false;
        QVERIFY(plan(at(tuesday, 12, 0), noDayBefore, f, {}).isEmpty());
        QCOMPARE(plan(at(wednesday, 9, 30), noDayBefore, f, {}).size(), 1);
        // Without the hour before, the day before lasts until the meeting, and says "today".
        Rules noHour;
        noHour.meetingHourBefore = false;
        const auto due = plan(at(wednesday, 9, 30), noHour, f, {});
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().kind, Kind::MeetingDayBefore);
        QCOMPARE(Reminders::text(due.first(), at(wednesday, 9, 30)),
                 QStringLiteral("You have a meeting today at 10:00."));
        Rules none = noHour;
        none.meetingDayBefore = false;
        QVERIFY(plan(at(wednesday, 9, 30), none, f, {}).isEmpty());
    }

    void minutesWaitingForAnAnswer()
    {
        Facts f = apprentice();
        Meeting held{"m3", at(monday, 11, 0), "held", true, false};
        f.meetings = {held};
        const Rules r;
        QVERIFY(r.minutes);
        QCOMPARE(ids(plan(at(tuesday, 12, 0), r, f, {})), QStringList{"minutes:m3"});
        QCOMPARE(Reminders::page(Kind::Minutes), QStringLiteral("meetings"));
        f.meetings.first().answered = true;
        QVERIFY(plan(at(tuesday, 12, 0), r, f, {}).isEmpty());
        f.meetings.first().answered = false;
        f.meetings.first().hasMinutes = false;
        QVERIFY(plan(at(tuesday, 12, 0), r, f, {}).isEmpty());
        f.meetings.first().hasMinutes = true;
        Rules off;
        off.minutes = false;
        QVERIFY(plan(at(tuesday, 12, 0), off, f, {}).isEmpty());
        f.apprentice = false; // the minutes are the apprentice's to answer
        QVERIFY(plan(at(tuesday, 12, 0), r, f, {}).isEmpty());
    }

    void eachReminderOnce()
    {
        Facts f = apprentice();
        f.meetings = {{"m3", at(monday, 11, 0), "held", true, false}, wednesdayMeeting()};
        const auto due = plan(at(tuesday, 12, 0), Rules{}, f, {});
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.first().id, QStringLiteral("minutes:m3")); // earliest first
        QVERIFY(plan(at(tuesday, 12, 0), Rules{}, f, {due.first().id, due.last().id}).isEmpty());
        QCOMPARE(plan(at(tuesday, 13, 0), Rules{}, f, {due.first().id}).size(), 1);
    }

    void settingsAreKeptPerPerson()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("settings.ini");
        {
            QSettings s(file, QSettings::IniFormat);
            ReminderSettings rs(&s);
            QVERIFY(!rs.checkIn()); // gentle: off until the apprentice turns it on
            QCOMPARE(rs.checkInDays(), (QVariantList{1, 3, 5}));
            QCOMPARE(rs.checkInTime(), QStringLiteral("15:30"));
            QVERIFY(rs.meetingDayBefore() && rs.meetingHourBefore() && rs.minutes());
            QCOMPARE(rs.quietFrom(), QStringLiteral("21:00"));
            QCOMPARE(rs.quietTo(), QStringLiteral("08:00"));
            rs.setPerson("p-ap");
            QSignalSpy changed(&rs, &ReminderSettings::changed);
            rs.setCheckIn(true);
            rs.setCheckInDay(3, false);
            rs.setCheckInDay(7, true);
            rs.setCheckInTime("16:15");
            rs.setCheckInTime("not a time"); // ignored
            rs.setQuietFrom("22:00");
            rs.turnOff("minutes");
            rs.turnOff("no such kind");
            QCOMPARE(changed.count(), 6);
            rs.markDone("checkin:2026-12-07");
            rs.setPerson("p-other");
            QVERIFY(!rs.checkIn());
            QVERIFY(rs.minutes());
            QVERIFY(rs.done().isEmpty());
        }
        QSettings s(file, QSettings::IniFormat);
        QCOMPARE(s.value("reminders/p-ap/minutes").toBool(), false);
        ReminderSettings rs(&s);
        rs.setPerson("p-ap");
        QVERIFY(rs.checkIn());
        QCOMPARE(rs.checkInDays(), (QVariantList{1, 5, 7}));
        QCOMPARE(rs.checkInTime(), QStringLiteral("16:15"));
        QCOMPARE(rs.quietFrom(), QStringLiteral("22:00"));
        QVERIFY(!rs.minutes());
        QCOMPARE(rs.done(), QSet<QString>{"checkin:2026-12-07"});
        QCOMPARE(rs.rules().checkInDays, (QSet<int>{1, 5, 7}));
    }

    // The whole path on a device with no server and no notification service: the store's
    // meetings, minutes and check-ins become the banner's reminder; "Turn off" and "Open".
    void remindersFromTheLocalStoreOffline()
    {
        fixture::App app;
        Reminders *rem = app.session->reminders();
        QVERIFY(rem);
        QVERIFY(!rem->desktop()); // no bus: the banner only, and no error
        QCOMPARE(rem->settings()->person(), QStringLiteral("p-ap"));
        app.deliver(fixture::remoteRecord("meeting-1", "meeting",
                                          {{"title", "Møte med klinikken om ryggsmertene"},
                                           {"starts", "2026-12-09T09:00:00Z"},
                                           {"status", "planned"}}));
        app.deliver(fixture::remoteRecord(
            "meeting-0", "meeting",
            {{"title", "Samarbeidsmøte"}, {"starts", "2026-12-02T10:00:00Z"}, {"status", "held"}}));
        app.deliver(fixture::remoteRecord("item-0", "agenda_item",
                                          {{"meeting_id", "meeting-0"},
                                           {"title", "Smertene"},
                                           {"author_id", "p-cl"},
                                           {"minutes", "Vi snakket om smertene."}}));
        QSignalSpy current(rem, &Reminders::currentChanged);
        rem->setNow(at(tuesday, 12, 0));
        QCOMPARE(ids(rem->due()), (QStringList{"minutes:meeting-0",
                                               "meeting_day_before:meeting-1:2026-12-09T09:00Z"}));
        QVariantMap banner = rem->current();
        QCOMPARE(banner.value("kind").toString(), QStringLiteral("minutes"));
        QCOMPARE(banner.value("page").toString(), QStringLiteral("meetings"));
        // Safe on a locked screen: no title, no clinic, nothing about health.
        for (const auto &r : rem->due()) {
            const QString text = Reminders::text(r, rem->now());
            QVERIFY2(!text.contains("klinikk", Qt::CaseInsensitive) &&
                         !text.contains("smert", Qt::CaseInsensitive),
                     qPrintable(text));
        }

        // The apprentice answers the minutes: the store changes, the reminder goes.
        QCOMPARE(app.session->store()->write("resp-0", "meeting_response", fixture::caseId,
                                             {{"meeting_id", "meeting-0"}, {"answer", "agreed"}}),
                 QString());
        QTRY_COMPARE(rem->current().value("kind").toString(), QStringLiteral("meeting_day_before"));

        // "Open" marks it done and asks for the meetings page; it is not shown again.
        QSignalSpy open(rem, &Reminders::openRequested);
        const QString dayBefore = rem->current().value("id").toString();
        rem->open(dayBefore);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("meetings"));
        QVERIFY(rem->current().isEmpty());
        rem->refresh();
        QVERIFY(rem->due().isEmpty());

        // Check-in reminders, turned on by the apprentice; "Turn off these reminders" keeps
        // them off.
        rem->settings()->setCheckIn(true);
        rem->setNow(at(wednesday, 15, 30));
        QCOMPARE(rem->current().value("id").toString(), QStringLiteral("checkin:2026-12-09"));
        QCOMPARE(rem->current().value("page").toString(), QStringLiteral("checkin"));
        QCOMPARE(rem->current().value("text").toString(),
                 QStringLiteral("Husk å sjekke inn i dag – det tar et halvt minutt."));
        // Checking in takes it away.
        QCOMPARE(
            app.session->store()->write(
                "ci-1", "checkin", fixture::caseId,
                {{"date", "2026-12-09"}, {"mood", 3}, {"energy", 3}, {"sleep", 3}, {"pain", 0}}),
            QString());
        QTRY_VERIFY(rem->current().isEmpty());
        rem->setNow(at(QDate(2026, 12, 11), 16, 0)); // Friday
        QCOMPARE(rem->current().value("kind").toString(), QStringLiteral("checkin"));
        rem->turnOff(rem->current().value("id").toString());
        QVERIFY(!rem->settings()->checkIn());
        QVERIFY(rem->current().isEmpty());
        QCOMPARE(app.session->settings().value("reminders/p-ap/checkIn").toBool(), false);
        QVERIFY(current.count() >= 4);

        // Quiet hours in the app too: nothing in the banner at night.
        rem->settings()->setCheckIn(true);
        rem->setNow(at(QDate(2026, 12, 14), 15, 30));
        QVERIFY(!rem->current().isEmpty());
        rem->setNow(at(QDate(2026, 12, 14), 22, 0));
        QVERIFY(rem->current().isEmpty());
    }

    void aNotifierWithoutAServiceFailsQuietly()
    {
        DesktopNotifier n;
        QVERIFY(!n.available());
        QSignalSpy failed(&n, &DesktopNotifier::failed);
        n.notify("k", "Bro", "text", "Open", "Turn off");
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
