import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// One category for one organisation: a switch and what it means in plain words.
// (A Column, not a ColumnLayout: wrapped text in nested layouts settles late and overlaps.)
Column {
    id: row

    required property string orgId
    required property string orgName
    required property string orgKind
    required property string category
    required property bool granted
    required property string until
    required property bool active
    // Shared, but not in effect yet: a health category of an apprentice under the age limit
    // whose guardian has not agreed yet (issue 12; ConsentModel.awaitingGuardian).
    required property bool awaitingGuardian
    property bool canEdit: true
    readonly property bool lapsed: granted && !active

    signal changeRequested(bool grant)

    Layout.fillWidth: true
    spacing: 2

    Ui {
        id: ui
    }

    Rectangle {
        width: parent.width
        height: 1
        color: ui.line
    }
    Item {
        width: parent.width
        height: Math.max(ui.touch + 4, title.implicitHeight + 8)
        Label {
            id: title
            anchors.left: parent.left
            anchors.right: stateLabel.left
            anchors.rightMargin: 8
            anchors.verticalCenter: parent.verticalCenter
            text: ui.categoryName(row.category)
            font.pixelSize: ui.px(16)
            font.weight: Font.DemiBold
            color: ui.text
            wrapMode: Text.Wrap
        }
        Label {
            id: stateLabel
            anchors.right: toggle.left
            anchors.verticalCenter: parent.verticalCenter
            text: row.awaitingGuardian ? qsTr("Waiting") : row.active ? qsTr("Shared") : row.lapsed ? qsTr("Expired") : qsTr("Not shared")
            color: row.active && !row.awaitingGuardian ? ui.primary : ui.muted
            font.pixelSize: ui.px(13)
        }
        Switch {
            Accessible.onPressAction: { toggle(); toggled(); clicked(); }
            id: toggle
            objectName: row.visible ? "consentSwitch_" + row.orgKind + "_" + row.category : ""
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            height: ui.touch
            checkable: false        // the change happens only after the dialog is confirmed
            checked: row.active
            enabled: row.canEdit
            Accessible.name: qsTr("Share %1 with %2").arg(ui.categoryName(row.category)).arg(row.orgName)
            Accessible.checkable: true
            Accessible.checked: row.active
            onClicked: row.changeRequested(!row.active)
        }
    }
    Label {
        width: parent.width
        text: ui.categorySentence(row.category)
        color: row.active ? ui.text : ui.muted
        wrapMode: Text.Wrap
    }
    Label {
        objectName: row.visible && row.awaitingGuardian ? "guardianWaiting_" + row.orgKind + "_" + row.category : ""
        width: parent.width
        visible: row.awaitingGuardian
        text: qsTr("Not started yet. Because of your age, a parent or guardian also has to say yes first. Nothing is sent before that.")
        color: ui.text
        font.pixelSize: ui.px(13)
        wrapMode: Text.Wrap
    }
    Label {
        width: parent.width
        visible: row.granted
        text: row.lapsed ? qsTr("Ended by itself on %1. Turn it on to share again.").arg(ui.date(row.until)) : row.until !== "" ? qsTr("Until %1, then it stops by itself.").arg(ui.date(row.until)) : qsTr("Until you turn it off.")
        color: ui.muted
        font.pixelSize: ui.px(13)
        wrapMode: Text.Wrap
    }
    Item {
        width: 1
        height: 6
    }
}
