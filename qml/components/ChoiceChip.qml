import QtQuick
import QtQuick.Controls
import Bro

// A rounded choice among a few (a goal's status, the kind of absence); filled when chosen.
AbstractButton {
    Accessible.onPressAction: clicked()
    id: chip

    property bool selected: false

    implicitWidth: Math.max(ui.touch, label.implicitWidth + 32)
    implicitHeight: Math.max(ui.touch, label.implicitHeight + 20)
    font.pixelSize: ui.px(15)
    opacity: enabled || selected ? 1 : 0.55
    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: selected

    Ui {
        id: ui
    }

    background: Rectangle {
        y: 4
        height: parent.height - 8
        width: parent.width
        radius: height / 2
        color: chip.selected ? ui.primary : (chip.down ? ui.primaryLight : ui.surface)
        border.color: chip.selected ? ui.primary : ui.line
        border.width: 1
    }
    contentItem: Label {
        id: label
        text: (chip.selected ? "✓ " : "") + chip.text
        font: chip.font
        color: chip.selected ? ui.textOnPrimary : ui.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
