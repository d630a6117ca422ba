import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Today (apprentice only): a few questions are ready to answer. Calm whether on time or late —
// a late answer is as welcome, and keeps its own date.
SectionCard {
    id: card

    property string point
    property string pointState
    property string due

    signal answer

    objectName: "outcomeCard"
    tint: ui.accentLight
    title: qsTr("A few questions: %1").arg(texts.pointName(card.point).toLowerCase())
    subtitle: card.pointState === "late" ? qsTr("It is fine to answer now. It takes about a minute.") : qsTr("How is it going with your goals and your work? It takes about a minute.")

    Ui {
        id: ui
    }
    OutcomeTexts {
        id: texts
    }

    Label {
        objectName: "outcomeCardState"
        text: texts.stateText(card.pointState, card.due, "", true)
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PrimaryButton {
        objectName: "outcomeAnswerButton"
        text: qsTr("Answer now")
        Layout.fillWidth: true
        Accessible.name: qsTr("Answer the questions: %1").arg(texts.pointName(card.point))
        onClicked: card.answer()
    }
}
