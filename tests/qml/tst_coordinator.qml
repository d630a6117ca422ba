import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The coordinator (the harness signs in as emil; this test switches to the demo's hanne): Main
// lands on the programme figures, counts only, and the CSV export writes a file. The other tabs
// show the directory (the local demo caches what the server would send): organisations, people
// with invite buttons, and the care team around each apprentice, where removing asks first. With
// no server, a change is refused with a sentence and nothing changes.
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
        // The save dialog opens on the suggested file; the user accepts it as it is.
        const dialog = findChild(page, "exportDialog");
        tryVerify(() => dialog.visible);
        verify(dialog.selectedFile.toString().endsWith(".csv"), dialog.selectedFile);
        dialog.accept();
        const message = findChild(page, "exportMessage");
        tryVerify(() => message.visible);
        verify(message.text.indexOf(page.model.defaultExportPath()) >= 0, message.text);
    }

    function openPage() {
        const main = createTemporaryObject(mainComponent, tc, {
                "width": 1440,
                "height": 900
            });
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "coordinatorPage");
        return stack.currentItem;
    }

    function test_directoryTabs() {
        const page = openPage();
        const directory = page.directory;
        tryVerify(() => directory.loaded, 5000, "the cached directory shows offline");
        verify(findChild(page, "programmeSection").visible);
        verify(!findChild(page, "organisationsSection").visible);

        page.currentTab = 1;
        verify(findChild(page, "organisationsSection").visible);
        verify(!findChild(page, "programmeSection").visible);
        compare(directory.organisationsOfKind("training_office").length, 1);
        compare(directory.organisationsOfKind("clinic").length, 1);

        page.currentTab = 2;
        verify(findChild(page, "peopleSection").visible);
        verify(findChild(page, "peopleList").visible);
        // The demo: five apprentices, four helpers, one coordinator; everyone has an account.
        compare(directory.people.length, 10);
        verify(directory.people.every(p => p.hasAccount));
        verify(!findChild(page, "inviteCard").visible, "no invite made yet");

        page.currentTab = 3;
        verify(findChild(page, "careTeamsSection").visible);
        const emil = findChild(page, "team-case-emil");
        verify(emil, "a card for Emil's team");
        verify(emil.title.indexOf("Emil") >= 0, emil.title);
        compare(directory.cases.length, 5);
        compare(directory.apprenticesWithoutCase().length, 0);
        verify(findChild(page, "everyoneHasACase").visible, "no case form without an apprentice for it");
        compare(findChild(page, "add-case-emil").enabled, false, "nobody chosen to join yet");
        // Kari is on Emil's team; Per (same training office) could join.
        verify(directory.candidatesFor("case-emil").some(p => p.id === "p-per"));
    }

    function test_removingAsksFirstAndNeedsTheServer() {
        const page = openPage();
        const directory = page.directory;
        tryVerify(() => directory.loaded);
        page.currentTab = 3;
        const before = JSON.stringify(directory.cases);
        const remove = findChild(page, "remove-case-emil-p-kari");
        verify(remove, "a remove button for Kari on Emil's team");
        remove.clicked();
        const dialog = findChild(page, "confirmRemoval");
        tryVerify(() => dialog.opened);
        dialog.reject();
        tryVerify(() => !dialog.visible);
        compare(directory.lastError, "", "cancelled: nothing was asked");

        remove.clicked();
        tryVerify(() => dialog.opened);
        dialog.accept();
        // The local demo has no server: refused with a sentence, and the team is unchanged.
        tryVerify(() => directory.lastError !== "");
        const status = findChild(page, "directoryStatus");
        verify(status.visible);
        compare(status.text, directory.lastError);
        compare(JSON.stringify(directory.cases), before);
    }

    function test_addOrganisationFormChecksItsInput() {
        const page = openPage();
        page.currentTab = 1;
        const add = findChild(page, "addOrgButton");
        verify(!add.enabled, "nothing to add without a name");
        findChild(page, "orgName").text = "Klinikk Nord";
        verify(add.enabled);
    }
}
