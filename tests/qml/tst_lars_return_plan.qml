import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Lars, Sara's clinician (run with BRO_TEST_USER=lars), changes week 5 after she asked to take
// 80 % for two weeks: the form takes the week's plan, the saved week waits for Sara's new answer,
// and the weeks she already said yes to stay answered.
TestCase {
    id: tc
    name: "LarsReturnPlan"
    when: windowShown
    visible: true
    width: 1024
    height: 768

    Component {
        id: planComponent
        ReturnPlanPage {
            width: tc.width
            height: tc.height
        }
    }

    function test_changeAWeekSheAskedAbout() {
        compare(Session.role, "clinician");
        Session.caseId = "case-sara";
        const page = createTemporaryObject(planComponent, tc);
        const plan = page.planModel;
        tryCompare(plan, "count", 6);
        compare(plan.get(4).answer, "change_requested");
        compare(plan.get(4).revised, false);
        for (let i = 0; i < 4; ++i)
            compare(plan.get(i).answer, "accepted", "a first draft and its answer are not a change");

        const change = findChild(page, "changeWeek_5");
        verify(change.visible);
        change.clicked();
        compare(page.editingId, plan.get(4).recordId);
        compare(findChild(page, "newShare").value, 80);
        compare(findChild(page, "newTasks").text, "Vanlige oppgaver, men ikke nattskift.");
        findChild(page, "newTasks").text = "80 % også denne uka. Vanlige oppgaver, men ikke nattskift.";
        findChild(page, "addWeekButton").clicked();
        tryVerify(() => plan.get(4).revised === true);
        compare(page.editingId, "");
        compare(plan.count, 6, "a change is not a new week");
        compare(plan.get(4).answer, "");
        compare(plan.get(4).tasks, "80 % også denne uka. Vanlige oppgaver, men ikke nattskift.");
        compare(plan.get(4).answerNote, "Kan vi ta 80 % i to uker? Jeg er redd for å gå for fort fram.", "what she asked for stays readable");
        verify(findChild(page, "answer_5").text.indexOf("Waiting for a new answer") >= 0 || findChild(page, "answer_5").text.indexOf("nytt svar") >= 0);
        compare(plan.get(0).revised, false);
    }

    function test_cancelLeavesTheWeek() {
        Session.caseId = "case-sara";
        const page = createTemporaryObject(planComponent, tc);
        const plan = page.planModel;
        tryCompare(plan, "count", 6);
        const before = plan.get(5).tasks;
        findChild(page, "changeWeek_6").clicked();
        findChild(page, "newTasks").text = "Noe annet";
        findChild(page, "cancelChangeButton").clicked();
        compare(page.editingId, "");
        compare(plan.get(5).tasks, before);
        compare(findChild(page, "newTasks").text, "");
    }
}
