import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Shown while the server has refused one or more of my changes. They are kept, never dropped.
Rectangle {
    id: banner

    signal openRequested

    visible: Session.rejectedCount > 0
    implicitHeight: visible ? row.implicitHeight + 16 : 0
    color: ui.dangerLight
    border.color: ui.danger
    radius: ui.radius

    Ui {
        id: ui
    }

    // The button goes under the sentence when they do not fit side by side (large text).
    GridLayout {
        id: row
        columns: banner.width > ui.px(420) ? 2 : 1
        anchors.fill: parent
        anchors.margins: 8
        anchors.leftMargin: 12
        columnSpacing: 8
        rowSpacing: 0
        Label {
            text: qsTr("%n change(s) could not be saved on the server. They are kept here.", "", Session.rejectedCount)
            color: ui.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextButton {
            text: qsTr("See why")
            flat: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("See the changes the server did not accept")
            onClicked: banner.openRequested()
        }
    }
}
