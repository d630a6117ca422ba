import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Record an absence (from–to, kind, whether it is about health, a note) and see my own list.
ScrollPage {
    id: page
    objectName: "absencePage"

    property alias absenceModel: absences
    property string kind: "sick"
    readonly property int absenceCount: list.count

    function save() {
        const id = absences.add({
                "from": fromField.date,
                "to": toField.date,
                "kind": page.kind,
                "healthRelated": health.checked,
                "note": note.text.trim()
            });
        if (id) {
            note.text = "";
            saved.visible = false; // shown again, said again
            saved.visible = true;
        }
        return id;
    }

    title: qsTr("Absence")

    Ui {
        id: ui
    }
    AbsenceModel {
        id: absences
        caseId: Session.caseId
    }

    Label {
        objectName: "notSharedNotice"
        visible: absences.shared === false
        text: absences.awaitingGuardian ? ui.guardianWaitText(Session.orgName !== "" ? Session.orgName : qsTr("your service")) : qsTr("Not shared with %1. The apprentice decides what you see.").arg(Session.orgName !== "" ? Session.orgName : qsTr("your service"))
        color: absences.awaitingGuardian ? ui.waiting : ui.accent
        font.weight: absences.awaitingGuardian ? Font.Normal : Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionCard {
        objectName: "absenceForm"
        visible: Session.role === "apprentice"
        title: qsTr("Record an absence")
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            DateField {
                id: fromField
                objectName: "fromField"
                label: qsTr("From")
                Layout.fillWidth: true
                onPicked: function (d) {
                    if (toField.date < d)
                        toField.date = d;
                }
            }
            DateField {
                id: toField
                objectName: "toField"
                label: qsTr("To and including")
                minimumDate: fromField.date
                Layout.fillWidth: true
            }
        }
        Label {
            text: qsTr("Kind")
            color: ui.muted
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: ["sick", "sick_child", "appointment", "personal", "other"]
                delegate: ChoiceChip {
                    required property string modelData
                    objectName: "kind_" + modelData
                    text: ui.absenceKindName(modelData)
                    selected: page.kind === modelData
                    Accessible.name: qsTr("Kind: %1").arg(text)
                    onClicked: {
                        page.kind = modelData;
                        if (modelData === "sick")
                            health.checked = true;
                    }
                }
            }
        }
        Switch {
            Accessible.onPressAction: { toggle(); toggled(); clicked(); }
            id: health
            objectName: "healthSwitch"
            text: qsTr("This is about my health")
            checked: true
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
        }
        Label {
            text: qsTr("Only those you share absence with can see this. You choose under Sharing.")
            color: ui.muted
            font.pixelSize: ui.px(13)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextBox {
            id: note
            objectName: "absenceNote"
            placeholderText: qsTr("Note (optional)")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Note, optional")
        }
        PrimaryButton {
            objectName: "saveAbsenceButton"
            text: qsTr("Save absence")
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: page.save()
        }
        Announcement {
            id: saved
            visible: false
            text: qsTr("Saved.")
            color: ui.ok
        }
        Announcement {
            visible: absences.lastError !== ""
            text: absences.lastError
            color: ui.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    SectionCard {
        title: Session.role === "apprentice" ? qsTr("My absence") : qsTr("Absence")
        subtitle: list.count === 0 ? qsTr("Nothing recorded.") : ""
        Repeater {
            id: list
            model: absences
            delegate: AbsenceDelegate {
            }
        }
    }
}
