import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// How the apprentices' own answers changed over time: one bar per outcome point, from a zero
// line, for the mean change since the start (work ability) or the mean goal score (Goal
// Attainment Scaling). A mean with fewer than 5 answers behind it is not shown, and says so.
// points: ProgrammeModel.outcomes; measure: "workAbility" or "goalAttainment".
ColumnLayout {
    id: chart

    property var points: []
    property string measure: "workAbility"
    property string title
    property real range: measure === "workAbility" ? 10 : 2 // the longest bar either way

    spacing: 6
    Layout.fillWidth: true
    Accessible.role: Accessible.Chart
    Accessible.name: {
        let parts = [];
        for (let i = 0; i < points.length; ++i)
            parts.push(pointName(points[i].point) + " " + valueText(points[i][measure]));
        return title + ": " + parts.join(", ");
    }

    function pointName(point) {
        switch (point) {
        case "stay_end":
            return qsTr("End of the stay");
        case "month_3":
            return qsTr("After 3 months");
        case "month_6":
            return qsTr("After 6 months");
        case "month_12":
            return qsTr("After 12 months");
        }
        return point;
    }
    function valueText(m) {
        if (!m || !m.shown)
            return qsTr("under 5 answers");
        const v = m.value.toLocaleString(ui.locale, 'f', 1);
        return qsTr("%1 (%2 answers)").arg(m.value > 0 ? "+" + v : v).arg(m.n);
    }

    Ui {
        id: ui
    }

    Label {
        text: chart.title
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: chart.points
        delegate: RowLayout {
            id: pointRow
            required property var modelData
            readonly property var m: modelData[chart.measure]
            objectName: "outcome-" + chart.measure + "-" + modelData.point
            spacing: ui.gap
            Layout.fillWidth: true
            Label {
                text: chart.pointName(pointRow.modelData.point)
                Layout.preferredWidth: 150
            }
            Item {
                id: track
                implicitHeight: 20
                Layout.fillWidth: true
                Rectangle { // the zero line
                    x: track.width / 2
                    width: 1
                    height: parent.height
                    color: ui.line
                }
                Rectangle {
                    visible: pointRow.m.shown
                    readonly property real w: track.width / 2 * Math.min(1, Math.abs(pointRow.m.value) / chart.range)
                    x: pointRow.m.value >= 0 ? track.width / 2 : track.width / 2 - w
                    width: Math.max(2, w)
                    height: parent.height
                    radius: 3
                    color: pointRow.m.value >= 0 ? ui.primary : ui.accent
                }
            }
            Label {
                text: chart.valueText(pointRow.m)
                color: pointRow.m.shown ? ui.text : ui.muted
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 150
            }
        }
    }
}
