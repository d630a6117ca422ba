import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// One absence in my list.
ColumnLayout {
    id: row

    required property string from
    required property string to
    required property string kind
    required property bool healthRelated
    required property string note
    required property int days

    Layout.fillWidth: true
    spacing: 2
    Accessible.role: Accessible.ListItem
    Accessible.name: ui.range(from, to) + ", " + ui.absenceKindName(kind) + ", " + qsTr("%n day(s)", "", days) + (healthRelated ? ", " + qsTr("about health") : "")

    Ui {
        id: ui
    }

    Rectangle {
        Layout.fillWidth: true
        height: 1
        color: ui.line
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 6
        Label {
            text: ui.range(row.from, row.to)
            font.pixelSize: ui.px(16)
            font.weight: Font.DemiBold
            color: ui.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("%n day(s)", "", row.days)
            color: ui.muted
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Label {
            text: ui.absenceKindName(row.kind)
            color: ui.text
        }
        Rectangle {
            visible: row.healthRelated
            implicitWidth: h.implicitWidth + 14
            implicitHeight: h.implicitHeight + 4
            radius: height / 2
            color: ui.accentLight
            Label {
                id: h
                anchors.centerIn: parent
                text: qsTr("about health")
                font.pixelSize: ui.px(12)
                color: ui.accent
            }
        }
    }
    Label {
        visible: row.note !== ""
        text: row.note
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.bottomMargin: 6
    }
}
