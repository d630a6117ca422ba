import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// The five outcome points of a case (issue 24): when each is due, where it stands, the
// apprentice's work ability when answered, and the status in the apprenticeship, which the
// adviser sets with a choice box. The apprentice can open a point that is due or late.
SectionCard {
    id: card

    required property OutcomesModel model
    readonly property bool own: Session.role === "apprentice"
    readonly property bool adviser: Session.role === "adviser"

    signal answer(string point)

    objectName: "outcomePointsCard"
    title: qsTr("Follow-up questions")
    subtitle: card.own ? qsTr("Five times you answer a few questions about your goals and your work. It helps everyone see what works.") : qsTr("The apprentice's answers and the status in the apprenticeship at each point.")

    Ui {
        id: ui
    }
    OutcomeTexts {
        id: texts
    }

    Repeater {
        model: card.model.shared ? card.model : null
        delegate: ColumnLayout {
            id: pointRow
            required property string point
            required property string due
            required property var model
            // `state` is every Item's own property: read the role through `model`.
            readonly property string pointState: model.state
            required property string status
            required property int workAbility
            required property string answeredOn
            objectName: "outcomePoint_" + point
            spacing: 2
            Layout.fillWidth: true
            Layout.bottomMargin: 6

            Label {
                text: texts.pointName(pointRow.point)
                font.weight: Font.DemiBold
                color: ui.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: texts.stateText(pointRow.pointState, pointRow.due, pointRow.answeredOn, card.own) + (pointRow.workAbility >= 0 ? " · " + qsTr("work ability %1 of 10").arg(pointRow.workAbility) : "")
                color: pointRow.pointState === "due" || pointRow.pointState === "late" ? ui.accent : ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: !card.adviser && pointRow.status !== ""
                text: texts.statusName(pointRow.status)
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ChoiceBox {
                objectName: "statusBox_" + pointRow.point
                visible: card.adviser && pointRow.due !== "" && pointRow.pointState !== "upcoming"
                model: [qsTr("Not set")].concat(texts.statusKeys.map(k => texts.statusName(k)))
                currentIndex: texts.statusKeys.indexOf(pointRow.status) + 1
                Layout.fillWidth: true
                Accessible.name: qsTr("Status %1: %2").arg(texts.pointName(pointRow.point)).arg(currentText)
                onActivated: function (i) {
                    if (i > 0)
                        card.model.setStatus(pointRow.point, texts.statusKeys[i - 1]);
                }
            }
            TextButton {
                objectName: "answerPoint_" + pointRow.point
                visible: card.own && (pointRow.pointState === "due" || pointRow.pointState === "late")
                text: qsTr("Answer now")
                Layout.minimumHeight: ui.touch
                Layout.fillWidth: true
                Accessible.name: qsTr("Answer the questions: %1").arg(texts.pointName(pointRow.point))
                onClicked: card.answer(pointRow.point)
            }
        }
    }
    Label {
        visible: !card.model.shared
        text: qsTr("The apprentice does not share the journey with you.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
