import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Who has seen my data: every delivery of a sensitive category to another device, every write,
// and every removal after I stopped sharing.
ScrollPage {
    id: page
    objectName: "auditPage"

    title: qsTr("Who has seen what")

    Ui {
        id: ui
    }
    AuditModel {
        id: audit
        caseId: Session.caseId
        Component.onCompleted: refresh()
    }

    Label {
        text: qsTr("Each time a device of the training office or the clinic receives or changes your data, it is written here.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SectionCard {
        objectName: "auditList"
        Label {
            visible: events.count === 0
            text: Session.syncState === "offline" ? qsTr("Nothing to show yet. The list comes from the server when you are online.") : qsTr("No one else has received your data yet.")
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            id: events
            model: audit
            delegate: AuditDelegate {
            }
        }
    }
    Label {
        text: qsTr("A device that stays offline keeps what it had until it next connects.")
        color: ui.muted
        font.pixelSize: ui.px(13)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextButton {
        text: qsTr("Refresh")
        flat: true
        Layout.minimumHeight: ui.touch
        Accessible.name: qsTr("Refresh the list")
        onClicked: audit.refresh()
    }
}
