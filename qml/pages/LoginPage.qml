import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Log in, or start with the invite code from the training office. In demo mode, pick an account.
// A server with national sign-in offers ID-porten and HelseID in the system browser; the
// username and password form is then shown only where the server still takes passwords.
ScrollPage {
    id: page
    objectName: "loginPage"

    property bool busy: false
    property string error: ""
    property bool enrolMode: false
    property bool showServer: false
    property string demoUser: ""
    // The national sign-in (tests and screenshots may give it providers of their own).
    readonly property alias signIn: signIn
    readonly property bool national: signIn.providers.length > 0
    readonly property bool passwordsShown: signIn.passwords || !national
    readonly property string shownError: error !== "" ? error : signIn.errorText

    function logIn(user, password) {
        error = "";
        busy = true;
        Session.login(user, password);
    }
    function enrol() {
        error = "";
        if (newPassword.text !== newPassword2.text) {
            error = qsTr("The two passwords are not the same.");
            return;
        }
        if (newPassword.text.length < 8) {
            error = qsTr("Choose a password of at least 8 characters.");
            return;
        }
        busy = true;
        Session.enrol(inviteCode.text.trim(), newUser.text.trim(), newPassword.text);
    }

    title: qsTr("Log in")
    maxWidth: 480

    Ui {
        id: ui
    }
    NationalSignIn {
        id: signIn
        objectName: "nationalSignIn"
        session: Session
        onStateChanged: {
            if (signIn.busy)
                page.error = "";
        }
    }
    // Escape stops waiting for the browser, as the Cancel button does.
    Shortcut {
        sequences: [StandardKey.Cancel]
        enabled: signIn.state === "browser" || signIn.state === "starting"
        onActivated: signIn.cancel()
    }
    Connections {
        target: Session
        function onLoginFailed(message) {
            page.busy = false;
            page.error = message !== "" ? message : qsTr("Could not log in.");
        }
        function onLoggedInChanged() {
            page.busy = false;
        }
    }

    Label {
        text: "Bro"
        font.pixelSize: ui.px(44)
        font.weight: Font.Bold
        color: ui.primary
        Layout.topMargin: 24
        Layout.alignment: Qt.AlignHCenter
        Accessible.role: Accessible.Heading
    }
    Label {
        text: qsTr("Your goals, your journey, your trade certificate.")
        color: ui.muted
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.bottomMargin: 8
    }

    // Signed out from elsewhere, or the sign-in ran out: said calmly, once, until the next try.
    Announcement {
        objectName: "sessionNotice"
        visible: !Session.loggedIn && Session.lastError !== "" && page.shownError === "" && !signIn.busy && !page.busy
        text: Session.lastError
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.name: text
    }

    SectionCard {
        objectName: "nationalCard"
        visible: page.national && !signIn.busy
        Repeater {
            model: signIn.providers
            delegate: PrimaryButton {
                required property var modelData
                objectName: "provider_" + modelData.id
                text: qsTr("Log in with %1").arg(modelData.name)
                enabled: !page.busy
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: text
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: signIn.start(modelData.id, nationalInvite.text)
            }
        }
        Label {
            text: qsTr("Have you got an invite code? Type it here the first time you log in.")
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.topMargin: 8
        }
        TextField {
            id: nationalInvite
            objectName: "nationalInviteField"
            placeholderText: qsTr("Invite code (only the first time)")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Invite code, only the first time you log in")
        }
    }

    // While the person is in the browser: where to look, and a way back.
    SectionCard {
        objectName: "browserCard"
        visible: signIn.busy
        title: signIn.state === "browser" ? qsTr("Continue in the browser …") : signIn.state === "finishing" ? qsTr("Logging you in …") : qsTr("Starting the login …")
        Label {
            visible: signIn.state === "browser"
            text: qsTr("We opened %1 in your browser. Log in there, and you come back here by yourself.").arg(signIn.providerName)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        BusyIndicator {
            running: signIn.busy
            Layout.alignment: Qt.AlignHCenter
            Accessible.name: qsTr("Waiting")
        }
        TextButton {
            objectName: "openBrowserAgainButton"
            visible: signIn.state === "browser"
            text: qsTr("Open the browser again")
            flat: true
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: signIn.openBrowserAgain()
        }
        TextButton {
            objectName: "cancelSignInButton"
            visible: signIn.state !== "finishing"
            text: qsTr("Cancel")
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Cancel logging in")
            onClicked: signIn.cancel()
        }
    }

    Label {
        visible: page.national && page.passwordsShown && !signIn.busy
        text: qsTr("Or with user name and password")
        color: ui.muted
        Layout.topMargin: 8
    }

    TabBar {
        id: modeBar
        visible: page.passwordsShown && !signIn.busy
        Layout.fillWidth: true
        currentIndex: page.enrolMode ? 1 : 0
        PageTab {
            text: qsTr("Log in")
            Accessible.name: qsTr("Log in with user name and password")
            onClicked: page.enrolMode = false
        }
        PageTab {
            objectName: "inviteTab"
            text: qsTr("Invite code")
            Accessible.name: qsTr("I have an invite code")
            onClicked: page.enrolMode = true
        }
    }

    SectionCard {
        visible: !page.enrolMode && page.passwordsShown && !signIn.busy
        Label {
            text: qsTr("User name")
        }
        TextField {
            id: user
            objectName: "userField"
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("User name")
            onAccepted: password.forceActiveFocus()
        }
        Label {
            text: qsTr("Password")
        }
        TextField {
            id: password
            objectName: "passwordField"
            echoMode: TextInput.Password
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            // Qt 6.4 sends a password field's name nowhere; the placeholder reaches a screen
            // reader as its description.
            placeholderText: qsTr("Password")
            Accessible.name: qsTr("Password")
            onAccepted: loginButton.clicked()
        }
        PrimaryButton {
            id: loginButton
            objectName: "loginButton"
            text: qsTr("Log in")
            enabled: !page.busy && user.text.trim() !== "" && password.text !== ""
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: page.logIn(user.text.trim(), password.text)
        }
    }

    SectionCard {
        visible: page.enrolMode && page.passwordsShown && !signIn.busy
        subtitle: qsTr("Your adviser at the training office gives you an invite code. Choose your own user name and password.")
        Label {
            text: qsTr("Invite code")
        }
        TextField {
            id: inviteCode
            objectName: "inviteField"
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Invite code")
        }
        Label {
            text: qsTr("Choose a user name")
        }
        TextField {
            id: newUser
            objectName: "newUserField"
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Choose a user name")
        }
        Label {
            text: qsTr("Choose a password (at least 8 characters)")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: newPassword
            objectName: "newPasswordField"
            echoMode: TextInput.Password
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            // Qt 6.4 sends a password field's name nowhere; the placeholder reaches a screen
            // reader as its description.
            placeholderText: qsTr("Choose a password")
            Accessible.name: qsTr("Choose a password")
        }
        Label {
            text: qsTr("The same password again")
        }
        TextField {
            id: newPassword2
            objectName: "newPassword2Field"
            echoMode: TextInput.Password
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            // Qt 6.4 sends a password field's name nowhere; the placeholder reaches a screen
            // reader as its description.
            placeholderText: qsTr("Repeat the password")
            Accessible.name: qsTr("Repeat the password")
        }
        PrimaryButton {
            objectName: "enrolButton"
            text: qsTr("Start using Bro")
            enabled: !page.busy && inviteCode.text.trim() !== "" && newUser.text.trim() !== "" && newPassword.text !== ""
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: page.enrol()
        }
    }

    BusyIndicator {
        visible: page.busy
        running: page.busy
        Layout.alignment: Qt.AlignHCenter
    }
    Announcement {
        objectName: "loginError"
        visible: page.shownError !== ""
        text: page.shownError
        color: ui.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextButton {
        objectName: "localDemoButton"
        visible: Session.demoMode && page.demoUser !== "" && page.error !== ""
        text: qsTr("Try it on this phone only, without a server")
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onClicked: {
            page.error = "";
            if (!Session.openLocalDemo(page.demoUser))
                page.error = qsTr("Could not open the demo.");
        }
    }

    SectionCard {
        visible: Session.demoMode
        objectName: "demoAccounts"
        title: qsTr("Demo accounts")
        subtitle: qsTr("This is a demo. Pick a person to log in as.")
        Repeater {
            model: Session.demoAccounts
            delegate: ItemDelegate {
                focusPolicy: Qt.StrongFocus
                // A list item has no press action on the accessibility bus; a button has.
                Accessible.role: Accessible.Button
                Accessible.onPressAction: clicked()
                required property var modelData
                objectName: "demo_" + modelData.user
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                text: modelData.name + " – " + ui.roleName(modelData.role)
                enabled: !page.busy
                Accessible.name: qsTr("Log in as %1, %2").arg(modelData.name).arg(ui.roleName(modelData.role))
                onClicked: {
                    page.demoUser = modelData.user;
                    page.logIn(modelData.user, "demo-passord");
                }
            }
        }
    }

    ItemDelegate {
        focusPolicy: Qt.StrongFocus
        // A list item has no press action on the accessibility bus; a button has.
        Accessible.role: Accessible.Button
        Accessible.onPressAction: clicked()
        text: qsTr("Server: %1").arg(Session.serverUrl)
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        font.pixelSize: ui.px(13)
        Accessible.name: qsTr("Change server address")
        onClicked: page.showServer = !page.showServer
    }
    RowLayout {
        visible: page.showServer
        Layout.fillWidth: true
        TextField {
            id: serverField
            text: Session.serverUrl
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Server address")
        }
        TextButton {
            text: qsTr("Save")
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Save server address")
            onClicked: {
                Session.serverUrl = serverField.text.trim();
                page.showServer = false;
            }
        }
    }
}
