import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// One step of a goal: tick it off, or take/decline a step a helper suggested.
Rectangle {
    id: step

    required property var model
    required property string recordId
    required property string title
    required property bool done
    required property string suggestedBy
    readonly property string stepState: model.state
    readonly property bool suggested: stepState === "suggested"
    property bool canAnswer: true           // only the apprentice ticks, takes or declines

    signal doneToggled(bool done)
    signal accepted
    signal declined
    signal removeRequested

    visible: stepState !== "declined"
    Layout.fillWidth: true
    implicitHeight: visible ? body.implicitHeight + 8 : 0
    radius: 8
    color: suggested ? ui.accentLight : "transparent"

    Ui {
        id: ui
    }

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: 4
        spacing: 0
        Label {
            visible: step.suggested
            text: qsTr("%1 suggests a step:").arg(step.suggestedBy !== "" ? step.suggestedBy : qsTr("A helper"))
            color: ui.accent
            font.pixelSize: 13
            Layout.leftMargin: 8
            Layout.topMargin: 4
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            TickBox {
                visible: !step.suggested
                checked: step.done
                enabled: step.canAnswer
                Layout.preferredWidth: ui.touch
                Layout.preferredHeight: ui.touch
                Accessible.name: step.title
                Accessible.description: step.done ? qsTr("Done") : qsTr("Not done yet")
                onToggled: step.doneToggled(checked)
            }
            Label {
                text: step.title
                font.pixelSize: 16
                font.strikeout: step.done
                color: step.done ? ui.muted : ui.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: step.suggested ? 8 : 0
                MouseArea {
                    anchors.fill: parent
                    enabled: !step.suggested && step.canAnswer
                    onClicked: step.doneToggled(!step.done)
                }
            }
            ToolButton {
                visible: !step.suggested && step.canAnswer
                text: "✕"
                Layout.preferredWidth: ui.touch
                Layout.preferredHeight: ui.touch
                Accessible.name: qsTr("Remove step: %1").arg(step.title)
                onClicked: step.removeRequested()
            }
        }
        RowLayout {
            visible: step.suggested && step.canAnswer
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Button {
                text: qsTr("Take it")
                highlighted: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Take the suggested step: %1").arg(step.title)
                onClicked: step.accepted()
            }
            Button {
                text: qsTr("No thanks")
                flat: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Decline the suggested step: %1").arg(step.title)
                onClicked: step.declined()
            }
        }
    }
}
