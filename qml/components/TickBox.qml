import QtQuick
import QtQuick.Controls
import Bro

// A check box drawn with plain shapes (a clear tick, our colours; no image, so it looks the same
// with every renderer and leaves nothing behind).
CheckBox {
    Accessible.onPressAction: { toggle(); toggled(); clicked(); }
    id: box

    Ui {
        id: ui
    }

    indicator: Rectangle {
        implicitWidth: 24
        implicitHeight: 24
        x: box.text === "" ? (box.width - width) / 2 : box.leftPadding
        y: (box.height - height) / 2
        radius: 5
        color: box.checked ? (box.enabled ? ui.primary : ui.muted) : ui.surface
        border.width: 2
        border.color: box.checked ? color : (box.enabled ? ui.muted : ui.line)
        Label {
            anchors.centerIn: parent
            visible: box.checked
            text: "✓"
            color: ui.textOnPrimary
            font.pixelSize: ui.px(16)
            font.bold: true
        }
    }
}
