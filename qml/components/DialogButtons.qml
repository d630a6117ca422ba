import QtQuick
import QtQuick.Controls
import Bro

// The buttons of a confirming dialog, with our own words (so they are translated with the app).
DialogButtonBox {
    id: box

    property string acceptText: qsTr("Confirm")
    property string rejectText: qsTr("Cancel")
    property bool acceptEnabled: true
    property bool destructive: false

    Ui {
        id: ui
    }

    TextButton {
        objectName: "rejectButton"
        text: box.rejectText
        flat: true
        DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        Accessible.name: text
    }
    PrimaryButton {
        objectName: "acceptButton"
        text: box.acceptText
        enabled: box.acceptEnabled
        DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        Accessible.name: text
    }
}
