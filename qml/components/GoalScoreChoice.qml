import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// One goal's question at an outcome point (Goal Attainment Scaling, −2 … +2), as five plain
// answers one under the other: a young apprentice reads words, not a scale of numbers.
ColumnLayout {
    id: choice

    property string goalTitle
    property int value: -99 // -99: not answered yet

    signal picked(int value)

    spacing: 4
    Layout.fillWidth: true

    Ui {
        id: ui
    }

    readonly property var words: [qsTr("Much worse than expected"), qsTr("A bit worse than expected"), qsTr("As expected"), qsTr("A bit better than expected"), qsTr("Much better than expected")]

    Label {
        text: choice.goalTitle
        font.pixelSize: ui.px(16)
        font.weight: Font.DemiBold
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Label {
        text: qsTr("How far has this goal come since we agreed on it?")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: 5
        delegate: Button {
            id: option
            required property int index
            readonly property int v: index - 2
            readonly property bool selected: choice.value === v
            objectName: choice.objectName + "_" + v
            text: choice.words[index]
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            flat: !selected
            Accessible.name: choice.goalTitle + ": " + text
            Accessible.checkable: true
            Accessible.checked: selected
            Accessible.onPressAction: clicked()
            background: Rectangle {
                radius: 10
                color: option.selected ? ui.primary : ui.primaryLight
                border.color: option.selected ? ui.primary : ui.line
                border.width: option.visualFocus ? 3 : 1
            }
            contentItem: Label {
                text: option.text
                color: option.selected ? ui.textOnPrimary : ui.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
            }
            onClicked: {
                choice.value = v;
                choice.picked(v);
            }
        }
    }
}
