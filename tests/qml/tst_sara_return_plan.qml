import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Sara's own return plan: week 1 at 40 % with two sick days shows as behind (one week: no
// "two weeks running" card); she says yes to the last week.
TestCase {
    id: tc
    name: "SaraReturnPlan"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: planComponent
        ReturnPlanPage {
            width: tc.width
            height: tc.height
        }
    }

    function test_plannedAgainstActual() {
        const page = createTemporaryObject(planComponent, tc);
        wait(100);
        const plan = page.planModel;
        compare(plan.count, 6);
        compare(plan.get(0).plannedDays, 2);
        compare(plan.get(0).absentDays, 2);
        compare(plan.get(0).behind, true);
        compare(plan.behindTwoWeeks, false);
        verify(!findChild(page, "behindCard").visible);
        verify(!findChild(page, "newWeekCard").visible, "the apprentice answers; the clinic drafts");
    }

    function test_saraSaysYes() {
        const page = createTemporaryObject(planComponent, tc);
        wait(100);
        const plan = page.planModel;
        compare(plan.get(5).answer, "");
        findChild(page, "acceptWeek_6").clicked();
        tryVerify(() => plan.get(5).answer === "accepted");
    }
}
