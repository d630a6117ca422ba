import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// For helpers: my caseload. One row an apprentice with phase, days in phase, last check-in and the
// flags of shared/domain/caseload; sorted and filtered by flag. On a tablet or desktop the chosen
// apprentice's case is shown beside the list; on a phone it opens on its own page.
Page {
    id: page
    objectName: "casesPage"

    readonly property bool wide: width >= 720
    readonly property int caseCount: caseload.count
    property alias caseloadModel: caseload
    readonly property var flagKeys: ["talkAboutHealth", "absenceRising", "checkinsFalling", "checkinsMissing", "handoverDue", "consentWithdrawn", "behindReturnPlan", "outcomeDue"]
    readonly property var sortKeys: ["flags", "name", "daysInPhase", "phase"]

    signal chosen

    function flagName(key) {
        switch (key) {
        case "talkAboutHealth":
            return qsTr("talk about health");
        case "absenceRising":
            return qsTr("absence rising");
        case "checkinsFalling":
            return qsTr("check-ins falling");
        case "checkinsMissing":
            return qsTr("check-ins missing");
        case "handoverDue":
            return qsTr("handover due");
        case "consentWithdrawn":
            return qsTr("sharing withdrawn");
        case "behindReturnPlan":
            return qsTr("behind the return plan");
        case "outcomeDue":
            return qsTr("follow-up questions due");
        }
        return key;
    }
    function sortName(key) {
        switch (key) {
        case "flags":
            return qsTr("Most flags");
        case "name":
            return qsTr("Name");
        case "daysInPhase":
            return qsTr("Days in phase");
        case "phase":
            return qsTr("Phase");
        }
        return key;
    }
    function flagWords(row) {
        return flagKeys.filter(k => row[k]).map(k => flagName(k));
    }
    function choose(caseId) {
        Session.caseId = caseId;
        if (!wide && StackView.view)
            StackView.view.push(casePage, {}, StackView.Immediate);
    }
    // Shows the case of the first apprentice with the most flags (or `caseId`): beside the list
    // on a wide screen, on its own page on a phone.
    function openCase(caseId) {
        const id = caseId || (caseload.count > 0 ? caseload.get(0).caseId : "");
        if (id === "")
            return false;
        choose(id);
        return true;
    }
    // Of any case in the caseload, filtered out or not; `revision` makes bindings follow it.
    function daysOf(caseId) {
        return caseload.revision >= 0 ? caseload.daysInPhaseOf(caseId) : -1;
    }
    function nameOf(caseId) {
        return caseload.revision >= 0 ? caseload.apprenticeNameOf(caseId) : "";
    }
    function openPage(name) {
        const w = ApplicationWindow.window;
        if (w && w.showPage)
            w.showPage(name);
    }

    title: qsTr("My apprentices")

    background: Rectangle {
        color: ui.background
    }

    Ui {
        id: ui
    }
    CaseloadModel {
        id: caseload
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Only the rows in sight are made: with a Repeater, a 60-case caseload made 60 delegates
        // (each with its flag chips) before the first frame (bench B8start).
        ListView {
            id: list
            objectName: "caseList"
            readonly property real columnWidth: Math.min(width - 2 * ui.pad, ui.maxContent)
            Layout.fillHeight: true
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? Math.min(420, Math.max(300, page.width * 0.36)) : -1
            bottomMargin: ui.pad
            spacing: ui.gap
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            model: caseload
            ScrollIndicator.vertical: ScrollIndicator {
            }
            // The header grows when its meetings arrive; a list that was at its top stays there,
            // so the line above the meetings is not left scrolled away.
            property bool atTop: true
            onMovementStarted: atTop = false
            onMovementEnded: atTop = atYBeginning

            header: Item {
                width: list.width
                implicitHeight: ui.pad + listHeader.implicitHeight + ui.gap
                height: implicitHeight
                // After the header is made, and not inside its making: positioning the view then
                // made the list create its header a second time while the first was half made
                // ("Cannot create new component instance before completing the previous"),
                // and the layout then touched the half-made one (a crash seen in CI).
                property bool made: false
                Component.onCompleted: made = true
                onHeightChanged: {
                    if (made && list.atTop)
                        Qt.callLater(list.positionViewAtBeginning);
                }

                ColumnLayout {
                    id: listHeader
                    x: (list.width - width) / 2
                    y: ui.pad
                    width: list.columnWidth
                    spacing: ui.gap

                    Label {
                        text: qsTr("You see what each apprentice has chosen to share with %1.").arg(Session.orgName !== "" ? Session.orgName : qsTr("your service"))
                        color: ui.muted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    UpcomingMeetings {
                        id: upcomingMeetings
                        onMeetingChosen: function (caseId) {
                            Session.caseId = caseId;
                            page.openPage("meetings");
                        }
                    }
                    // The choice goes under its label with large text, so it keeps its words.
                    GridLayout {
                        columns: ui.textScale > 1.25 ? 1 : 2
                        columnSpacing: 8
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Sort by")
                            color: ui.muted
                        }
                        ChoiceBox {
                            id: sortBox
                            objectName: "sortBox"
                            model: page.sortKeys.map(k => page.sortName(k))
                            currentIndex: page.sortKeys.indexOf(caseload.sortBy)
                            Layout.fillWidth: true
                            Layout.maximumWidth: ui.px(260)
                            Accessible.name: qsTr("Sort by: %1").arg(currentText)
                            onActivated: function (i) {
                                caseload.sortBy = page.sortKeys[i];
                            }
                        }
                    }
                    // Filter by flag: one line of chips, swiped sideways when they do not fit.
                    Flickable {
                        id: chipFlick
                        objectName: "filterChips"
                        Layout.fillWidth: true
                        Layout.preferredHeight: chipRow.implicitHeight
                        contentWidth: chipRow.implicitWidth
                        contentHeight: chipRow.implicitHeight
                        flickableDirection: Flickable.HorizontalFlick
                        boundsBehavior: Flickable.StopAtBounds
                        clip: true
                        ScrollIndicator.horizontal: ScrollIndicator {
                        }
                        Row {
                            id: chipRow
                            spacing: 6
                            Repeater {
                                model: [""].concat(page.flagKeys)
                                delegate: ChoiceChip {
                                    required property string modelData
                                    objectName: "filter_" + (modelData === "" ? "all" : modelData)
                                    readonly property int flagged: modelData === "" ? 0 : (caseload.flagCounts[modelData] || 0)
                                    text: modelData === "" ? qsTr("All") : page.flagName(modelData) + " · " + flagged
                                    selected: caseload.flagFilter === modelData
                                    font.pixelSize: ui.px(14)
                                    Accessible.name: qsTr("Show: %1").arg(text)
                                    onClicked: caseload.flagFilter = modelData
                                }
                            }
                        }
                    }
                    Label {
                        objectName: "emptyCaseload"
                        visible: caseload.count === 0
                        text: caseload.flagFilter === "" ? qsTr("No apprentices yet.") : qsTr("No apprentice with this flag.")
                        color: ui.muted
                    }
                }
            }

            delegate: ItemDelegate {
                focusPolicy: Qt.StrongFocus
                // A list item has no press action on the accessibility bus; a button has.
                Accessible.role: Accessible.Button
                Accessible.onPressAction: clicked()
                id: row
                required property int index
                required property string caseId
                required property string apprenticeName
                required property string phase
                required property int daysInPhase
                required property string lastCheckIn
                required property bool checkinsShared
                required property bool checkinsAwaitingGuardian
                required property bool absenceRising
                required property bool talkAboutHealth
                required property bool checkinsFalling
                required property bool checkinsMissing
                required property bool handoverDue
                required property bool consentWithdrawn
                required property bool behindReturnPlan
                required property bool outcomeDue
                readonly property bool current: caseId === Session.caseId
                readonly property var flags: page.flagWords(row)

                objectName: "caseRow_" + index
                x: (list.width - width) / 2
                width: list.columnWidth
                padding: ui.pad
                Accessible.name: apprenticeName + ", " + ui.phaseName(phase) + (flags.length > 0 ? ", " + flags.join(", ") : "")
                background: Rectangle {
                    radius: ui.radius
                    color: row.current && page.wide ? ui.primaryLight : ui.surface
                    border.color: row.current && page.wide ? ui.primary : ui.line
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: row.apprenticeName
                        font.pixelSize: ui.px(17)
                        font.weight: Font.DemiBold
                        color: ui.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("%1 · day %2 in this phase").arg(ui.phaseName(row.phase)).arg(row.daysInPhase)
                        color: ui.muted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "lastCheckIn"
                        text: row.checkinsAwaitingGuardian ? qsTr("check-ins shared, waiting for a parent's or guardian's yes") : !row.checkinsShared ? qsTr("check-ins not shared") : row.lastCheckIn !== "" ? qsTr("last check-in %1").arg(ui.shortDate(row.lastCheckIn)) : qsTr("no check-ins yet")
                        color: ui.muted
                        font.pixelSize: ui.px(13)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Flow {
                        visible: row.flags.length > 0
                        spacing: 6
                        Layout.fillWidth: true
                        Layout.topMargin: 4
                        Repeater {
                            model: row.flags
                            delegate: Rectangle {
                                required property string modelData
                                implicitWidth: flagLabel.implicitWidth + 16
                                implicitHeight: flagLabel.implicitHeight + 6
                                radius: height / 2
                                color: ui.accentLight
                                Label {
                                    id: flagLabel
                                    anchors.centerIn: parent
                                    text: parent.modelData
                                    color: ui.accent
                                    font.pixelSize: ui.px(12)
                                }
                            }
                        }
                    }
                }
                onClicked: page.choose(row.caseId)
            }
        }

        Rectangle {
            visible: page.wide
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: ui.line
        }

        Flickable {
            id: detailFlick
            visible: page.wide
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: detail.implicitHeight + 2 * ui.pad
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollIndicator.vertical: ScrollIndicator {
            }

            CaseView {
                id: detail
                objectName: "caseDetail"
                x: ui.pad
                y: ui.pad
                width: Math.min(detailFlick.width - 2 * ui.pad, 900)
                caseId: page.wide ? Session.caseId : ""
                apprenticeName: page.nameOf(caseId)
                daysInPhase: page.daysOf(caseId)
                onOpenRequested: function (name) {
                    page.openPage(name);
                }
            }
        }
    }

    Component {
        id: casePage
        ScrollPage {
            objectName: "casePage"
            title: qsTr("Case")
            CaseView {
                apprenticeName: page.nameOf(caseId)
                daysInPhase: page.daysOf(caseId)
                Layout.fillWidth: true
                onOpenRequested: function (name) {
                    page.openPage(name);
                }
            }
        }
    }
}
