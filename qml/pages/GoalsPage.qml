import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// My goals in my own words. The trade certificate (fagbrev) stands above all the others.
ScrollPage {
    id: page
    objectName: "goalsPage"

    property bool showFinished: false
    property alias goalsModel: goals
    readonly property int goalCount: rows.count
    readonly property bool apprentice: Session.role === "apprentice"

    function openGoal(id) {
        StackView.view.push(goalPage, {
                "goalId": id,
                "goals": goals
            }, StackView.Immediate);
    }
    // Opens the trade certificate goal (or the first goal); used by the screenshot runner.
    function openFirstGoal() {
        let first = "";
        for (let i = 0; i < rows.count; ++i) {
            const item = rows.itemAt(i);
            if (item && item.isFagbrev) {
                first = item.recordId;
                break;
            }
            if (item && first === "")
                first = item.recordId;
        }
        if (first === "")
            return false;
        openGoal(first);
        return true;
    }
    function openAddDialog() {
        addDialog.open();
    }
    function addGoal(title, why) {
        return goals.add(title, why);
    }

    title: page.apprentice ? qsTr("My goals") : qsTr("Goals")

    Ui {
        id: ui
    }
    GoalsModel {
        id: goals
        caseId: Session.caseId
    }
    Component {
        id: goalPage
        GoalPage {
        }
    }
    // Goals a helper suggested: waiting for the apprentice's answer (a helper also sees "no thanks").
    GoalsModel {
        id: suggestedGoals
        objectName: "suggestedGoalsModel"
        caseId: Session.caseId
        suggestions: true
    }
    // Steps a helper suggested, still waiting for the apprentice's answer.
    GoalStepsModel {
        id: suggestions
        objectName: "suggestionsModel"
        caseId: Session.caseId
        goalId: ""
        onlySuggested: true
    }

    // A helper who is not shared the goals sees only the plain notice below: nothing around it that
    // speaks to the apprentice or suggests there is something to open.
    Label {
        visible: goals.shared !== false
        text: page.apprentice ? qsTr("Your goals, in your own words. Your helpers are here to help you reach them.") : qsTr("The apprentice's own goals. Open one to suggest a step.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        objectName: "notSharedNotice"
        visible: goals.shared === false
        text: qsTr("Not shared with %1. The apprentice decides what you see.").arg(Session.orgName !== "" ? Session.orgName : qsTr("your service"))
        color: ui.accent
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionCard {
        objectName: "suggestionsCard"
        readonly property int waiting: suggestions.count + suggestedGoals.count
        visible: page.apprentice && waiting > 0
        tint: ui.accentLight
        title: waiting === 1 ? qsTr("A suggestion for you") : qsTr("%1 suggestions for you").arg(waiting)
        subtitle: qsTr("You decide: take it, change the words first, or say no thanks.")
        Repeater {
            model: page.apprentice ? suggestedGoals : null
            delegate: SuggestedGoalDelegate {
                onAccepted: function (title) {
                    suggestedGoals.accept(recordId, title);
                }
                onDeclined: suggestedGoals.decline(recordId)
            }
        }
        Repeater {
            model: suggestions
            delegate: ItemDelegate {
                focusPolicy: Qt.StrongFocus
                // A list item has no press action on the accessibility bus; a button has.
                Accessible.role: Accessible.Button
                Accessible.onPressAction: clicked()
                id: suggestionRow
                required property string recordId
                required property string title
                required property string suggestedBy
                required property string goalId
                objectName: "suggestion_" + recordId
                text: qsTr("%1 suggests: %2").arg(suggestedBy !== "" ? suggestedBy : qsTr("A helper")).arg(title)
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                leftPadding: 0
                rightPadding: 0
                contentItem: RowLayout {
                    spacing: 8
                    Label {
                        text: suggestionRow.text
                        wrapMode: Text.Wrap
                        color: ui.text
                        Layout.fillWidth: true
                    }
                    Label {
                        text: "›"
                        font.pixelSize: ui.px(24)
                        color: ui.accent
                    }
                }
                Accessible.name: qsTr("Open the suggestion: %1").arg(title)
                onClicked: page.openGoal(goalId)
            }
        }
    }

    // The trade certificate first, whatever its position.
    Repeater {
        model: goals
        delegate: GoalDelegate {
            visible: isFagbrev
            onClicked: page.openGoal(recordId)
        }
    }

    Repeater {
        id: rows
        model: goals
        delegate: GoalDelegate {
            id: row
            visible: !isFagbrev && (page.showFinished || status === "active" || status === "paused")
            showReorder: page.apprentice && !isFagbrev
            canMoveUp: index > 0
            canMoveDown: index < rows.count - 1
            onClicked: page.openGoal(recordId)
            onMoveUp: goals.move(recordId, index - 1)
            onMoveDown: goals.move(recordId, index + 1)
        }
    }

    Label {
        objectName: "noGoalsLabel"
        visible: rows.count === 0 && goals.shared !== false
        text: page.apprentice ? qsTr("No goals yet. Start with the one that matters most to you.") : qsTr("The apprentice has no goals yet.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Switch {
        Accessible.onPressAction: { toggle(); toggled(); clicked(); }
        visible: goals.shared !== false && rows.count > 0
        text: qsTr("Show achieved and dropped goals")
        checked: page.showFinished
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onToggled: page.showFinished = checked
    }

    PrimaryButton {
        objectName: "addGoalButton"
        visible: page.apprentice
        text: qsTr("Add a goal")
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onClicked: addDialog.open()
    }

    // A helper suggests a goal; the apprentice decides. Their suggestions and the answers.
    SectionCard {
        objectName: "helperSuggestionsCard"
        visible: !page.apprentice && goals.shared !== false
        title: qsTr("Your suggestions")
        subtitle: qsTr("The goals are the apprentice's own words. You can suggest a goal; the apprentice sees your name and why, and decides.")
        Repeater {
            model: page.apprentice ? null : suggestedGoals
            delegate: SuggestedGoalDelegate {
                canAnswer: false
                onWithdrawn: suggestedGoals.remove(recordId)
            }
        }
        TextButton {
            objectName: "suggestGoalButton"
            text: qsTr("Suggest a goal")
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: addDialog.open()
        }
    }

    Label {
        visible: goals.lastError !== "" || suggestedGoals.lastError !== ""
        text: goals.lastError !== "" ? goals.lastError : suggestedGoals.lastError
        color: ui.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    AppDialog {
        id: addDialog
        objectName: "addGoalDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 480)
        modal: true
        title: page.apprentice ? qsTr("A new goal") : qsTr("Suggest a goal")
        footer: DialogButtons {
            acceptText: qsTr("Save")
            acceptEnabled: titleField.text.trim() !== ""
        }
        onAboutToShow: {
            titleField.text = "";
            whyField.text = "";
            titleField.forceActiveFocus();
        }
        onAccepted: {
            if (titleField.text.trim() !== "")
                goals.add(titleField.text.trim(), whyField.text.trim());
        }

        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                text: page.apprentice ? qsTr("What do you want to achieve?") : qsTr("What could the apprentice aim for?")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: titleField
                objectName: "goalTitleField"
                placeholderText: qsTr("For example: Sleep better on work days")
                Layout.fillWidth: true
                Accessible.name: qsTr("Goal")
            }
            Label {
                text: page.apprentice ? qsTr("Why does it matter to you? (optional)") : qsTr("Why you suggest it (optional)")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextBox {
                id: whyField
                objectName: "goalWhyField"
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: 72
                Accessible.name: qsTr("Why it matters")
            }
        }
    }
}
