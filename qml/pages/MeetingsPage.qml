import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Collaboration meetings (samarbeidsmøter): when and where, the agenda with the apprentice's own
// items first, the minutes per item, the agreed actions and the apprentice's answer to the
// minutes — "nothing about me without me".
ScrollPage {
    id: page
    objectName: "meetingsPage"

    readonly property bool apprentice: Session.role === "apprentice"
    property alias meetingsModel: meetings // for tests

    title: qsTr("Meetings")

    Ui {
        id: ui
    }
    MeetingsModel {
        id: meetings
        caseId: Session.caseId
    }
    GoalsModel {
        id: goals
        caseId: Session.caseId
    }

    Label {
        text: page.apprentice ? qsTr("Meetings with your helpers and your workplace. Put what you want to talk about on the agenda. Afterwards you read the minutes and say whether you agree.") : qsTr("Meetings with the apprentice, the team and the workplace. The apprentice reads the minutes and says whether they agree.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionCard {
        id: newMeeting
        objectName: "newMeetingCard"
        visible: !page.apprentice
        title: qsTr("New meeting")
        GridLayout {
            columns: page.width >= 700 ? 2 : 1
            columnSpacing: ui.gap
            Layout.fillWidth: true
            TextField {
                id: meetingTitle
                objectName: "meetingTitle"
                placeholderText: qsTr("What the meeting is about")
                Layout.fillWidth: true
                Accessible.name: qsTr("What the meeting is about")
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: meetingDate
                    objectName: "meetingDate"
                    placeholderText: qsTr("Date (YYYY-MM-DD)")
                    inputMethodHints: Qt.ImhDate
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Date")
                }
                TextField {
                    id: meetingTime
                    objectName: "meetingTime"
                    placeholderText: qsTr("Time (HH:MM)")
                    text: "12:00"
                    Layout.preferredWidth: 110
                    Accessible.name: qsTr("Time")
                }
            }
            TextField {
                id: meetingPlace
                objectName: "meetingPlace"
                placeholderText: qsTr("Where, or a video link")
                Layout.fillWidth: true
                Accessible.name: qsTr("Where, or a video link")
            }
            TextField {
                id: meetingGuests
                objectName: "meetingGuests"
                placeholderText: qsTr("Others taking part, e.g. Ole Hansen, instructor at the company")
                Layout.fillWidth: true
                Accessible.name: qsTr("Others taking part")
            }
        }
        PrimaryButton {
            objectName: "addMeetingButton"
            text: qsTr("Plan the meeting")
            enabled: meetingTitle.text.trim() !== "" && /^\d{4}-\d{2}-\d{2}$/.test(meetingDate.text) && /^\d{1,2}:\d{2}$/.test(meetingTime.text)
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: {
                const local = new Date(meetingDate.text + "T" + (meetingTime.text.length === 4 ? "0" : "") + meetingTime.text + ":00");
                const utc = local.toISOString().slice(0, 19) + "Z";
                const where = meetingPlace.text.trim();
                const video = /^https?:\/\//.test(where);
                if (meetings.addMeeting(meetingTitle.text, utc, video ? "" : where, video ? where : "", meetingGuests.text.split(";").join("\n"))) {
                    meetingTitle.text = "";
                    meetingPlace.text = "";
                    meetingGuests.text = "";
                }
            }
        }
    }

    Label {
        visible: meetings.lastError !== ""
        text: meetings.lastError
        color: ui.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        visible: meetings.count === 0
        text: qsTr("No meetings yet.")
        color: ui.muted
    }

    Repeater {
        id: list
        model: meetings
        delegate: SectionCard {
            id: card
            required property string recordId
            required title
            required property string starts
            required property string place
            required property string videoLink
            required property string status
            required property bool upcoming
            required property var guests
            required property var agenda
            required property var actions
            required property string answer
            required property string answerComment
            readonly property bool hasMinutes: agenda.some(it => it.minutes !== "")
            objectName: "meeting_" + recordId
            Layout.fillWidth: true
            tint: upcoming ? ui.primaryLight : ui.surface
            subtitle: ui.dateTime(starts) + (place !== "" ? " · " + place : "") + " · " + (status === "held" ? qsTr("Held") : status === "cancelled" ? qsTr("Cancelled") : qsTr("Planned"))

            Label {
                visible: card.videoLink !== ""
                text: qsTr("Video: %1").arg(card.videoLink)
                color: ui.primary
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
            Label {
                visible: card.guests.length > 0
                text: qsTr("Also taking part: %1").arg(card.guests.join(", "))
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // The agenda, the apprentice's own items first.
            Label {
                text: qsTr("Agenda")
                font.weight: Font.DemiBold
                color: ui.text
                Layout.topMargin: 6
            }
            Label {
                visible: card.agenda.length === 0
                text: qsTr("Nothing on the agenda yet.")
                color: ui.muted
            }
            Repeater {
                model: card.agenda
                delegate: ColumnLayout {
                    id: item
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: 2
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 1
                        color: ui.line
                    }
                    Label {
                        text: (item.index + 1) + ". " + item.modelData.title
                        font.weight: Font.DemiBold
                        color: ui.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: item.modelData.mine ? qsTr("Your item") : item.modelData.byApprentice ? qsTr("The apprentice's item") : qsTr("From %1").arg(item.modelData.authorName)
                        color: item.modelData.byApprentice ? ui.accent : ui.muted
                        font.pixelSize: ui.px(13)
                    }
                    Label {
                        visible: item.modelData.minutes !== "" && page.apprentice
                        text: item.modelData.minutes
                        color: ui.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: item.modelData.minutes !== ""
                        text: qsTr("Minutes by %1").arg(item.modelData.minutesBy)
                        color: ui.muted
                        font.pixelSize: ui.px(13)
                    }
                    TextBox {
                        id: minutesField
                        objectName: "minutes_" + item.modelData.recordId
                        visible: !page.apprentice
                        text: item.modelData.minutes
                        placeholderText: qsTr("Minutes: what was said, what was agreed")
                        wrapMode: TextEdit.Wrap
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Minutes")
                    }
                    TextButton {
                        objectName: "saveMinutes_" + item.modelData.recordId
                        visible: !page.apprentice && minutesField.text.trim() !== item.modelData.minutes
                        text: qsTr("Save minutes")
                        Layout.minimumHeight: ui.touch
                        Accessible.name: text
                        onClicked: meetings.setMinutes(item.modelData.recordId, minutesField.text)
                    }
                }
            }
            RowLayout {
                visible: card.status !== "cancelled"
                Layout.fillWidth: true
                TextField {
                    id: newItem
                    objectName: "newAgendaItem_" + card.recordId
                    placeholderText: page.apprentice ? qsTr("What I want to talk about") : qsTr("A new item")
                    Layout.fillWidth: true
                    Accessible.name: placeholderText
                }
                TextButton {
                    objectName: "addAgendaItem_" + card.recordId
                    text: qsTr("Add")
                    enabled: newItem.text.trim() !== ""
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Add to the agenda")
                    onClicked: {
                        if (meetings.addAgendaItem(card.recordId, newItem.text))
                            newItem.text = "";
                    }
                }
            }

            // Agreed actions.
            Label {
                visible: card.actions.length > 0 || !page.apprentice
                text: qsTr("Agreed actions")
                font.weight: Font.DemiBold
                color: ui.text
                Layout.topMargin: 6
            }
            Repeater {
                model: card.actions
                delegate: ColumnLayout {
                    id: action
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        text: "• " + action.modelData.title
                        color: ui.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: (action.modelData.forApprentice ? (page.apprentice ? qsTr("You") : qsTr("The apprentice")) : action.modelData.ownerName) + (action.modelData.due !== "" ? " · " + qsTr("by %1").arg(ui.date(action.modelData.due)) : "") + (action.modelData.stepState === "suggested" ? " · " + (page.apprentice ? qsTr("a suggested step for you under Goals") : qsTr("waiting for the apprentice's answer")) : action.modelData.stepState === "accepted" ? " · " + qsTr("taken on as a step") : "")
                        color: ui.muted
                        font.pixelSize: ui.px(13)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        leftPadding: 12
                    }
                }
            }
            ColumnLayout {
                visible: !page.apprentice
                Layout.fillWidth: true
                TextField {
                    id: actionTitle
                    objectName: "actionTitle_" + card.recordId
                    placeholderText: qsTr("A new agreed action")
                    Layout.fillWidth: true
                    Accessible.name: placeholderText
                }
                RowLayout {
                    Layout.fillWidth: true
                    TickBox {
                        id: forApprentice
                        objectName: "actionForApprentice_" + card.recordId
                        text: qsTr("For the apprentice")
                        checked: true
                    }
                    TextField {
                        id: actionOwner
                        visible: !forApprentice.checked
                        placeholderText: qsTr("Who")
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Who")
                    }
                    TextField {
                        id: actionDue
                        objectName: "actionDue_" + card.recordId
                        placeholderText: qsTr("By (YYYY-MM-DD)")
                        Layout.preferredWidth: 200
                        Accessible.name: qsTr("By when")
                    }
                }
                ChoiceBox {
                    id: actionGoal
                    objectName: "actionGoal_" + card.recordId
                    visible: forApprentice.checked
                    model: goals
                    textRole: "title"
                    valueRole: "recordId"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Under which goal")
                }
                TextButton {
                    objectName: "addAction_" + card.recordId
                    text: forApprentice.checked ? qsTr("Suggest it to the apprentice") : qsTr("Add the action")
                    enabled: actionTitle.text.trim() !== "" && (actionDue.text === "" || /^\d{4}-\d{2}-\d{2}$/.test(actionDue.text))
                    Layout.minimumHeight: ui.touch
                    Accessible.name: text
                    onClicked: {
                        if (meetings.addAction(card.recordId, actionTitle.text, forApprentice.checked, actionOwner.text, actionDue.text, forApprentice.checked ? (actionGoal.currentValue || "") : "")) {
                            actionTitle.text = "";
                            actionOwner.text = "";
                            actionDue.text = "";
                        }
                    }
                }
            }

            // The apprentice's answer to the minutes.
            Label {
                visible: card.hasMinutes
                objectName: "answer_" + card.recordId
                text: card.answer === "agreed" ? (page.apprentice ? qsTr("You have read the minutes and agree.") : qsTr("The apprentice has read the minutes and agrees.")) : card.answer === "differs" ? (page.apprentice ? qsTr("You see it differently: %1").arg(card.answerComment) : qsTr("The apprentice sees it differently: %1").arg(card.answerComment)) : (page.apprentice ? qsTr("Read the minutes. Do they match what you remember?") : qsTr("The apprentice has not answered the minutes yet."))
                color: card.answer === "agreed" ? ui.ok : card.answer === "differs" ? ui.accent : ui.muted
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: 6
            }
            ColumnLayout {
                visible: page.apprentice && card.hasMinutes
                Layout.fillWidth: true
                TextButton {
                    objectName: "agreeButton_" + card.recordId
                    text: qsTr("Read and agreed")
                    highlighted: card.answer === ""
                    Layout.minimumHeight: ui.touch
                    Layout.fillWidth: true
                    Accessible.name: text
                    onClicked: meetings.respond(card.recordId, "agreed", "")
                }
                TextBox {
                    id: differs
                    objectName: "differsText_" + card.recordId
                    placeholderText: qsTr("What I see differently")
                    wrapMode: TextEdit.Wrap
                    Layout.fillWidth: true
                    Accessible.name: placeholderText
                }
                TextButton {
                    objectName: "differsButton_" + card.recordId
                    text: qsTr("Send what I see differently")
                    enabled: differs.text.trim() !== ""
                    Layout.minimumHeight: ui.touch
                    Layout.fillWidth: true
                    Accessible.name: text
                    onClicked: {
                        if (meetings.respond(card.recordId, "differs", differs.text))
                            differs.text = "";
                    }
                }
            }
            TextButton {
                visible: !page.apprentice && card.status === "planned"
                text: qsTr("Mark as held")
                flat: true
                Layout.minimumHeight: ui.touch
                Accessible.name: text
                onClicked: meetings.setStatus(card.recordId, "held")
            }
        }
    }
}
