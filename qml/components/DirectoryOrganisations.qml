import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// The coordinator's organisations: add one (training office, clinic or the programme), and the
// list by kind with how many people work there.
ColumnLayout {
    id: section

    required property DirectoryModel directory

    spacing: ui.gap
    Layout.fillWidth: true

    Ui {
        id: ui
    }
    Connections {
        target: section.directory
        function onEdited(op, subjectId) {
            if (op === "add_org")
                orgName.text = "";
        }
    }

    SectionCard {
        title: qsTr("Add an organisation")
        RowLayout {
            spacing: ui.gap
            Layout.fillWidth: true
            TextField {
                id: orgName
                objectName: "orgName"
                placeholderText: qsTr("Name, e.g. Opplæringskontoret for anleggsfag")
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Name of the organisation")
                onAccepted: addOrg.clicked()
            }
            ChoiceBox {
                id: orgKind
                objectName: "orgKind"
                textRole: "text"
                valueRole: "value"
                model: [{
                        "value": "training_office",
                        "text": qsTr("Training office")
                    }, {
                        "value": "clinic",
                        "text": qsTr("Clinic")
                    }, {
                        "value": "programme",
                        "text": qsTr("Programme")
                    }]
                Layout.preferredWidth: 220
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Kind of organisation")
            }
            PrimaryButton {
                id: addOrg
                objectName: "addOrgButton"
                text: qsTr("Add")
                enabled: !section.directory.busy && orgName.text.trim() !== ""
                Layout.minimumHeight: ui.touch
                onClicked: section.directory.addOrganisation(orgName.text, orgKind.currentValue)
            }
        }
    }

    Repeater {
        model: ["training_office", "clinic", "programme"]
        delegate: SectionCard {
            id: kindCard
            required property string modelData
            readonly property var orgs: section.directory.organisationsOfKind(modelData)
            title: modelData === "training_office" ? qsTr("Training offices") : modelData === "clinic" ? qsTr("Clinics") : qsTr("Programme")
            visible: orgs.length > 0
            Repeater {
                model: kindCard.orgs
                delegate: RowLayout {
                    required property var modelData
                    readonly property int staff: section.directory.people.filter(p => p.orgId === modelData.id).length
                    spacing: ui.gap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.ListItem
                    Accessible.name: modelData.name + ", " + qsTr("%n person(s)", "", staff)
                    Label {
                        text: modelData.name
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("%n person(s)", "", staff)
                        color: ui.muted
                    }
                }
            }
        }
    }
}
