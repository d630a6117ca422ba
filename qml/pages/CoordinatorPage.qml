import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Bro

// The coordinator's desk, in tabs: the programme figures (issue 24) — for a chosen year the way
// from referral to trade certificate against the target, the wait, the apprentices' own answers
// over time, every year's apprentices and where they are now, each phase today; protected counts
// only (under 5 never shown), exportable as CSV or for pooling. Then the directory:
// organisations, people (with invite codes) and care teams.
ScrollPage {
    id: page
    objectName: "coordinatorPage"

    property alias model: programme
    property alias directory: directoryModel
    property alias pooling: pooling
    property string poolingMessage
    property alias report: yearReport
    property alias currentTab: tabs.currentIndex
    property string exportMessage

    title: tabs.currentItem ? tabs.currentItem.text : qsTr("Programme figures")
    maxWidth: 1080

    Ui {
        id: ui
    }
    ProgrammeModel {
        id: programme
        objectName: "programmeModel"
        Component.onCompleted: refresh()
    }
    YearReport {
        id: yearReport
        objectName: "yearReport"
        year: programme.year
    }
    PoolingModel {
        id: pooling
        objectName: "poolingModel"
    }
    DirectoryModel {
        id: directoryModel
        objectName: "directoryModel"
        Component.onCompleted: refresh()
    }

    TabBar {
        id: tabs
        objectName: "coordinatorTabs"
        Layout.fillWidth: true
        PageTab {
            text: qsTr("Programme figures")
        }
        PageTab {
            text: qsTr("Organisations")
        }
        PageTab {
            text: qsTr("People")
        }
        PageTab {
            text: qsTr("Care teams")
        }
    }
    Label {
        objectName: "directoryStatus"
        visible: tabs.currentIndex > 0 && (directoryModel.lastError !== "" || directoryModel.busy || !directoryModel.loaded)
        text: directoryModel.lastError !== "" ? directoryModel.lastError : directoryModel.busy ? qsTr("Talking to the server …") : qsTr("The directory comes from the server when you are online.")
        color: directoryModel.lastError !== "" ? ui.danger : ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ColumnLayout {
        objectName: "programmeSection"
        visible: tabs.currentIndex === 0
        spacing: ui.gap
        Layout.fillWidth: true

        Label {
            text: qsTr("Programme figures")
            font.pixelSize: ui.px(24)
            font.bold: true
            Accessible.role: Accessible.Heading
            Layout.fillWidth: true
        }
        Label {
            objectName: "countsOnly"
            text: qsTr("These are counts only: no names, and nothing that points to one apprentice.")
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "smallNumbers"
            text: qsTr("Only apprentices who said yes to being counted are in these figures. A number under 5 is shown as «under 5», and a few others are «hidden» so that a small number cannot be worked out from the rest.")
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        SectionCard {
            title: qsTr("Year")
            Flow {
                objectName: "yearChoice"
                spacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: programme.years
                    delegate: ChoiceChip {
                        required property int modelData
                        objectName: "year-" + modelData
                        text: modelData
                        selected: programme.year === modelData
                        onClicked: programme.year = modelData
                    }
                }
                TextButton {
                    text: qsTr("Refresh")
                    flat: true
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Refresh the figures")
                    onClicked: programme.refresh()
                }
            }
        }
        Label {
            objectName: "noFigures"
            visible: !programme.available
            text: Session.syncState === "offline" ? qsTr("No figures yet. They come from the server when you are online.") : qsTr("Fetching the figures from the server …")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "withheld"
            visible: programme.withheld
            text: qsTr("The server could not hide every small number this time, so it sent no figures. Nothing is wrong with your data.")
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            objectName: "totals"
            visible: programme.available && !programme.withheld
            columns: page.columnWidth >= 600 ? 4 : 2
            columnSpacing: ui.gap
            rowSpacing: ui.gap
            Layout.fillWidth: true
            Repeater {
                model: [{
                        "label": qsTr("In the programme now"),
                        "value": programme.inProgramme
                    }, {
                        "label": qsTr("Referred in %1").arg(programme.year),
                        "value": programme.referred
                    }, {
                        "label": qsTr("Trade certificates in %1").arg(programme.year),
                        "value": programme.completed
                    }, {
                        "label": qsTr("Ended early in %1").arg(programme.year),
                        "value": programme.endedEarly
                    }]
                delegate: SectionCard {
                    required property var modelData
                    tint: ui.primaryLight
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Accessible.name: modelData.label + ": " + modelData.value.text
                    Label {
                        text: modelData.value.text
                        font.pixelSize: modelData.value.value >= 0 ? ui.px(32) : ui.px(20)
                        font.bold: true
                        color: modelData.value.value >= 0 ? ui.primary : ui.muted
                        Layout.minimumHeight: ui.px(40)
                        verticalAlignment: Text.AlignVCenter
                    }
                    Label {
                        text: modelData.label
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
        SectionCard {
            objectName: "funnelCard"
            visible: programme.available && !programme.withheld
            title: qsTr("From referral to trade certificate, %1").arg(programme.year)
            subtitle: qsTr("The apprentices referred in %1, and how far they have come.").arg(programme.year)
            FunnelChart {
                objectName: "funnel"
                stages: programme.funnel
                target: programme.target
            }
            Label {
                objectName: "waitingText"
                // How many stays a median rests on; "5 or more" where the number would tell a
                // hidden count.
                function stays(m) {
                    return m.n > 0 ? qsTr("%1 stays").arg(m.n) : qsTr("5 stays or more");
                }
                text: programme.waiting.shown ? qsTr("Median wait from referral to the stay: %1 days (%2).").arg(Math.round(programme.waiting.value)).arg(stays(programme.waiting)) : programme.waitingAll.shown ? qsTr("Too few stays in %1 to show the wait. All years: %2 days (%3).").arg(programme.year).arg(Math.round(programme.waitingAll.value)).arg(stays(programme.waitingAll)) : qsTr("Too few stays so far to show the wait.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        SectionCard {
            objectName: "outcomesCard"
            visible: programme.available && !programme.withheld
            title: qsTr("Did it help? The apprentices' own answers")
            subtitle: qsTr("All years together. Each answer is compared with the same apprentice's answer before the stay.")
            OutcomeChart {
                objectName: "workAbilityChart"
                title: qsTr("Work ability, change since the start (0–10)")
                measure: "workAbility"
                points: programme.outcomes
            }
            OutcomeChart {
                objectName: "goalChart"
                title: qsTr("Own goals, how far they have come (−2 to +2)")
                measure: "goalAttainment"
                points: programme.outcomes
            }
        }
        SectionCard {
            id: cohortCard
            objectName: "cohorts"
            visible: programme.available && !programme.withheld && programme.cohorts.length > 0
            title: qsTr("Each year's apprentices: where are they now?")
            subtitle: qsTr("Everyone counts in the year they started, whatever the period above — also those whose data has since been deleted.")

            // Year, target, started, completed, still in, ended early: the first two narrower. The
            // table keeps to a readable width, so a number stays near its heading on a desktop.
            readonly property var weights: [0.7, 0.7, 1, 1.3, 1.3, 1.1]
            readonly property int tableWidth: 820
            readonly property var headings: [qsTr("Year"), qsTr("Target"), qsTr("Started"), qsTr("Completed (trade certificate)"), qsTr("Still in the apprenticeship"), qsTr("Ended early")]

            RowLayout {
                objectName: "cohortHeader"
                spacing: ui.gap
                Layout.fillWidth: true
                Layout.maximumWidth: cohortCard.tableWidth
                Repeater {
                    model: cohortCard.headings
                    delegate: Label {
                        required property string modelData
                        required property int index
                        text: modelData
                        color: ui.muted
                        font.pixelSize: ui.px(13)
                        wrapMode: Text.Wrap
                        horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                        verticalAlignment: Text.AlignBottom
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 100 * cohortCard.weights[index]
                    }
                }
            }
            Rectangle {
                color: ui.line
                implicitHeight: 1
                Layout.fillWidth: true
                Layout.maximumWidth: cohortCard.tableWidth
            }
            Repeater {
                objectName: "cohortRows"
                model: programme.cohorts
                delegate: RowLayout {
                    id: cohortRow
                    required property var modelData
                    readonly property bool thisYear: modelData.year === new Date().getFullYear()
                    readonly property var cells: [modelData.year, modelData.target > 0 ? modelData.target : "–", modelData.started.text, modelData.completed.text, modelData.inApprenticeship.text, modelData.endedEarly.text]
                    objectName: "cohort-" + modelData.year
                    spacing: ui.gap
                    Layout.fillWidth: true
                    Layout.maximumWidth: cohortCard.tableWidth
                    Accessible.role: Accessible.Row
                    Accessible.name: qsTr("%1: target %2, started %3, completed %4, still in the apprenticeship %5, ended early %6").arg(modelData.year).arg(cells[1]).arg(cells[2]).arg(cells[3]).arg(cells[4]).arg(cells[5])
                    Repeater {
                        model: cohortRow.cells
                        delegate: Label {
                            required property var modelData
                            required property int index
                            text: modelData
                            font.bold: index === 0 || cohortRow.thisYear
                            font.pixelSize: ui.px(16)
                            color: index === 2 ? ui.primary : ui.text
                            horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                            Layout.fillWidth: true
                            Layout.preferredWidth: 100 * cohortCard.weights[index]
                        }
                    }
                }
            }
        }
        SectionCard {
            objectName: "perPhase"
            visible: programme.available && !programme.withheld
            title: qsTr("In each phase now")
            subtitle: qsTr("Apprentices whose journey is open today, whatever the period.")
            Repeater {
                id: phases
                model: programme
                delegate: RowLayout {
                    required property string phase
                    required property int count
                    required property string countText
                    spacing: ui.gap
                    Layout.fillWidth: true
                    Accessible.name: ui.phaseName(phase) + ": " + countText
                    Label {
                        text: ui.phaseName(phase)
                        Layout.fillWidth: true
                    }
                    Rectangle {
                        color: count >= 0 ? ui.primary : "transparent"
                        border.color: count >= 0 ? ui.primary : ui.muted
                        border.width: count >= 0 ? 0 : 1
                        radius: 4
                        implicitHeight: 16
                        implicitWidth: count >= 0 ? Math.max(4, 240 * count / Math.max(1, programme.inProgramme.value)) : 48
                    }
                    Label {
                        text: countText
                        font.bold: count >= 0
                        color: count >= 0 ? ui.text : ui.muted
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 72
                    }
                }
            }
        }
        SectionCard {
            objectName: "poolingCard"
            visible: programme.available && !programme.withheld
            title: qsTr("Together with other programmes")
            subtitle: qsTr("Add the figures other programmes sent you. Together you reach numbers one programme cannot.")
            Repeater {
                model: pooling.programmes
                delegate: RowLayout {
                    required property var modelData
                    spacing: ui.gap
                    Layout.fillWidth: true
                    Label {
                        text: modelData.own ? qsTr("%1 (this programme)").arg(modelData.name) : qsTr("%1, figures from %2").arg(modelData.name).arg(ui.date(modelData.exported))
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    TextButton {
                        visible: !modelData.own
                        text: qsTr("Remove")
                        flat: true
                        Layout.minimumHeight: ui.touch
                        Accessible.name: qsTr("Remove the figures from %1").arg(modelData.name)
                        onClicked: pooling.remove(modelData.id)
                    }
                }
            }
            ColumnLayout {
                objectName: "pooledFunnel"
                visible: pooling.programmes.length > 1
                spacing: 4
                Layout.fillWidth: true
                Label {
                    text: qsTr("From referral to trade certificate, all years, all programmes")
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: pooling.funnel
                    delegate: RowLayout {
                        required property var modelData
                        objectName: "pooled-" + modelData.stage
                        spacing: ui.gap
                        Layout.fillWidth: true
                        Accessible.name: ui.funnelStageName(modelData.stage) + ": " + modelData.text
                        Label {
                            text: ui.funnelStageName(modelData.stage)
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.text
                            font.bold: modelData.exact
                            color: modelData.exact ? ui.text : ui.muted
                            horizontalAlignment: Text.AlignRight
                        }
                    }
                }
                Label {
                    text: qsTr("A range (such as 7–11) means the programmes' own small numbers are not known exactly, even here.")
                    color: ui.muted
                    font.pixelSize: ui.px(13)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            TextButton {
                objectName: "addPooledButton"
                text: qsTr("Add figures from another programme")
                Layout.minimumHeight: ui.touch
                onClicked: importDialog.open()
            }
            FileDialog {
                id: importDialog
                objectName: "importDialog"
                title: qsTr("Add figures from another programme")
                fileMode: FileDialog.OpenFile
                nameFilters: [qsTr("JSON files (*.json)")]
                onAccepted: {
                    const error = pooling.addFile(selectedFile);
                    page.poolingMessage = error !== "" ? error : qsTr("Added.");
                }
            }
            Label {
                objectName: "poolingMessage"
                visible: page.poolingMessage !== ""
                text: page.poolingMessage
                color: pooling.lastError !== "" ? ui.danger : ui.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        YearReportCard {
            visible: programme.available && !programme.withheld
            report: yearReport
            Layout.fillWidth: true
        }
        SectionCard {
            title: qsTr("Export")
            visible: programme.available && !programme.withheld
            Label {
                text: qsTr("Saves the same protected figures as a CSV file for a spreadsheet, or as a JSON file another programme can add to its own.")
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextButton {
                objectName: "exportButton"
                text: qsTr("Export as CSV")
                Layout.minimumHeight: ui.touch
                onClicked: {
                    exportDialog.selectedFile = "file://" + programme.defaultExportPath("csv");
                    exportDialog.defaultSuffix = "csv";
                    exportDialog.open();
                }
            }
            TextButton {
                objectName: "exportJsonButton"
                text: qsTr("Export for pooling (JSON)")
                Layout.minimumHeight: ui.touch
                onClicked: {
                    exportDialog.selectedFile = "file://" + programme.defaultExportPath("json");
                    exportDialog.defaultSuffix = "json";
                    exportDialog.open();
                }
            }
            FileDialog {
                id: exportDialog
                objectName: "exportDialog"
                title: qsTr("Export as CSV")
                fileMode: FileDialog.SaveFile
                defaultSuffix: "csv"
                nameFilters: [qsTr("CSV files (*.csv)"), qsTr("JSON files (*.json)")]
                onAccepted: {
                    const error = programme.exportCsv(selectedFile);
                    page.exportMessage = error !== "" ? error : qsTr("Saved to %1").arg(decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, "")));
                }
            }
            Label {
                objectName: "exportMessage"
                visible: page.exportMessage !== ""
                text: page.exportMessage
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
        }
    }
    DirectoryOrganisations {
        objectName: "organisationsSection"
        visible: tabs.currentIndex === 1
        directory: directoryModel
    }
    DirectoryPeople {
        objectName: "peopleSection"
        visible: tabs.currentIndex === 2
        directory: directoryModel
    }
    DirectoryCareTeams {
        objectName: "careTeamsSection"
        visible: tabs.currentIndex === 3
        directory: directoryModel
    }
}
