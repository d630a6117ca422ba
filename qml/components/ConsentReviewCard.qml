import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// "You share X with Y. Still OK?" (issue 12): a grant without an end date that is older than the
// programme's review period is brought back once, on Today. Keep, change or stop: one tap each.
// Only the apprentice ever sees it (ConsentModel.reviewsDue is empty for a helper).
SectionCard {
    id: card
    objectName: "consentReviewCard"

    signal changeRequested
    property alias consentModel: consents
    readonly property var due: consents.reviewsDue
    readonly property var item: due.length > 0 ? due[0] : null
    readonly property string what: item ? ui.categoryName(item.category).toLowerCase() : ""

    visible: consents.canEdit && item !== null
    tint: ui.accentLight
    title: item ? qsTr("You share %1 with %2. Still OK?").arg(what).arg(item.orgName) : ""
    subtitle: item ? qsTr("You started sharing this on %1, with no end date. We ask once, so that it stays your choice.").arg(ui.date(String(item.grantedAt).substring(0, 10))) : ""

    Ui {
        id: ui
    }
    ConsentModel {
        id: consents
        caseId: Session.caseId
    }

    PrimaryButton {
        objectName: "reviewKeepButton"
        text: qsTr("Yes, keep sharing")
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onClicked: consents.review(card.item.orgId, card.item.category, "keep")
    }
    TextButton {
        objectName: "reviewChangeButton"
        text: qsTr("Change it")
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        Accessible.name: text
        onClicked: {
            consents.review(card.item.orgId, card.item.category, "change");
            card.changeRequested();
        }
    }
    TextButton {
        objectName: "reviewStopButton"
        text: qsTr("Stop sharing")
        flat: true
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        Accessible.name: qsTr("Stop sharing %1 with %2").arg(card.what).arg(card.item ? card.item.orgName : "")
        onClicked: consents.review(card.item.orgId, card.item.category, "withdraw")
    }
}
