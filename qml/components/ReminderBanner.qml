import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Today → a reminder that is due (issue 25): a check-in, a meeting soon, minutes waiting for an
// answer. Calm on purpose: a reminder, not a warning. "Open" goes where it is about; "Turn off
// these reminders" turns that kind off right here (Settings turns it on again). Also asks for
// the page when a desktop notification's "Open" was chosen.
Rectangle {
    id: banner
    objectName: "reminderBanner"

    signal openRequested(string name)

    readonly property var reminder: Session.reminders.current
    readonly property bool due: reminder.id !== undefined

    visible: due
    implicitHeight: due ? column.implicitHeight + 2 * ui.pad : 0
    Layout.fillWidth: true
    color: ui.primaryLight
    border.color: ui.line
    radius: ui.radius

    Ui {
        id: ui
    }
    Connections {
        target: Session.reminders
        function onOpenRequested(name) {
            banner.openRequested(name);
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: ui.pad
        spacing: 8

        Label {
            text: qsTr("Reminder")
            font.pixelSize: ui.px(14)
            font.weight: Font.DemiBold
            color: ui.primary
            Layout.fillWidth: true
        }
        Label {
            objectName: "reminderText"
            text: banner.due ? banner.reminder.text : ""
            font.pixelSize: ui.px(16)
            color: ui.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // Side by side when they fit, else one under the other (large text, a phone).
        Flow {
            spacing: 8
            Layout.fillWidth: true
            PrimaryButton {
                objectName: "reminderOpenButton"
                text: qsTr("Open")
                Accessible.name: banner.reminder.page === "checkin" ? qsTr("Open the check-in") : qsTr("Open the meetings")
                onClicked: Session.reminders.open(banner.reminder.id)
            }
            TextButton {
                objectName: "reminderTurnOffButton"
                text: qsTr("Turn off these reminders")
                flat: true
                Layout.minimumHeight: ui.touch
                height: Math.max(implicitHeight, ui.touch)
                Accessible.name: text
                onClicked: Session.reminders.turnOff(banner.reminder.id)
            }
        }
    }
}
