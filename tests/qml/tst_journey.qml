import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Journey: the phases as a timeline with one current phase, and the current checklist.
TestCase {
    id: tc
    name: "Journey"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: pageComponent
        JourneyPage {
            width: tc.width
            height: tc.height
        }
    }
    JourneyModel {
        id: journey
        caseId: Session.caseId
    }

    function test_timeline() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        verify(page);
        verify(journey.count >= 5, "all phases are listed");
        const timeline = findChild(page, "phaseTimeline");
        verify(timeline);
        let current = 0;
        for (let i = 0; i < journey.count; ++i)
            if (journey.get(i).state === "current")
                ++current;
        compare(current, 1, "exactly one current phase");
        verify(timeline.implicitHeight > 5 * 40, "every phase has a row");
    }

    function test_apprenticeSeesChecklistReadOnly() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        compare(Session.role, "apprentice");
        compare(page.canEdit, false);
        verify(findChild(page, "checklistCard").visible);
    }

    // Each item shows its own text (by id, in the UI language) and who ticked it, and when.
    function test_checklistSaysWhoTickedEachItem() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        const items = journey.checklist;
        verify(items.length > 0, "the current phase has a checklist");
        for (const it of items) {
            verify(it.text !== "" && it.text !== it.itemId, "a readable text for " + it.itemId);
        }
        const first = items[0];
        verify(first.done, "the demo ticked the first item");
        compare(first.byName, "Ingrid Solberg");
        verify(first.at !== "");
        const label = findChild(page, "tickedBy_" + first.itemId);
        verify(label);
        verify(label.visible);
        verify(label.text.indexOf("Ingrid Solberg") >= 0, label.text);
        const open = findChild(page, "tickedBy_" + items[1].itemId);
        verify(open);
        compare(open.visible, false, "nobody ticked the second item yet");
        // The timeline's current phase says how far the checklist is, above the fold on a phone.
        const timeline = findChild(page, "phaseTimeline");
        compare(timeline.checklistTotal, items.length);
        compare(timeline.checklistSettled, items.filter(it => it.settled).length);
        compare(timeline.checklistSettled, 1);
    }

    // The timeline names each phase as the programme's definition does, in its order, and the
    // next phase is the definition's next one (issue 14).
    function test_phasesFromTheDefinition() {
        Session.language = "nb";
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        const phases = Session.programme.phases;
        compare(Session.programme.programmeId, "okab-air");
        compare(journey.count, phases.length - 1, "every phase but `ended`, which the case did not reach");
        for (let i = 0; i < journey.count; ++i) {
            compare(journey.get(i).phase, phases[i].id);
            const label = findChild(page, "phaseName_" + phases[i].id);
            verify(label, phases[i].id);
            compare(label.text, phases[i].name);
        }
        compare(findChild(page, "phaseName_preparation").text, "Forberedelse");
        compare(journey.nextPhase, Session.programme.nextPhase(Session.phase));
    }
}
