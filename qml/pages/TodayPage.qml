import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import Bro

// Today: where I am in the journey and who is responsible now, my next step, a check-in
// prompt, and whether my phone is in sync.
ScrollPage {
    id: page
    objectName: "todayPage"

    signal navigate(string name)

    readonly property string firstName: Session.userName.split(" ")[0]
    readonly property bool checkedIn: checkIns.checkedInToday

    // The first active goal (the fagbrev first, then by position) that still has open steps.
    readonly property var nextGoal: {
        let best = null;
        for (let i = 0; i < goalRows.count; ++i) {
            const g = goalRows.objectAt(i);
            if (!g || g.status !== "active" || g.stepsDone >= g.stepsTotal)
                continue;
            if (!best || (g.isFagbrev && !best.isFagbrev) || (g.isFagbrev === best.isFagbrev && g.position < best.position))
                best = g;
        }
        return best;
    }
    readonly property var nextStep: {
        let best = null;
        for (let i = 0; i < stepRows.count; ++i) {
            const s = stepRows.objectAt(i);
            if (!s || s.done || s.stepState !== "accepted")
                continue;
            if (!best || s.position < best.position)
                best = s;
        }
        return best;
    }
    readonly property var fagbrev: {
        for (let i = 0; i < goalRows.count; ++i) {
            const g = goalRows.objectAt(i);
            if (g && g.isFagbrev)
                return g;
        }
        return null;
    }

    title: qsTr("Today")
    maxWidth: width >= 960 ? 1100 : ui.maxContent

    Ui {
        id: ui
    }
    CheckInsModel {
        id: checkIns
        caseId: Session.caseId
    }
    GoalsModel {
        id: goals
        caseId: Session.caseId
    }
    GoalStepsModel {
        id: steps
        caseId: Session.caseId
        goalId: page.nextGoal ? page.nextGoal.recordId : ""
    }
    // Suggestions from the helpers waiting for an answer: a goal or a step.
    GoalsModel {
        id: suggestedGoals
        caseId: Session.caseId
        suggestions: true
    }
    GoalStepsModel {
        id: suggestedSteps
        caseId: Session.caseId
        goalId: ""
        onlySuggested: true
    }
    Instantiator {
        id: goalRows
        model: goals
        delegate: QtObject {
            required property string recordId
            required property string title
            required property string status
            required property int position
            required property bool isFagbrev
            required property int stepsTotal
            required property int stepsDone
        }
    }
    Instantiator {
        id: stepRows
        model: steps
        delegate: QtObject {
            required property var model
            required property string recordId
            required property string title
            required property bool done
            required property int position
            readonly property string stepState: model.state
        }
    }

    Label {
        text: qsTr("Hi, %1").arg(page.firstName)
        font.pixelSize: ui.px(26)
        font.weight: Font.DemiBold
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: 4
        Accessible.role: Accessible.Heading
    }
    Label {
        text: ui.longDate(ui.today())
        color: ui.muted
        Layout.fillWidth: true
    }
    ReminderBanner {
        onOpenRequested: function (name) {
            page.navigate(name);
        }
    }

    // Asked only of the apprentice, and sent only on their yes (issue 25).
    MessagesModel {
        id: earlyMessages
        caseId: Session.caseId
    }
    EarlyWarningCard {
        id: earlyCard
        visible: Session.role === "apprentice" && (checkIns.earlyWarning !== "" || sent)
        warning: checkIns.earlyWarning
        team: Session.team
        onTell: {
            if (earlyMessages.send(earlyCard.messageText())) {
                earlyCard.sent = true;
                earlyCard.sendError = "";
                checkIns.answerEarlyWarning();
            } else {
                earlyCard.sendError = earlyMessages.lastError;
            }
        }
        onNotNow: checkIns.answerEarlyWarning()
    }

    // One column on a phone, two on a tablet or desktop.
    GridLayout {
        columns: page.width >= 960 ? 2 : 1
        columnSpacing: ui.gap
        rowSpacing: ui.gap
        Layout.fillWidth: true

        // An outcome point is due or late (issue 24): only the apprentice answers it.
        OutcomesModel {
            id: outcomes
            caseId: Session.caseId
        }
        OutcomeCard {
            Layout.alignment: Qt.AlignTop
            visible: Session.role === "apprentice" && outcomes.needsAnswer
            point: outcomes.nextPoint
            pointState: outcomes.nextState
            due: outcomes.nextDue
            onAnswer: page.navigate("outcome")
        }

        // Check-in prompt
        SectionCard {
            Layout.alignment: Qt.AlignTop
            objectName: "checkInCard"
            tint: page.checkedIn ? ui.surface : ui.accentLight
            title: page.checkedIn ? qsTr("You have checked in today") : qsTr("How are you today?")
            subtitle: page.checkedIn ? qsTr("Thank you. You can look at your trend whenever you like.") : qsTr("A check-in takes less than 30 seconds. It helps you and your helpers see how things are going.")
            PrimaryButton {
                objectName: "checkInButton"
                text: page.checkedIn ? qsTr("See my trend") : qsTr("Check in now")
                primary: !page.checkedIn
                Layout.minimumHeight: ui.touch
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.navigate("checkin")
            }
        }

        // The next meeting with my helpers
        SectionCard {
            Layout.alignment: Qt.AlignTop
            objectName: "nextMeetingCard"
            visible: todayMeetings.nextMeeting.recordId !== undefined
            title: qsTr("Next meeting")
            subtitle: visible ? todayMeetings.nextMeeting.title + " · " + ui.dateTime(todayMeetings.nextMeeting.starts) : ""
            MeetingsModel {
                id: todayMeetings
                caseId: Session.caseId
            }
            TextButton {
                objectName: "openMeetingsButton"
                text: qsTr("Add what you want to talk about")
                Layout.minimumHeight: ui.touch
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.navigate("meetings")
            }
        }

        // Suggestions waiting for my answer
        SectionCard {
            Layout.alignment: Qt.AlignTop
            id: suggestionsWaiting
            objectName: "suggestionsWaitingCard"
            readonly property int waiting: suggestedGoals.count + suggestedSteps.count
            visible: waiting > 0
            tint: ui.accentLight
            title: waiting === 1 ? qsTr("A suggestion for you") : qsTr("%1 suggestions for you").arg(waiting)
            subtitle: qsTr("Your helpers have an idea. You decide whether it becomes yours.")
            TextButton {
                objectName: "openSuggestionsButton"
                text: suggestionsWaiting.waiting === 1 ? qsTr("Look at it") : qsTr("Look at them")
                Layout.minimumHeight: ui.touch
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.navigate("goals")
            }
        }

        // A long-running grant, asked about once (apprentice only)
        ConsentReviewCard {
            Layout.alignment: Qt.AlignTop
            onChangeRequested: page.navigate("sharing")
        }

        // Where I am
        SectionCard {
            Layout.alignment: Qt.AlignTop
            objectName: "journeyCard"
            title: qsTr("Where you are now")
            Label {
                text: ui.phaseName(Session.phase)
                font.pixelSize: ui.px(20)
                font.weight: Font.DemiBold
                color: ui.primary
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: Session.phaseSince !== ""
                text: qsTr("Since %1").arg(ui.longDate(Session.phaseSince))
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: ui.phaseHint(Session.phase)
                color: ui.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: resp.implicitHeight + 16
                radius: 8
                color: ui.primaryLight
                ColumnLayout {
                    id: resp
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 2
                    Label {
                        text: qsTr("Responsible now")
                        color: ui.muted
                        font.pixelSize: ui.px(13)
                    }
                    Label {
                        objectName: "responsibleLabel"
                        text: Session.responsibleName !== "" ? Session.responsibleName : ui.roleName(Session.responsibleRole)
                        font.pixelSize: ui.px(17)
                        font.weight: Font.DemiBold
                        color: ui.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        readonly property string org: ui.responsibleOrgName(Session.responsibleOrgKind)
                        visible: text !== ""
                        text: org !== "" ? org + " (" + ui.orgKindName(Session.responsibleOrgKind) + ")" : ui.orgKindTitle(Session.responsibleOrgKind)
                        color: ui.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            TextButton {
                text: qsTr("See the whole journey")
                flat: true
                Layout.minimumHeight: ui.touch
                Accessible.name: text
                onClicked: page.navigate("journey")
            }
        }

        // My next step
        SectionCard {
            Layout.alignment: Qt.AlignTop
            objectName: "nextStepCard"
            title: qsTr("Your next step")
            Label {
                visible: page.nextStep === null
                text: goalRows.count === 0 ? qsTr("You have no goals yet. What do you want to achieve?") : qsTr("No open steps right now. Add a step to one of your goals.")
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TickBox {
                id: stepBox
                visible: page.nextStep !== null
                text: page.nextStep ? page.nextStep.title : ""
                checked: false
                font.pixelSize: ui.px(16)
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("Mark as done: %1").arg(text)
                onToggled: {
                    if (checked && page.nextStep)
                        steps.setDone(page.nextStep.recordId, true);
                    checked = false;
                }
            }
            Label {
                visible: page.nextGoal !== null && page.nextStep !== null
                text: page.nextGoal ? qsTr("For your goal: %1").arg(page.nextGoal.title) : ""
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ColumnLayout {
                visible: page.fagbrev !== null
                Layout.fillWidth: true
                Layout.topMargin: 4
                spacing: 4
                Label {
                    text: page.fagbrev ? qsTr("Towards your trade certificate (fagbrev): %1 of %2 steps").arg(page.fagbrev.stepsDone).arg(page.fagbrev.stepsTotal) : ""
                    color: ui.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ProgressBar {
                    from: 0
                    to: page.fagbrev ? Math.max(1, page.fagbrev.stepsTotal) : 1
                    value: page.fagbrev ? page.fagbrev.stepsDone : 0
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Progress towards the trade certificate")
                }
            }
            TextButton {
                text: qsTr("Go to my goals")
                flat: true
                Layout.minimumHeight: ui.touch
                Accessible.name: text
                onClicked: page.navigate("goals")
            }
        }

        // Away from work?
        SectionCard {
            Layout.alignment: Qt.AlignTop
            title: qsTr("Away from work?")
            subtitle: qsTr("Write down an absence while you remember it. You decide who sees it.")
            TextButton {
                text: qsTr("Record absence")
                Layout.minimumHeight: ui.touch
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.navigate("absence")
            }
        }

        // Sync
        SectionCard {
            Layout.alignment: Qt.AlignTop
            objectName: "syncCard"
            title: page.width < 600 ? qsTr("On this phone") : qsTr("On this device")
            subtitle: Session.syncState === "offline" ? qsTr("Everything you do is saved here and sent when you are online again.") : ""
            SyncIndicator {
                Layout.fillWidth: true
            }
            Label {
                visible: Session.lastError !== ""
                text: Session.lastError
                color: ui.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
