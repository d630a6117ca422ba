import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A fresh invite code, large and spaced for reading aloud, with whom it is for and until when.
SectionCard {
    id: card

    required property DirectoryModel directory

    objectName: "inviteCard"
    visible: directory.inviteCode !== ""
    tint: ui.primaryLight
    title: qsTr("Invite code for %1").arg(directory.invitePersonName)
    Accessible.role: Accessible.Grouping
    Accessible.name: title + ": " + directory.inviteCode.split("").join(" ")

    Ui {
        id: ui
    }
    TextEdit {
        objectName: "inviteCode"
        text: card.directory.inviteCode
        readOnly: true
        selectByMouse: true
        font.family: "monospace"
        font.pixelSize: ui.px(34)
        font.bold: true
        font.letterSpacing: 3
        color: ui.primary
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Give the code to the person yourself, in person or by phone. It works once, until %1. They choose a username and password when they sign in with it.").arg(ui.dateTime(card.directory.inviteExpires))
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextButton {
        text: qsTr("Done, the code is passed on")
        flat: true
        Layout.minimumHeight: ui.touch
        onClicked: card.directory.clearInvite()
    }
}
