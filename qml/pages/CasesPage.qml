import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// For helpers: the apprentices whose case I am on; choosing one shows their case in the other tabs.
// (The full caseload with flags is issue 5.)
ScrollPage {
    id: page
    objectName: "casesPage"

    signal chosen

    title: qsTr("My apprentices")

    Ui {
        id: ui
    }

    Label {
        text: qsTr("You see what each apprentice has chosen to share with %1.").arg(Session.orgName !== "" ? Session.orgName : qsTr("your service"))
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: (Session.cases || []).length === 0
        text: qsTr("No apprentices yet.")
        color: ui.muted
    }
    Repeater {
        model: Session.cases
        delegate: ItemDelegate {
            required property var modelData
            readonly property bool current: modelData.caseId === Session.caseId
            Layout.fillWidth: true
            padding: ui.pad
            Accessible.name: modelData.apprenticeName + ", " + ui.phaseName(modelData.phase)
            background: Rectangle {
                radius: ui.radius
                color: parent.current ? ui.primaryLight : ui.surface
                border.color: parent.current ? ui.primary : ui.line
            }
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    text: modelData.apprenticeName
                    font.pixelSize: 17
                    font.weight: Font.DemiBold
                    color: ui.text
                }
                Label {
                    text: ui.phaseName(modelData.phase) + (modelData.phaseSince ? " · " + qsTr("since %1").arg(ui.date(modelData.phaseSince)) : "")
                    color: ui.muted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            onClicked: {
                Session.caseId = modelData.caseId;
                page.chosen();
            }
        }
    }
}
