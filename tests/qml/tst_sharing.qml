import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Sharing: a switch per category and organisation; flipping one asks first, and only a
// confirmed change is stored. Cancelling changes nothing. History and preview load.
TestCase {
    id: tc
    name: "Sharing"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: stackComponent
        StackView {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: sharingComponent
        SharingPage {
        }
    }
    Component {
        id: previewComponent
        SharingPreviewPage {
        }
    }
    ConsentModel {
        id: stored
        caseId: Session.caseId
    }
    Component {
        id: delegateComponent
        ConsentDelegate {
            width: 360
        }
    }

    function cleanup() {
        Session.language = "";
    }

    function open() {
        const stack = createTemporaryObject(stackComponent, tc);
        const page = stack.push(sharingComponent, {}, StackView.Immediate);
        wait(100);
        return page;
    }
    // Scrolls the page so that `item` is on screen, as a person would.
    function reveal(page, item) {
        const f = page.flickable;
        const y = item.mapToItem(f.contentItem, 0, 0).y;
        f.contentY = Math.max(0, Math.min(y - 200, f.contentHeight - f.height));
        wait(50);
        return item;
    }
    function flip(page, kind, category) {
        mouseClick(reveal(page, findChild(page, "consentSwitch_" + kind + "_" + category)));
    }
    function storedActive(kind, category) {
        for (let i = 0; i < stored.count; ++i) {
            const r = stored.get(i);
            if (r.orgKind === kind && r.category === category)
                return r.active;
        }
        return undefined;
    }

    function test_switchesForBothServices() {
        const page = open();
        for (const kind of ["training_office", "clinic"])
            for (const c of ["goals", "checkins", "absence", "notes", "journey"])
                verify(findChild(page, "consentSwitch_" + kind + "_" + c), kind + " " + c);
    }

    function test_flipNeedsConfirmation_data() {
        return [{
                "tag": "training office check-ins",
                "kind": "training_office",
                "category": "checkins"
            }, {
                "tag": "clinic absence",
                "kind": "clinic",
                "category": "absence"
            }];
    }
    function test_flipNeedsConfirmation(data) {
        const page = open();
        const sw = findChild(page, "consentSwitch_" + data.kind + "_" + data.category);
        verify(sw);
        reveal(page, sw);
        const before = sw.checked;
        compare(storedActive(data.kind, data.category), before);

        // Cancel: nothing changes.
        const p = sw.mapToItem(null, sw.width / 2, sw.height / 2);
        verify(p.y > 0 && p.y < tc.height, "the switch is on screen: " + p.y);
        mouseClick(sw);
        const dialog = page.confirmDialog;
        tryCompare(dialog, "opened", true);
        compare(dialog.grant, !before);
        compare(sw.checked, before, "the switch waits for the answer");
        mouseClick(findChild(dialog.footer, "rejectButton")); // the "Cancel" button itself
        tryCompare(dialog, "visible", false);
        compare(sw.checked, before);
        compare(storedActive(data.kind, data.category), before);

        // Confirm: the change is stored and the switch follows.
        mouseClick(sw);
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog.footer, "acceptButton")); // the "Share"/"Stop sharing" button
        tryCompare(dialog, "visible", false);
        tryCompare(sw, "checked", !before);
        tryCompare(stored, "count", stored.count); // settle
        tryVerify(() => storedActive(data.kind, data.category) === !before, 2000, "stored");

        // And back again.
        mouseClick(sw);
        tryCompare(dialog, "opened", true);
        compare(dialog.grant, before);
        dialog.accept();
        tryCompare(sw, "checked", before);
        tryVerify(() => storedActive(data.kind, data.category) === before, 2000, "stored back");
    }

    // Being counted in the programme's figures (issue 24): a switch of its own, asked first like
    // every share, with the versioned text and no end date; the answer is stored.
    function test_beingCountedAsksFirst() {
        const page = open();
        const card = findChild(page, "countedCard");
        verify(card && card.visible);
        const sw = findChild(page, "countedSwitch");
        reveal(page, sw);
        const before = stored.counted;
        compare(sw.checked, before);
        mouseClick(sw);
        const dialog = page.confirmDialog;
        tryCompare(dialog, "opened", true);
        compare(dialog.category, "statistics");
        compare(dialog.grant, !before);
        compare(sw.checked, before, "the switch waits for the answer");
        dialog.accept();
        tryCompare(dialog, "visible", false);
        tryCompare(stored, "counted", !before);
        tryCompare(sw, "checked", !before);
        // The other way: a yes shows what is counted and that under 5 is never shown, and asks
        // for no end date.
        mouseClick(sw);
        tryCompare(dialog, "opened", true);
        const explanation = findChild(dialog, "consentExplanation");
        if (dialog.grant) {
            verify(explanation.text.indexOf("under 5") >= 0, explanation.text);
            verify(explanation.text.indexOf("Ingen ser navnet ditt") >= 0, explanation.text);
        }
        dialog.accept();
        tryCompare(stored, "counted", before);
        compare(sw.checked, before);
    }

    function test_grantDefaultsToAnEndDate() {
        const page = open();
        // find a category the training office does not see now, grant it, and check the date
        let category = "";
        for (const c of ["goals", "checkins", "absence", "notes", "journey"])
            if (!findChild(page, "consentSwitch_training_office_" + c).checked)
                category = c;
        if (category === "") {
            flip(page, "training_office", "notes");
            tryCompare(page.confirmDialog, "opened", true);
            page.confirmDialog.accept();
            category = "notes";
            tryCompare(findChild(page, "consentSwitch_training_office_notes"), "checked", false);
        }
        flip(page, "training_office", category);
        tryCompare(page.confirmDialog, "opened", true);
        page.confirmDialog.accept();
        tryCompare(findChild(page, "consentSwitch_training_office_" + category), "checked", true);
        let until = "";
        for (let i = 0; i < stored.count; ++i) {
            const r = stored.get(i);
            if (r.orgKind === "training_office" && r.category === category)
                until = r.until;
        }
        compare(until, page.defaultUntil, "a consent lasts until a date by default");
    }

    function test_previewLoads() {
        const stack = createTemporaryObject(stackComponent, tc);
        const page = stack.push(previewComponent, {
                "orgKind": "clinic"
            }, StackView.Immediate);
        wait(100);
        verify(page);
        compare(page.objectName, "sharingPreviewPage");
        page.orgKind = "training_office";
        verify(page.grantedCategories !== undefined);
    }

    // "See what they see" while a share waits for a guardian's yes: the training office does not
    // see Emil's absence yet, and the page says that it is shared and waits — not "not shared".
    function test_previewSaysWhatWaitsForAGuardian() {
        Session.language = "nb";
        const stack = createTemporaryObject(stackComponent, tc);
        const page = stack.push(previewComponent, {
                "orgKind": "training_office"
            }, StackView.Immediate);
        const rows = findChild(page, "consentRows");
        tryVerify(() => rows.count > 0);
        let absence = null;
        for (let i = 0; i < rows.count; ++i) {
            const r = rows.itemAt(i);
            if (r.orgKind === "training_office" && r.category === "absence")
                absence = r;
        }
        verify(absence && absence.active, "Emil shares his absence with the training office");
        verify(page.shared("absence"));
        const label = findChild(page, "notShared_absence");
        verify(!label.visible);
        absence.awaitingGuardian = true;
        verify(!page.shared("absence"), "nothing is seen before the guardian's yes");
        verify(label.visible);
        verify(label.text.indexOf("venter på ja fra en forelder eller verge") >= 0, label.text);
        verify(label.text.indexOf("Ikke delt") < 0, label.text);
        compare(label.font.italic, false);
        // What he does not share still says so.
        verify(findChild(page, "notShared_checkins").text.indexOf("Ikke delt") === 0);
        Session.language = "en";
        tryVerify(() => label.text.indexOf("waiting for a parent's or guardian's yes") >= 0, 2000, label.text);
    }

    // The age rule (issue 12): under the age limit, without a guardian's yes recorded, the page
    // says once, calmly, why shares of check-ins, absence and notes have not started; each such
    // switch says "Waiting". Bokmål by default, English too.
    function test_healthSharesWaitForAGuardian() {
        Session.language = "nb";
        const page = open();
        const card = findChild(page, "guardianCard");
        verify(card);
        verify(!card.visible, "nothing about age when no guardian is needed");
        page.guardianNeededUntil = "2030-03-01";
        verify(card.visible);
        const text = findChild(page, "guardianText");
        verify(text.text.indexOf("forelder eller verge") >= 0, text.text);
        verify(text.text.indexOf("helsen din") >= 0, text.text);
        // The limit comes from the C++ side (bro::default_guardian_age_limit), never from QML.
        compare(page.guardianAgeLimit, page.consentModel.guardianAgeLimit);
        compare(page.guardianAgeLimit, 16);
        verify(text.text.indexOf("under 16") >= 0, text.text);
        const next = findChild(page, "guardianNext");
        verify(next.text.indexOf("2030") >= 0, next.text);
        verify(next.text.indexOf("koordinatoren") >= 0, next.text);
        Session.language = "en";
        tryVerify(() => findChild(page, "guardianText").text.indexOf("parent or guardian") >= 0, 2000, "English");

        const row = createTemporaryObject(delegateComponent, tc, {
                "orgId": "org-cl",
                "orgName": "Klinikken",
                "orgKind": "clinic",
                "category": "checkins",
                "granted": true,
                "until": "",
                "active": true,
                "awaitingGuardian": true
            });
        verify(row);
        const waiting = findChild(row, "guardianWaiting_clinic_checkins");
        verify(waiting && waiting.visible);
        verify(waiting.text.indexOf("parent or guardian") >= 0, waiting.text);
        Session.language = "nb";
        tryVerify(() => findChild(row, "guardianWaiting_clinic_checkins").text.indexOf("forelder eller verge") >= 0, 2000, "bokmål");
        row.awaitingGuardian = false;
        verify(!findChild(row, "guardianWaiting_clinic_checkins"), "no note once it is in effect");
    }
}
