import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Absence as a calendar strip: the last `weeks` weeks, one column a week (Monday at the top), one
// cell a day; absence about health filled in the accent colour with a dot (a shape, not only a
// colour), other absence grey. Below, the days per month from AbsenceModel.monthTotals. The text
// alternative says what a sighted adviser sees in it: how many days, the weekday that recurs, and
// whether it grows.
ColumnLayout {
    id: strip
    objectName: "absenceStrip"

    required property var absenceModel
    property int weeks: 12
    property int revision: 0

    // Monday of the week `weeks - 1` weeks before this one.
    readonly property string firstDay: {
        const t = ui.parseDate(ui.today());
        const back = (t.getDay() + 6) % 7;
        return ui.addDays(ui.today(), -back - 7 * (weeks - 1));
    }
    readonly property string lastDay: ui.today()
    // {"YYYY-MM-DD": "health" | "other"} for the days inside the strip.
    readonly property var dayKinds: {
        revision;
        const out = {};
        const m = strip.absenceModel;
        if (!m)
            return out;
        for (let i = 0; i < m.count; ++i) {
            const r = m.get(i);
            let d = r.from < firstDay ? firstDay : r.from;
            const to = r.to > lastDay ? lastDay : r.to;
            for (let n = 0; d <= to && n < 400; ++n) {
                if (r.healthRelated || out[d] === undefined)
                    out[d] = r.healthRelated ? "health" : "other";
                d = ui.addDays(d, 1);
            }
        }
        return out;
    }
    readonly property int stripDays: {
        let n = 0;
        for (const k in dayKinds)
            ++n;
        return n;
    }
    readonly property int stripHealthDays: {
        let n = 0;
        for (const k in dayKinds)
            if (dayKinds[k] === "health")
                ++n;
        return n;
    }
    // The months the strip touches, with their totals (oldest first).
    readonly property var months: {
        const first = firstDay.substr(0, 7);
        const all = absenceModel ? absenceModel.monthTotals : [];
        return all.filter(m => m.month >= first);
    }
    readonly property string summary: qsTr("Last %1 weeks: %n day(s) of absence", "", stripDays).arg(weeks) + ", " + qsTr("%n of them about health.", "", stripHealthDays)

    // The pattern in words (WCAG 1.1.1): the weekday that recurs, and the last four weeks against
    // the four before.
    readonly property string pattern: {
        if (stripDays === 0)
            return qsTr("No absence in these weeks.");
        const perWeekday = [0, 0, 0, 0, 0, 0, 0];
        let recent = 0, before = 0;
        const recentFrom = ui.addDays(lastDay, -27), beforeFrom = ui.addDays(lastDay, -55);
        for (const day in dayKinds) {
            perWeekday[ui.parseDate(day).getDay()]++;
            if (day >= recentFrom)
                ++recent;
            else if (day >= beforeFrom)
                ++before;
        }
        const parts = [];
        let top = 1;
        for (let i = 0; i < 7; ++i)
            if (perWeekday[i] > perWeekday[top])
                top = i;
        if (perWeekday[top] >= 3 && perWeekday[top] * 10 >= stripDays * 4)
            parts.push(qsTr("Most often on a %1 (%2 of %3 days).").arg(ui.locale.dayName(top, Locale.LongFormat)).arg(perWeekday[top]).arg(stripDays));
        if (weeks >= 8) {
            if (recent > before + 1)
                parts.push(qsTr("More in the last 4 weeks (%1 days) than in the 4 before (%2).").arg(recent).arg(before));
            else if (before > recent + 1)
                parts.push(qsTr("Less in the last 4 weeks (%1 days) than in the 4 before (%2).").arg(recent).arg(before));
            else
                parts.push(qsTr("About the same in the last 4 weeks (%1 days) as in the 4 before (%2).").arg(recent).arg(before));
        }
        return parts.join(" ");
    }

    spacing: 6
    Layout.fillWidth: true

    Ui {
        id: ui
    }
    Connections {
        target: strip.absenceModel
        function onModelReset() {
            strip.revision++;
        }
        function onRowsInserted() {
            strip.revision++;
        }
        function onRowsRemoved() {
            strip.revision++;
        }
        function onDataChanged() {
            strip.revision++;
        }
    }

    Item {
        id: grid
        readonly property real labelWidth: 18
        // From the strip's width, which its card sets, not from this item's own width, which the
        // layout sets from this height: that loop left the legend drawn over the weekend rows.
        readonly property real cell: Math.max(8, Math.min(30, (strip.width - labelWidth - 4 * (strip.weeks - 1)) / strip.weeks))
        Layout.fillWidth: true
        Layout.preferredHeight: monthRow.height + 2 + 7 * cell + 6 * 3
        Accessible.role: Accessible.Chart
        Accessible.name: strip.summary + " " + strip.pattern

        // The month a week begins in, above its first week.
        Row {
            id: monthRow
            x: grid.labelWidth
            spacing: 4
            height: 16
            Repeater {
                model: strip.weeks
                delegate: Label {
                    required property int index
                    readonly property string monday: ui.addDays(strip.firstDay, index * 7)
                    readonly property bool first: index === 0 || monday.substr(5, 2) !== ui.addDays(monday, -7).substr(5, 2)
                    width: grid.cell
                    text: first ? ui.parseDate(monday).toLocaleDateString(ui.locale, "MMM") : ""
                    color: ui.muted
                    font.pixelSize: ui.px(11)
                    clip: false
                }
            }
        }
        // Monday to Sunday, as the weekdays' first letters.
        Column {
            y: monthRow.height + 2
            spacing: 3
            Repeater {
                model: 7
                delegate: Label {
                    required property int index
                    width: grid.labelWidth
                    height: grid.cell
                    verticalAlignment: Text.AlignVCenter
                    text: index % 2 === 0 ? ui.locale.dayName((index + 1) % 7, Locale.NarrowFormat) : ""
                    color: ui.muted
                    font.pixelSize: ui.px(11)
                }
            }
        }
        Row {
            x: grid.labelWidth
            y: monthRow.height + 2
            spacing: 4
            Repeater {
                model: strip.weeks
                delegate: Column {
                    id: week
                    required property int index
                    spacing: 3
                    Repeater {
                        model: 7
                        delegate: Rectangle {
                            required property int index
                            readonly property string day: ui.addDays(strip.firstDay, week.index * 7 + index)
                            readonly property string kind: strip.dayKinds[day] || ""
                            readonly property bool future: day > strip.lastDay
                            width: grid.cell
                            height: grid.cell
                            radius: 3
                            visible: !future
                            color: kind === "health" ? ui.accent : kind === "other" ? ui.neutral : (index >= 5 ? ui.quiet : ui.primaryLight)
                            border.color: day === strip.lastDay ? ui.text : "transparent"
                            border.width: day === strip.lastDay ? 1 : 0
                            HealthDot {
                                visible: parent.kind === "health"
                            }
                        }
                    }
                }
            }
        }
    }

    Flow {
        spacing: 12
        Layout.fillWidth: true
        Repeater {
            model: [{
                    "color": ui.accent,
                    "dot": true,
                    "text": qsTr("about health")
                }, {
                    "color": ui.neutral,
                    "text": qsTr("other absence")
                }, {
                    "color": ui.primaryLight,
                    "text": qsTr("present")
                }]
            delegate: Row {
                required property var modelData
                spacing: 4
                Rectangle {
                    width: 12
                    height: 12
                    radius: 3
                    color: parent.modelData.color
                    anchors.verticalCenter: parent.verticalCenter
                    HealthDot {
                        visible: parent.parent.modelData.dot === true
                    }
                }
                Label {
                    text: parent.modelData.text
                    color: ui.muted
                    font.pixelSize: ui.px(12)
                }
            }
        }
    }

    // The dot that tells a day about health from other absence without its colour.
    component HealthDot: Rectangle {
        anchors.centerIn: parent
        width: Math.max(4, parent.width * 0.36)
        height: width
        radius: width / 2
        color: ui.surface
    }

    Label {
        objectName: "absenceSummary"
        text: strip.summary
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        objectName: "absencePattern"
        text: strip.pattern
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    GridLayout {
        objectName: "monthTotals"
        columns: 3
        columnSpacing: 16
        rowSpacing: 2
        Layout.fillWidth: true
        Repeater {
            model: strip.months
            delegate: Label {
                required property var modelData
                readonly property var d: ui.parseDate(modelData.month + "-01")
                text: qsTr("%1: %n day(s) (%2 about health)", "", modelData.days).arg(d ? d.toLocaleDateString(ui.locale, "MMM yyyy") : modelData.month).arg(modelData.healthDays)
                color: ui.muted
                font.pixelSize: ui.px(13)
                Layout.fillWidth: true
            }
        }
    }
}
