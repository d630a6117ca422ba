import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// An outcome point for the apprentice (issue 24): one question per goal, then how well they can
// work today (0–10), then Save — under a minute. Late is fine: the answer keeps its own date.
ScrollPage {
    id: page
    objectName: "outcomePage"

    // The point to answer; by default the first one due or late.
    property string point: outcomes.nextPoint
    readonly property int row: outcomes.rowOf(point)
    readonly property var current: row >= 0 && outcomes.count >= 0 ? outcomes.get(row) : ({})
    property var scores: ({})
    property int workAbility: -1
    property bool saved: false
    readonly property bool complete: {
        if (workAbility < 0)
            return false;
        for (let i = 0; i < goalRepeater.count; ++i) {
            const item = goalRepeater.itemAt(i);
            if (!item || page.scores[item.goalId] === undefined)
                return false;
        }
        return true;
    }
    property alias outcomesModel: outcomes

    // An answered point opens with its answers, to change them.
    Component.onCompleted: {
        const r = outcomes.get(outcomes.rowOf(page.point));
        if (r.workAbility !== undefined && r.workAbility >= 0) {
            page.scores = Object.assign({}, r.goalScores);
            page.workAbility = r.workAbility;
        }
    }

    function save() {
        if (outcomes.answer(page.point, page.scores, page.workAbility))
            page.saved = true;
    }

    title: qsTr("Follow-up questions")

    Ui {
        id: ui
    }
    OutcomeTexts {
        id: texts
    }
    OutcomesModel {
        id: outcomes
        caseId: Session.caseId
    }
    GoalsModel {
        id: goals
        caseId: Session.caseId
    }

    Label {
        text: qsTr("A few questions: %1").arg(texts.pointName(page.point).toLowerCase())
        font.pixelSize: ui.px(22)
        font.weight: Font.DemiBold
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Label {
        text: qsTr("There are no right or wrong answers. Answer as it feels today.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "outcomeLateText"
        visible: page.current.state === "late"
        text: qsTr("This was due %1. It is fine to answer now.").arg(ui.shortDate(page.current.due || ""))
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionCard {
        visible: !page.saved
        Repeater {
            id: goalRepeater
            model: goals
            delegate: GoalScoreChoice {
                required property string recordId
                required property string title
                readonly property string goalId: recordId
                objectName: "goalScore_" + recordId
                goalTitle: title
                value: page.scores[recordId] !== undefined ? page.scores[recordId] : -99
                Layout.bottomMargin: 8
                onPicked: function (v) {
                    const next = Object.assign({}, page.scores);
                    next[recordId] = v;
                    page.scores = next;
                }
            }
        }
        Label {
            visible: goals.count === 0
            text: qsTr("You have no goals yet. Then there is only the question below.")
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    SectionCard {
        visible: !page.saved
        objectName: "workAbilityCard"
        title: qsTr("How well can you work today?")
        subtitle: qsTr("0 means not at all. 10 means as well as when you are at your best.")
        GridLayout {
            columns: 6
            columnSpacing: 6
            rowSpacing: 6
            Layout.fillWidth: true
            Repeater {
                model: 11
                delegate: Button {
                    id: number
                    required property int index
                    readonly property bool selected: page.workAbility === index
                    objectName: "workAbility_" + index
                    text: index
                    Layout.fillWidth: true
                    Layout.minimumHeight: ui.touch
                    Layout.minimumWidth: 40
                    font.pixelSize: ui.px(18)
                    Accessible.name: qsTr("Work ability: %1 of 10").arg(index)
                    Accessible.checkable: true
                    Accessible.checked: selected
                    Accessible.onPressAction: clicked()
                    background: Rectangle {
                        radius: 10
                        color: number.selected ? ui.primary : ui.primaryLight
                        border.color: number.selected ? ui.primary : ui.line
                        border.width: number.visualFocus ? 3 : 1
                    }
                    contentItem: Label {
                        text: number.text
                        font: number.font
                        color: number.selected ? ui.textOnPrimary : ui.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    onClicked: page.workAbility = index
                }
            }
        }
    }

    PrimaryButton {
        objectName: "saveOutcomeButton"
        visible: !page.saved
        text: page.complete ? qsTr("Save answers") : qsTr("Answer all the questions above")
        enabled: page.complete
        Layout.fillWidth: true
        Accessible.name: qsTr("Save answers")
        onClicked: page.save()
    }
    Announcement {
        objectName: "outcomeError"
        visible: outcomes.lastError !== ""
        text: outcomes.lastError
        color: ui.danger
        Layout.fillWidth: true
    }
    Announcement {
        objectName: "outcomeSaved"
        visible: page.saved
        text: qsTr("Thank you! Your answers are saved.")
        color: ui.primary
        font.pixelSize: ui.px(18)
        Layout.fillWidth: true
    }
    Label {
        visible: page.saved
        text: qsTr("Your helpers see the answers if you share your journey with them.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
