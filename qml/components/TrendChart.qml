import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import Bro

// A small line chart of one measure over the last `days` days, drawn with Qt Quick Shapes.
// points: [{date: "YYYY-MM-DD", value: n}] in date order.
ColumnLayout {
    id: chart

    property string title
    property var points: []
    property real minValue: 1
    property real maxValue: 5
    property int days: 28
    property string lowText
    property string highText
    property color lineColor: ui.primary

    readonly property string endDate: ui.today()
    readonly property string startDate: ui.addDays(endDate, -days)
    readonly property real average: {
        if (!points || points.length === 0)
            return 0;
        let s = 0;
        for (let i = 0; i < points.length; ++i)
            s += Number(points[i].value);
        return s / points.length;
    }
    readonly property var last: points && points.length > 0 ? points[points.length - 1] : null
    // The trend in words (WCAG 1.1.1): what a sighted person reads off the line, the later half
    // of the check-ins against the earlier, half a step either way counting as a change.
    readonly property string direction: {
        if (!points || points.length < 2)
            return "";
        const half = Math.floor(points.length / 2);
        let early = 0, late = 0;
        for (let i = 0; i < half; ++i)
            early += Number(points[i].value);
        for (let i = points.length - half; i < points.length; ++i)
            late += Number(points[i].value);
        const change = (late - early) / half;
        return change >= 0.5 ? "up" : change <= -0.5 ? "down" : "steady";
    }
    readonly property string directionText: direction === "up" ? qsTr("going up") : direction === "down" ? qsTr("going down") : direction === "steady" ? qsTr("about the same") : ""

    spacing: 2
    Layout.fillWidth: true
    Accessible.role: Accessible.Chart
    Accessible.name: points.length === 0 ? qsTr("%1: no check-ins in this period").arg(title) : qsTr("%1: %2 check-ins, average %3, last %4").arg(title).arg(points.length).arg(average.toLocaleString(ui.locale, 'f', 1)).arg(last.value) + (directionText !== "" ? ", " + directionText : "")

    Ui {
        id: ui
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: chart.title
            font.weight: Font.DemiBold
            color: ui.text
            Layout.fillWidth: true
        }
        Label {
            visible: chart.points.length > 0
            text: qsTr("average %1").arg(chart.average.toLocaleString(ui.locale, 'f', 1))
            color: ui.muted
            font.pixelSize: ui.px(13)
        }
    }

    Item {
        id: plot
        Layout.fillWidth: true
        Layout.preferredHeight: 84

        readonly property real x0: 22
        readonly property real x1: width - 6
        readonly property real y0: 6
        readonly property real y1: height - 6

        function xFor(date) {
            const d = ui.daysBetween(chart.startDate, date);
            return x0 + (x1 - x0) * Math.max(0, Math.min(1, d / Math.max(1, chart.days)));
        }
        function yFor(v) {
            const span = Math.max(1e-6, chart.maxValue - chart.minValue);
            return y1 - (y1 - y0) * (Number(v) - chart.minValue) / span;
        }

        // grid: min, middle, max
        Repeater {
            model: [chart.minValue, (chart.minValue + chart.maxValue) / 2, chart.maxValue]
            delegate: Item {
                required property var modelData
                Rectangle {
                    x: plot.x0
                    y: plot.yFor(parent.modelData)
                    width: plot.x1 - plot.x0
                    height: 1
                    color: ui.line
                }
                Label {
                    x: 0
                    y: plot.yFor(parent.modelData) - height / 2
                    width: plot.x0 - 4
                    horizontalAlignment: Text.AlignRight
                    text: Math.round(parent.modelData)
                    color: ui.muted
                    font.pixelSize: ui.px(10)
                }
            }
        }

        Shape {
            anchors.fill: parent
            visible: chart.points.length > 1
            layer.enabled: true
            layer.samples: 4
            ShapePath {
                strokeColor: chart.lineColor
                strokeWidth: 2.5
                fillColor: "transparent"
                joinStyle: ShapePath.RoundJoin
                capStyle: ShapePath.RoundCap
                PathPolyline {
                    path: {
                        const a = [];
                        for (let i = 0; i < chart.points.length; ++i)
                            a.push(Qt.point(plot.xFor(chart.points[i].date), plot.yFor(chart.points[i].value)));
                        return a;
                    }
                }
            }
        }
        Repeater {
            model: chart.points
            delegate: Rectangle {
                required property var modelData
                required property int index
                readonly property bool isLast: index === chart.points.length - 1
                width: isLast ? 9 : 5
                height: width
                radius: width / 2
                x: plot.xFor(modelData.date) - width / 2
                y: plot.yFor(modelData.value) - height / 2
                color: isLast ? ui.accent : chart.lineColor
            }
        }
        Label {
            anchors.centerIn: parent
            visible: chart.points.length === 0
            text: qsTr("No check-ins yet in this period")
            color: ui.muted
            padding: 4
            background: Rectangle {
                color: ui.surface
                radius: 4
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            text: ui.shortDate(chart.startDate)
            color: ui.muted
            font.pixelSize: ui.px(11)
            Layout.leftMargin: plot.x0
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("today")
            color: ui.muted
            font.pixelSize: ui.px(11)
        }
    }
}
