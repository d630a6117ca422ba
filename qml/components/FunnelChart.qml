import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// One year's way from referral to trade certificate, a bar per stage against the yearly target.
// A count the server did not show ("under 5", "hidden") gets an empty outlined bar with its
// words, never a length that would tell the number. stages: ProgrammeModel.funnel.
ColumnLayout {
    id: chart

    property var stages: []
    property int target: 0
    // The longest bar: the target, or the largest shown count when that is more.
    readonly property int scale: {
        let most = Math.max(1, target);
        for (let i = 0; i < stages.length; ++i)
            most = Math.max(most, stages[i].value);
        return most;
    }

    spacing: 6
    Layout.fillWidth: true
    Accessible.role: Accessible.Chart
    Accessible.name: {
        let parts = [];
        for (let i = 0; i < stages.length; ++i)
            parts.push(stageName(stages[i].stage) + " " + stages[i].text);
        return qsTr("From referral to trade certificate") + ": " + parts.join(", ") + (target > 0 ? ". " + qsTr("Target: %1 a year").arg(target) : "");
    }

    function stageName(stage) {
        return ui.funnelStageName(stage);
    }

    Ui {
        id: ui
    }

    Repeater {
        model: chart.stages
        delegate: RowLayout {
            id: stageRow
            required property var modelData
            objectName: "funnel-" + modelData.stage
            spacing: ui.gap
            Layout.fillWidth: true
            Label {
                text: chart.stageName(stageRow.modelData.stage)
                wrapMode: Text.Wrap
                Layout.preferredWidth: 190
                Layout.maximumWidth: 190
            }
            Item {
                id: track
                implicitHeight: 22
                Layout.fillWidth: true
                Rectangle {
                    readonly property bool shown: stageRow.modelData.value >= 0
                    width: shown ? Math.max(4, track.width * stageRow.modelData.value / chart.scale) : Math.min(track.width, 64)
                    height: parent.height
                    radius: 4
                    color: shown ? ui.primary : "transparent"
                    border.color: shown ? ui.primary : ui.muted
                    border.width: shown ? 0 : 1
                }
                // The target, where the first bar would reach it.
                Rectangle {
                    visible: chart.target > 0 && stageRow.modelData.stage === "referred"
                    x: track.width * chart.target / chart.scale - 1
                    width: 2
                    height: parent.height + 6
                    y: -3
                    color: ui.text
                }
            }
            Label {
                objectName: "funnelText-" + stageRow.modelData.stage
                text: stageRow.modelData.text
                font.bold: stageRow.modelData.value >= 0
                color: stageRow.modelData.value >= 0 ? ui.text : ui.muted
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 72
            }
        }
    }
    Label {
        visible: chart.target > 0
        text: qsTr("The line marks the target: %1 referred a year.").arg(chart.target)
        color: ui.muted
        font.pixelSize: ui.px(13)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
