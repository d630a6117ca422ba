import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Check-in: five answers and a note in a few taps; saving stores it and the prompt goes away;
// the trend charts read the series.
TestCase {
    id: tc
    name: "CheckIn"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: pageComponent
        CheckInPage {
            width: tc.width
            height: tc.height
        }
    }
    CheckInsModel {
        id: stored
        caseId: Session.caseId
    }

    function pick(page, scaleName, value) {
        const scale = findChild(page, scaleName);
        verify(scale, scaleName);
        const button = findChild(scale, scaleName + "_" + value);
        verify(button, scaleName + "_" + value);
        mouseClick(button);
        compare(scale.value, value);
    }

    function test_checkInInFewTaps() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        verify(page);
        verify(!stored.checkedInToday, "the demo data has no check-in today");
        verify(page.formOpen);
        const save = findChild(page, "saveCheckInButton");
        verify(!save.enabled, "cannot save before answering");
        const before = stored.count;
        pick(page, "moodScale", 4);
        pick(page, "energyScale", 3);
        pick(page, "sleepScale", 2);
        pick(page, "workScale", 5);
        findChild(page, "painSlider").value = 3;
        findChild(page, "noteField").text = "Lang dag på anlegget";
        verify(save.enabled);
        mouseClick(save);
        tryCompare(stored, "checkedInToday", true);
        tryCompare(stored, "count", before + 1);
        verify(!page.formOpen, "the form closes after saving");
        const latest = stored.series("mood", 1);
        verify(latest.length >= 1);
        compare(Number(latest[latest.length - 1].value), 4);
        const pain = stored.series("pain", 1);
        compare(Number(pain[pain.length - 1].value), 3);
    }

    function test_trendCharts() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        const mood = page.seriesOf("mood");
        verify(mood.length > 5, "weeks of demo check-ins");
        page.days = 84;
        verify(page.seriesOf("mood").length >= mood.length);
    }
}
