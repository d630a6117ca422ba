import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Notes on the case, written by the helpers — the apprentice always reads every one of them.
ScrollPage {
    id: page
    objectName: "notesPage"

    readonly property bool apprentice: Session.role === "apprentice"
    readonly property int noteCount: list.count

    title: apprentice ? qsTr("Notes about me") : qsTr("Notes")

    Ui {
        id: ui
    }
    NotesModel {
        id: notes
        caseId: Session.caseId
    }

    Label {
        text: page.apprentice ? qsTr("Everything your helpers write about you is here. Nothing about you without you.") : qsTr("The apprentice reads every note. Write as you would say it to them.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        objectName: "notSharedNotice"
        visible: notes.shared === false
        text: notes.awaitingGuardian ? ui.guardianWaitText(Session.orgName !== "" ? Session.orgName : qsTr("your service")) : qsTr("Not shared with %1. The apprentice decides what you see.").arg(Session.orgName !== "" ? Session.orgName : qsTr("your service"))
        color: notes.awaitingGuardian ? ui.waiting : ui.accent
        font.weight: notes.awaitingGuardian ? Font.Normal : Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionCard {
        visible: !page.apprentice
        title: qsTr("New note")
        TextBox {
            id: noteField
            objectName: "noteText"
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("What happened, what was agreed")
            Layout.fillWidth: true
            Layout.minimumHeight: 72
            Accessible.name: qsTr("New note")
        }
        PrimaryButton {
            objectName: "addNoteButton"
            text: qsTr("Save note")
            enabled: noteField.text.trim() !== ""
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: {
                if (notes.add(noteField.text.trim()))
                    noteField.text = "";
            }
        }
        Label {
            visible: notes.lastError !== ""
            text: notes.lastError
            color: ui.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    SectionCard {
        Label {
            visible: list.count === 0
            text: qsTr("No notes yet.")
            color: ui.muted
        }
        Repeater {
            id: list
            model: notes
            delegate: Column {
                required property string authorName
                required property string text
                required property string created
                Layout.fillWidth: true
                spacing: 2
                Rectangle {
                    width: parent.width
                    height: 1
                    color: ui.line
                }
                Label {
                    width: parent.width
                    topPadding: 6
                    text: parent.authorName + " · " + ui.dateTime(parent.created)
                    color: ui.muted
                    font.pixelSize: ui.px(13)
                }
                Label {
                    width: parent.width
                    bottomPadding: 6
                    text: parent.text
                    color: ui.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
