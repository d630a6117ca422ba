import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Bro

// "Your data": the apprentice saves everything this phone holds about them — one JSON file
// (docs/export.md) and the plan as a PDF beside it. The right to a copy, in one button.
SectionCard {
    id: card
    objectName: "myDataCard"

    property string message: ""
    property alias exporter: dataExport // for tests

    title: qsTr("Your data")
    subtitle: qsTr("You have the right to a copy of everything Bro holds about you. This saves what this phone holds: one file a computer can read, and your plan as a PDF.")

    Ui {
        id: ui
    }
    DataExport {
        id: dataExport
    }

    TextButton {
        objectName: "exportDataButton"
        text: qsTr("Save a copy of my data")
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onClicked: {
            card.message = "";
            exportDialog.selectedFile = "file://" + dataExport.defaultPath();
            exportDialog.open();
        }
    }
    FileDialog {
        id: exportDialog
        objectName: "exportDataDialog"
        title: qsTr("Save a copy of my data")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("JSON files (*.json)")]
        onAccepted: {
            const error = dataExport.exportAll(selectedFile);
            const where = decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, ""));
            card.message = error !== "" ? error : qsTr("Saved: %1 and the plan %2.").arg(where).arg(dataExport.pdfPathFor(selectedFile));
        }
    }
    Label {
        objectName: "exportDataMessage"
        visible: card.message !== ""
        text: card.message
        wrapMode: Text.WrapAnywhere
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Want the server's copy too, or want your data erased? Ask your training office. They can export it for you, and erase it when you ask.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
