import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The adviser's caseload (run with BRO_TEST_USER=per: Jonas, Ida and Mathias): one row each with
// its flags; sorting and filtering by flag change the rows; on a wide screen the chosen case is
// shown beside the list, on a phone it opens on its own page.
TestCase {
    id: tc
    name: "Caseload"
    when: windowShown
    visible: true
    width: 1280
    height: 900

    Component {
        id: pageComponent
        CasesPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: mainComponent
        Main {
        }
    }

    // The list makes the rows in sight when it next lays out (before the next frame): a test
    // that looks for rows right after a change lays it out first.
    function settle(page) {
        findChild(page, "caseList").forceLayout();
    }
    function names(page) {
        settle(page);
        const out = [];
        for (let i = 0; i < page.caseCount; ++i)
            out.push(findChild(page, "caseRow_" + i).apprenticeName);
        return out;
    }
    function sortBy(page, key) {
        const box = findChild(page, "sortBox");
        box.currentIndex = page.sortKeys.indexOf(key);
        box.activated(box.currentIndex);
    }
    // The chips scroll sideways in the list; the page's own handler is what is tested.
    function filterBy(page, key) {
        findChild(page, "filter_" + key).clicked();
    }
    function rowOf(page, name) {
        settle(page);
        for (let i = 0; i < page.caseCount; ++i) {
            const r = findChild(page, "caseRow_" + i);
            if (r.apprenticeName === name)
                return r;
        }
        return null;
    }

    function test_rowsAndFlags() {
        compare(Session.role, "adviser");
        const page = createTemporaryObject(pageComponent, tc);
        tryCompare(page, "caseCount", Session.cases.length);
        compare(page.caseCount, 3);
        const jonas = rowOf(page, "Jonas Berg");
        verify(jonas, "Jonas is in Per's caseload");
        verify(jonas.talkAboutHealth, "Jonas's repeated absence is flagged");
        verify(jonas.flags.indexOf(page.flagName("talkAboutHealth")) >= 0, "the flag is shown on the row");
        verify(jonas.daysInPhase >= 0);
        compare(findChild(jonas, "lastCheckIn").visible, true);
    }

    // While an apprentice's share of check-ins waits for a parent's or guardian's yes the row says
    // so (the model's checkinsAwaitingGuardian; tst_app_caseload_model), not "not shared".
    function test_aShareWaitingForAGuardianSaysSo() {
        Session.language = "nb";
        const page = createTemporaryObject(pageComponent, tc);
        tryCompare(page, "caseCount", 3);
        const row = rowOf(page, "Mathias Strand");
        const line = findChild(row, "lastCheckIn");
        row.checkinsShared = false;
        compare(line.text, "innsjekker ikke delt");
        row.checkinsAwaitingGuardian = true;
        compare(line.text, "innsjekker delt, venter på ja fra en forelder eller verge");
        Session.language = "en";
        tryCompare(line, "text", "check-ins shared, waiting for a parent's or guardian's yes");
        Session.language = "";
    }

    function test_sortChangesRows() {
        const page = createTemporaryObject(pageComponent, tc);
        tryCompare(page, "caseCount", 3);
        sortBy(page, "name");
        compare(page.caseloadModel.sortBy, "name");
        compare(names(page), ["Ida Lunde", "Jonas Berg", "Mathias Strand"]);
        sortBy(page, "daysInPhase");
        compare(page.caseloadModel.sortBy, "daysInPhase");
        const m = page.caseloadModel;
        for (let i = 1; i < m.count; ++i)
            verify(m.get(i - 1).daysInPhase >= m.get(i).daysInPhase, "longest in phase first");
        sortBy(page, "flags");
        for (let i = 1; i < m.count; ++i)
            verify(m.get(i - 1).flagCount >= m.get(i).flagCount, "most flags first");
    }

    function test_filterByFlag() {
        const page = createTemporaryObject(pageComponent, tc);
        tryCompare(page, "caseCount", 3);
        waitForRendering(page); // the list's header is placed when it first lays out
        const chip = findChild(page, "filter_talkAboutHealth");
        mouseClick(chip); // second chip: in view
        compare(page.caseloadModel.flagFilter, "talkAboutHealth");
        verify(page.caseCount >= 1 && page.caseCount < 3, "only the flagged apprentices");
        // The chip says how many carry the flag: as many as the filter shows.
        compare(chip.flagged, page.caseCount);
        verify(chip.text.endsWith(" · " + page.caseCount), chip.text);
        verify(names(page).indexOf("Jonas Berg") >= 0);
        for (let i = 0; i < page.caseCount; ++i)
            verify(findChild(page, "caseRow_" + i).talkAboutHealth);
        filterBy(page, "consentWithdrawn");
        compare(findChild(page, "emptyCaseload").visible, page.caseCount === 0);
        mouseClick(findChild(page, "filter_all"));
        tryCompare(page, "caseCount", 3);
    }

    function test_listAndDetailWhenWide() {
        const page = createTemporaryObject(pageComponent, tc);
        tryCompare(page, "caseCount", 3);
        verify(page.wide);
        const jonas = rowOf(page, "Jonas Berg");
        mouseClick(jonas);
        compare(Session.caseId, jonas.caseId);
        const detail = findChild(page, "caseDetail");
        verify(detail.visible);
        compare(detail.caseId, jonas.caseId);
        tryVerify(() => findChild(detail, "healthPrompt").visible, 2000, "the health prompt beside the list");
    }

    function test_stackedOnPhone() {
        const main = createTemporaryObject(mainComponent, tc, {
                "width": 390,
                "height": 844
            });
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "casesPage");
        const page = stack.currentItem;
        verify(!page.wide);
        verify(!findChild(page, "caseDetail").visible, "no detail beside the list on a phone");
        mouseClick(findChild(page, "caseRow_0"));
        tryVerify(() => stack.currentItem.objectName === "casePage", 2000, "the case opens on its own page");
    }
}
