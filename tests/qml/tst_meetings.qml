import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Emil's meetings: the demo meeting shows his own items first and the minutes; he adds what he
// wants to talk about to the next meeting, and marks the minutes "read and agreed". The next
// meeting shows on Today.
TestCase {
    id: tc
    name: "Meetings"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: meetingsComponent
        MeetingsPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: todayComponent
        TodayPage {
            width: tc.width
            height: tc.height
        }
    }

    function meetingRow(model, id) {
        for (let i = 0; i < model.count; ++i)
            if (model.get(i).recordId === id)
                return model.get(i);
        return null;
    }

    function test_apprenticeItemsFirstAndAgrees() {
        const page = createTemporaryObject(meetingsComponent, tc);
        wait(100);
        const model = page.meetingsModel;
        verify(model.count >= 2);
        const held = meetingRow(model, "meeting-emil-1");
        verify(held !== null);
        compare(held.agenda[0].byApprentice, true, "Emil's own items come first");
        compare(held.agenda[held.agenda.length - 1].byApprentice, false);
        verify(held.agenda[0].minutes !== "");
        verify(!findChild(page, "newMeetingCard").visible, "helpers arrange meetings");
        compare(held.answer, "");
        findChild(page, "agreeButton_meeting-emil-1").clicked();
        tryVerify(() => meetingRow(model, "meeting-emil-1").answer === "agreed");
        const action = held.actions.filter(a => a.forApprentice)[0];
        compare(action.stepState, "suggested", "his action waits for him as a suggested step");
    }

    function test_addWhatIWantToTalkAbout() {
        const page = createTemporaryObject(meetingsComponent, tc);
        wait(100);
        const model = page.meetingsModel;
        const before = meetingRow(model, "meeting-emil-2").agenda.length;
        findChild(page, "newAgendaItem_meeting-emil-2").text = "Kan jeg slutte kl. 14 på fredager?";
        findChild(page, "addAgendaItem_meeting-emil-2").clicked();
        tryVerify(() => meetingRow(model, "meeting-emil-2").agenda.length === before + 1);
        compare(meetingRow(model, "meeting-emil-2").agenda[before].mine, true);
    }

    function test_nextMeetingOnToday() {
        const page = createTemporaryObject(todayComponent, tc);
        wait(100);
        tryVerify(() => findChild(page, "nextMeetingCard").visible);
    }
}
