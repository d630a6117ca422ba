import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Settings → how the app looks on this device: light or dark, the text size, less motion
// (issue 27). Every choice takes effect at once and is kept on this device only.
SectionCard {
    id: card
    objectName: "appearanceCard"

    title: qsTr("How it looks")

    Ui {
        id: ui
    }

    Label {
        text: qsTr("Colours")
        font.weight: Font.DemiBold
        Layout.fillWidth: true
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: [{
                    "code": "system",
                    "name": qsTr("Same as the device")
                }, {
                    "code": "light",
                    "name": qsTr("Light")
                }, {
                    "code": "dark",
                    "name": qsTr("Dark")
                }]
            delegate: ChoiceChip {
                required property var modelData
                objectName: "theme_" + modelData.code
                text: modelData.name
                selected: Session.appearance.theme === modelData.code
                Accessible.name: qsTr("Colours: %1").arg(modelData.name)
                onClicked: Session.appearance.theme = modelData.code
            }
        }
    }

    Label {
        text: qsTr("Text size")
        font.weight: Font.DemiBold
        Layout.fillWidth: true
        Layout.topMargin: 4
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: [1.0, 1.25, 1.5, 1.75, 2.0]
            delegate: ChoiceChip {
                required property real modelData
                objectName: "textScale_" + Math.round(modelData * 100)
                text: Math.round(modelData * 100) + " %"
                selected: Math.abs(Session.appearance.textScale - modelData) < 0.01
                Accessible.name: qsTr("Text size %1 percent").arg(Math.round(modelData * 100))
                onClicked: Session.appearance.textScale = modelData
            }
        }
    }
    Label {
        text: qsTr("This is how large the text is.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Switch {
        Accessible.onPressAction: { toggle(); toggled(); clicked(); }
        objectName: "reduceMotionSwitch"
        text: qsTr("Less motion")
        checked: Session.appearance.reduceMotion
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onToggled: Session.appearance.reduceMotion = checked
    }
}
