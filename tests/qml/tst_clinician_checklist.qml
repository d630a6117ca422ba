import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The clinician (run as ingrid; the stay is hers) keeps the checklist in the whole app window on
// a tablet: every item stays inside its card, and a tap on the box or on the text ticks the item
// in her name.
TestCase {
    id: tc
    name: "ClinicianChecklist"
    when: windowShown
    visible: true

    Component {
        id: mainComponent
        Main {
        }
    }

    function openJourney(width, height) {
        const win = createTemporaryObject(mainComponent, tc);
        verify(win);
        win.width = width;
        win.height = height;
        wait(100);
        verify(win.showPage("journey"));
        const page = findChild(win.contentItem, "stack").currentItem;
        compare(page.objectName, "journeyPage");
        tryVerify(() => page.canEdit, 2000, "the stay's checklist is the clinician's to keep");
        wait(200);
        return page;
    }

    function test_itemsStayInsideTheCard_data() {
        return [{
                "tag": "phone",
                "width": 390,
                "height": 844
            }, {
                "tag": "tablet",
                "width": 1024,
                "height": 1300
            }];
    }
    // Each item's parts (box, text, explanation field) lie within the card, item below item.
    function test_itemsStayInsideTheCard(data) {
        const page = openJourney(data.width, data.height);
        const card = findChild(page, "checklistCard");
        const items = page.journeyModel.checklist;
        verify(items.length > 0);
        let bottom = 0;
        for (const it of items) {
            let top = card.height;
            for (const name of ["tick_", "tickText_", "explain_"]) {
                const part = findChild(card, name + it.itemId);
                if (!part || !part.visible)
                    continue;
                const r = part.mapToItem(card, 0, 0);
                verify(r.y + part.height <= card.height, name + it.itemId + " inside the card: " + (r.y + part.height) + " > " + card.height);
                verify(part.height < 120, name + it.itemId + " is a line or two, not a word a line: " + part.height);
                top = Math.min(top, r.y);
                bottom = Math.max(bottom, r.y + part.height);
            }
            verify(top < card.height, it.itemId + " is shown");
        }
        verify(bottom > 0);
    }

    function test_tapOnTheTextTicksInMyName() {
        const page = openJourney(1024, 1300);
        const journey = page.journeyModel;
        const open = journey.checklist.find(it => !it.done);
        verify(open, "the demo leaves an item open");
        mouseClick(findChild(page, "tickText_" + open.itemId));
        tryVerify(() => journey.checklist.find(it => it.itemId === open.itemId).done, 2000);
        const ticked = journey.checklist.find(it => it.itemId === open.itemId);
        compare(ticked.byName, "Ingrid Solberg");
        const who = findChild(page, "tickedBy_" + open.itemId);
        tryVerify(() => who.visible);
        verify(who.text.indexOf("Ingrid Solberg") >= 0, who.text);
        // And the box unticks it again.
        mouseClick(findChild(page, "tick_" + open.itemId));
        tryVerify(() => !journey.checklist.find(it => it.itemId === open.itemId).done, 2000);
    }
}
