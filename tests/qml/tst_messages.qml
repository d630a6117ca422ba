import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Messages: the case's thread loads and a message can be sent; notes are read by the apprentice.
TestCase {
    id: tc
    name: "Messages"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: messagesComponent
        MessagesPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: notesComponent
        NotesPage {
            width: tc.width
            height: tc.height
        }
    }
    MessagesModel {
        id: stored
        caseId: Session.caseId
    }

    function test_sendMessage() {
        const page = createTemporaryObject(messagesComponent, tc);
        wait(100);
        const before = stored.count;
        compare(page.messageCount, before);
        const field = findChild(page, "messageField");
        field.text = "Kan vi flytte møtet til torsdag?";
        mouseClick(findChild(page, "sendButton"));
        tryCompare(stored, "count", before + 1);
        tryCompare(page, "messageCount", before + 1);
        compare(field.text, "");
        let mine = false;
        for (let i = 0; i < stored.count; ++i)
            if (stored.get(i).text === "Kan vi flytte møtet til torsdag?")
                mine = stored.get(i).mine;
        verify(mine, "my message is marked as mine");
    }

    function test_apprenticeReadsNotes() {
        const page = createTemporaryObject(notesComponent, tc);
        wait(100);
        compare(page.apprentice, true);
        verify(!findChild(page, "addNoteButton").visible, "the apprentice reads notes, helpers write them");
    }
}
