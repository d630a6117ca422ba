import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro

// One goal in my list: my words, my why, progress; tap to open, arrows to reorder.
ItemDelegate {
    focusPolicy: Qt.StrongFocus
    // A list item has no press action on the accessibility bus; a button has.
    Accessible.role: Accessible.Button
    Accessible.onPressAction: clicked()
    id: goal

    required property int index
    required property string recordId
    required property string title
    required property string why
    required property string status
    required property bool isFagbrev
    required property int stepsTotal
    required property int stepsDone
    property bool canMoveUp: true
    property bool canMoveDown: true
    property bool showReorder: !isFagbrev

    signal moveUp
    signal moveDown

    Layout.fillWidth: true
    padding: ui.pad
    Accessible.name: (isFagbrev ? qsTr("Trade certificate goal") + ": " : "") + title + ". " + ui.statusName(status) + ". " + qsTr("%1 of %2 steps done").arg(stepsDone).arg(stepsTotal)

    background: Rectangle {
        radius: ui.radius
        color: goal.isFagbrev ? ui.primary : goal.down ? ui.primaryLight : ui.surface
        border.color: goal.isFagbrev ? ui.primary : ui.line
    }

    Ui {
        id: ui
    }

    contentItem: RowLayout {
        spacing: 8
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                visible: goal.isFagbrev
                text: qsTr("THE GOAL ABOVE ALL")
                font.pixelSize: ui.px(12)
                font.letterSpacing: 1
                color: ui.textOnPrimary
            }
            Label {
                text: goal.title
                font.pixelSize: ui.px(goal.isFagbrev ? 20 : 17)
                font.weight: Font.DemiBold
                color: goal.isFagbrev ? ui.textOnPrimary : (goal.status === "active" ? ui.text : ui.muted)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: goal.why !== ""
                text: qsTr("Why: %1").arg(goal.why)
                font.italic: true
                color: goal.isFagbrev ? ui.textOnPrimary : ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Rectangle {
                    visible: goal.status !== "active"
                    implicitWidth: chip.implicitWidth + 16
                    implicitHeight: chip.implicitHeight + 6
                    radius: height / 2
                    color: goal.status === "achieved" ? ui.okLight : ui.accentLight
                    Label {
                        id: chip
                        anchors.centerIn: parent
                        text: (goal.status === "achieved" ? "✓ " : "") + ui.statusName(goal.status)
                        font.pixelSize: ui.px(12)
                        color: goal.status === "achieved" ? ui.ok : ui.accent
                    }
                }
                ProgressBar {
                    visible: goal.stepsTotal > 0
                    from: 0
                    to: Math.max(1, goal.stepsTotal)
                    value: goal.stepsDone
                    Layout.fillWidth: true
                    Material.accent: goal.isFagbrev ? ui.textOnPrimary : ui.primary
                }
                Label {
                    text: goal.stepsTotal > 0 ? qsTr("%1 of %2 steps").arg(goal.stepsDone).arg(goal.stepsTotal) : qsTr("No steps yet")
                    font.pixelSize: ui.px(13)
                    color: goal.isFagbrev ? ui.textOnPrimary : ui.muted
                }
            }
        }
        ColumnLayout {
            visible: goal.showReorder
            spacing: 0
            ToolButton {
                Accessible.onPressAction: clicked()
                text: "▲"
                enabled: goal.canMoveUp
                Accessible.description: enabled ? "" : qsTr("Not available yet") // Qt 6.4 says "enabled" either way
                Layout.preferredWidth: ui.touch
                Layout.preferredHeight: ui.touch
                Accessible.name: qsTr("Move up: %1").arg(goal.title)
                onClicked: goal.moveUp()
            }
            ToolButton {
                Accessible.onPressAction: clicked()
                text: "▼"
                enabled: goal.canMoveDown
                Accessible.description: enabled ? "" : qsTr("Not available yet") // Qt 6.4 says "enabled" either way
                Layout.preferredWidth: ui.touch
                Layout.preferredHeight: ui.touch
                Accessible.name: qsTr("Move down: %1").arg(goal.title)
                onClicked: goal.moveDown()
            }
        }
    }
}
