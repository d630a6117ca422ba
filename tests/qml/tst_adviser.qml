import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The same app for an adviser (run with BRO_TEST_USER=kari): their apprentices instead of Today,
// the case's notes instead of Sharing; goals are read, not rewritten; a note can be written.
TestCase {
    id: tc
    name: "Adviser"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: mainComponent
        Main {
        }
    }
    Component {
        id: notesComponent
        NotesPage {
            width: tc.width
            height: tc.height
        }
    }
    NotesModel {
        id: stored
        caseId: Session.caseId
    }

    function test_helperTabs() {
        compare(Session.role, "adviser");
        const main = createTemporaryObject(mainComponent, tc);
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "casesPage");
        verify(Session.cases.length > 0, "the adviser has apprentices");
        tryVerify(() => stack.currentItem.caseCount === Session.cases.length, 2000, "one row per apprentice");
        main.selectTab(4);
        compare(stack.currentItem.objectName, "notesPage");
        main.selectTab(1);
        compare(stack.currentItem.objectName, "goalsPage");
        compare(stack.currentItem.apprentice, false);
        verify(!findChild(stack.currentItem, "addGoalButton").visible, "helpers do not add the apprentice's goals");
        main.selectTab(2);
        compare(stack.currentItem.formOpen, false, "helpers do not check in for the apprentice");
    }

    function test_writeNote() {
        const page = createTemporaryObject(notesComponent, tc);
        wait(100);
        const before = stored.count;
        findChild(page, "noteText").text = "Snakket med Emil om turnus etter oppholdet.";
        mouseClick(findChild(page, "addNoteButton"));
        tryCompare(stored, "count", before + 1);
        tryCompare(page, "noteCount", before + 1);
    }
}
