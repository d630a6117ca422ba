import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The case view of an adviser (run with BRO_TEST_USER=per). Mathias shares everything with the
// training office: trend charts per measure and the absence strip. Jonas shares absence, not
// check-ins: the plain "not shared" sentence, and his repeated absence brings the prompt to talk
// about health, with the guide.
TestCase {
    id: tc
    name: "Case"
    when: windowShown
    visible: true
    width: 1000
    height: 1600

    Component {
        id: viewComponent
        CaseView {
            width: tc.width
        }
    }

    function caseOf(name) {
        const cases = Session.cases;
        for (let i = 0; i < cases.length; ++i)
            if (cases[i].apprenticeName === name)
                return cases[i].caseId;
        return "";
    }

    function test_trendsWhenShared() {
        const view = createTemporaryObject(viewComponent, tc, {
                "caseId": caseOf("Mathias Strand")
            });
        verify(view.caseId !== "");
        tryCompare(view, "checkInsShared", true);
        verify(!findChild(view, "checkinsNotShared").visible);
        for (const m of ["mood", "energy", "sleep", "work", "pain"]) {
            const chart = findChild(view, "trend_" + m);
            verify(chart, "a chart for " + m);
            verify(chart.visible);
        }
        compare(findChild(view, "trend_mood").days, 28);
        mouseClick(findChild(view, "weeks12"));
        compare(findChild(view, "trend_mood").days, 84);
        verify(findChild(view, "absenceStrip").visible);
    }

    function test_notSharedSentence() {
        const view = createTemporaryObject(viewComponent, tc, {
                "caseId": caseOf("Jonas Berg")
            });
        tryCompare(view, "checkInsShared", false);
        verify(findChild(view, "checkinsNotShared").visible);
        compare(findChild(view, "trend_mood"), null, "no empty charts");
    }

    function test_healthPromptOnRepeatedAbsence() {
        const view = createTemporaryObject(viewComponent, tc, {
                "caseId": caseOf("Jonas Berg")
            });
        tryCompare(view, "absenceShared", true);
        verify(view.talkAboutHealth, "repeated_absence fires for Jonas (from C++)");
        const prompt = findChild(view, "healthPrompt");
        verify(prompt.visible);
        verify(prompt.episodes >= 3 || prompt.days >= 5);
        const strip = findChild(view, "absenceStrip");
        verify(strip.visible);
        verify(strip.stripDays > 0);
        verify(strip.summary.length > 0, "a text alternative for the strip");
        verify(strip.months.length > 0, "totals per month");
    }

    function test_noPromptWithoutRepeatedAbsence() {
        const view = createTemporaryObject(viewComponent, tc, {
                "caseId": caseOf("Mathias Strand")
            });
        tryCompare(view, "absenceShared", true);
        compare(findChild(view, "healthPrompt").visible, view.talkAboutHealth);
    }
}
