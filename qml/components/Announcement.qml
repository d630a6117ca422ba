import QtQuick
import QtQuick.Controls

// A line that tells what just happened (saved, sent, not saved). It is an alert on the
// accessibility bus, so a screen reader says it the moment it shows (WCAG 4.1.3, status
// messages): Qt 6.4 has no announcement API, and Orca speaks an alert when it becomes showing.
// A plain Item carries the alert: a Label keeps the role "label" whatever the QML asks (a11y_atspi
// heard every "saved" as a label). Show it again (visible false, then true) to have it said again.
Item {
    id: line

    property alias text: label.text
    property alias color: label.color
    property alias font: label.font
    property alias wrapMode: label.wrapMode
    property alias horizontalAlignment: label.horizontalAlignment

    implicitWidth: label.implicitWidth
    implicitHeight: label.implicitHeight
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: label
        width: line.width
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
}
