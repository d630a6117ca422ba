import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Check-in: five answers and a note in a few taps; saving stores it and the prompt goes away;
// the trend charts read the series. After a very low check-in the help card shows who to talk to,
// and nothing is sent to the team until the apprentice taps "Tell my team".
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
    MessagesModel {
        id: messages
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

    function test_veryLowCheckInShowsHelp() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        page.formOpen = true; // a check-in today may already be there (then it is updated)
        wait(100);
        const card = findChild(page, "helpCard");
        verify(card);
        verify(!card.visible, "no help card before saving");
        pick(page, "moodScale", 1);
        pick(page, "energyScale", 1);
        pick(page, "sleepScale", 1);
        pick(page, "workScale", 1);
        findChild(page, "painSlider").value = 0;
        const sentBefore = messages.count;
        mouseClick(findChild(page, "saveCheckInButton"));
        tryCompare(stored, "helpSuggested", true);
        tryCompare(card, "visible", true);
        // Names from the care team, the numbers, and the promise that nothing is sent yet.
        compare(findChild(card, "clinicianContact").visible, true);
        verify(findChild(card, "clinicianContact").who.indexOf("Ingrid Solberg") >= 0);
        verify(findChild(card, "adviserContact").who.indexOf("Kari Nordby") >= 0);
        compare(messages.count, sentBefore, "nothing is sent without the tap");
        const tell = findChild(card, "tellTeamButton");
        verify(tell.visible);
        mouseClick(tell);
        tryCompare(messages, "count", sentBefore + 1);
        let found = false;
        for (let i = 0; i < messages.count; ++i)
            if (messages.get(i).text === card.messageText())
                found = true;
        verify(found, "the message is in the case's messages");
        verify(findChild(card, "tellTeamSent").visible);
        verify(!tell.visible, "one tap, one message");
        findChild(card, "helpCardClose").clicked(); // below the fold of this window
        tryCompare(card, "visible", false);
    }

    function test_ordinaryCheckInShowsNoHelp() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        page.formOpen = true;
        wait(100);
        pick(page, "moodScale", 3);
        pick(page, "energyScale", 3);
        pick(page, "sleepScale", 4);
        pick(page, "workScale", 3);
        mouseClick(findChild(page, "saveCheckInButton"));
        tryCompare(stored, "helpSuggested", false);
        verify(!findChild(page, "helpCard").visible);
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
