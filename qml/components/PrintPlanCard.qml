import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Bro

// "Print / save as PDF": the plan (goals and steps, the journey and who is responsible, the
// team) as an A4 PDF, for a meeting or to bring to the doctor. A helper's PDF holds only what
// the apprentice shares with them.
SectionCard {
    id: card
    objectName: "printPlanCard"

    property string message: ""
    property alias printer: planPrinter // for tests

    title: qsTr("Print the plan")

    Ui {
        id: ui
    }
    PlanPrinter {
        id: planPrinter
        caseId: Session.caseId
    }

    Label {
        text: Session.role === "apprentice" ? qsTr("Your goals and steps, the phases and who is responsible, on paper. Good for a meeting, or to bring to your doctor.") : qsTr("The goals and steps, the phases and who is responsible, as far as the apprentice shares them with you.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextButton {
        objectName: "printPlanButton"
        text: qsTr("Print / save as PDF")
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onClicked: {
            card.message = "";
            printDialog.selectedFile = "file://" + planPrinter.defaultPath();
            printDialog.open();
        }
    }
    FileDialog {
        id: printDialog
        objectName: "printDialog"
        title: qsTr("Save the plan as PDF")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const error = planPrinter.printPlan(selectedFile);
            card.message = error !== "" ? error : qsTr("Saved to %1. Open it to print it.").arg(decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, "")));
        }
    }
    Label {
        objectName: "printMessage"
        visible: card.message !== ""
        text: card.message
        wrapMode: Text.WrapAnywhere
        Layout.fillWidth: true
    }
}
