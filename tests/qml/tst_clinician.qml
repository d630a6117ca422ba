import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The clinician responsible for the stay (run with BRO_TEST_USER=ingrid) goes through the handover
// checklist: each item ticked or explained, then the next phase can start.
TestCase {
    id: tc
    name: "Clinician"
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

    function test_checklistThenAdvance() {
        compare(Session.role, "clinician");
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        if (!page.canEdit)
            skip("the demo case's current phase is not the clinician's: " + Session.responsibleRole);
        const items = journey.checklist;
        verify(items.length > 0, "the current phase has a checklist");
        // Explain the first open item, tick the rest.
        let explained = false;
        for (const it of items) {
            if (it.done)
                continue;
            if (!explained) {
                verify(journey.setChecklistItem(it.itemId, false, "Ikke aktuelt – avklart på møtet"));
                explained = true;
            } else {
                verify(journey.setChecklistItem(it.itemId, true, ""));
            }
        }
        tryCompare(journey, "canAdvance", true);
        const advance = findChild(page, "advanceButton");
        verify(advance.visible);
        tryCompare(advance, "enabled", true);
        const before = journey.phase;
        mouseClick(advance);
        tryVerify(() => journey.phase !== before, 3000, "the next phase started");
    }
}
