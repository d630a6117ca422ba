import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The right to a copy, in the apprentice's UI: the Journey page offers "Print / save as PDF",
// Settings offers "Save a copy of my data"; both write real files (the dialog is skipped: the
// card's printer and exporter are called with the file the dialog would have given).
TestCase {
    id: tc
    name: "Rights"
    when: windowShown
    visible: true
    width: 390
    height: 2400

    Component {
        id: journeyComponent
        JourneyPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: settingsComponent
        SettingsPage {
            width: tc.width
            height: tc.height
        }
    }

    function test_printFromTheJourneyPage() {
        const page = createTemporaryObject(journeyComponent, tc);
        wait(50);
        const card = findChild(page, "printPlanCard");
        verify(card && card.visible, "the journey page offers printing");
        const button = findChild(card, "printPlanButton");
        verify(button && button.visible && button.enabled);
        const path = card.printer.defaultPath();
        verify(path.endsWith(".pdf"), path);
        compare(card.printer.printPlan("file://" + path), "");
        compare(card.printer.printPlan("file:///proc/bro-cannot/plan.pdf") !== "", true, "a clear message when it cannot write");
    }

    function test_copyFromSettings() {
        const page = createTemporaryObject(settingsComponent, tc);
        wait(50);
        const card = findChild(page, "myDataCard");
        verify(card && card.visible, "an apprentice sees 'Your data'");
        const path = card.exporter.defaultPath();
        verify(path.endsWith(".json"), path);
        compare(card.exporter.exportAll("file://" + path), "");
        verify(card.exporter.pdfPathFor("file://" + path).endsWith(".pdf"));
    }
}
