import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Reminders in the app (issue 25), Emil's demo offline: the banner on Today shows the minutes
// waiting for his answer; "Open" goes to the meetings, "Turn off these reminders" turns that
// kind off; Settings sets the check-in days and time and the quiet hours, and nothing shows in
// them. Quiet hours are set around the test's own clock, so it passes at any hour.
TestCase {
    id: tc
    name: "Reminders"
    when: windowShown
    visible: true
    width: 390
    height: 3000

    readonly property var settings: Session.reminders.settings

    Component {
        id: todayComponent
        TodayPage {
            width: 390
            height: 1400
        }
    }
    Component {
        id: settingsComponent
        SettingsPage {
            width: 390
            height: 3000
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
            signalName: "navigate"
        }
    }

    function hhmm(d) {
        return (d.getHours() < 10 ? "0" : "") + d.getHours() + ":" + (d.getMinutes() < 10 ? "0" : "") + d.getMinutes();
    }
    // No quiet hours while the test runs (from equal to until means none).
    // As a choice in the box's list does: its index, then `activated`.
    function choose(box, text) {
        verify(box && box.visible);
        const i = box.find(text);
        verify(i >= 0, text);
        box.currentIndex = i;
        box.activated(i);
    }
    function noQuietHours() {
        settings.quietFrom = "08:00";
        settings.quietTo = "08:00";
    }

    function test_1_minutesBannerOpensTheMeetings() {
        noQuietHours();
        const page = createTemporaryObject(todayComponent, tc);
        const banner = findChild(page, "reminderBanner");
        verify(banner);
        tryVerify(() => banner.visible, 3000, "Emil's minutes wait for his answer");
        compare(Session.reminders.current.kind, "minutes");
        compare(findChild(banner, "reminderText").text, "Referatet fra et møte er klart. Les det og si om du er enig.");
        const spy = createTemporaryObject(spyComponent, tc, {
                "target": page
            });
        const open = findChild(banner, "reminderOpenButton");
        verify(open.height >= 44);
        mouseClick(open);
        tryCompare(spy, "count", 1);
        compare(spy.signalArguments[0][0], "meetings");
        tryVerify(() => !banner.visible, 2000, "shown once");
        verify(settings.minutes, "opening is not turning off");
    }

    function test_2_quietHoursThenTurnOffFromTheBanner() {
        noQuietHours();
        settings.checkInTime = "00:00";
        settings.checkIn = true;
        for (let d = 1; d <= 7; ++d)
            settings.setCheckInDay(d, true);
        const page = createTemporaryObject(todayComponent, tc);
        const banner = findChild(page, "reminderBanner");
        tryVerify(() => banner.visible, 3000, "no check-in today in the demo");
        compare(Session.reminders.current.kind, "checkin");
        // Nothing in the quiet hours: it waits until they end.
        const now = new Date();
        settings.quietFrom = hhmm(new Date(now.getTime() - 3600000));
        settings.quietTo = hhmm(new Date(now.getTime() + 3600000));
        tryVerify(() => !banner.visible, 2000, "quiet now");
        noQuietHours();
        tryVerify(() => banner.visible, 2000, "and after the quiet hours");
        waitForRendering(page);
        const off = findChild(banner, "reminderTurnOffButton");
        verify(off.height >= 44);
        mouseClick(off);
        tryVerify(() => !banner.visible, 2000);
        verify(!settings.checkIn);
    }

    function test_3_settingsCard() {
        const page = createTemporaryObject(settingsComponent, tc);
        const card = findChild(page, "reminderCard");
        verify(card);
        const sw = findChild(card, "checkInReminderSwitch");
        verify(sw.visible, "the apprentice has check-ins");
        verify(findChild(card, "minutesReminderSwitch").visible);
        compare(sw.checked, false);
        sw.Accessible.pressAction();
        verify(settings.checkIn);
        const tuesday = findChild(card, "reminderDay_2");
        verify(tuesday.visible);
        waitForRendering(page); // the days' row is laid out once it shows
        const before = settings.checkInDays.indexOf(2) >= 0;
        mouseClick(tuesday);
        compare(settings.checkInDays.indexOf(2) >= 0, !before);
        choose(findChild(card, "checkInTimeBox"), "17:00");
        compare(settings.checkInTime, "17:00");
        choose(findChild(card, "quietFromBox"), "22:00");
        compare(settings.quietFrom, "22:00");
        choose(findChild(card, "quietToBox"), "07:00");
        compare(settings.quietTo, "07:00");
        compare(findChild(card, "quietToBox").currentText, "07:00");
        verify(findChild(card, "quietToBox").height >= 44);
        compare(findChild(card, "quietHoursText").text, "Ingen påminnelser fra 22:00 til 07:00. Det som kommer da, venter til morgenen.");
        const hour = findChild(card, "meetingHourBeforeSwitch");
        verify(hour.checked);
        hour.Accessible.pressAction();
        verify(!settings.meetingHourBefore);
        hour.Accessible.pressAction();
        verify(settings.meetingHourBefore);
        settings.checkIn = false;
    }
}
