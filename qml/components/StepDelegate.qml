import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// One step of a goal: tick it off, or take/decline a step a helper suggested (and say who
// suggested it and why). The apprentice may reword a suggestion before taking it: then it is
// theirs, in their words. A helper sees their own suggestions, can withdraw one still waiting,
// and sees the ones the apprentice said no to.
Rectangle {
    id: step

    required property var model
    required property string recordId
    required property string title
    required property bool done
    required property string suggestedBy
    required property string suggestionWhy
    required property bool mine
    readonly property string stepState: model.state
    readonly property bool suggested: stepState === "suggested"
    readonly property bool wasDeclined: stepState === "declined"
    property bool canAnswer: true           // only the apprentice ticks, takes or declines
    property bool editing: false

    signal doneToggled(bool done)
    signal accepted
    signal acceptedAs(string title)
    signal declined
    signal removeRequested

    objectName: "step_" + recordId
    visible: !wasDeclined || !canAnswer
    Layout.fillWidth: true
    implicitHeight: visible ? body.implicitHeight + 8 : 0
    radius: 8
    color: suggested ? ui.accentLight : wasDeclined ? ui.background : "transparent"

    Ui {
        id: ui
    }

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: 4
        spacing: 0
        Label {
            visible: step.suggested || step.wasDeclined
            text: step.wasDeclined ? qsTr("%1 suggested this. The apprentice said no thanks.").arg(step.suggestedBy !== "" ? step.suggestedBy : qsTr("A helper")) : qsTr("%1 suggests a step:").arg(step.suggestedBy !== "" ? step.suggestedBy : qsTr("A helper"))
            color: step.wasDeclined ? ui.muted : ui.accent
            font.pixelSize: ui.px(13)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            Layout.topMargin: 4
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            TickBox {
                visible: !step.suggested && !step.wasDeclined
                checked: step.done
                enabled: step.canAnswer
                Layout.preferredWidth: ui.touch
                Layout.preferredHeight: ui.touch
                Accessible.name: step.title
                Accessible.description: step.done ? qsTr("Done") : qsTr("Not done yet")
                onToggled: step.doneToggled(checked)
            }
            Label {
                visible: !step.editing
                text: step.title
                font.pixelSize: ui.px(16)
                font.strikeout: step.done || step.wasDeclined
                color: step.done || step.wasDeclined ? ui.muted : ui.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: step.suggested || step.wasDeclined ? 8 : 0
                Layout.bottomMargin: step.wasDeclined ? 6 : 0
                MouseArea {
                    anchors.fill: parent
                    enabled: !step.suggested && !step.wasDeclined && step.canAnswer
                    onClicked: step.doneToggled(!step.done)
                }
            }
            TextField {
                id: ownWords
                objectName: "ownWordsField"
                visible: step.editing
                text: step.title
                font.pixelSize: ui.px(16)
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("The step in your own words")
            }
            ToolButton {
                Accessible.onPressAction: clicked()
                visible: !step.suggested && step.canAnswer
                text: "✕"
                Layout.preferredWidth: ui.touch
                Layout.preferredHeight: ui.touch
                Accessible.name: qsTr("Remove step: %1").arg(step.title)
                onClicked: step.removeRequested()
            }
        }
        Label {
            visible: (step.suggested || step.wasDeclined) && step.suggestionWhy !== ""
            text: qsTr("Why: %1").arg(step.suggestionWhy)
            color: ui.muted
            font.pixelSize: ui.px(14)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            Layout.bottomMargin: 4
        }
        Flow {
            visible: step.suggested && step.canAnswer
            Layout.fillWidth: true
            Layout.leftMargin: 8
            spacing: 8
            PrimaryButton {
                objectName: "takeStepButton"
                text: step.editing ? qsTr("Take it in my words") : qsTr("Take it")
                enabled: !step.editing || ownWords.text.trim() !== ""
                height: Math.max(implicitHeight, ui.touch)
                Accessible.name: qsTr("Take the suggested step: %1").arg(step.title)
                onClicked: {
                    if (step.editing && ownWords.text.trim() !== step.title)
                        step.acceptedAs(ownWords.text.trim());
                    else
                        step.accepted();
                    step.editing = false;
                }
            }
            TextButton {
                objectName: "editStepButton"
                visible: !step.editing
                text: qsTr("Change the words first")
                flat: true
                height: Math.max(implicitHeight, ui.touch)
                Accessible.name: qsTr("Change the words of the suggested step first: %1").arg(step.title)
                onClicked: {
                    ownWords.text = step.title;
                    step.editing = true;
                    ownWords.forceActiveFocus();
                }
            }
            TextButton {
                objectName: "declineStepButton"
                text: qsTr("No thanks")
                flat: true
                height: Math.max(implicitHeight, ui.touch)
                Accessible.name: qsTr("Decline the suggested step: %1").arg(step.title)
                onClicked: {
                    step.editing = false;
                    step.declined();
                }
            }
        }
        RowLayout {
            visible: step.suggested && !step.canAnswer
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Label {
                text: qsTr("Waiting for the apprentice to answer.")
                color: ui.muted
                font.pixelSize: ui.px(14)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextButton {
                objectName: "withdrawStepButton"
                visible: step.mine
                text: qsTr("Withdraw")
                flat: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Withdraw your suggestion: %1").arg(step.title)
                onClicked: step.removeRequested()
            }
        }
    }
}
