import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The shared pieces on their own: the trend chart, the scale, the date field, the sync indicator.
TestCase {
    id: tc
    name: "Components"
    when: windowShown
    visible: true
    width: 390
    height: 1200

    Ui {
        id: ui
    }
    Component {
        id: chartComponent
        TrendChart {
            width: 300
            title: "Mood"
        }
    }
    Component {
        id: scaleComponent
        ScaleSelector {
            objectName: "s"
            width: 360
            label: "Mood"
            words: ["a", "b", "c", "d", "e"]
        }
    }
    Component {
        id: dateComponent
        DateField {
            label: "From"
        }
    }
    Component {
        id: syncComponent
        SyncIndicator {
        }
    }

    function test_chartAverageAndEmpty() {
        const empty = createTemporaryObject(chartComponent, tc, {
                "points": []
            });
        compare(empty.average, 0);
        verify(empty.Accessible.name.length > 0);
        const chart = createTemporaryObject(chartComponent, tc, {
                "points": [{
                        "date": ui.addDays(ui.today(), -3),
                        "value": 2
                    }, {
                        "date": ui.addDays(ui.today(), -1),
                        "value": 4
                    }]
            });
        compare(chart.average, 3);
        compare(chart.last.value, 4);
        // The trend in words for a screen reader.
        compare(chart.direction, "up");
        verify(chart.Accessible.name.endsWith(", " + chart.directionText), chart.Accessible.name);
        chart.points = [{"date": ui.addDays(ui.today(), -3), "value": 4}, {"date": ui.addDays(ui.today(), -2), "value": 4}, {"date": ui.addDays(ui.today(), -1), "value": 2}];
        compare(chart.direction, "down");
        chart.points = [{"date": ui.addDays(ui.today(), -2), "value": 3}, {"date": ui.addDays(ui.today(), -1), "value": 3}];
        compare(chart.direction, "steady");
        compare(empty.direction, "");
    }

    function test_scalePicks() {
        const scale = createTemporaryObject(scaleComponent, tc);
        wait(100);
        const spy = createTemporaryObject(spyComponent, tc, {
                "target": scale
            });
        mouseClick(findChild(scale, "s_2"));
        compare(scale.value, 2);
        compare(spy.count, 1);
        verify(findChild(scale, "s_5").height >= 48, "touch target at least 48");
    }
    Component {
        id: spyComponent
        SignalSpy {
            signalName: "picked"
        }
    }

    function test_dates() {
        compare(ui.addDays("2026-02-27", 2), "2026-03-01");
        compare(ui.addMonths("2026-11-24", 3), "2027-02-24");
        compare(ui.daysBetween("2026-11-01", "2026-11-24"), 23);
        const field = createTemporaryObject(dateComponent, tc);
        wait(100);
        compare(field.date, ui.today());
        verify(field.height >= 48);
    }

    function test_datePickerPicksADay() {
        const field = createTemporaryObject(dateComponent, tc, { date: "2026-11-24" });
        wait(50);
        mouseClick(field);
        tryCompare(field.popup, "opened", true);
        compare(field.grid.month, 10);
        compare(field.grid.year, 2026);
        wait(100);
        // tap the 10th: find the day label in the grid
        let day = null;
        for (let i = 0; i < field.grid.contentItem.children.length; ++i) {
            const c = field.grid.contentItem.children[i];
            if (c.iso === "2026-11-10")
                day = c;
        }
        verify(day, "the 10th is in the grid");
        mouseClick(day);
        compare(field.date, "2026-11-10");
        tryCompare(field.popup, "visible", false);
    }

    function test_syncIndicatorSaysSomething() {
        const s = createTemporaryObject(syncComponent, tc);
        wait(100);
        verify(s.text !== "");
        verify(s.Accessible.name.indexOf(s.text) >= 0);
    }

    // The absence strip says its pattern in words (issue 27): the weekday that recurs and whether
    // it grows, what a sighted adviser reads from the colours.
    Component {
        id: absenceComponent
        AbsenceStrip {
            width: 360
            weeks: 12
        }
    }
    ListModel {
        id: absences
        property var monthTotals: []
    }
    function test_absenceStripSaysItsPattern() {
        absences.clear();
        // The four Mondays of the last four weeks about health, one other day eight weeks ago.
        const today = ui.parseDate(ui.today());
        const lastMonday = ui.addDays(ui.today(), -((today.getDay() + 6) % 7));
        for (let w = 0; w < 4; ++w) {
            const d = ui.addDays(lastMonday, -7 * w);
            absences.append({"from": d, "to": d, "healthRelated": true});
        }
        const old = ui.addDays(ui.today(), -50);
        absences.append({"from": old, "to": old, "healthRelated": false});
        const strip = createTemporaryObject(absenceComponent, tc, {"absenceModel": absences});
        verify(strip);
        compare(strip.stripDays, 5);
        compare(strip.stripHealthDays, 4);
        const monday = ui.locale.dayName(1, Locale.LongFormat);
        verify(strip.pattern.indexOf(monday) >= 0, strip.pattern);
        verify(strip.pattern.indexOf("4") >= 0 && strip.pattern.indexOf("5") >= 0, strip.pattern);
        verify(findChild(strip, "absencePattern").text === strip.pattern);
        // Rising: four days in the last four weeks against one in the four before.
        verify(/(More|Mer|mer)/.test(strip.pattern), strip.pattern);

        absences.clear();
        tryVerify(() => strip.stripDays === 0);
        verify(strip.pattern.length > 0, "no absence is said too");
        verify(strip.pattern.indexOf(monday) < 0);
    }
}
