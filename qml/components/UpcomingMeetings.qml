import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A helper's next collaboration meetings across the whole caseload, soonest first. The first few
// are shown; the rest behind "Show all". Choosing one opens that apprentice's meetings.
SectionCard {
    id: card
    objectName: "upcomingMeetings"

    property int shownAtFirst: 3
    property bool showAll: false
    readonly property int count: upcoming.count

    signal meetingChosen(string caseId)

    title: qsTr("Upcoming meetings")
    subtitle: upcoming.count === 0 ? qsTr("No meetings planned.") : ""

    UpcomingMeetingsModel {
        id: upcoming
    }
    Ui {
        id: ui
    }

    Repeater {
        model: upcoming
        delegate: ItemDelegate {
            focusPolicy: Qt.StrongFocus
            // A list item has no press action on the accessibility bus; a button has.
            Accessible.role: Accessible.Button
            Accessible.onPressAction: clicked()
            id: row
            required property int index
            required property string caseId
            required property string apprenticeName
            required property string title
            required property string starts
            required property string place
            required property string videoLink

            objectName: "upcomingMeeting_" + index
            visible: card.showAll || index < card.shownAtFirst
            Layout.fillWidth: true
            leftPadding: 0
            rightPadding: 0
            Accessible.name: qsTr("%1, %2: %3").arg(ui.dateTime(starts)).arg(apprenticeName).arg(title)
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    text: ui.dateTime(row.starts) + " · " + row.apprenticeName
                    font.weight: Font.DemiBold
                    color: ui.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: row.title + (row.place !== "" ? " · " + row.place : row.videoLink !== "" ? " · " + qsTr("video") : "")
                    color: ui.muted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            onClicked: card.meetingChosen(row.caseId)
        }
    }
    TextButton {
        objectName: "showAllMeetings"
        visible: !card.showAll && upcoming.count > card.shownAtFirst
        text: qsTr("Show all %1").arg(upcoming.count)
        flat: true
        Accessible.name: text
        onClicked: card.showAll = true
    }
}
