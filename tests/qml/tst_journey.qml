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
}
