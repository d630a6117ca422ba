import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// One apprentice's case as a helper sees it: who and where in the journey, the prompt to talk
// about health when absence repeats, check-in trends (4 or 12 weeks) and absence as a calendar
// strip. What the apprentice does not share says so instead of looking empty.
ColumnLayout {
    id: view
    objectName: "caseView"

    property string caseId: Session.caseId
    property int days: 28
    property int revision: 0
    // Set by the caseload, which has it at hand: walking Session.cases here re-read every case
    // file once per element touched (a third of the start of a 60-case caseload, bench B8).
    property string apprenticeName: ""
    // Set by the caseload (its row's daysInPhase); -1 leaves it out.
    property int daysInPhase: -1
    readonly property string service: Session.orgName !== "" ? Session.orgName : qsTr("your service")
    readonly property alias checkInsShared: checkIns.shared
    readonly property alias absenceShared: absences.shared
    readonly property alias talkAboutHealth: absences.talkAboutHealth

    signal openRequested(string page)

    function seriesOf(measure) {
        revision;
        return checkIns.series(measure, days);
    }

    spacing: ui.gap

    Ui {
        id: ui
    }
    CheckInsModel {
        id: checkIns
        caseId: view.caseId
        onModelReset: view.revision++
        onRowsInserted: view.revision++
        onRowsRemoved: view.revision++
        onDataChanged: view.revision++
    }
    AbsenceModel {
        id: absences
        caseId: view.caseId
    }
    JourneyModel {
        id: journey
        caseId: view.caseId
    }

    Label {
        visible: view.caseId === ""
        text: qsTr("Choose an apprentice to see their case.")
        color: ui.muted
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }

    ColumnLayout {
        visible: view.caseId !== ""
        spacing: 2
        Layout.fillWidth: true
        Label {
            text: view.apprenticeName
            font.pixelSize: ui.px(22)
            font.weight: Font.DemiBold
            color: ui.text
            elide: Text.ElideRight
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: journey.phase === "" ? "" : view.daysInPhase >= 0 ? qsTr("%1 · day %2 in this phase").arg(ui.phaseName(journey.phase)).arg(view.daysInPhase) : ui.phaseName(journey.phase)
            color: ui.muted
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Flow {
            spacing: 4
            Layout.fillWidth: true
            Repeater {
                model: [["goals", qsTr("Goals")], ["journey", qsTr("Journey")], ["notes", qsTr("Notes")], ["messages", qsTr("Messages")]]
                delegate: Button {
                    Accessible.onPressAction: clicked()
                    required property var modelData
                    objectName: "open_" + modelData[0]
                    text: modelData[1]
                    flat: true
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Open %1").arg(modelData[1])
                    onClicked: view.openRequested(modelData[0])
                }
            }
        }
    }

    HealthTalkGuide {
        visible: view.caseId !== "" && absences.shared !== false && absences.talkAboutHealth
        episodes: absences.recentEpisodes
        days: absences.recentDays
        Layout.fillWidth: true
    }

    SectionCard {
        objectName: "caseTrendCard"
        visible: view.caseId !== ""
        title: qsTr("Check-in trend")
        subtitle: checkIns.shared === false ? "" : qsTr("What the apprentice shares with you.")
        Label {
            objectName: "checkinsNotShared"
            visible: checkIns.shared === false
            text: checkIns.awaitingGuardian ? ui.guardianWaitText(view.service) : qsTr("Check-ins are not shared with %1. The apprentice decides what you see.").arg(view.service)
            color: checkIns.awaitingGuardian ? ui.waiting : ui.accent
            font.weight: checkIns.awaitingGuardian ? Font.Normal : Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TabBar {
            visible: checkIns.shared !== false
            Layout.fillWidth: true
            currentIndex: view.days === 28 ? 0 : 1
            PageTab {
                objectName: "weeks4"
                text: qsTr("4 weeks")
                Accessible.name: qsTr("Show the last 4 weeks")
                onClicked: view.days = 28
            }
            PageTab {
                objectName: "weeks12"
                text: qsTr("12 weeks")
                Accessible.name: qsTr("Show the last 12 weeks")
                onClicked: view.days = 84
            }
        }
        GridLayout {
            objectName: "caseTrends"
            visible: checkIns.shared !== false
            columns: view.width >= 620 ? 2 : 1
            columnSpacing: 20
            rowSpacing: 6
            Layout.fillWidth: true
            Repeater {
                model: checkIns.shared !== false ? ["mood", "energy", "sleep", "work", "pain"] : []
                delegate: TrendChart {
                    required property string modelData
                    objectName: "trend_" + modelData
                    title: ui.measureName(modelData)
                    points: view.seriesOf(modelData)
                    days: view.days
                    minValue: modelData === "pain" ? 0 : 1
                    maxValue: modelData === "pain" ? 10 : 5
                    lineColor: modelData === "pain" ? ui.accent : ui.primary
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
            }
        }
    }

    SectionCard {
        objectName: "caseAbsenceCard"
        visible: view.caseId !== ""
        title: qsTr("Absence")
        Label {
            objectName: "absenceNotShared"
            visible: absences.shared === false
            text: absences.awaitingGuardian ? ui.guardianWaitText(view.service) : qsTr("Absence is not shared with %1. The apprentice decides what you see.").arg(view.service)
            color: absences.awaitingGuardian ? ui.waiting : ui.accent
            font.weight: absences.awaitingGuardian ? Font.Normal : Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        AbsenceStrip {
            visible: absences.shared !== false
            absenceModel: absences
        }
    }
}
