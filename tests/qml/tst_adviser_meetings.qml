import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Kari's upcoming meetings across her caseload (run with BRO_TEST_USER=kari): Sara's meeting in
// three days comes before Emil's in eight; a meeting planned sooner in Emil's case goes to the
// top at once, a cancelled one leaves the list, and choosing one opens that apprentice's meetings.
TestCase {
    id: tc
    name: "AdviserMeetings"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: mainComponent
        Main {
        }
    }
    MeetingsModel {
        id: emilsMeetings
        caseId: "case-emil"
    }

    function shown(card) {
        const out = [];
        for (let i = 0; findChild(card, "upcomingMeeting_" + i); ++i) {
            const row = findChild(card, "upcomingMeeting_" + i);
            if (row.visible)
                out.push(row.apprenticeName + ": " + row.title);
        }
        return out;
    }

    function test_acrossTheCaseload() {
        compare(Session.role, "adviser");
        const main = createTemporaryObject(mainComponent, tc);
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "casesPage");
        const card = findChild(stack.currentItem, "upcomingMeetings");
        verify(card.visible);
        tryCompare(card, "count", 2);
        compare(shown(card), ["Sara Ahmadi: Samarbeidsmøte om opptrappingsplanen", "Emil Johansen: Samarbeidsmøte: hvordan pausene går"]);
        verify(!findChild(card, "showAllMeetings").visible, "two meetings fit without a button");

        // Planned tomorrow in Emil's case: it is the next one, live.
        const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
        const day = tomorrow.toISOString().slice(0, 10);
        const id = emilsMeetings.addMeeting("Kort prat om fagprøven", day + "T08:00:00Z", "Telefon", "", "");
        verify(id !== "", emilsMeetings.lastError);
        tryCompare(card, "count", 3);
        compare(shown(card)[0], "Emil Johansen: Kort prat om fagprøven");

        // Four and more: the first three, then "Show all".
        const later = emilsMeetings.addMeeting("Etter jul", "2099-01-07T09:00:00Z", "", "https://video.example.no/x", "");
        verify(later !== "");
        tryCompare(card, "count", 4);
        compare(shown(card).length, 3);
        const showAll = findChild(card, "showAllMeetings");
        verify(showAll.visible);
        showAll.clicked();
        compare(shown(card).length, 4);

        // Cancelled: off the list.
        verify(emilsMeetings.setStatus(id, "cancelled"));
        tryCompare(card, "count", 3);
        compare(shown(card)[0], "Sara Ahmadi: Samarbeidsmøte om opptrappingsplanen");

        // Choosing Sara's meeting opens her meetings.
        findChild(card, "upcomingMeeting_0").clicked();
        compare(Session.caseId, "case-sara");
        tryVerify(() => stack.currentItem.objectName === "meetingsPage");
    }
}
