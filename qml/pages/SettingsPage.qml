import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro

// Language, how it looks, server address, sync, and logging out.
ScrollPage {
    id: page
    objectName: "settingsPage"

    title: qsTr("Settings")

    Ui {
        id: ui
    }

    SectionCard {
        title: qsTr("You")
        Label {
            text: Session.userName
            font.pixelSize: ui.px(17)
            font.weight: Font.DemiBold
        }
        Label {
            text: ui.roleName(Session.role) + (Session.orgName !== "" ? ", " + Session.orgName : "")
            color: ui.muted
        }
    }

    MyDataCard {
        visible: Session.role === "apprentice"
    }

    SectionCard {
        title: qsTr("PIN lock")
        Label {
            text: Session.lock.hasPin ? qsTr("The app asks for your PIN when it starts and after %n minute(s) away.", "", Session.lock.minutes) : qsTr("Lock the app with a PIN, so that nobody else can read what you have written if they pick up your phone.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextButton {
            objectName: "choosePinButton"
            text: Session.lock.hasPin ? qsTr("Change PIN") : qsTr("Lock the app with a PIN")
            Layout.minimumHeight: ui.touch
            onClicked: ApplicationWindow.window.choosePin()
        }
        TextButton {
            text: qsTr("Remove the PIN")
            visible: Session.lock.hasPin
            flat: true
            Layout.minimumHeight: ui.touch
            onClicked: Session.lock.removePin()
        }
    }

    SectionCard {
        title: qsTr("Language")
        ButtonGroup {
            id: languageGroup
        }
        Repeater {
            model: [{
                    "code": "nb",
                    "name": "Norsk (bokmål)"
                }, {
                    "code": "en",
                    "name": "English"
                }, {
                    "code": "",
                    "name": qsTr("Same as the phone")
                }]
            delegate: RadioButton {
                Accessible.onPressAction: { if (!checked) { toggle(); toggled(); } clicked(); }
                required property var modelData
                text: modelData.name
                checked: Session.language === modelData.code
                ButtonGroup.group: languageGroup
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Language: %1").arg(text)
                onClicked: Session.language = modelData.code
            }
        }
    }

    AppearanceCard {}

    ReminderCard {}

    SectionCard {
        title: qsTr("Server")
        subtitle: qsTr("Your training office tells you the address. You only need to change it if they ask you to.")
        TextField {
            id: server
            objectName: "serverField"
            text: Session.serverUrl
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Server address")
        }
        TextButton {
            text: qsTr("Save address")
            enabled: server.text.trim() !== "" && server.text.trim() !== Session.serverUrl
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: Session.serverUrl = server.text.trim()
        }
    }

    SectionCard {
        title: qsTr("Sync")
        SyncIndicator {
            Layout.fillWidth: true
        }
        Label {
            visible: Session.lastError !== ""
            text: Session.lastError
            color: ui.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextButton {
            text: qsTr("Sync now")
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: Session.syncNow()
        }
    }

    TextButton {
        objectName: "logoutButton"
        text: qsTr("Log out")
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        Material.foreground: ui.danger
        Accessible.name: text
        onClicked: logoutDialog.open()
    }

    AppDialog {
        id: logoutDialog
        objectName: "logoutDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 420)
        modal: true
        title: qsTr("Log out?")
        footer: DialogButtons {
            acceptText: qsTr("Log out")
        }
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: Session.pendingCount > 0 ? qsTr("%n change(s) have not reached the server yet. If you log out now, they stay on this phone and are sent the next time you log in here.", "", Session.pendingCount) : qsTr("Your data stays safe on the server. You can log in again at any time.")
        }
        onAccepted: Session.logout()
    }

    // My devices: where this person is logged in, and logging out a lost one.
    SectionCard {
        title: qsTr("My devices")
        Label {
            text: qsTr("See where you are logged in, and log out a phone or computer you have lost.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextButton {
            objectName: "devicesButton"
            text: qsTr("Show my devices")
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: page.StackView.view.push(Qt.resolvedUrl("DevicesPage.qml"), {}, StackView.Immediate)
        }
    }
}
