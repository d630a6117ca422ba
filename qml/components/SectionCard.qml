import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A white card with an optional title; children stack in a column.
Rectangle {
    id: card

    property string title
    property string subtitle
    property color tint: ui.surface
    default property alias content: column.data

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * ui.pad
    radius: ui.radius
    color: tint
    border.color: ui.line
    border.width: 1

    Ui {
        id: ui
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: ui.pad
        spacing: 8

        Label {
            visible: card.title !== ""
            text: card.title
            font.pixelSize: ui.px(18)
            font.weight: Font.DemiBold
            color: ui.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: card.subtitle !== ""
            text: card.subtitle
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
