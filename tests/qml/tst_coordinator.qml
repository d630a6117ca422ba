import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The coordinator (the harness signs in as emil; this test switches to the demo's hanne): Main
// lands on the programme figures, counts only — per phase, and per year against the target with
// the pilot's first year as history — and the CSV export writes a file. The other tabs
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
        verify(figures.available, "the figures are there offline");
        verify(!figures.withheld);
        // One row per open phase; a count under 5 is words, never the number (issue 24).
        compare(figures.count, 5);
        const shown = text => /^\d+$/.test(text) ? Number(text) >= 5 : (text === "under 5" || text === "skjult");
        for (let i = 0; i < 5; ++i) {
            const t = figures.data(figures.index(i, 0), 259); // TextRole
            verify(shown(t), "phase row " + i + ": " + t);
        }
        verify(shown(figures.inProgramme.text), figures.inProgramme.text);
        verify(findChild(page, "countsOnly").visible);
        verify(findChild(page, "smallNumbers").visible, "it says why some numbers are words");
        verify(findChild(page, "perPhase").visible);
        verify(!findChild(page, "noFigures").visible);
        // The way from referral to trade certificate, and the apprentices' own answers.
        verify(findChild(page, "funnelCard").visible);
        compare(findChild(page, "funnel").stages.length, 7);
        verify(findChild(page, "outcomesCard").visible);
        for (const stage of figures.funnel)
            verify(shown(stage.text) || stage.text === "–", stage.stage + ": " + stage.text);
        // Per year, the pilot's question: 2022, the pilot's first year (five started, erased long
        // since but still counted), every year since, up to this one.
        const thisYear = new Date().getFullYear();
        const cohorts = figures.cohorts;
        compare(cohorts.length, thisYear - 2022 + 1);
        compare(cohorts[0].year, 2022);
        compare(cohorts[0].target, 10);
        compare(cohorts[0].started.text, "5");
        compare(cohorts[0].completed.text, "under 5"); // four of them: never shown as 4
        compare(cohorts[cohorts.length - 1].year, thisYear);
        for (const c of cohorts)
            for (const k of ["started", "completed", "inApprenticeship", "endedEarly"])
                verify(shown(c[k].text), c.year + " " + k + ": " + c[k].text);
        verify(findChild(page, "cohorts").visible);
        verify(findChild(page, "cohort-2022"), "a row for 2022");
        verify(findChild(page, "cohort-" + thisYear), "a row for this year");
        // Choosing another year reads the same answer for that year.
        const chip = findChild(page, "year-2022");
        verify(chip);
        chip.clicked();
        compare(figures.year, 2022);
        compare(findChild(page, "funnelCard").title.indexOf("2022") >= 0, true);
    }

    function test_exportCsv() {
        const main = createTemporaryObject(mainComponent, tc);
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "coordinatorPage");
        const page = stack.currentItem;
        verify(page.model.csv().startsWith("id,value\n"));
        verify(page.model.csv().indexOf("case") < 0, "no case ids");
        verify(page.model.csv().indexOf("\ncohort.2022.started,5\n") > 0, page.model.csv());
        verify(page.model.csv().indexOf("\ncohort.2022.completed,under 5\n") > 0, page.model.csv());
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
        verify(message.text.indexOf(page.model.defaultExportPath("csv")) >= 0, message.text);
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

    // The per-year table at desktop and tablet size: every number and heading fits its column.
    function test_cohortTableFits_data() {
        return [{
                "tag": "desktop",
                "w": 1440,
                "h": 900
            }, {
                "tag": "tablet",
                "w": 1024,
                "h": 768
            }];
    }
    function test_cohortTableFits(data) {
        const main = createTemporaryObject(mainComponent, tc, {
                "width": data.w,
                "height": data.h
            });
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "coordinatorPage");
        const page = stack.currentItem;
        const card = findChild(page, "cohorts");
        verify(card.visible);
        waitForRendering(card);
        for (const name of ["cohortHeader", "cohort-2022"]) {
            const row = findChild(page, name);
            verify(row, name);
            verify(row.width <= card.width, name + " is wider than its card");
            for (let i = 0; i < row.children.length; ++i) {
                const cell = row.children[i];
                if (cell.text === undefined)
                    continue;
                verify(cell.width > 0 && cell.contentWidth <= cell.width + 0.5, name + ": '" + cell.text + "' does not fit (" + cell.contentWidth + " > " + cell.width + ")");
            }
        }
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
        // The demo: five apprentices, four helpers, one coordinator; the 23 apprentices of the
        // last three years and the adviser who followed them; everyone has an account.
        compare(directory.people.length, 10 + 24);
        verify(directory.people.every(p => p.hasAccount));
        verify(!findChild(page, "inviteCard").visible, "no invite made yet");

        page.currentTab = 3;
        verify(findChild(page, "careTeamsSection").visible);
        const emil = findChild(page, "team-case-emil");
        verify(emil, "a card for Emil's team");
        verify(emil.title.indexOf("Emil") >= 0, emil.title);
        compare(directory.cases.length, 5 + 23);
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

    // Someone who leaves: signing out every device of theirs asks first, and needs the server.
    function test_signingOutSomeonesDevicesAsksFirst() {
        const page = openPage();
        const directory = page.directory;
        tryVerify(() => directory.loaded);
        page.currentTab = 2;
        const button = findChild(page, "signOutDevices-p-emil");
        verify(button && button.visible, "a sign-out button for Emil, who has an account");
        verify(!findChild(page, "signOutDevices-p-hanne").visible, "none for Hanne herself");
        button.clicked();
        const dialog = findChild(page, "signOutDevicesDialog");
        tryVerify(() => dialog.opened);
        dialog.reject();
        tryVerify(() => !dialog.visible);
        compare(directory.lastError, "", "cancelled: nothing was asked");
        button.clicked();
        tryVerify(() => dialog.opened);
        dialog.accept();
        tryVerify(() => directory.lastError !== "", 5000, "the local demo has no server: said so");
        verify(!findChild(page, "signedOutNote").visible, "nothing was signed out");
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
