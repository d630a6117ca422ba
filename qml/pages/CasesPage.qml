import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// For helpers: the apprentices whose case I am on, most flags first; choosing one shows their case
// in the other tabs. (The full caseload with sorting and filtering is issue 5.)
ScrollPage {
    id: page
    objectName: "casesPage"

    readonly property int caseCount: list.count

    signal chosen

    function flagWords(row) {
        let w = [];
        if (row.talkAboutHealth)
            w.push(qsTr("talk about health"));
        else if (row.absenceRising)
            w.push(qsTr("absence rising"));
        if (row.checkinsMissing)
            w.push(qsTr("check-ins missing"));
        else if (row.checkinsFalling)
            w.push(qsTr("check-ins falling"));
        if (row.handoverDue)
            w.push(qsTr("handover due"));
        if (row.consentWithdrawn)
            w.push(qsTr("sharing withdrawn"));
        return w;
    }

    title: qsTr("My apprentices")

    Ui {
        id: ui
    }
    CaseloadModel {
        id: caseload
    }

    Label {
        text: qsTr("You see what each apprentice has chosen to share with %1.").arg(Session.orgName !== "" ? Session.orgName : qsTr("your service"))
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: list.count === 0
        text: qsTr("No apprentices yet.")
        color: ui.muted
    }
    Repeater {
        id: list
        model: caseload
        delegate: ItemDelegate {
            id: row
            required property string caseId
            required property string apprenticeName
            required property string phase
            required property int daysInPhase
            required property string lastCheckIn
            required property bool absenceRising
            required property bool talkAboutHealth
            required property bool checkinsFalling
            required property bool checkinsMissing
            required property bool handoverDue
            required property bool consentWithdrawn
            readonly property bool current: caseId === Session.caseId
            readonly property var flags: page.flagWords(row)

            Layout.fillWidth: true
            padding: ui.pad
            Accessible.name: apprenticeName + ", " + ui.phaseName(phase) + (flags.length > 0 ? ", " + flags.join(", ") : "")
            background: Rectangle {
                radius: ui.radius
                color: row.current ? ui.primaryLight : ui.surface
                border.color: row.current ? ui.primary : ui.line
            }
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    text: row.apprenticeName
                    font.pixelSize: 17
                    font.weight: Font.DemiBold
                    color: ui.text
                }
                Label {
                    text: qsTr("%1 · day %2 in this phase").arg(ui.phaseName(row.phase)).arg(row.daysInPhase) + (row.lastCheckIn !== "" ? " · " + qsTr("last check-in %1").arg(ui.shortDate(row.lastCheckIn)) : "")
                    color: ui.muted
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
                                font.pixelSize: 12
                            }
                        }
                    }
                }
            }
            onClicked: {
                Session.caseId = row.caseId;
                page.chosen();
            }
        }
    }
}
