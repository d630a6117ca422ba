import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The coordinator (the harness signs in as emil; this test switches to the demo's hanne): Main
// lands on the programme figures, counts only, and the CSV export writes a file.
TestCase {
    id: tc
    name: "Coordinator"
    when: windowShown
    visible: true
    width: 1440
    height: 900

    Component {
        id: mainComponent
        Main {
        }
    }

    function initTestCase() {
        verify(Session.openLocalDemo("hanne"), "the demo has a coordinator");
        compare(Session.role, "coordinator");
    }

    function test_landsOnTheProgrammeFigures() {
        const main = createTemporaryObject(mainComponent, tc, {
                "width": 1440,
                "height": 900
            });
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "coordinatorPage");
        const page = stack.currentItem;
        const figures = page.model;
        verify(figures.available, "this year's figures are there offline");
        // The demo: five apprentices, one in each open phase.
        compare(figures.count, 5);
        compare(figures.inProgramme, 5);
        verify(findChild(page, "countsOnly").visible);
        verify(findChild(page, "perPhase").visible);
        verify(!findChild(page, "noFigures").visible);
        // Another period has nothing cached (and no server to ask): it says so.
        figures.from = "2001-01-01";
        figures.to = "2001-12-31";
        verify(!figures.available);
        verify(findChild(page, "noFigures").visible);
    }

    function test_exportCsv() {
        const main = createTemporaryObject(mainComponent, tc);
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "coordinatorPage");
        const page = stack.currentItem;
        verify(page.model.csv().startsWith("measure,count\n"));
        verify(page.model.csv().indexOf("case") < 0, "no case ids");
        const button = findChild(page, "exportButton");
        verify(button.visible);
        button.clicked(); // it may be below the fold of the window
        const message = findChild(page, "exportMessage");
        tryVerify(() => message.visible);
        verify(message.text.indexOf(page.model.defaultExportPath()) >= 0, message.text);
    }
}
