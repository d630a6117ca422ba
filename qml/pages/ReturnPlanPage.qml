import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A graded return to work (opptrappingsplan), week by week: the share of full time and the
// adapted tasks the clinic drafted, against what happened that week (absence, how work went).
// The apprentice accepts each week or asks for a change; the adviser follows it.
ScrollPage {
    id: page
    objectName: "returnPlanPage"

    readonly property bool apprentice: Session.role === "apprentice"
    readonly property bool clinician: Session.role === "clinician"
    property alias planModel: plan // for tests
    // What the week lines say about absence: the model's, settable by tests.
    property bool absenceShared: plan.absenceShared
    property bool absenceWaiting: plan.absenceAwaitingGuardian
    // The week the clinician is changing ("" while drafting a new one).
    property string editingId
    property int editingWeekNo: 0

    // The clinician changes a week (e.g. after the apprentice asked for a change): the form below
    // takes the week's plan, and the apprentice is asked again once it is saved.
    function startEdit(week) {
        editingId = week.recordId;
        editingWeekNo = week.weekNo;
        newShare.value = week.share;
        newHours.value = week.hours;
        newTasks.text = week.tasks;
        flickable.contentY = Math.max(0, flickable.contentHeight - flickable.height);
    }
    function stopEdit() {
        editingId = "";
        editingWeekNo = 0;
        newTasks.text = "";
    }

    title: qsTr("Return plan")

    Ui {
        id: ui
    }
    ReturnPlanModel {
        id: plan
        caseId: Session.caseId
    }

    Label {
        text: page.apprentice ? qsTr("Your way back into work, week by week. Say yes to each week, or ask for a change. It is your plan too.") : qsTr("Week by week: what is planned, and how the week went. The clinic drafts; the apprentice accepts or asks for changes.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "notSharedNotice"
        visible: plan.shared === false
        text: qsTr("Not shared with %1. The apprentice decides what you see.").arg(Session.orgName !== "" ? Session.orgName : qsTr("your service"))
        color: ui.accent
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SectionCard {
        objectName: "behindCard"
        visible: plan.behindTwoWeeks
        tint: ui.accentLight
        title: page.apprentice ? qsTr("The last two weeks were harder than planned") : qsTr("Two weeks running behind the plan")
        subtitle: page.apprentice ? qsTr("That happens. Talk with your helpers about whether the plan should go slower.") : qsTr("A reason to talk together about the plan, not a verdict.")
    }
    Label {
        visible: plan.count === 0 && plan.shared !== false
        text: page.clinician ? qsTr("No weeks yet. Draft the first week below.") : qsTr("No return plan yet. The clinic drafts it with you.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    GridLayout {
        columns: page.width >= 960 ? 2 : 1
        columnSpacing: ui.gap
        rowSpacing: ui.gap
        Layout.fillWidth: true

        Repeater {
            id: weeks
            model: plan
            delegate: SectionCard {
                id: week
                required property string recordId
                required property int weekNo
                required property string weekStart
                required property int share
                required property int hours
                required property string tasks
                required property string answer
                required property string answerNote
                required property int plannedDays
                required property int absentDays
                required property int workedDays
                required property int workCheckins
                required property real workAverage
                required property bool over
                required property bool behind
                required property bool current
                required property bool revised
                objectName: "week_" + weekNo
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                tint: current ? ui.primaryLight : ui.surface
                title: qsTr("Week %1 · %2 %").arg(weekNo).arg(share) + (hours > 0 ? " · " + qsTr("%1 hours").arg(hours) : "") + (current ? " · " + qsTr("this week") : "")
                subtitle: qsTr("From %1").arg(ui.date(weekStart))

                Label {
                    visible: week.tasks !== ""
                    text: week.tasks
                    color: ui.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                // Planned against actual: one box per planned day, filled when worked.
                RowLayout {
                    spacing: 4
                    Layout.topMargin: 4
                    Repeater {
                        model: week.plannedDays
                        delegate: Rectangle {
                            required property int index
                            implicitWidth: 22
                            implicitHeight: 22
                            radius: 4
                            // A week not over yet: only the days already lost to absence are
                            // marked; the rest are still to come.
                            readonly property bool lost: index >= week.plannedDays - week.absentDays
                            color: !page.absenceShared ? "transparent" : week.over ? (lost ? ui.accentLight : ui.primary) : (lost ? ui.accentLight : "transparent")
                            border.color: lost ? ui.accent : ui.primary
                        }
                    }
                    Label {
                        text: qsTr("%n day(s) planned", "", week.plannedDays)
                        color: ui.muted
                        font.pixelSize: ui.px(13)
                        Layout.leftMargin: 6
                    }
                }
                Label {
                    objectName: "actual_" + week.weekNo
                    visible: week.over || week.current
                    text: (page.absenceWaiting ? qsTr("Absence shared, waiting for a parent's or guardian's yes") : !page.absenceShared ? qsTr("Absence is not shared with you") : week.absentDays > 0 ? qsTr("%n day(s) away", "", week.absentDays) : qsTr("No absence")) + (week.workCheckins > 0 ? " · " + qsTr("how work went: %1 of 5").arg(week.workAverage.toLocaleString(ui.locale, "f", 1)) : "")
                    color: week.behind ? ui.accent : ui.muted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "answer_" + week.weekNo
                    text: week.revised ? (page.apprentice ? qsTr("The clinic changed this week after your answer. Does it work for you now?") : qsTr("Changed after the apprentice's answer. Waiting for a new answer.")) : week.answer === "accepted" ? (page.apprentice ? qsTr("You said yes to this week.") : qsTr("The apprentice said yes to this week.")) : week.answer === "change_requested" ? (page.apprentice ? qsTr("You asked for a change: %1").arg(week.answerNote) : qsTr("The apprentice asks for a change: %1").arg(week.answerNote)) : (page.apprentice ? qsTr("Waiting for your answer.") : qsTr("Waiting for the apprentice's answer."))
                    color: week.answer === "accepted" ? ui.ok : week.answer === "change_requested" ? ui.accent : ui.muted
                    font.pixelSize: ui.px(13)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ColumnLayout {
                    visible: page.apprentice && week.answer === "" && !week.over
                    Layout.fillWidth: true
                    PrimaryButton {
                        objectName: "acceptWeek_" + week.weekNo
                        text: qsTr("Yes, this works for me")
                        Layout.minimumHeight: ui.touch
                        Layout.fillWidth: true
                        Accessible.name: text
                        onClicked: plan.answer(week.recordId, "accepted", "")
                    }
                    TextField {
                        id: change
                        objectName: "changeText_" + week.weekNo
                        placeholderText: qsTr("What would work better?")
                        Layout.fillWidth: true
                        Accessible.name: placeholderText
                    }
                    TextButton {
                        objectName: "askChange_" + week.weekNo
                        text: qsTr("Ask for a change")
                        enabled: change.text.trim() !== ""
                        Layout.minimumHeight: ui.touch
                        Layout.fillWidth: true
                        Accessible.name: text
                        onClicked: plan.answer(week.recordId, "change_requested", change.text)
                    }
                }
                TextButton {
                    objectName: "changeWeek_" + week.weekNo
                    visible: page.clinician && !week.over
                    text: qsTr("Change this week")
                    flat: true
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Change week %1").arg(week.weekNo)
                    onClicked: page.startEdit(week)
                }
            }
        }
    }

    SectionCard {
        objectName: "newWeekCard"
        visible: page.clinician && plan.shared !== false
        title: page.editingId !== "" ? qsTr("Change week %1").arg(page.editingWeekNo) : qsTr("Draft the next week")
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Share of full time (%)")
                color: ui.text
            }
            SpinBox {
                id: newShare
                objectName: "newShare"
                from: 0
                to: 100
                stepSize: 10
                value: 50
                editable: true
                Accessible.name: qsTr("Share of full time")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Hours")
                color: ui.text
            }
            SpinBox {
                id: newHours
                objectName: "newHours"
                from: 0
                to: 60
                value: Math.round(newShare.value * 37.5 / 100)
                editable: true
                Accessible.name: qsTr("Hours")
            }
        }
        TextBox {
            id: newTasks
            objectName: "newTasks"
            placeholderText: qsTr("Adapted tasks this week")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Accessible.name: placeholderText
        }
        PrimaryButton {
            objectName: "addWeekButton"
            text: page.editingId !== "" ? qsTr("Save the change") : qsTr("Add the week")
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: {
                if (page.editingId !== "") {
                    if (plan.setWeek(page.editingId, newShare.value, newHours.value, newTasks.text))
                        page.stopEdit();
                } else if (plan.addWeek(newShare.value, newHours.value, newTasks.text)) {
                    newTasks.text = "";
                }
            }
        }
        TextButton {
            objectName: "cancelChangeButton"
            visible: page.editingId !== ""
            text: qsTr("Cancel")
            flat: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: page.stopEdit()
        }
        Label {
            visible: plan.lastError !== ""
            text: plan.lastError
            color: ui.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
