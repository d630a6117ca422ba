import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Comments on one goal: helpers cheer on or ask, the apprentice answers. The goal's own words
// stay the apprentice's; a comment is only ever changed or removed by the one who wrote it.
SectionCard {
    id: card
    objectName: "goalComments"

    required property string goalId
    readonly property bool apprentice: Session.role === "apprentice"
    property alias commentsModel: comments // for tests

    title: qsTr("Comments")
    subtitle: comments.count === 0 ? (apprentice ? qsTr("Your helpers can comment on your goal here, and you can answer.") : qsTr("Cheer on or ask. The goal stays in the apprentice's words.")) : ""

    Ui {
        id: ui
    }
    GoalCommentsModel {
        id: comments
        caseId: Session.caseId
        goalId: card.goalId
    }

    Repeater {
        model: comments
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string recordId
            required property string authorName
            required property string text
            required property string created
            required property bool mine
            required property bool byApprentice

            objectName: "comment_" + index
            spacing: 2
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: (row.mine ? qsTr("You") : row.authorName) + " · " + ui.dateTime(row.created)
                    font.pixelSize: ui.px(13)
                    font.weight: Font.DemiBold
                    color: row.byApprentice ? ui.primary : ui.muted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                ToolButton {
                    Accessible.onPressAction: clicked()
                    objectName: "removeComment_" + row.index
                    visible: row.mine
                    text: "✕"
                    Accessible.name: qsTr("Remove your comment")
                    onClicked: comments.remove(row.recordId)
                }
            }
            Label {
                text: row.text
                color: ui.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: newComment
            objectName: "newCommentField"
            placeholderText: card.apprentice ? qsTr("Answer") : qsTr("Write a comment")
            Layout.fillWidth: true
            Layout.minimumHeight: ui.touch
            Accessible.name: placeholderText
            onAccepted: send.clicked()
        }
        TextButton {
            id: send
            objectName: "addCommentButton"
            text: qsTr("Send")
            enabled: newComment.text.trim() !== ""
            Layout.minimumHeight: ui.touch
            Accessible.name: qsTr("Send comment")
            onClicked: {
                if (enabled && comments.add(newComment.text) !== "")
                    newComment.text = "";
            }
        }
    }
    Label {
        visible: comments.lastError !== ""
        text: comments.lastError
        color: ui.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
