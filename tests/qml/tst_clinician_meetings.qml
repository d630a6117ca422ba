import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Ingrid holds Emil's meeting: she plans one, writes minutes and an agreed action for Emil,
// which becomes a suggested step on his goal in her name.
TestCase {
    id: tc
    name: "ClinicianMeetings"
    when: windowShown
    visible: true
    width: 1440
    height: 900

    Component {
        id: meetingsComponent
        MeetingsPage {
            width: tc.width
            height: tc.height
        }
    }
    GoalStepsModel {
        id: steps
        caseId: "case-emil"
        goalId: "goal-emil-3"
    }

    function meetingRow(model, id) {
        for (let i = 0; i < model.count; ++i)
            if (model.get(i).recordId === id)
                return model.get(i);
        return null;
    }

    function test_ingridHoldsTheMeeting() {
        Session.caseId = "case-emil";
        const page = createTemporaryObject(meetingsComponent, tc);
        wait(100);
        const model = page.meetingsModel;
        const before = model.count;
        verify(findChild(page, "newMeetingCard").visible);
        findChild(page, "meetingTitle").text = "Oppfølging etter jul";
        findChild(page, "meetingDate").text = "2027-01-07";
        findChild(page, "meetingTime").text = "10:00";
        findChild(page, "meetingPlace").text = "AiR, møterom 1";
        findChild(page, "addMeetingButton").clicked();
        tryCompare(model, "count", before + 1);

        verify(model.setMinutes("agenda-emil-1-3", "Ole gir lettere oppgaver på fredager."));
        tryVerify(() => meetingRow(model, "meeting-emil-1").agenda.some(a => a.minutes === "Ole gir lettere oppgaver på fredager." && a.minutesBy !== ""));

        const stepsBefore = steps.count;
        verify(model.addAction("meeting-emil-1", "Legge bort telefonen kl. 22", true, "", "2027-01-10", "goal-emil-3") !== "");
        tryCompare(steps, "count", stepsBefore + 1);
        tryVerify(() => meetingRow(model, "meeting-emil-1").actions.some(a => a.title === "Legge bort telefonen kl. 22" && a.forApprentice && a.stepState === "suggested"));
    }
}
