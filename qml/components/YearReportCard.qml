import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Bro

// The year's report on the coordinator's page (issue 24): the text parts in the pilot report's
// order, kept as they are typed, and "Save as PDF" (YearReport fills in the figures).
SectionCard {
    id: card
    objectName: "reportCard"

    required property YearReport report
    property string message

    Ui {
        id: ui
    }

    title: qsTr("The year's report, %1").arg(card.report.year)
    subtitle: qsTr("Write the text parts here, in the pilot report's order. Bro fills in the figures and the charts.")
    Label {
        id: backgroundLabel
        text: qsTr("Background")
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextBox {
        objectName: "report-background"
        text: card.report.background
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Write a few sentences …")
        Layout.fillWidth: true
        Layout.minimumHeight: 72
        Accessible.name: backgroundLabel.text
        onTextChanged: if (card.report.background !== text) card.report.background = text
    }
    Label {
        id: mainAimLabel
        text: qsTr("Main aim")
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextBox {
        objectName: "report-mainAim"
        text: card.report.mainAim
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Write a few sentences …")
        Layout.fillWidth: true
        Layout.minimumHeight: 72
        Accessible.name: mainAimLabel.text
        onTextChanged: if (card.report.mainAim !== text) card.report.mainAim = text
    }
    Label {
        id: aim1Label
        text: qsTr("Sub-aim 1: one journey for the apprentice")
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextBox {
        objectName: "report-aim1"
        text: card.report.aim1
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Write a few sentences …")
        Layout.fillWidth: true
        Layout.minimumHeight: 72
        Accessible.name: aim1Label.text
        onTextChanged: if (card.report.aim1 !== text) card.report.aim1 = text
    }
    Label {
        id: aim2Label
        text: qsTr("Sub-aim 2: results and effects")
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextBox {
        objectName: "report-aim2"
        text: card.report.aim2
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Write a few sentences …")
        Layout.fillWidth: true
        Layout.minimumHeight: 72
        Accessible.name: aim2Label.text
        onTextChanged: if (card.report.aim2 !== text) card.report.aim2 = text
    }
    Label {
        id: aim3Label
        text: qsTr("Sub-aim 3: what others can use")
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextBox {
        objectName: "report-aim3"
        text: card.report.aim3
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Write a few sentences …")
        Layout.fillWidth: true
        Layout.minimumHeight: 72
        Accessible.name: aim3Label.text
        onTextChanged: if (card.report.aim3 !== text) card.report.aim3 = text
    }
    TextButton {
        objectName: "saveReportButton"
        text: qsTr("Save the report as PDF")
        Layout.minimumHeight: ui.touch
        onClicked: {
            reportDialog.selectedFile = "file://" + card.report.defaultPath();
            reportDialog.open();
        }
    }
    FileDialog {
        id: reportDialog
        objectName: "reportDialog"
        title: qsTr("Save the report as PDF")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const error = card.report.save(selectedFile);
            card.message = error !== "" ? error : qsTr("Saved to %1").arg(decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, "")));
        }
    }
    Label {
        objectName: "reportMessage"
        visible: card.message !== ""
        text: card.message
        wrapMode: Text.WrapAnywhere
        Layout.fillWidth: true
    }
}
