import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A check-in in under 30 seconds (five taps and an optional note), then my own trend.
ScrollPage {
    id: page
    objectName: "checkInPage"

    readonly property bool apprentice: Session.role === "apprentice"
    property bool formOpen: apprentice && !checkIns.checkedInToday
    property int days: 28
    property int revision: 0
    property alias checkInsModel: checkIns
    // After a very low check-in: who to talk to now, and one tap to tell the team.
    property bool showHelp: false
    readonly property bool complete: mood.value > 0 && energy.value > 0 && sleep.value > 0 && work.value > 0

    function save() {
        if (!complete)
            return false;
        const ok = checkIns.checkIn({
                "mood": mood.value,
                "energy": energy.value,
                "sleep": sleep.value,
                "pain": Math.round(pain.value),
                "work": work.value,
                "note": note.text.trim()
            });
        if (ok) {
            formOpen = false;
            thanks.visible = false; // shown again, said again
            thanks.visible = true;
            showHelp = checkIns.helpSuggested;
            revision++;
        }
        return ok;
    }
    function seriesOf(measure) {
        revision; // re-read when check-ins change
        return checkIns.series(measure, days);
    }

    title: apprentice ? qsTr("Check-in") : qsTr("Check-ins")
    maxWidth: width >= 960 ? 1200 : ui.maxContent

    Ui {
        id: ui
    }
    CheckInsModel {
        id: checkIns
        caseId: Session.caseId
        onRowsInserted: page.revision++
        onRowsRemoved: page.revision++
        onModelReset: page.revision++
        onDataChanged: page.revision++
    }

    MessagesModel {
        id: messages
        caseId: Session.caseId
    }

    Label {
        objectName: "notSharedNotice"
        visible: checkIns.shared === false
        text: checkIns.awaitingGuardian ? ui.guardianWaitText(Session.orgName !== "" ? Session.orgName : qsTr("your service")) : qsTr("Not shared with %1. The apprentice decides what you see.").arg(Session.orgName !== "" ? Session.orgName : qsTr("your service"))
        color: checkIns.awaitingGuardian ? ui.waiting : ui.accent
        font.weight: checkIns.awaitingGuardian ? Font.Normal : Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // One column on a phone; on a tablet or desktop the questions and the trend side by side.
    GridLayout {
        columns: page.width >= 960 ? 2 : 1
        columnSpacing: ui.gap
        rowSpacing: ui.gap
        Layout.fillWidth: true

        ColumnLayout {
            spacing: ui.gap
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1

            HelpCard {
                id: helpCard
                visible: page.apprentice && page.showHelp && !page.formOpen
                team: Session.team
                onTellTeam: {
                    if (messages.send(helpCard.messageText())) {
                        helpCard.sent = true;
                        helpCard.sendError = "";
                    } else {
                        helpCard.sendError = messages.lastError;
                    }
                }
                onDismissed: page.showHelp = false
            }

            SectionCard {
                visible: page.apprentice && !page.formOpen
                tint: ui.primaryLight
                title: qsTr("You have checked in today")
                Announcement {
                    id: thanks
                    visible: false
                    text: qsTr("Thank you! It is saved on your phone.")
                    color: ui.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextButton {
                    text: qsTr("Check in again")
                    flat: true
                    Layout.minimumHeight: ui.touch
                    Accessible.name: text
                    onClicked: page.formOpen = true
                }
            }

            SectionCard {
                objectName: "checkInForm"
                visible: page.formOpen
                title: qsTr("How are you today?")
                subtitle: qsTr("Tap one number on each line. 1 is low, 5 is high.")

                ScaleSelector {
                    id: mood
                    objectName: "moodScale"
                    label: qsTr("Mood")
                    words: [qsTr("Very low"), qsTr("Low"), qsTr("OK"), qsTr("Good"), qsTr("Very good")]
                }
                ScaleSelector {
                    id: energy
                    objectName: "energyScale"
                    label: qsTr("Energy")
                    words: [qsTr("Drained"), qsTr("Tired"), qsTr("OK"), qsTr("Good"), qsTr("Full of energy")]
                }
                ScaleSelector {
                    id: sleep
                    objectName: "sleepScale"
                    label: qsTr("Sleep last night")
                    words: [qsTr("Very bad"), qsTr("Bad"), qsTr("OK"), qsTr("Good"), qsTr("Very good")]
                }
                ScaleSelector {
                    id: work
                    objectName: "workScale"
                    label: qsTr("How work went")
                    words: [qsTr("Very bad"), qsTr("Bad"), qsTr("OK"), qsTr("Good"), qsTr("Very good")]
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Pain")
                            font.pixelSize: ui.px(16)
                            font.weight: Font.DemiBold
                            Layout.fillWidth: true
                        }
                        Label {
                            text: Math.round(pain.value) === 0 ? qsTr("0 – no pain") : qsTr("%1 of 10").arg(Math.round(pain.value))
                            color: ui.primary
                            font.weight: Font.DemiBold
                        }
                    }
                    Slider {
                        id: pain
                        objectName: "painSlider"
                        from: 0
                        to: 10
                        stepSize: 1
                        snapMode: Slider.SnapAlways
                        value: 0
                        Layout.fillWidth: true
                        Layout.minimumHeight: ui.touch
                        Accessible.name: qsTr("Pain from 0 to 10: %1").arg(Math.round(value))
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("none")
                            color: ui.muted
                            font.pixelSize: ui.px(12)
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("worst")
                            color: ui.muted
                            font.pixelSize: ui.px(12)
                        }
                    }
                }
                Label {
                    text: qsTr("Anything you want to add? (optional)")
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                TextBox {
                    id: note
                    objectName: "noteField"
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("A few words about today")
                    Layout.fillWidth: true
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Note, optional")
                }
                PrimaryButton {
                    objectName: "saveCheckInButton"
                    text: page.complete ? qsTr("Save check-in") : qsTr("Answer the four questions above")
                    enabled: page.complete
                    Layout.fillWidth: true
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Save check-in")
                    onClicked: page.save()
                }
                Announcement {
                    visible: checkIns.lastError !== ""
                    text: checkIns.lastError
                    color: ui.danger
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        ColumnLayout {
            spacing: ui.gap
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1

            SectionCard {
                objectName: "trendCard"
                visible: checkIns.shared !== false
                title: page.apprentice ? qsTr("My trend") : qsTr("Trend")
                subtitle: page.apprentice ? qsTr("Only you see this, unless you share your check-ins.") : qsTr("What the apprentice shares with you.")
                TabBar {
                    id: period
                    Layout.fillWidth: true
                    currentIndex: page.days === 28 ? 0 : 1
                    PageTab {
                        text: qsTr("4 weeks")
                        Accessible.name: qsTr("Show the last 4 weeks")
                        onClicked: page.days = 28
                    }
                    PageTab {
                        text: qsTr("12 weeks")
                        Accessible.name: qsTr("Show the last 12 weeks")
                        onClicked: page.days = 84
                    }
                }
                Repeater {
                    model: ["mood", "energy", "sleep", "work", "pain"]
                    delegate: TrendChart {
                        required property string modelData
                        title: ui.measureName(modelData)
                        points: page.seriesOf(modelData)
                        days: page.days
                        minValue: modelData === "pain" ? 0 : 1
                        maxValue: modelData === "pain" ? 10 : 5
                        lineColor: modelData === "pain" ? ui.accent : ui.primary
                        Layout.topMargin: 6
                    }
                }
            }
        }
    }
}
