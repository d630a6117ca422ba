import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Log in, or start with the invite code from the training office. In demo mode, pick an account.
ScrollPage {
    id: page
    objectName: "loginPage"

    property bool busy: false
    property string error: ""
    property bool enrolMode: false
    property bool showServer: false
    property string demoUser: ""

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
        font.pixelSize: 44
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

    TabBar {
        id: modeBar
        Layout.fillWidth: true
        currentIndex: page.enrolMode ? 1 : 0
        TabButton {
            text: qsTr("Log in")
            Accessible.name: qsTr("Log in with user name and password")
            onClicked: page.enrolMode = false
        }
        TabButton {
            objectName: "inviteTab"
            text: qsTr("Invite code")
            Accessible.name: qsTr("I have an invite code")
            onClicked: page.enrolMode = true
        }
    }

    SectionCard {
        visible: !page.enrolMode
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
            Accessible.name: qsTr("Password")
            onAccepted: loginButton.clicked()
        }
        Button {
            id: loginButton
            objectName: "loginButton"
            text: qsTr("Log in")
            highlighted: true
            enabled: !page.busy && user.text.trim() !== "" && password.text !== ""
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: page.logIn(user.text.trim(), password.text)
        }
    }

    SectionCard {
        visible: page.enrolMode
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
            Accessible.name: qsTr("Repeat the password")
        }
        Button {
            objectName: "enrolButton"
            text: qsTr("Start using Bro")
            highlighted: true
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
    Label {
        objectName: "loginError"
        visible: page.error !== ""
        text: page.error
        color: ui.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
    }
    Button {
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
        text: qsTr("Server: %1").arg(Session.serverUrl)
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        font.pixelSize: 13
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
        Button {
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
