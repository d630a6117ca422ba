import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The keyboard alone (issue 27, WCAG 2.1.1 and 2.1.2): a dialog takes the keyboard when it
// opens, so Escape closes it and nothing happens behind it; Tab leaves a text box instead of
// typing a tab into it. (Tab through every page: tests/a11y, through the accessibility bus.)
TestCase {
    id: tc
    name: "Keyboard"
    when: windowShown
    visible: true
    width: 390
    height: 2400

    Component {
        id: settingsComponent
        SettingsPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: notesComponent
        Item {
            width: tc.width
            height: 300
            property alias box: box
            property alias after: after
            Column {
                TextBox {
                    id: box
                    width: 300
                    height: 100
                }
                TextButton {
                    id: after
                    text: "after"
                    focusPolicy: Qt.StrongFocus
                }
            }
        }
    }

    function test_escapeClosesADialogAndNothingElse() {
        const page = createTemporaryObject(settingsComponent, tc);
        wait(50);
        const logout = findChild(page, "logoutButton");
        verify(logout);
        mouseClick(logout);
        const dialog = findChild(page, "logoutDialog");
        verify(dialog);
        tryCompare(dialog, "opened", true);
        verify(dialog.activeFocus, "the dialog has the keyboard");
        keyClick(Qt.Key_Escape);
        tryCompare(dialog, "visible", false);
        verify(Session.loggedIn, "Escape is 'no', never 'log out'");
    }

    function test_tabLeavesATextBox() {
        const item = createTemporaryObject(notesComponent, tc);
        item.box.forceActiveFocus();
        verify(item.box.activeFocus);
        keyClick("a");
        keyClick(Qt.Key_Tab);
        compare(item.box.text, "a", "no tab character typed");
        verify(item.after.activeFocus, "Tab moved on to the next control");
        keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
        verify(item.box.activeFocus, "Shift+Tab came back");
    }
}
