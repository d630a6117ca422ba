import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// The coordinator's people: add an apprentice, adviser, clinician or coordinator (a helper
// works at an organisation of the matching kind), see who has an account, and make an invite code
// for someone who has none.
ColumnLayout {
    id: section

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
            Button {
                objectName: "addPersonButton"
                text: qsTr("Add")
                highlighted: true
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
                        visible: modelData.hasAccount
                        text: qsTr("Has an account")
                        color: ui.ok
                    }
                    Button {
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
}
