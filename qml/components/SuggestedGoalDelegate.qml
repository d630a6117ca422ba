import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A goal a helper suggested: who and why. The apprentice takes it (in their own words if they
// like: then it is theirs) or says no thanks; the helper sees it waiting, or the answer.
Rectangle {
    id: row

    required property string recordId
    required property string title
    required property var model
    readonly property string goalState: model.state
    required property string suggestedBy
    required property string suggestionWhy
    required property bool mine
    property bool canAnswer: true // the apprentice
    property bool editing: false

    signal accepted(string title)
    signal declined
    signal withdrawn

    objectName: "suggestedGoal_" + recordId
    Layout.fillWidth: true
    implicitHeight: body.implicitHeight + 16
    radius: 8
    color: goalState === "declined" ? ui.background : ui.surface
    border.color: ui.line

    Ui {
        id: ui
    }

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4
        Label {
            text: row.goalState === "declined" ? qsTr("%1 suggested this goal. The apprentice said no thanks.").arg(row.suggestedBy !== "" ? row.suggestedBy : qsTr("A helper")) : qsTr("%1 suggests a goal:").arg(row.suggestedBy !== "" ? row.suggestedBy : qsTr("A helper"))
            color: row.goalState === "declined" ? ui.muted : ui.accent
            font.pixelSize: ui.px(13)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: !row.editing
            text: row.title
            font.pixelSize: ui.px(17)
            font.weight: Font.DemiBold
            font.strikeout: row.goalState === "declined"
            color: row.goalState === "declined" ? ui.muted : ui.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: ownWords
            objectName: "ownGoalWordsField"
            visible: row.editing
            font.pixelSize: ui.px(17)
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("The goal in your own words")
        }
        Label {
            visible: row.suggestionWhy !== ""
            text: qsTr("Why: %1").arg(row.suggestionWhy)
            color: ui.muted
            font.pixelSize: ui.px(14)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            visible: row.canAnswer && row.goalState === "suggested"
            Layout.fillWidth: true
            spacing: 8
            PrimaryButton {
                objectName: "takeGoalButton"
                text: row.editing ? qsTr("Take it in my words") : qsTr("Take it")
                enabled: !row.editing || ownWords.text.trim() !== ""
                height: Math.max(implicitHeight, ui.touch)
                Accessible.name: qsTr("Take the suggested goal: %1").arg(row.title)
                onClicked: {
                    row.accepted(row.editing ? ownWords.text.trim() : "");
                    row.editing = false;
                }
            }
            TextButton {
                objectName: "editGoalWordsButton"
                visible: !row.editing
                text: qsTr("Change the words first")
                flat: true
                height: Math.max(implicitHeight, ui.touch)
                Accessible.name: qsTr("Change the words of the suggested goal first: %1").arg(row.title)
                onClicked: {
                    ownWords.text = row.title;
                    row.editing = true;
                    ownWords.forceActiveFocus();
                }
            }
            TextButton {
                objectName: "declineGoalButton"
                text: qsTr("No thanks")
                flat: true
                height: Math.max(implicitHeight, ui.touch)
                Accessible.name: qsTr("Decline the suggested goal: %1").arg(row.title)
                onClicked: {
                    row.editing = false;
                    row.declined();
                }
            }
        }
        RowLayout {
            visible: !row.canAnswer && row.goalState === "suggested"
            Layout.fillWidth: true
            Label {
                text: qsTr("Waiting for the apprentice to answer.")
                color: ui.muted
                font.pixelSize: ui.px(14)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextButton {
                objectName: "withdrawGoalButton"
                visible: row.mine
                text: qsTr("Withdraw")
                flat: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Withdraw your suggestion: %1").arg(row.title)
                onClicked: row.withdrawn()
            }
        }
    }
}
