import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The whole app window: every page can be shown by name, and each is the page it says.
TestCase {
    id: tc
    name: "Main"
    when: windowShown
    visible: true

    Component {
        id: mainComponent
        Main {
        }
    }

    function test_everyPageLoads_data() {
        return [{
                "tag": "today",
                "page": "todayPage"
            }, {
                "tag": "goals",
                "page": "goalsPage"
            }, {
                "tag": "goal",
                "page": "goalPage"
            }, {
                "tag": "checkin",
                "page": "checkInPage"
            }, {
                "tag": "absence",
                "page": "absencePage"
            }, {
                "tag": "journey",
                "page": "journeyPage"
            }, {
                "tag": "sharing",
                "page": "sharingPage"
            }, {
                "tag": "preview",
                "page": "sharingPreviewPage"
            }, {
                "tag": "audit",
                "page": "auditPage"
            }, {
                "tag": "settings",
                "page": "settingsPage"
            }, {
                "tag": "rejected",
                "page": "rejectedPage"
            }, {
                "tag": "messages",
                "page": "messagesPage"
            }, {
                "tag": "notes",
                "page": "notesPage"
            }];
    }
    function test_everyPageLoads(data) {
        const main = createTemporaryObject(mainComponent, tc);
        wait(100);
        verify(main, "Main.qml creates a window");
        verify(Session.loggedIn, "the demo session is signed in");
        const stack = findChild(main, "stack");
        verify(stack);
        verify(main.showPage(data.tag), "showPage(" + data.tag + ")");
        tryVerify(() => stack.currentItem !== null && stack.currentItem.objectName === data.page, 2000, data.tag);
        verify(stack.currentItem.title !== "", "the page has a title for the header");
    }

    function test_tabsSwitchPages() {
        const main = createTemporaryObject(mainComponent, tc);
        wait(100);
        const stack = findChild(main, "stack");
        main.selectTab(1);
        compare(stack.currentItem.objectName, "goalsPage");
        main.selectTab(4);
        compare(stack.currentItem.objectName, "sharingPage");
        compare(stack.depth, 1);
    }
}
