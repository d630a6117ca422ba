import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro

// The early warning the apprentice approves (issue 25): when their check-ins have fallen for two
// weeks, or stopped, Bro asks them — and only them — whether to tell their adviser. Nothing is
// sent unless they say yes; "Not now" is as easy as yes, and neither is asked again for a while.
SectionCard {
    id: card
    objectName: "earlyWarningCard"

    // "falling" or "stopped" (CheckInsModel.earlyWarning).
    property string warning
    // The care team of the case: [{name, role, orgName}] (Session.team).
    property var team: []
    property bool sent: false
    property string sendError: ""

    signal tell
    signal notNow

    readonly property string adviserName: {
        for (let i = 0; i < team.length; ++i)
            if (team[i].role === "adviser")
                return team[i].name.split(" ")[0];
        return "";
    }
    readonly property string who: adviserName !== "" ? adviserName : qsTr("your adviser")

    // The message, in the apprentice's own words and language: it is their message.
    function messageText() {
        return adviserName !== "" ? qsTr("Hi %1. Things are heavy for me right now. Can you get in touch?").arg(adviserName) : qsTr("Things are heavy for me right now. Can someone get in touch?");
    }

    tint: ui.primaryLight
    title: warning === "stopped" ? qsTr("It has been a while since you checked in") : qsTr("The last two weeks look heavier")
    subtitle: warning === "stopped" ? qsTr("That is completely fine. Sometimes there is a lot going on.") : qsTr("Your check-ins have gone down lately. That happens, and it is good that you notice.")

    Ui {
        id: ui
    }
    Label {
        visible: !card.sent
        text: qsTr("Do you want to tell %1 that things are heavy right now? Nothing is sent unless you say yes.").arg(card.who)
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PrimaryButton {
        objectName: "earlyWarningTell"
        visible: !card.sent
        text: qsTr("Yes, tell %1").arg(card.who)
        Material.accent: ui.primary // calm green, not the warning orange
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        Accessible.name: qsTr("Yes, tell %1 that things are heavy right now").arg(card.who)
        onClicked: card.tell()
    }
    TextButton {
        objectName: "earlyWarningNotNow"
        visible: !card.sent
        text: qsTr("Not now")
        flat: true
        Layout.minimumHeight: ui.touch
        Accessible.name: qsTr("Not now. Nothing is sent.")
        onClicked: card.notNow()
    }
    Announcement {
        objectName: "earlyWarningSent"
        visible: card.sent
        text: qsTr("Your message is on its way to %1. You can read it under Messages.").arg(card.who)
        color: ui.ok
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Announcement {
        visible: card.sendError !== ""
        text: card.sendError
        color: ui.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
