import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// The prompt an adviser sees when absence repeats (AbsenceModel.talkAboutHealth, the named rule
// repeated_absence in shared/domain with the programme's thresholds), with a short guide to the conversation, written from the
// OKAB–AiR pilot: raise health plainly, ask openly, listen, the apprentice decides, know who can
// help and where your own role ends.
SectionCard {
    id: card
    objectName: "healthPrompt"

    property int episodes: 0
    property int days: 0
    // Open on a tablet or desktop; on a phone one tap away, so the rest of the case stays in view.
    property bool expanded: width >= 420

    title: qsTr("Time to talk about health")
    // The window is the programme's absence rule (the pilot: 30 days).
    subtitle: qsTr("%1 absences, %2 days in the last %3 days. When absence repeats, ask about health, plainly and kindly.").arg(episodes).arg(days).arg(Session.programme.absenceWindowDays)
    tint: ui.accentLight

    Ui {
        id: ui
    }

    TextButton {
        objectName: "guideToggle"
        flat: true
        text: card.expanded ? qsTr("Hide the guide") : qsTr("How to have the conversation")
        Accessible.name: text
        Layout.minimumHeight: ui.touch
        onClicked: card.expanded = !card.expanded
    }

    Repeater {
        model: card.expanded ? [qsTr("Say it plainly: you have noticed the absence, and ask whether it has to do with health."), qsTr("Ask open questions: “How are you doing?”, “What makes the days hard?”, “What would help at work?”"), qsTr("Listen more than you talk. You do not need to find the cause or a diagnosis."), qsTr("The apprentice decides what happens next and what is shared. Agree on one small step together."), qsTr("Know who can help: the clinic (work-focused rehabilitation), the GP, the employer. Offer to make contact if the apprentice wants it."), qsTr("Know where your role ends: you follow up the apprenticeship; treatment belongs to health services.")] : []
        delegate: Label {
            required property string modelData
            required property int index
            text: (index + 1) + ". " + modelData
            color: ui.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
