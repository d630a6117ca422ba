import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// National sign-in and My devices in the UI: a server with providers gets one button each and the
// invite field, the password form only where the server still takes passwords; an unreachable
// server is said in words; Settings opens My devices, which says calmly when it cannot ask.
// (The flow itself: tests/app/tst_national_sign_in.cpp; the list: tst_devices_model.cpp.)
TestCase {
    id: tc
    name: "Devices"
    when: windowShown
    visible: true
    width: 390
    height: 1400

    Component {
        id: loginComponent
        LoginPage {
            width: 390
            height: 1400
        }
    }
    Component {
        id: mainComponent
        Main {
            width: 390
            height: 1400
        }
    }

    readonly property var twoProviders: [{
            "id": "idporten",
            "name": "ID-porten",
            "roles": ["apprentice", "adviser"]
        }, {
            "id": "helseid",
            "name": "HelseID",
            "roles": ["clinician"]
        }]

    function initTestCase() {
        Session.serverUrl = "ws://127.0.0.1:9"; // nothing listens there: no answer overrides ours
    }

    function test_a_providersReplaceThePasswordForm() {
        const page = createTemporaryObject(loginComponent, tc);
        verify(page);
        const signIn = findChild(page, "nationalSignIn");
        verify(signIn);
        verify(findChild(page, "userField").visible, "no providers: the password form as before");
        verify(!findChild(page, "nationalCard").visible);
        signIn.providers = tc.twoProviders;
        signIn.passwords = false;
        const idporten = findChild(page, "provider_idporten");
        const helseid = findChild(page, "provider_helseid");
        verify(idporten && idporten.visible);
        verify(helseid && helseid.visible);
        compare(idporten.Accessible.name, idporten.text);
        verify(idporten.text.indexOf("ID-porten") >= 0);
        verify(idporten.height >= 44 && helseid.height >= 44, "touch targets");
        verify(findChild(page, "nationalInviteField").visible);
        verify(!findChild(page, "userField").visible, "no passwords on this server");
        verify(!findChild(page, "inviteTab").visible);
        signIn.passwords = true; // demo data and tests keep passwords on
        verify(findChild(page, "userField").visible);
        verify(idporten.visible);
    }

    function test_b_anUnreachableServerIsSaid() {
        const page = createTemporaryObject(loginComponent, tc);
        const signIn = findChild(page, "nationalSignIn");
        signIn.providers = tc.twoProviders;
        signIn.passwords = false;
        findChild(page, "nationalInviteField").text = "ABCD-EFGH";
        mouseClick(findChild(page, "provider_idporten"));
        tryVerify(() => findChild(page, "loginError").visible, 15000, "the failure is said");
        verify(findChild(page, "loginError").text.indexOf("kontakt") >= 0 || findChild(page, "loginError").text.indexOf("reach") >= 0);
        compare(signIn.busy, false);
        verify(findChild(page, "nationalCard").visible, "back to the buttons");
        verify(!findChild(page, "browserCard").visible);
    }

    function test_c_settingsOpensMyDevices() {
        if (!Session.loggedIn)
            Session.openLocalDemo("emil");
        const main = createTemporaryObject(mainComponent, tc);
        verify(main.showPage("settings"));
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "settingsPage");
        const button = findChild(stack.currentItem, "devicesButton");
        verify(button);
        compare(button.Accessible.name, button.text);
        button.clicked();
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "devicesPage");
        const page = stack.currentItem;
        // The local demo has no server: the page says so instead of an empty list.
        tryVerify(() => findChild(page, "devicesError").visible, 3000);
        compare(findChild(page, "devicesModel").count, 0);
        verify(findChild(page, "refreshDevicesButton").height >= 44);
    }
}
