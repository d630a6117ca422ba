import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// The PIN lock over the whole window (issue 21): asks for the PIN at start and after a while in
// the background, or has the person choose one after a national sign-in (and from Settings).
// Opaque, so that nothing of the person's data shows behind it; the keyboard and a screen reader
// find the PIN field first.
Rectangle {
    id: root
    objectName: "lockScreen"

    // "unlock": type the PIN; "choose": pick one (required, or from Settings).
    property string mode: Session.lock.locked ? "unlock" : "choose"
    property string message: ""
    // Settings can open the choosing form when no lock is due; closing it is then allowed.
    property bool optional: false
    signal done

    color: ui.background
    visible: Session.loggedIn && (Session.lock.locked || Session.lock.pinRequired || optional)
    onVisibleChanged: {
        message = "";
        pin.text = "";
        again.text = "";
        if (visible)
            pin.forceActiveFocus();
    }

    // Enter in the first field: open (unlock) or go on to the second (choose).
    function pinEntered() {
        if (mode === "unlock")
            submit();
        else
            again.forceActiveFocus();
    }

    function submit() {
        if (mode === "unlock") {
            if (!Session.lock.unlock(pin.text)) {
                message = Session.lock.triesLeft > 0 ? qsTr("That was not the code. You can try %n more time(s).", "", Session.lock.triesLeft) : "";
                pin.text = "";
                pin.forceActiveFocus();
            }
            return;
        }
        const why = Session.lock.setPin(pin.text, again.text);
        message = why;
        if (why === "") {
            optional = false;
            done();
        } else {
            pin.forceActiveFocus();
        }
    }

    Ui {
        id: ui
    }
    // Clicks and keys stop here, not at the page behind.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * ui.pad, 420)
        spacing: ui.gap

        Label {
            text: root.mode === "unlock" ? qsTr("Bro is locked") : qsTr("Choose a PIN for Bro")
            font.pixelSize: ui.px(26)
            font.weight: Font.Bold
            color: ui.primary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: root.mode === "unlock" ? qsTr("Type your PIN to open the app.") : qsTr("Six digits or more that only you know. The app asks for it when it starts and after a while away. Then nobody else can read what you have written.")
            wrapMode: Text.Wrap
            color: ui.text
            Layout.fillWidth: true
        }
        TextField {
            id: pin
            objectName: "pinField"
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            validator: RegularExpressionValidator {
                regularExpression: /[0-9]{0,12}/
            }
            placeholderText: qsTr("PIN")
            font.pixelSize: ui.px(22)
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: root.mode === "unlock" ? qsTr("Your PIN") : qsTr("New PIN")
            Accessible.description: qsTr("Digits only, at least six")
            Keys.onReturnPressed: root.pinEntered()
            Keys.onEnterPressed: root.pinEntered()
        }
        TextField {
            id: again
            objectName: "pinAgainField"
            visible: root.mode === "choose"
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            validator: RegularExpressionValidator {
                regularExpression: /[0-9]{0,12}/
            }
            placeholderText: qsTr("The same PIN again")
            font.pixelSize: ui.px(22)
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("The same PIN again")
            Keys.onReturnPressed: root.submit()
            Keys.onEnterPressed: root.submit()
        }
        Announcement {
            objectName: "lockMessage"
            text: root.message
            visible: text !== ""
            color: ui.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        PrimaryButton {
            objectName: "lockSubmit"
            text: root.mode === "unlock" ? qsTr("Open") : qsTr("Save PIN")
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            onClicked: root.submit()
        }
        TextButton {
            text: qsTr("Not now")
            visible: root.optional && !Session.lock.pinRequired
            flat: true
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            onClicked: {
                root.optional = false;
                root.done();
            }
        }
        TextButton {
            text: qsTr("Log out instead")
            visible: root.mode === "unlock"
            flat: true
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.description: qsTr("Your unsent changes stay on this device for the next time you log in")
            onClicked: Session.logout()
        }
    }
}
