import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// What the training office and the clinic may see — decided by me, one switch per category,
// each change confirmed; a consent lasts until a date; with my consent history and the limits.
ScrollPage {
    id: page
    objectName: "sharingPage"

    property alias consentModel: consents
    property alias confirmDialog: confirm
    property int revision: 0
    readonly property var history: {
        revision;
        return consents.history();
    }
    // The default end of a consent: the expected end of the current phase; when that is not
    // known, three months from today — and the dialog says which.
    readonly property bool phaseEndKnown: consents.defaultUntil !== undefined && consents.defaultUntil !== ""
    readonly property string defaultUntil: phaseEndKnown ? consents.defaultUntil : ui.addMonths(ui.today(), 3)
    // The age rule (issue 12): until this day, shares of check-ins, absence and notes also need a
    // parent's or guardian's yes, recorded by the coordinator; "" when not (any more).
    property string guardianNeededUntil: consents.guardianNeededUntil
    // The age limit itself, from the C++ side (one value for the programme).
    readonly property int guardianAgeLimit: consents.guardianAgeLimit
    function isHealth(category) {
        return category === "checkins" || category === "absence" || category === "notes";
    }

    function requestChange(orgId, orgName, orgKind, category, grant) {
        confirm.orgId = orgId;
        confirm.orgName = orgName;
        confirm.orgKind = orgKind;
        confirm.category = category;
        confirm.grant = grant;
        confirm.open();
    }
    // Opens the confirmation for one switch, as tapping it does (used by the screenshot runner).
    function askToChange(kind, category) {
        for (let i = 0; i < consents.count; ++i) {
            const r = consents.get(i);
            if (r.orgKind === kind && r.category === category) {
                requestChange(r.orgId, r.orgName, r.orgKind, r.category, !r.active);
                return true;
            }
        }
        return false;
    }
    function openPreview(kind) {
        StackView.view.push(previewPage, {
                "orgKind": kind
            });
    }

    title: qsTr("Sharing")

    Ui {
        id: ui
    }
    ConsentModel {
        id: consents
        caseId: Session.caseId
        onRowsInserted: page.revision++
        onModelReset: page.revision++
        onDataChanged: page.revision++
        onHistoryChanged: page.revision++
    }
    Component {
        id: previewPage
        SharingPreviewPage {
        }
    }
    Component {
        id: auditPage
        AuditPage {
        }
    }

    Label {
        text: qsTr("Nothing about you without you. You decide what the training office and the clinic may see. You see everything yourself.")
        color: ui.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // Said once, calmly, for a young apprentice: why some shares have not started yet.
    SectionCard {
        objectName: "guardianCard"
        visible: page.guardianNeededUntil !== ""
        title: qsTr("A parent or guardian says yes too")
        Label {
            objectName: "guardianText"
            text: qsTr("Check-ins, absence and notes are about your health. When you are under %1, a parent or guardian has to agree before they are shared. That is the same for everyone under %1.").arg(page.guardianAgeLimit)
            color: ui.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "guardianNext"
            text: qsTr("You can still choose what to share. When your coordinator has noted that a parent or guardian agreed, it starts by itself. From %1 you decide on your own.").arg(ui.date(page.guardianNeededUntil))
            color: ui.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    Repeater {
        model: ["training_office", "clinic"]
        delegate: SectionCard {
            id: orgCard
            required property string modelData
            readonly property string kind: modelData
            title: ui.orgKindTitle(kind)
            subtitle: {
                page.revision;
                const t = Session.team || [];
                let names = [];
                for (let i = 0; i < t.length; ++i)
                    if (t[i].orgKind === kind && names.indexOf(t[i].orgName) < 0)
                        names.push(t[i].orgName);
                return names.join(", ");
            }
            Repeater {
                model: consents
                delegate: ConsentDelegate {
                    visible: orgKind === orgCard.kind
                    canEdit: consents.canEdit
                    onChangeRequested: function (grant) {
                        page.requestChange(orgId, orgName, orgKind, category, grant);
                    }
                }
            }
            TextButton {
                text: qsTr("See what they see")
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: qsTr("See what %1 sees").arg(ui.orgKindName(orgCard.kind))
                onClicked: page.openPreview(orgCard.kind)
            }
        }
    }

    // Being counted (issue 24): not a share with anyone, so a card of its own, off by default.
    SectionCard {
        objectName: "countedCard"
        title: qsTr("Counted in the programme's figures")
        Label {
            text: qsTr("The figures show whether the programme helps apprentices like you. Nobody sees your name in them.")
            color: ui.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Switch {
            Accessible.onPressAction: { toggle(); toggled(); clicked(); }
            objectName: "countedSwitch"
            text: qsTr("Count my journey in the figures")
            checkable: false        // the change happens only after the dialog is confirmed
            checked: consents.counted
            enabled: consents.canEdit
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            Accessible.checkable: true
            Accessible.checked: consents.counted
            onClicked: page.requestChange("programme", qsTr("the programme"), "programme", "statistics", !consents.counted)
        }
        Label {
            text: consents.counted ? qsTr("You said yes. You can stop whenever you like.") : qsTr("This is off until you turn it on.")
            color: ui.muted
            font.pixelSize: ui.px(13)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    SectionCard {
        title: qsTr("What turning a switch off does")
        Label {
            text: qsTr("They stop receiving it at once, and it is deleted from their phones and computers the next time each of them connects.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("To be honest: a device that stays offline keeps what it had until it next connects. That is why their log-ins expire after a short time.")
            wrapMode: Text.Wrap
            color: ui.muted
            Layout.fillWidth: true
        }
        TextButton {
            text: qsTr("Who has seen my data")
            flat: true
            Layout.minimumHeight: ui.touch
            Accessible.name: text
            onClicked: page.StackView.view.push(auditPage)
        }
    }

    SectionCard {
        objectName: "historyCard"
        title: qsTr("My consent history")
        subtitle: page.history.length === 0 ? qsTr("No changes yet.") : ""
        Repeater {
            model: page.history
            delegate: ColumnLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: 0
                Label {
                    text: ui.dateTime(modelData.at)
                    color: ui.muted
                    font.pixelSize: ui.px(13)
                }
                readonly property var receipt: modelData.granted ? consents.receiptFor(modelData.orgId, modelData.category, modelData.at) : ({})
                Label {
                    text: modelData.category === "statistics" ? (modelData.granted ? qsTr("You said yes to being counted in the programme's figures.") : qsTr("You stopped being counted in the programme's figures.")) : modelData.granted ? (modelData.until ? qsTr("You shared %1 with %2 until %3.").arg(ui.categoryName(modelData.category).toLowerCase()).arg(modelData.orgName).arg(ui.date(modelData.until)) : qsTr("You shared %1 with %2.").arg(ui.categoryName(modelData.category).toLowerCase()).arg(modelData.orgName)) : qsTr("You stopped sharing %1 with %2.").arg(ui.categoryName(modelData.category).toLowerCase()).arg(modelData.orgName)
                    wrapMode: Text.Wrap
                    color: ui.text
                    Layout.fillWidth: true
                    Layout.bottomMargin: receiptButton.visible ? 0 : 6
                }
                TextButton {
                    id: receiptButton
                    objectName: "receiptButton"
                    visible: parent.receipt.recordId !== undefined
                    text: qsTr("What you were shown")
                    flat: true
                    Layout.minimumHeight: ui.touch
                    Accessible.name: text
                    onClicked: {
                        receiptDialog.receipt = parent.receipt;
                        receiptDialog.open();
                    }
                }
            }
        }
    }

    Label {
        visible: consents.lastError !== ""
        text: consents.lastError
        color: ui.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // A consent receipt: what was shown when sharing started, to whom, until when, where, when.
    AppDialog {
        id: receiptDialog
        objectName: "receiptDialog"
        property var receipt: ({})

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 480)
        modal: true
        title: qsTr("Receipt")
        // Our own button rather than standardButtons: its word is translated with the app, and
        // Qt 6.4 crashed destroying a standard button box while a screen reader listened
        // (a11y_atspi, leaving Sharing).
        footer: DialogButtonBox {
            TextButton {
                objectName: "closeReceiptButton"
                text: qsTr("Close")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                Accessible.name: text
            }
        }

        ColumnLayout {
            width: parent.width
            spacing: 6
            Label {
                text: receiptDialog.receipt.until ? qsTr("You shared %1 with %2 until %3.").arg(ui.categoryName(receiptDialog.receipt.category).toLowerCase()).arg(receiptDialog.receipt.orgName).arg(ui.date(receiptDialog.receipt.until)) : qsTr("You shared %1 with %2.").arg(ui.categoryName(receiptDialog.receipt.category || "").toLowerCase()).arg(receiptDialog.receipt.orgName)
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("This is what you were shown:")
                color: ui.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "receiptText"
                text: "“" + (receiptDialog.receipt.text || "") + "”"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Shown %1 on %2. Text version %3.").arg(ui.dateTime(receiptDialog.receipt.shownAt || "")).arg(receiptDialog.receipt.device || "?").arg(receiptDialog.receipt.textVersion || "")
                color: ui.muted
                font.pixelSize: ui.px(13)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    AppDialog {
        id: confirm
        objectName: "consentDialog"

        property string orgId
        property string orgName
        property string orgKind
        property string category
        property bool grant: true
        readonly property string what: ui.categoryName(category).toLowerCase()
        readonly property bool statistics: category === "statistics"

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 480)
        modal: true
        title: statistics ? (grant ? qsTr("Count your journey in the figures?") : qsTr("Stop being counted?")) : grant ? qsTr("Share %1 with %2?").arg(what).arg(orgName) : qsTr("Stop sharing %1 with %2?").arg(what).arg(orgName)
        header: Label {
            text: confirm.title
            wrapMode: Text.Wrap
            font.pixelSize: ui.px(18)
            font.weight: Font.DemiBold
            padding: 24
            bottomPadding: 8
            Accessible.role: Accessible.Heading
        }
        footer: DialogButtons {
            objectName: "consentButtons"
            acceptText: confirm.statistics ? (confirm.grant ? qsTr("Yes, count me") : qsTr("Stop")) : confirm.grant ? qsTr("Share") : qsTr("Stop sharing")
        }
        onAboutToShow: {
            untilField.date = page.defaultUntil;
            untilSwitch.checked = true;
        }
        onAccepted: {
            consents.set(orgId, category, grant, grant && !statistics && untilSwitch.checked ? untilField.date : "");
            page.revision++;
        }

        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                objectName: "consentExplanation"
                // The versioned text a receipt records (shared/domain/consent_texts): exactly this.
                text: confirm.grant ? consents.explanation(confirm.category) : confirm.statistics ? qsTr("New figures will not count your journey. Figures already made stay as they are, and they never show who you are.") : qsTr("%1 can no longer see your %2. What they already received is deleted from their devices the next time they connect.").arg(confirm.orgName).arg(confirm.what)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "consentGuardianNote"
                visible: confirm.grant && page.guardianNeededUntil !== "" && page.isHealth(confirm.category)
                text: qsTr("It starts when a parent or guardian has also said yes.")
                color: ui.muted
                font.pixelSize: ui.px(13)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Switch {
                Accessible.onPressAction: { toggle(); toggled(); clicked(); }
                id: untilSwitch
                visible: confirm.grant && !confirm.statistics
                text: qsTr("Stop by itself on a date")
                Layout.fillWidth: true
                Layout.minimumHeight: ui.touch
                Accessible.name: text
            }
            DateField {
                id: untilField
                visible: untilSwitch.visible && untilSwitch.checked
                label: qsTr("Shared until")
                minimumDate: ui.addDays(ui.today(), 1)
                Layout.fillWidth: true
            }
            Label {
                visible: untilSwitch.visible && untilSwitch.checked
                text: page.phaseEndKnown ? qsTr("We suggest the expected end of this phase (%1). You can change it, or turn sharing off whenever you like.").arg(ui.phaseName(Session.phase).toLowerCase()) : qsTr("We suggest the end of this phase. Its end date is not set yet, so we suggest three months. You can change it, or turn sharing off whenever you like.")
                color: ui.muted
                font.pixelSize: ui.px(13)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: !confirm.grant && !confirm.statistics
                text: qsTr("A device that stays offline keeps what it had until it next connects.")
                color: ui.muted
                font.pixelSize: ui.px(13)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
