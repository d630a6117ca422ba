import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// My journey: the phases with dates and who is responsible in each, and the handover checklist
// of the phase I am in now.
ScrollPage {
    id: page
    objectName: "journeyPage"

    readonly property bool canEdit: Session.role !== "apprentice" && Session.role === Session.responsibleRole
    property alias journeyModel: journey // for tests

    title: qsTr("Journey")

    Ui {
        id: ui
    }
    JourneyModel {
        id: journey
        caseId: Session.caseId
    }

    Label {
        text: Session.role === "apprentice" ? qsTr("Your way back to work and to your trade certificate. You always see who is responsible.") : qsTr("The apprentice's way back to work and to the trade certificate. Everyone on the team sees who is responsible.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // Meetings and the return plan belong to the journey: the next meeting, and the plan once the
    // return phase is near.
    SectionCard {
        objectName: "meetingsCard"
        title: qsTr("Meetings")
        subtitle: journeyMeetings.nextMeeting.recordId !== undefined ? qsTr("Next: %1").arg(ui.dateTime(journeyMeetings.nextMeeting.starts)) : qsTr("No meeting planned.")
        MeetingsModel {
            id: journeyMeetings
            caseId: Session.caseId
        }
        RowLayout {
            Layout.fillWidth: true
            TextButton {
                objectName: "openMeetingsButton"
                text: qsTr("Meetings")
                Layout.minimumHeight: ui.touch
                Layout.fillWidth: true
                Accessible.name: qsTr("Open the meetings")
                onClicked: page.StackView.view.push(Qt.resolvedUrl("MeetingsPage.qml"), {}, StackView.Immediate)
            }
            TextButton {
                objectName: "openReturnPlanButton"
                // From the first phase the clinic leads until the case closes (the programme says which).
                visible: Session.programme.phases.length > 0 && Session.programme.clinicStarted(Session.phase)
                text: qsTr("Return plan")
                Layout.minimumHeight: ui.touch
                Layout.fillWidth: true
                Accessible.name: qsTr("Open the return plan")
                onClicked: page.StackView.view.push(Qt.resolvedUrl("ReturnPlanPage.qml"), {}, StackView.Immediate)
            }
        }
    }

    SectionCard {
        title: qsTr("Phases")
        PhaseTimeline {
            objectName: "phaseTimeline"
            model: journey
            checklistTotal: journey.checklist ? journey.checklist.length : 0
            checklistSettled: journey.checklist ? journey.checklist.filter(it => it.settled).length : 0
        }
    }

    SectionCard {
        objectName: "checklistCard"
        title: qsTr("Before the next phase")
        subtitle: page.canEdit ? qsTr("Tick each item, or explain why it is not needed.") : qsTr("Your helpers go through this list together before the next phase starts. Ask them about anything here.")
        Label {
            visible: journey.shared === false
            text: qsTr("The checklist is not shared with %1.").arg(Session.orgName !== "" ? Session.orgName : qsTr("your service"))
            color: ui.accent
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: journey.checklist
            delegate: ColumnLayout {
                id: item
                required property var modelData
                Layout.fillWidth: true
                spacing: 0
                // Box and text side by side, as in StepDelegate: a wrapping Label as the box's own
                // contentItem kept the height it had at its narrowest (one word a line) when the
                // page was created wide, and the item spilled out of the card.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    TickBox {
                        id: box
                        objectName: "tick_" + item.modelData.itemId
                        checked: item.modelData.done
                        enabled: page.canEdit
                        Layout.preferredWidth: ui.touch
                        Layout.preferredHeight: ui.touch
                        Layout.alignment: Qt.AlignTop
                        Accessible.name: item.modelData.text
                        Accessible.description: item.modelData.done ? qsTr("Done") : qsTr("Not done yet")
                        onToggled: journey.setChecklistItem(item.modelData.itemId, checked, item.modelData.explanation)
                    }
                    Label {
                        objectName: "tickText_" + item.modelData.itemId
                        text: item.modelData.text
                        wrapMode: Text.Wrap
                        color: ui.text
                        Layout.fillWidth: true
                        Layout.topMargin: 13
                        Accessible.ignored: true // the box carries the name
                        TapHandler {
                            enabled: box.enabled
                            // toggle() alone does not emit toggled(), which saves the tick.
                            onTapped: {
                                box.toggle();
                                box.toggled();
                            }
                        }
                    }
                }
                TextField {
                    objectName: "explain_" + item.modelData.itemId
                    visible: page.canEdit && !item.modelData.done
                    text: item.modelData.explanation
                    maximumLength: 160 // a short reason; the record takes 500 bytes
                    placeholderText: qsTr("Or explain why it is not needed")
                    Layout.fillWidth: true
                    Layout.leftMargin: 48
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Why this is not needed: %1").arg(item.modelData.text)
                    onEditingFinished: {
                        if (text.trim() !== item.modelData.explanation)
                            journey.setChecklistItem(item.modelData.itemId, false, text.trim());
                    }
                }
                Label {
                    // Who ticked or explained it, and when: each item keeps its own.
                    objectName: "tickedBy_" + item.modelData.itemId
                    visible: item.modelData.settled && item.modelData.byName !== ""
                    text: (item.modelData.done ? qsTr("Ticked by %1, %2") : qsTr("Explained by %1, %2")).arg(item.modelData.byName).arg(ui.dateTime(item.modelData.at))
                    color: ui.muted
                    font.pixelSize: ui.px(13)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 48
                }
                Label {
                    visible: item.modelData.explanation !== "" && !(page.canEdit && !item.modelData.done)
                    text: qsTr("Note: %1").arg(item.modelData.explanation)
                    color: ui.muted
                    font.italic: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 48
                }
            }
        }
        Label {
            visible: !journey.checklist || journey.checklist.length === 0
            text: qsTr("No checklist for this phase.")
            color: ui.muted
        }
        Label {
            visible: page.canEdit && !journey.canAdvance && journey.checklist && journey.checklist.length > 0
            text: qsTr("The next phase can start when every item is ticked or explained.")
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: page.canEdit && journey.nextPhase !== undefined && journey.nextPhase !== ""
            text: qsTr("Next phase: %1").arg(ui.phaseName(journey.nextPhase))
            color: ui.text
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PrimaryButton {
            objectName: "advanceButton"
            visible: page.canEdit
            enabled: journey.canAdvance
            text: qsTr("Start the next phase")
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: journey.advance()
        }
        // A phase the programme lets a case skip (issue 25): the one who leads now may go past it.
        TextButton {
            objectName: "skipButton"
            visible: page.canEdit && journey.skipTo !== ""
            enabled: journey.canAdvance
            text: qsTr("Skip %1 and start %2").arg(ui.phaseName(journey.nextPhase)).arg(ui.phaseName(journey.skipTo))
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: journey.skip()
        }
    }

    // How the journey began and the outcome points after it (issue 24), below the
    // phases and the checklist, which come first.
    OutcomesModel {
        id: outcomes
        caseId: Session.caseId
    }
    ReferralCard {
        model: outcomes
    }
    OutcomePointsCard {
        model: outcomes
        onAnswer: function (point) {
            page.StackView.view.push(Qt.resolvedUrl("OutcomePage.qml"), {
                    "point": point
                }, StackView.Immediate);
        }
    }

    SectionCard {
        title: qsTr("Your team")
        Repeater {
            model: Session.team
            delegate: ColumnLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: 0
                Label {
                    text: modelData.name
                    font.weight: Font.DemiBold
                    color: ui.text
                }
                Label {
                    text: ui.roleName(modelData.role) + ", " + modelData.orgName
                    color: ui.muted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.bottomMargin: 6
                }
            }
        }
    }

    PrintPlanCard {
        visible: Session.caseId !== ""
    }
}
