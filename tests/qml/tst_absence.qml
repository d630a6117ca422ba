import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Absence: record one (from–to, kind, health, note) and see it in my list.
TestCase {
    id: tc
    name: "Absence"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: pageComponent
        AbsencePage {
            width: tc.width
            height: tc.height
        }
    }
    AbsenceModel {
        id: stored
        caseId: Session.caseId
    }
    Ui {
        id: ui
    }

    function indexOfNote(note) {
        for (let i = 0; i < stored.count; ++i)
            if (stored.get(i).note === note)
                return i;
        return -1;
    }

    function test_listLoads() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        verify(page);
        tryVerify(() => page.absenceCount > 0, 2000, "the demo absences are listed");
    }

    function test_recordAbsence() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        const before = stored.count;
        const from = ui.addDays(ui.today(), -2);
        findChild(page, "fromField").date = from;
        findChild(page, "toField").date = ui.today();
        mouseClick(findChild(page, "kind_appointment"));
        compare(page.kind, "appointment");
        const health = findChild(page, "healthSwitch");
        if (!health.checked)
            mouseClick(health);
        verify(health.checked);
        findChild(page, "absenceNote").text = "Time hos fysioterapeut";
        mouseClick(findChild(page, "saveAbsenceButton"));
        tryCompare(stored, "count", before + 1);
        tryCompare(page, "absenceCount", before + 1);
        const i = indexOfNote("Time hos fysioterapeut");
        verify(i >= 0);
        const row = stored.get(i);
        compare(row.from, from);
        compare(row.to, ui.today());
        compare(row.kind, "appointment");
        compare(row.healthRelated, true);
        compare(row.days, 3);
    }
}
