import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// The coordinator's people: add an apprentice, adviser, clinician or coordinator (a helper
// works at an organisation of the matching kind), see who has an account, and make an invite code
// for someone who has none, or sign every device out for someone who leaves.
ColumnLayout {
    id: section

    property string leavingId
    property string leavingName

    required property DirectoryModel directory
    readonly property string orgKind: role.currentValue === "adviser" ? "training_office" : role.currentValue === "clinician" ? "clinic" : role.currentValue === "coordinator" ? "programme" : ""

    spacing: ui.gap
    Layout.fillWidth: true

    Ui {
        id: ui
    }
    Connections {
        target: section.directory
        function onEdited(op, subjectId) {
            if (op === "add_person")
                personName.text = "";
        }
        function onDevicesSignedOut(personName, count) {
            signedOutNote.text = count === 0 ? qsTr("%1 had no devices signed in.").arg(personName) : qsTr("%n device(s) of %1 signed out. Each deletes what it had the next time it connects.", "", count).arg(personName);
        }
    }

    InviteCodeCard {
        directory: section.directory
    }

    SectionCard {
        title: qsTr("Add a person")
        subtitle: qsTr("An apprentice belongs to no organisation. An adviser works at a training office, a clinician at a clinic.")
        GridLayout {
            columns: section.width >= 900 ? 4 : 2
            columnSpacing: ui.gap
            rowSpacing: ui.gap
            Layout.fillWidth: true
            TextField {
                id: personName
                objectName: "personName"
                placeholderText: qsTr("Full name")
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Full name")
            }
            ChoiceBox {
                id: role
                objectName: "personRole"
                textRole: "text"
                valueRole: "value"
                model: [{
                        "value": "apprentice",
                        "text": ui.roleName("apprentice")
                    }, {
                        "value": "adviser",
                        "text": ui.roleName("adviser")
                    }, {
                        "value": "clinician",
                        "text": ui.roleName("clinician")
                    }, {
                        "value": "coordinator",
                        "text": ui.roleName("coordinator")
                    }]
                Layout.preferredWidth: 200
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Role")
            }
            ChoiceBox {
                id: org
                objectName: "personOrg"
                enabled: section.orgKind !== ""
                textRole: "name"
                valueRole: "id"
                model: section.orgKind !== "" ? section.directory.organisationsOfKind(section.orgKind) : []
                displayText: section.orgKind === "" ? qsTr("No organisation") : currentIndex < 0 ? qsTr("Choose where they work") : currentText
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Works at")
            }
            PrimaryButton {
                objectName: "addPersonButton"
                text: qsTr("Add")
                enabled: !section.directory.busy && personName.text.trim() !== "" && (section.orgKind === "" || org.currentIndex >= 0)
                Layout.minimumHeight: ui.touch
                onClicked: section.directory.addPerson(personName.text, role.currentValue, section.orgKind === "" ? "" : org.currentValue)
            }
        }
    }

    SectionCard {
        objectName: "peopleList"
        title: qsTr("People")
        Repeater {
            model: section.directory.people
            delegate: ColumnLayout {
                required property var modelData
                spacing: 0
                Layout.fillWidth: true
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.name + ", " + ui.roleName(modelData.role)
                Rectangle {
                    Layout.fillWidth: true
                    height: 1
                    color: ui.line
                }
                RowLayout {
                    spacing: ui.gap
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    Layout.bottomMargin: 4
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: modelData.name
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.orgName !== "" ? ui.roleName(modelData.role) + " · " + modelData.orgName : ui.roleName(modelData.role)
                            color: ui.muted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        // The sign-out button says as much, and a phone needs the room for names.
                        visible: modelData.hasAccount && !signOutButton.visible
                        text: qsTr("Has an account")
                        color: ui.ok
                    }
                    TextButton {
                        id: signOutButton
                        objectName: "signOutDevices-" + modelData.id
                        // One's own devices are signed out from Mine enheter, one at a time.
                        visible: modelData.hasAccount && modelData.id !== Session.personId
                        text: qsTr("Sign out devices")
                        flat: true
                        enabled: !section.directory.busy
                        Layout.minimumHeight: ui.touch
                        Accessible.name: qsTr("Sign out all devices of %1").arg(modelData.name)
                        onClicked: {
                            section.leavingId = modelData.id;
                            section.leavingName = modelData.name;
                            leaveDialog.open();
                        }
                    }
                    TextButton {
                        objectName: "invite-" + modelData.id
                        visible: !modelData.hasAccount
                        text: qsTr("Make invite code")
                        flat: true
                        enabled: !section.directory.busy
                        Layout.minimumHeight: ui.touch
                        Accessible.name: qsTr("Make an invite code for %1").arg(modelData.name)
                        onClicked: section.directory.makeInvite(modelData.id)
                    }
                }
            }
        }
    }
    Label {
        id: signedOutNote
        objectName: "signedOutNote"
        visible: text !== ""
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    AppDialog {
        id: leaveDialog
        objectName: "signOutDevicesDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 420)
        modal: true
        footer: DialogButtons {
            acceptText: qsTr("Sign out all")
            destructive: true
        }
        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                text: qsTr("Sign out all devices of %1?").arg(section.leavingName)
                font.pixelSize: ui.px(18)
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("For someone who leaves the programme. Each device deletes what it has stored the next time it connects. They can sign in again later if they come back.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        onAccepted: section.directory.signOutDevices(section.leavingId)
    }
}
