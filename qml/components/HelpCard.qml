import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro

// Shown right after a very low check-in (the rule: shared/domain/wellbeing.hpp). Calm, plain
// and never blaming: who the apprentice can talk to now, and one button that tells the care team
// in a message. Nothing is sent without that tap, and the card says so.
SectionCard {
    id: card
    objectName: "helpCard"

    // The care team of the case: [{name, role, orgName}] (Session.team).
    property var team: []
    property bool sent: false
    property string sendError: ""

    signal tellTeam
    signal dismissed

    readonly property var clinician: memberOf("clinician")
    readonly property var adviser: memberOf("adviser")

    function memberOf(role) {
        for (let i = 0; i < team.length; ++i)
            if (team[i].role === role)
                return team[i];
        return null;
    }
    function teamNames() {
        const names = [];
        if (clinician)
            names.push(clinician.name);
        if (adviser)
            names.push(adviser.name);
        return names.length === 2 ? qsTr("%1 and %2").arg(names[0]).arg(names[1]) : names.length === 1 ? names[0] : qsTr("your care team");
    }

    tint: ui.primaryLight
    title: qsTr("It sounds like today is heavy")
    subtitle: qsTr("Thank you for telling us. You don't have to carry it alone. Here is who you can talk to now.")

    Ui {
        id: ui
    }

    component Contact: ColumnLayout {
        property string who
        property string how
        spacing: 0
        Layout.fillWidth: true
        Layout.topMargin: 4
        Label {
            text: parent.who
            font.weight: Font.DemiBold
            color: ui.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: parent.how
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    Contact {
        objectName: "clinicianContact"
        visible: card.clinician !== null
        who: card.clinician ? qsTr("%1, your clinician at %2").arg(card.clinician.name).arg(card.clinician.orgName) : ""
        how: qsTr("Send a message under Messages in Bro.")
    }
    Contact {
        objectName: "adviserContact"
        visible: card.adviser !== null
        who: card.adviser ? qsTr("%1, your adviser at %2").arg(card.adviser.name).arg(card.adviser.orgName) : ""
        how: qsTr("Send a message under Messages in Bro.")
    }
    Label {
        visible: !card.sent
        Layout.topMargin: 8
        text: qsTr("Want someone from your team to get in touch? One tap sends %1 this message: “%2” Nothing is sent unless you tap.").arg(card.teamNames()).arg(card.messageText())
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PrimaryButton {
        objectName: "tellTeamButton"
        visible: !card.sent
        text: qsTr("Tell my team")
        Material.accent: ui.primary // calm green, not the warning orange
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        Accessible.name: qsTr("Tell my team that I am having a hard time")
        onClicked: card.tellTeam()
    }
    Announcement {
        objectName: "tellTeamSent"
        visible: card.sent
        text: qsTr("Your message is on its way to %1. They will get in touch. If it cannot wait, use the numbers below.").arg(card.teamNames())
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
    Label {
        text: qsTr("Other help, any time")
        font.weight: Font.DemiBold
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: 12
        Accessible.role: Accessible.Heading
    }
    Contact {
        who: qsTr("Your GP (fastlege)")
        how: qsTr("Call the GP's office on a weekday and ask for an appointment soon.")
    }
    Contact {
        who: qsTr("Out-of-hours service (legevakt): 116 117")
        how: qsTr("When the GP's office is closed and you need to talk to a doctor.")
    }
    Contact {
        who: qsTr("Mental Helse's helpline: 116 123")
        how: qsTr("Free, open day and night. You can be anonymous.")
    }
    Contact {
        who: qsTr("In an emergency: call 113")
        how: qsTr("If you or someone else is in danger right now.")
    }

    TextButton {
        objectName: "helpCardClose"
        text: card.sent ? qsTr("Close") : qsTr("Not now")
        flat: true
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onClicked: card.dismissed()
    }

    // The message, in the apprentice's own language: it is their message.
    function messageText() {
        return qsTr("I'm having a hard time. Can someone get in touch?");
    }
}
