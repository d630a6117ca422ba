import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// The care team around each apprentice: open a case (apprentice, training office, clinic), add
// an adviser or clinician who works there, and remove one after confirming. Removal takes the
// case off their devices.
ColumnLayout {
    id: section

    required property DirectoryModel directory
    // The member the confirm dialog asks about.
    property var pendingRemoval: null

    spacing: ui.gap
    Layout.fillWidth: true

    Ui {
        id: ui
    }

    SectionCard {
        id: openCase
        objectName: "openCase"
        title: qsTr("Open a case")
        subtitle: qsTr("For an apprentice who has none yet: the training office and the clinic that will follow them.")
        readonly property bool anyone: section.directory.apprenticesWithoutCase().length > 0
        Label {
            objectName: "everyoneHasACase"
            visible: !openCase.anyone
            text: qsTr("Every apprentice has a case. Add a new apprentice under People first.")
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            visible: openCase.anyone
            columns: section.width >= 900 ? 4 : 2
            columnSpacing: ui.gap
            rowSpacing: ui.gap
            Layout.fillWidth: true
            ChoiceBox {
                id: apprentice
                objectName: "caseApprentice"
                textRole: "name"
                valueRole: "id"
                model: section.directory.apprenticesWithoutCase()
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: ui.roleName("apprentice")
            }
            ChoiceBox {
                id: office
                objectName: "caseOffice"
                textRole: "name"
                valueRole: "id"
                model: section.directory.organisationsOfKind("training_office")
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Training office")
            }
            ChoiceBox {
                id: clinic
                objectName: "caseClinic"
                textRole: "name"
                valueRole: "id"
                model: section.directory.organisationsOfKind("clinic")
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Clinic")
            }
            PrimaryButton {
                objectName: "openCaseButton"
                text: qsTr("Open case")
                enabled: !section.directory.busy && apprentice.count > 0 && office.currentIndex >= 0 && clinic.currentIndex >= 0
                Layout.minimumHeight: ui.touch
                onClicked: section.directory.addCase(apprentice.currentValue, office.currentValue, clinic.currentValue)
            }
        }
    }

    Repeater {
        objectName: "teams"
        model: section.directory.cases
        delegate: SectionCard {
            id: caseCard
            required property var modelData
            readonly property var candidates: section.directory.candidatesFor(modelData.caseId)
            objectName: "team-" + modelData.caseId
            title: qsTr("The team around %1").arg(modelData.apprenticeName)
            subtitle: qsTr("Training office: %1 · Clinic: %2").arg(modelData.trainingOfficeName || "–").arg(modelData.clinicName || "–")

            Label {
                visible: caseCard.modelData.team.length === 0
                text: qsTr("Nobody on the team yet: nobody but the apprentice sees the case.")
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: caseCard.modelData.team
                delegate: RowLayout {
                    required property var modelData
                    spacing: ui.gap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.ListItem
                    Accessible.name: modelData.name + ", " + ui.roleName(modelData.role) + ", " + modelData.orgName
                    Label {
                        text: modelData.name
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.preferredWidth: 220
                    }
                    Label {
                        text: ui.roleName(modelData.role) + " · " + modelData.orgName
                        color: ui.muted
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    TextButton {
                        objectName: "remove-" + caseCard.modelData.caseId + "-" + modelData.personId
                        text: qsTr("Remove")
                        flat: true
                        enabled: !section.directory.busy
                        Layout.minimumHeight: ui.touch
                        Accessible.name: qsTr("Remove %1 from the team").arg(modelData.name)
                        onClicked: {
                            section.pendingRemoval = {
                                "caseId": caseCard.modelData.caseId,
                                "apprenticeName": caseCard.modelData.apprenticeName,
                                "personId": modelData.personId,
                                "name": modelData.name
                            };
                            confirmRemoval.open();
                        }
                    }
                }
            }
            RowLayout {
                spacing: ui.gap
                visible: caseCard.candidates.length > 0
                Layout.fillWidth: true
                ChoiceBox {
                    id: candidate
                    objectName: "candidate-" + caseCard.modelData.caseId
                    textRole: "name"
                    valueRole: "id"
                    model: caseCard.candidates
                    currentIndex: -1
                    displayText: currentIndex < 0 ? qsTr("Choose who joins the team") : currentText
                    Layout.fillWidth: true
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Who joins the team")
                }
                TextButton {
                    objectName: "add-" + caseCard.modelData.caseId
                    text: qsTr("Add to the team")
                    enabled: !section.directory.busy && candidate.currentIndex >= 0
                    Layout.minimumHeight: ui.touch
                    onClicked: section.directory.addTeamMember(caseCard.modelData.caseId, candidate.currentValue)
                }
            }
        }
    }

    AppDialog {
        id: confirmRemoval
        objectName: "confirmRemoval"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 460)
        modal: true
        title: qsTr("Remove from the team?")
        footer: DialogButtons {
            acceptText: qsTr("Remove")
            destructive: true
        }
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: section.pendingRemoval ? qsTr("%1 will no longer follow %2. What their devices hold of the case is deleted, and %2 can see in their log that %1 left the team.").arg(section.pendingRemoval.name).arg(section.pendingRemoval.apprenticeName) : ""
        }
        onAccepted: {
            if (section.pendingRemoval)
                section.directory.removeTeamMember(section.pendingRemoval.caseId, section.pendingRemoval.personId);
            section.pendingRemoval = null;
        }
        onRejected: section.pendingRemoval = null
    }
}
