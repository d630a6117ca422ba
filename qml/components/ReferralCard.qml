import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// How the journey began (issue 24): who referred and why, in the apprentice's own words; the
// clinic's answer with a reason the apprentice can read; the stay's dates and the waiting time.
// The apprentice or adviser writes the referral; the clinician answers it and dates the stay.
SectionCard {
    id: card

    required property OutcomesModel model
    readonly property var referral: model.referral
    readonly property bool exists: referral.exists === true
    // Not shared with a helper: nothing here can be read, and nothing written would be accepted.
    readonly property bool canWrite: model.shared && (Session.role === "apprentice" || Session.role === "adviser")
    readonly property bool canAnswer: model.shared && Session.role === "clinician" && exists

    objectName: "referralCard"
    title: qsTr("The referral")

    Ui {
        id: ui
    }
    OutcomeTexts {
        id: texts
    }

    Label {
        visible: !card.model.shared
        text: qsTr("The apprentice does not share the journey with you.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: card.model.shared && !card.exists
        text: qsTr("No referral is written yet.")
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "referralWho"
        visible: card.exists
        text: qsTr("%1 referred on %2").arg(texts.referredByName(card.referral.referredBy)).arg(ui.date(card.referral.referredOn))
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "referralReason"
        visible: card.exists && card.referral.reason !== ""
        text: "«" + card.referral.reason + "»"
        font.italic: true
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "referralDecision"
        visible: card.exists
        text: texts.decisionText(card.referral.decision) + (card.referral.decidedOn !== "" ? " (" + ui.date(card.referral.decidedOn) + ")" : "")
        font.weight: Font.DemiBold
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: card.exists && card.referral.decisionReason !== ""
        text: card.referral.decisionReason
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "referralStay"
        visible: card.exists && card.referral.stayStart !== ""
        text: card.referral.stayEnd !== "" ? qsTr("The stay: %1 to %2").arg(ui.date(card.referral.stayStart)).arg(ui.date(card.referral.stayEnd)) : qsTr("The stay starts %1").arg(ui.date(card.referral.stayStart))
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "waitingTime"
        visible: card.model.waitingDays >= 0
        text: card.referral.stayStart !== "" ? qsTr("Waiting time: %n days", "", card.model.waitingDays) : qsTr("Waited so far: %n days", "", card.model.waitingDays)
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // The apprentice or adviser: write the referral (or change what it says).
    ColumnLayout {
        visible: card.canWrite && (!card.exists || editReferral.checked)
        Layout.fillWidth: true
        ChoiceBox {
            id: referredBy
            objectName: "referredByBox"
            model: texts.referredByKeys.map(k => texts.referredByName(k))
            currentIndex: Math.max(0, texts.referredByKeys.indexOf(card.exists ? card.referral.referredBy : (Session.role === "apprentice" ? "apprentice" : "adviser")))
            Layout.fillWidth: true
            Accessible.name: qsTr("Who referred: %1").arg(currentText)
        }
        TextBox {
            id: reason
            objectName: "referralReasonField"
            text: card.referral.reason || ""
            placeholderText: qsTr("Why, in the apprentice's own words")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Accessible.name: qsTr("Why, in the apprentice's own words")
        }
        PrimaryButton {
            objectName: "saveReferralButton"
            text: qsTr("Save referral")
            Layout.fillWidth: true
            Accessible.name: text
            onClicked: {
                if (card.model.writeReferral(texts.referredByKeys[referredBy.currentIndex], card.exists ? card.referral.referredOn : "", reason.text))
                    editReferral.checked = false;
            }
        }
    }
    TextButton {
        id: editReferral
        objectName: "editReferralButton"
        visible: card.canWrite && card.exists && !checked
        checkable: true
        text: qsTr("Change the referral")
        Layout.minimumHeight: ui.touch
        Layout.fillWidth: true
        Accessible.name: text
    }

    // The clinician: yes or no with a reason the apprentice reads, and the stay's dates.
    ColumnLayout {
        visible: card.canAnswer
        Layout.fillWidth: true
        TextBox {
            id: decisionReason
            objectName: "decisionReasonField"
            text: card.referral.decisionReason || ""
            placeholderText: qsTr("A reason the apprentice can read")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Accessible.name: qsTr("A reason the apprentice can read")
        }
        RowLayout {
            Layout.fillWidth: true
            PrimaryButton {
                objectName: "acceptReferralButton"
                text: qsTr("Say yes")
                Layout.fillWidth: true
                Accessible.name: qsTr("Say yes to the referral")
                onClicked: card.model.decideReferral("accepted", decisionReason.text)
            }
            PrimaryButton {
                objectName: "declineReferralButton"
                primary: false
                text: qsTr("Say no")
                Layout.fillWidth: true
                Accessible.name: qsTr("Say no to the referral")
                onClicked: card.model.decideReferral("declined", decisionReason.text)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            DateField {
                id: stayStart
                objectName: "stayStartField"
                label: qsTr("Stay starts")
                date: card.referral.stayStart || ui.today()
                Layout.fillWidth: true
            }
            DateField {
                id: stayEnd
                objectName: "stayEndField"
                label: qsTr("Stay ends")
                date: card.referral.stayEnd || ui.addDays(stayStart.date, 28)
                minimumDate: stayStart.date
                Layout.fillWidth: true
            }
        }
        TextButton {
            objectName: "saveStayButton"
            text: qsTr("Save the stay's dates")
            Layout.minimumHeight: ui.touch
            Layout.fillWidth: true
            Accessible.name: text
            onClicked: card.model.setStayDates(stayStart.date, stayEnd.date)
        }
    }
    Announcement {
        visible: card.model.lastError !== ""
        text: card.model.lastError
        color: ui.danger
        Layout.fillWidth: true
    }
}
