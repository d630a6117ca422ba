import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Kari follows Sara's return plan week by week; she reads it but drafts nothing. She cannot see
// Sara's absence (not shared with the training office), so she sees the plan without it.
TestCase {
    id: tc
    name: "AdviserReturnPlan"
    when: windowShown
    visible: true
    width: 820
    height: 1180

    Component {
        id: planComponent
        ReturnPlanPage {
            width: tc.width
            height: tc.height
        }
    }

    function test_kariFollowsSarasPlan() {
        Session.caseId = "case-sara";
        const page = createTemporaryObject(planComponent, tc);
        wait(100);
        const plan = page.planModel;
        compare(plan.count, 6);
        compare(plan.get(0).weekNo, 1);
        compare(plan.get(0).share, 40);
        compare(plan.get(0).answer, "accepted");
        compare(plan.get(4).answer, "change_requested");
        verify(!findChild(page, "newWeekCard").visible, "the clinic drafts the plan");
        verify(findChild(page, "week_1").visible);
        compare(plan.absenceShared, false, "Sara does not share her absence with the training office");
    }

    // Had Sara shared her absence before a parent's or guardian's yes, the weeks would say that it
    // waits, neither "not shared" nor "no absence" (ReturnPlanModel.absenceAwaitingGuardian).
    function test_absenceWaitingForAGuardianSaysSo() {
        Session.caseId = "case-sara";
        Session.language = "nb";
        const page = createTemporaryObject(planComponent, tc);
        wait(100);
        let line = null;
        for (let i = 0; i < page.planModel.count && !line; ++i) {
            const w = page.planModel.get(i);
            if (w.over || w.current)
                line = findChild(page, "actual_" + w.weekNo);
        }
        verify(line, "a week that has begun shows how it went");
        verify(line.text.startsWith("Fraværet er ikke delt med deg"), line.text);
        page.absenceWaiting = true;
        verify(line.text.startsWith("Fravær delt, venter på ja fra en forelder eller verge"), line.text);
        Session.language = "en";
        tryVerify(() => line.text.startsWith("Absence shared, waiting for a parent's or guardian's yes"), 2000, line.text);
        Session.language = "";
    }
}
