import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQml.Models
import Bro

// One goal: my words and why, its status, the steps to tick off, and a place to add a step.
ScrollPage {
    id: page
    objectName: "goalPage"

    required property string goalId
    required property var goals

    readonly property var goal: {
        for (let i = 0; i < goalRows.count; ++i) {
            const g = goalRows.objectAt(i);
            if (g && g.recordId === goalId)
                return g;
        }
        return null;
    }
    readonly property int stepCount: stepRepeater.count
    // Goals are the apprentice's own words; helpers read them and may suggest a step.
    readonly property bool apprentice: Session.role === "apprentice"

    function addStep(text) {
        const t = text.trim();
        if (t === "")
            return "";
        const id = steps.add(t, apprentice ? "" : suggestionWhy.text.trim());
        if (id !== "")
            suggestionWhy.text = "";
        return id;
    }

    title: goal && goal.isFagbrev ? qsTr("Trade certificate") : qsTr("Goal")

    Ui {
        id: ui
    }
    Instantiator {
        id: goalRows
        model: page.goals
        delegate: QtObject {
            required property string recordId
            required property string title
            required property string why
            required property string status
            required property bool isFagbrev
            required property int stepsTotal
            required property int stepsDone
        }
    }
    GoalStepsModel {
        id: steps
        objectName: "stepsModel"
        caseId: Session.caseId
        goalId: page.goalId
        showDeclined: !page.apprentice // the suggester sees the answer
    }

    SectionCard {
        tint: page.goal && page.goal.isFagbrev ? ui.primaryLight : ui.surface
        Label {
            visible: page.goal !== null && page.goal.isFagbrev
            text: qsTr("The goal above all: finishing your apprenticeship with a trade certificate (fagbrev).")
            color: ui.primary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "goalTitle"
            text: page.goal ? page.goal.title : ""
            font.pixelSize: ui.px(22)
            font.weight: Font.DemiBold
            color: ui.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: page.goal && page.goal.why !== "" ? qsTr("Why: %1").arg(page.goal.why) : qsTr("You have not written why yet.")
            font.italic: true
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            ProgressBar {
                from: 0
                to: page.goal ? Math.max(1, page.goal.stepsTotal) : 1
                value: page.goal ? page.goal.stepsDone : 0
                Layout.fillWidth: true
                Accessible.name: qsTr("Progress")
            }
            Label {
                text: page.goal ? qsTr("%1 of %2 steps").arg(page.goal.stepsDone).arg(page.goal.stepsTotal) : ""
                color: ui.muted
            }
        }
        TextButton {
            visible: page.apprentice
            text: qsTr("Edit words")
            flat: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Edit the goal and why")
            onClicked: editDialog.open()
        }
    }

    SectionCard {
        title: qsTr("Status")
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: ["active", "paused", "achieved", "dropped"]
                delegate: ChoiceChip {
                    required property string modelData
                    objectName: "status_" + modelData
                    visible: !(modelData === "dropped" && page.goal && page.goal.isFagbrev)
                    text: ui.statusName(modelData)
                    selected: page.goal !== null && page.goal.status === modelData
                    enabled: page.apprentice
                    Accessible.name: qsTr("Set status: %1").arg(text)
                    onClicked: page.goals.setStatus(page.goalId, modelData)
                }
            }
        }
        Label {
            visible: page.goal !== null && page.goal.status === "achieved"
            text: page.goal && page.goal.isFagbrev ? qsTr("Congratulations on your trade certificate! You did it.") : qsTr("Well done. You reached this goal.")
            color: ui.ok
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: page.goal !== null && page.goal.status === "paused"
            text: qsTr("Paused is fine. Take it up again when you are ready.")
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    SectionCard {
        title: qsTr("Steps")
        subtitle: stepRepeater.count === 0 ? qsTr("Break the goal into small steps you can tick off.") : ""
        Repeater {
            id: stepRepeater
            model: steps
            delegate: StepDelegate {
                canAnswer: page.apprentice
                onDoneToggled: function (done) {
                    steps.setDone(recordId, done);
                }
                onAccepted: steps.accept(recordId)
                onAcceptedAs: function (title) {
                    if (steps.setTitle(recordId, title))
                        steps.accept(recordId);
                }
                onDeclined: steps.decline(recordId)
                onRemoveRequested: steps.remove(recordId)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: newStep
                objectName: "newStepField"
                placeholderText: page.apprentice ? qsTr("A new step") : qsTr("Suggest a step")
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("A new step")
                onAccepted: {
                    if (page.addStep(text) !== "")
                        text = "";
                }
            }
            TextButton {
                objectName: "addStepButton"
                text: page.apprentice ? qsTr("Add") : qsTr("Suggest")
                enabled: newStep.text.trim() !== ""
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Add step")
                onClicked: {
                    if (page.addStep(newStep.text) !== "")
                        newStep.text = "";
                }
            }
        }
        TextField {
            id: suggestionWhy
            objectName: "suggestionWhyField"
            visible: !page.apprentice
            placeholderText: qsTr("Why you suggest it (optional)")
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Why you suggest it")
        }
        Label {
            visible: !page.apprentice
            text: qsTr("The apprentice sees your name and why, and decides whether to take the step.")
            color: ui.muted
            font.pixelSize: ui.px(13)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: steps.lastError !== ""
            text: steps.lastError
            color: ui.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    GoalComments {
        goalId: page.goalId
    }

    TextButton {
        objectName: "deleteGoalButton"
        visible: page.apprentice && page.goal !== null && !page.goal.isFagbrev
        text: qsTr("Delete this goal")
        flat: true
        Material.foreground: ui.danger
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onClicked: deleteDialog.open()
    }

    AppDialog {
        id: editDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 480)
        modal: true
        title: qsTr("Your goal, in your words")
        footer: DialogButtons {
            acceptText: qsTr("Save")
            acceptEnabled: titleField.text.trim() !== ""
        }
        onAboutToShow: {
            titleField.text = page.goal ? page.goal.title : "";
            whyField.text = page.goal ? page.goal.why : "";
        }
        onAccepted: {
            if (titleField.text.trim() !== "")
                page.goals.update(page.goalId, {
                        "title": titleField.text.trim(),
                        "why": whyField.text.trim()
                    });
        }
        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                text: qsTr("Goal")
            }
            TextField {
                id: titleField
                Layout.fillWidth: true
                Accessible.name: qsTr("Goal")
            }
            Label {
                text: qsTr("Why it matters to you")
            }
            TextBox {
                id: whyField
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: 72
                Accessible.name: qsTr("Why it matters")
            }
        }
    }

    AppDialog {
        id: deleteDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 420)
        modal: true
        title: qsTr("Delete this goal?")
        footer: DialogButtons {
            acceptText: qsTr("Delete")
        }
        Label {
            width: parent.width
            text: qsTr("The goal and its steps are removed for you and your helpers. If you only want a break, pause it instead.")
            wrapMode: Text.Wrap
        }
        onAccepted: {
            if (page.goals.remove(page.goalId))
                page.StackView.view.pop();
        }
    }
}
