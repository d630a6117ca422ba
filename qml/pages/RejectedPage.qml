import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Changes the server did not accept, each with its reason. Nothing is dropped in silence:
// each stays here until I have read it and dismiss it.
ScrollPage {
    id: page
    objectName: "rejectedPage"

    title: qsTr("Not saved")

    Ui {
        id: ui
    }
    RejectedModel {
        id: rejected
    }

    Label {
        text: qsTr("The server did not accept these changes. They are kept here so nothing gets lost. Talk to your adviser if something looks wrong.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: list.count === 0
        text: qsTr("Nothing here. All your changes were accepted.")
        color: ui.ok
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        id: list
        model: rejected
        delegate: SectionCard {
            required property string op
            required property string kind
            required property string field
            required property string code
            required property string message
            required property var value
            tint: ui.dangerLight
            title: qsTr("A change to %1").arg(ui.recordKindName(kind))
            Label {
                visible: value !== undefined && value !== null && String(value) !== ""
                text: qsTr("What you wrote: “%1”").arg(String(value))
                wrapMode: Text.Wrap
                color: ui.text
                font.italic: true
                Layout.fillWidth: true
            }
            Label {
                text: message !== "" ? message : code
                wrapMode: Text.Wrap
                color: ui.text
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Reason code: %1 (%2)").arg(code).arg(field)
                color: ui.muted
                font.pixelSize: ui.px(12)
            }
            TextButton {
                text: qsTr("I have read this")
                flat: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Dismiss: %1").arg(message)
                onClicked: rejected.dismiss(op)
            }
        }
    }
}
