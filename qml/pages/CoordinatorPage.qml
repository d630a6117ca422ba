import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Bro

// The coordinator's desk, in tabs: the programme figures for a period (how many apprentices are in
// each phase now, and how many started, completed and ended early), and per year — the pilot's own
// question — the target, how many started and where that year's apprentices are now; counts only,
// exportable as CSV. Then the directory: organisations, people (with invite codes) and care teams.
ScrollPage {
    id: page
    objectName: "coordinatorPage"

    property alias model: programme
    property alias directory: directoryModel
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
        SectionCard {
            title: qsTr("Period")
            RowLayout {
                spacing: ui.gap
                Layout.fillWidth: true
                DateField {
                    objectName: "fromField"
                    label: qsTr("From")
                    date: programme.from
                    maximumDate: programme.to
                    onPicked: function (d) {
                        programme.from = d;
                    }
                }
                DateField {
                    objectName: "toField"
                    label: qsTr("To")
                    date: programme.to
                    minimumDate: programme.from
                    onPicked: function (d) {
                        programme.to = d;
                    }
                }
                Item {
                    Layout.fillWidth: true
                }
                TextButton {
                    text: qsTr("Refresh")
                    flat: true
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Refresh the figures")
                    onClicked: programme.refresh()
                }
            }
            Label {
                visible: programme.lastError !== ""
                text: programme.lastError
                color: ui.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "noFigures"
            visible: !programme.available && programme.lastError === ""
            text: Session.syncState === "offline" ? qsTr("No figures for this period yet. They come from the server when you are online.") : qsTr("Fetching the figures from the server …")
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            objectName: "totals"
            visible: programme.available
            columns: page.columnWidth >= 600 ? 4 : 2
            columnSpacing: ui.gap
            rowSpacing: ui.gap
            Layout.fillWidth: true
            Repeater {
                model: [{
                        "label": qsTr("In the programme now"),
                        "value": programme.inProgramme
                    }, {
                        "label": qsTr("Started in the period"),
                        "value": programme.started
                    }, {
                        "label": qsTr("Completed (trade certificate)"),
                        "value": programme.completed
                    }, {
                        "label": qsTr("Ended early"),
                        "value": programme.endedEarly
                    }]
                delegate: SectionCard {
                    required property var modelData
                    tint: ui.primaryLight
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Accessible.name: modelData.label + ": " + modelData.value
                    Label {
                        text: modelData.value
                        font.pixelSize: ui.px(32)
                        font.bold: true
                        color: ui.primary
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
            id: cohortCard
            objectName: "cohorts"
            visible: programme.available && programme.cohorts.length > 0
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
                    readonly property var cells: [modelData.year, modelData.target > 0 ? modelData.target : "–", modelData.started, modelData.completed, modelData.inApprenticeship, modelData.endedEarly]
                    objectName: "cohort-" + modelData.year
                    spacing: ui.gap
                    Layout.fillWidth: true
                    Layout.maximumWidth: cohortCard.tableWidth
                    Accessible.role: Accessible.Row
                    Accessible.name: qsTr("%1: target %2, started %3, completed %4, still in the apprenticeship %5, ended early %6").arg(modelData.year).arg(cells[1]).arg(modelData.started).arg(modelData.completed).arg(modelData.inApprenticeship).arg(modelData.endedEarly)
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
            visible: programme.available
            title: qsTr("In each phase now")
            subtitle: qsTr("Apprentices whose journey is open today, whatever the period.")
            Repeater {
                id: phases
                model: programme
                delegate: RowLayout {
                    required property string phase
                    required property int count
                    spacing: ui.gap
                    Layout.fillWidth: true
                    Accessible.name: ui.phaseName(phase) + ": " + count
                    Label {
                        text: ui.phaseName(phase)
                        Layout.fillWidth: true
                    }
                    Rectangle {
                        color: ui.primary
                        radius: 4
                        implicitHeight: 16
                        implicitWidth: Math.max(4, 240 * count / Math.max(1, programme.inProgramme))
                    }
                    Label {
                        text: count
                        font.bold: true
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 40
                    }
                }
            }
        }
        SectionCard {
            title: qsTr("Export")
            visible: programme.available
            Label {
                text: qsTr("Saves the same counts as a CSV file, where you choose: the period's figures, then one row per year.")
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextButton {
                objectName: "exportButton"
                text: qsTr("Export as CSV")
                Layout.minimumHeight: ui.touch
                onClicked: {
                    exportDialog.selectedFile = "file://" + programme.defaultExportPath();
                    exportDialog.open();
                }
            }
            FileDialog {
                id: exportDialog
                objectName: "exportDialog"
                title: qsTr("Export as CSV")
                fileMode: FileDialog.SaveFile
                defaultSuffix: "csv"
                nameFilters: [qsTr("CSV files (*.csv)")]
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
