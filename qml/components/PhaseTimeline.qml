import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// The phases of my journey as my programme defines them (JourneyModel over Session.programme),
// top to bottom: done ones ticked, the current one highlighted, with the date each started and
// who is responsible in it.
ColumnLayout {
    id: timeline

    property var model
    // The current phase's handover checklist: items ticked or explained, and all items. Shown on
    // the current row so that a phone sees how far the handover is without scrolling to it.
    property int checklistSettled: 0
    property int checklistTotal: 0

    spacing: 0
    Layout.fillWidth: true

    Ui {
        id: ui
    }

    Repeater {
        id: rep
        model: timeline.model
        delegate: Item {
            id: row
            required property int index
            required property string phase
            required property string responsibleRole
            required property string responsibleOrgKind
            required property string responsibleName
            required property string started
            required property var model
            readonly property string phaseState: model.state
            readonly property bool current: phaseState === "current"
            readonly property bool done: phaseState === "done"
            readonly property bool skipped: phaseState === "skipped"

            Layout.fillWidth: true
            implicitHeight: Math.max(64, info.implicitHeight + 20)
            Accessible.role: Accessible.ListItem
            Accessible.name: ui.phaseName(phase) + ". " + (done ? qsTr("Done") : skipped ? qsTr("Skipped") : current ? qsTr("Now") : qsTr("Coming")) + ". " + respLabel.text + (current && progressLabel.visible ? ". " + progressLabel.text : "")

            // the line through the dots
            Rectangle {
                x: 19
                width: 2
                y: row.index === 0 ? 20 : 0
                height: row.index === rep.count - 1 ? 20 : row.height - y
                color: row.done || row.skipped ? ui.primary : ui.line
            }
            Rectangle {
                x: 20 - width / 2
                y: 20 - height / 2
                width: row.current ? 24 : 18
                height: width
                radius: width / 2
                color: row.done ? ui.primary : row.current ? ui.accent : ui.surface
                border.color: row.done ? ui.primary : row.current ? ui.accent : ui.line
                border.width: 2
                Label {
                    anchors.centerIn: parent
                    visible: row.done
                    text: "✓"
                    color: ui.textOnPrimary
                    font.pixelSize: ui.px(11)
                    font.bold: true
                }
            }
            Rectangle {
                anchors.fill: info
                anchors.margins: -8
                visible: row.current
                radius: 10
                color: ui.accentLight
            }
            ColumnLayout {
                id: info
                x: 48
                y: 8
                width: row.width - 56
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        objectName: "phaseName_" + row.phase
                        text: ui.phaseName(row.phase)
                        font.pixelSize: ui.px(16)
                        font.weight: row.current ? Font.Bold : Font.Normal
                        color: row.phaseState === "upcoming" ? ui.muted : ui.text
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: row.current ? qsTr("Now") : row.skipped ? qsTr("Skipped") : row.started !== "" ? ui.date(row.started) : ""
                        color: row.current ? ui.accent : ui.muted
                        font.weight: row.current ? Font.DemiBold : Font.Normal
                    }
                }
                Label {
                    id: respLabel
                    visible: text !== ""
                    text: {
                        if (row.responsibleOrgKind === "")
                            return "";
                        const who = row.responsibleName !== "" ? row.responsibleName : ui.roleName(row.responsibleRole);
                        return qsTr("Responsible: %1, %2").arg(who).arg(ui.orgKindName(row.responsibleOrgKind));
                    }
                    color: ui.muted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: row.current && row.started !== ""
                    text: qsTr("Since %1").arg(ui.longDate(row.started))
                    color: ui.muted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    id: progressLabel
                    objectName: "checklistProgress"
                    visible: row.current && timeline.checklistTotal > 0
                    text: qsTr("Checklist: %1 of %2 ticked or explained").arg(timeline.checklistSettled).arg(timeline.checklistTotal)
                    color: timeline.checklistSettled === timeline.checklistTotal ? ui.ok : ui.muted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
