import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Kari (adviser) on Emil's journey (issue 24): the referral in his words with the clinic's answer
// and the waiting time, the outcome points with his answers, and the status in the apprenticeship
// she sets with a choice box. She cannot answer for him. Her caseload flags the point that is due.
TestCase {
    id: tc
    name: "AdviserOutcome"
    when: windowShown
    visible: true
    width: 820
    height: 3000

    Component {
        id: journeyComponent
        JourneyPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: casesComponent
        CasesPage {
            width: tc.width
            height: 1000
        }
    }
    OutcomesModel {
        id: stored
        caseId: "case-emil"
    }

    function test_referralAndPoints() {
        compare(Session.role, "adviser");
        Session.caseId = "case-emil";
        const page = createTemporaryObject(journeyComponent, tc);
        wait(100);
        const referral = findChild(page, "referralCard");
        verify(referral);
        verify(referral.visible);
        verify(findChild(referral, "referralReason").text.indexOf("vondt i ryggen") > 0, "the reason in Emil's words");
        verify(findChild(referral, "referralDecision").visible);
        const waiting = findChild(referral, "waitingTime");
        verify(waiting.visible);
        verify(waiting.text.indexOf(String(stored.waitingDays)) >= 0, waiting.text);
        verify(stored.waitingDays > 0);
        verify(!findChild(referral, "acceptReferralButton").visible, "only the clinic answers the referral");
        const points = findChild(page, "outcomePointsCard");
        verify(points.visible);
        verify(findChild(points, "outcomePoint_baseline"));
        verify(!findChild(points, "answerPoint_stay_end").visible, "only Emil answers");
    }

    function test_kariSetsTheStatus() {
        Session.caseId = "case-emil";
        const page = createTemporaryObject(journeyComponent, tc);
        wait(100);
        const box = findChild(page, "statusBox_baseline");
        verify(box);
        verify(box.visible);
        verify(box.Accessible.name !== "");
        const index = 1 + ["in_training", "sick_leave", "paused", "dropped_out", "certified"].indexOf("sick_leave");
        box.currentIndex = index;
        box.activated(index);
        const row = stored.get(stored.rowOf("baseline"));
        compare(row.status, "sick_leave");
        compare(row.statusOn, ui.today());
        compare(row.state, "answered", "Emil's answers stay his");
    }

    function test_caseloadFlagsTheDuePoint() {
        const page = createTemporaryObject(casesComponent, tc);
        wait(100);
        const model = page.caseloadModel;
        tryVerify(() => model.count > 0);
        let emil = -1;
        for (let i = 0; i < model.count; ++i)
            if (model.get(i).caseId === "case-emil")
                emil = i;
        verify(emil >= 0);
        verify(model.get(emil).outcomeDue, "the end of Emil's stay is due");
        verify(model.flagCounts.outcomeDue >= 1);
    }

    Ui {
        id: ui
    }
}
