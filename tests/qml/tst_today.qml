import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Today: who is responsible now (by name), the check-in prompt, my next step, the sync state.
TestCase {
    id: tc
    name: "Today"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: todayComponent
        TodayPage {
            width: 390
            height: 844
        }
    }
    CheckInsModel {
        id: checkIns
        caseId: Session.caseId
    }

    function test_showsJourneyAndResponsible() {
        const page = createTemporaryObject(todayComponent, tc);
        wait(100);
        verify(page);
        verify(Session.phase !== "", "the demo case has a phase");
        const who = findChild(page, "responsibleLabel");
        verify(who);
        if (Session.responsibleName !== "")
            compare(who.text, Session.responsibleName);
        verify(who.text !== "");
    }

    function test_checkInPromptFollowsTheModel() {
        const page = createTemporaryObject(todayComponent, tc);
        wait(100);
        const card = findChild(page, "checkInCard");
        verify(card);
        compare(page.checkedIn, checkIns.checkedInToday);
    }

    function test_nextStepFromGoals() {
        const page = createTemporaryObject(todayComponent, tc);
        wait(100);
        tryVerify(() => page.nextGoal !== null, 2000, "an active goal with open steps");
        tryVerify(() => page.nextStep !== null, 2000, "its first open step");
        verify(page.nextStep.title !== "");
    }

    function test_checkInButtonLeadsToCheckIn() {
        const page = createTemporaryObject(todayComponent, tc);
        wait(100);
        const spy = createTemporaryObject(spyComponent, tc, {
                "target": page
            });
        mouseClick(findChild(page, "checkInButton"));
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "checkin");
    }
    Component {
        id: spyComponent
        SignalSpy {
            signalName: "navigate"
        }
    }
}
