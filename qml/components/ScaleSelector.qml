import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// One question of the check-in: a row of large buttons from `from` to `to`; one tap answers it.
ColumnLayout {
    id: selector

    property string label
    property int from: 1
    property int to: 5
    property int value: 0            // 0 (or from-1) = not answered yet
    property var words: []           // words[i] describes value from+i
    property string lowText
    property string highText

    signal picked(int value)

    spacing: 4
    Layout.fillWidth: true

    Ui {
        id: ui
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: selector.label
            font.pixelSize: ui.px(16)
            font.weight: Font.DemiBold
            color: ui.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            readonly property bool answered: selector.value >= selector.from && selector.value <= selector.to && selector.value !== -1
            text: answered ? (selector.words.length > selector.value - selector.from ? selector.words[selector.value - selector.from] : selector.value) : ""
            color: ui.primary
            font.weight: Font.DemiBold
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: selector.to - selector.from + 1
            delegate: Button {
                Accessible.onPressAction: clicked()
                required property int index
                readonly property int v: selector.from + index
                readonly property bool selected: selector.value === v
                objectName: selector.objectName + "_" + v
                text: v
                checkable: false
                highlighted: selected
                flat: !selected
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Layout.minimumWidth: 40
                font.pixelSize: ui.px(18)
                Accessible.name: selector.label + ": " + v + (selector.words.length > index ? " – " + selector.words[index] : "")
                Accessible.checkable: true
                Accessible.checked: selected
                background: Rectangle {
                    radius: 10
                    color: parent.selected ? ui.primary : ui.primaryLight
                    border.color: parent.selected ? ui.primary : ui.line
                }
                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    color: parent.selected ? ui.textOnPrimary : ui.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: {
                    selector.value = v;
                    selector.picked(v);
                }
            }
        }
    }
    RowLayout {
        visible: selector.lowText !== "" || selector.highText !== ""
        Layout.fillWidth: true
        Label {
            text: selector.lowText
            color: ui.muted
            font.pixelSize: ui.px(12)
            Layout.fillWidth: true
        }
        Label {
            text: selector.highText
            color: ui.muted
            font.pixelSize: ui.px(12)
        }
    }
}
