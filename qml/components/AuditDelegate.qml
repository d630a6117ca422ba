import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// One audit event, told as a sentence: who, from which organisation and device, did what, when.
ColumnLayout {
    id: row

    required property string at
    required property string actorName
    required property string actorRole
    required property string orgName
    required property string deviceName
    required property string action
    required property string category
    required property int count

    readonly property string sentence: {
        const who = actorName !== "" ? actorName + " (" + orgName + ")" : orgName;
        const what = ui.categoryName(category).toLowerCase();
        switch (action) {
        case "received":
            return qsTr("%1 received %2 (%3) on the device “%4”.").arg(who).arg(what).arg(count).arg(deviceName);
        case "wrote":
            return qsTr("%1 wrote to your %2 from the device “%3”.").arg(who).arg(what).arg(deviceName);
        case "joined_team":
            return qsTr("%1 joined the team around you, added by the programme coordinator.").arg(who);
        case "left_team":
            return qsTr("%1 left the team around you. Their devices no longer get your data.").arg(who);
        case "left_team_purged":
            return qsTr("What %1 had of your case was deleted from the device “%2”, because they left the team.").arg(who).arg(deviceName);
        case "signed_in":
            return qsTr("You signed in on the device “%1”.").arg(deviceName);
        case "sign_in_failed":
            return qsTr("A sign-in as you with %1 did not go through. If it was not you, tell your adviser.").arg(deviceName);
        case "signed_out":
            return qsTr("The device “%1” was signed out. It deletes what it had of your case the next time it connects.").arg(deviceName);
        case "all_devices_signed_out":
            return qsTr("%1 signed out all your devices (%2). They delete what they had of your case the next time they connect.").arg(who).arg(count);
        case "phase_moved":
            return qsTr("%1 changed the steps of the programme. Your journey moved on to the nearest step that is still there. Nothing about you was deleted.").arg(actorName);
        case "purged":
            return qsTr("Your %1 (%2) were removed from the device “%3” at %4, because you stopped sharing.").arg(what).arg(count).arg(deviceName).arg(orgName);
        }
        return who + ": " + action + " " + what;
    }

    Layout.fillWidth: true
    spacing: 2
    Accessible.role: Accessible.ListItem
    Accessible.name: ui.dateTime(at) + ". " + sentence

    Ui {
        id: ui
    }
    Rectangle {
        Layout.fillWidth: true
        height: 1
        color: ui.line
    }
    Label {
        text: ui.dateTime(row.at)
        color: ui.muted
        font.pixelSize: ui.px(13)
        Layout.topMargin: 6
    }
    Label {
        text: row.sentence
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.bottomMargin: 6
    }
}
