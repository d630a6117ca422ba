import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro

// My devices: every phone and computer where this person is logged in to Bro, how each logged
// in and when it was last used; another one can be logged out from here (a lost phone, an old
// PC), and it then erases what it has stored about the person the next time it connects.
ScrollPage {
    id: page
    objectName: "devicesPage"

    property string pendingId: ""
    property string pendingName: ""

    function providerName(p) {
        if (p === "idporten")
            return "ID-porten";
        if (p === "helseid")
            return "HelseID";
        return p === "" ? qsTr("password") : p;
    }
    function platformName(p) {
        switch (p) {
        case "android":
            return "Android";
        case "ios":
            return qsTr("iPhone or iPad");
        case "windows":
            return "Windows";
        case "macos":
        case "osx":
            return "Mac";
        case "":
            return "";
        default:
            // Linux distributions name themselves ("debian", "ubuntu"): say what they are.
            return p.charAt(0).toUpperCase() + p.slice(1);
        }
    }
    function askToSignOut(deviceId, name) {
        pendingId = deviceId;
        pendingName = name;
        confirmDialog.open();
    }

    title: qsTr("My devices")

    Ui {
        id: ui
    }
    DevicesModel {
        id: devices
        objectName: "devicesModel"
        session: Session
    }

    Label {
        text: qsTr("Here are the phones and computers where you are logged in to Bro. If you have lost one, or do not use it any more, you can log it out here.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    BusyIndicator {
        visible: devices.busy && devices.count === 0
        running: visible
        Layout.alignment: Qt.AlignHCenter
        Accessible.name: qsTr("Loading your devices")
    }

    Repeater {
        model: devices
        delegate: SectionCard {
            id: card
            required property string deviceId
            required property string name
            required property string platform
            required property string provider
            required property string lastSeen
            required property bool current
            required property bool signedOut

            objectName: "device_" + deviceId
            tint: current ? ui.primaryLight : ui.surface
            Accessible.role: Accessible.ListItem
            Accessible.name: name + (current ? ", " + qsTr("this device") : "") + (signedOut ? ", " + qsTr("logged out") : "")

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: card.name
                    font.pixelSize: ui.px(17)
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                // Said in words, not by the colour of the card alone.
                Label {
                    objectName: "thisDevice"
                    visible: card.current
                    text: qsTr("This device")
                    color: ui.primary
                    font.weight: Font.DemiBold
                }
            }
            Label {
                visible: card.platform !== ""
                text: page.platformName(card.platform)
                color: ui.muted
            }
            Label {
                text: qsTr("Logged in with %1").arg(page.providerName(card.provider))
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: card.lastSeen !== "" && !card.current
                text: qsTr("Last used %1").arg(ui.dateTime(card.lastSeen))
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: card.signedOut
                text: qsTr("Logged out. It erases what it has stored about you the next time it connects.")
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextButton {
                objectName: "signOutButton"
                visible: !card.current && !card.signedOut
                text: qsTr("Log out")
                enabled: !devices.busy
                Layout.minimumHeight: ui.touch
                Layout.minimumWidth: 120
                Material.foreground: ui.danger
                Accessible.name: qsTr("Log out %1").arg(card.name)
                onClicked: page.askToSignOut(card.deviceId, card.name)
            }
        }
    }

    Announcement {
        objectName: "devicesError"
        visible: devices.lastError !== ""
        text: devices.lastError
        color: ui.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.name: text
    }

    TextButton {
        objectName: "refreshDevicesButton"
        text: qsTr("Update the list")
        flat: true
        enabled: !devices.busy
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onClicked: devices.refresh()
    }

    AppDialog {
        id: confirmDialog
        objectName: "signOutDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 420)
        modal: true
        footer: DialogButtons {
            acceptText: qsTr("Log out")
            destructive: true
        }
        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                text: qsTr("Log out %1?").arg(page.pendingName)
                font.pixelSize: ui.px(18)
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("It erases what it has stored about you the next time it connects.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        onAccepted: devices.signOut(page.pendingId)
    }
}
