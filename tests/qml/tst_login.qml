import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The login page: shown after logging out; a failed login says why; in demo mode a demo account
// can be opened locally when the server cannot be reached; enrolling checks the passwords first.
TestCase {
    id: tc
    name: "Login"
    when: windowShown
    visible: true
    width: 390
    height: 1400

    Component {
        id: mainComponent
        Main {
            width: 390
            height: 1400
        }
    }

    function test_a_loginFailsThenLocalDemo() {
        Session.demoMode = true;
        Session.serverUrl = "ws://127.0.0.1:9"; // nothing listens there
        const main = createTemporaryObject(mainComponent, tc);
        verify(main.showPage("login"));
        tryCompare(Session, "loggedIn", false);
        let page = null;
        tryVerify(() => (page = findChild(main, "loginPage")) !== null && page.visible, 3000, "the login page is shown");
        wait(100);
        const emil = findChild(page, "demo_emil");
        verify(emil, "the demo accounts are offered in demo mode");
        mouseClick(emil);
        tryVerify(() => findChild(page, "loginError").visible, 15000, "a failed login says why");
        const local = findChild(page, "localDemoButton");
        tryCompare(local, "visible", true);
        mouseClick(local);
        tryCompare(Session, "loggedIn", true);
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "todayPage", 3000);
    }

    function test_b_enrolChecksPasswords() {
        const main = createTemporaryObject(mainComponent, tc);
        verify(main.showPage("login"));
        tryCompare(Session, "loggedIn", false);
        let page = null;
        tryVerify(() => (page = findChild(main, "loginPage")) !== null && page.visible, 3000);
        wait(100);
        mouseClick(findChild(page, "inviteTab"));
        tryCompare(page, "enrolMode", true);
        findChild(page, "inviteField").text = "ABCD-1234";
        findChild(page, "newUserField").text = "nyelev";
        findChild(page, "newPasswordField").text = "hemmelig-1";
        findChild(page, "newPassword2Field").text = "hemmelig-2";
        mouseClick(findChild(page, "enrolButton"));
        verify(findChild(page, "loginError").visible);
        compare(page.busy, false, "nothing is sent while the passwords differ");
        Session.openLocalDemo("emil");
        tryCompare(Session, "loggedIn", true);
    }
}
