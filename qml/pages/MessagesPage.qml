import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// One thread per case between the apprentice and the helpers: who has read what, and whose reply
// is awaited.
Page {
    id: page
    objectName: "messagesPage"

    property alias messagesModel: messages
    readonly property int messageCount: list.count

    function send(text) {
        const t = text.trim();
        if (t === "")
            return false;
        return messages.send(t);
    }

    title: qsTr("Messages")
    background: Rectangle {
        color: ui.background
    }
    Component.onCompleted: messages.markRead()

    Ui {
        id: ui
    }
    MessagesModel {
        id: messages
        caseId: Session.caseId
        onRowsInserted: {
            list.positionViewAtEnd();
            if (page.visible)
                markRead();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: list
            objectName: "messageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: ui.maxContent
            Layout.alignment: Qt.AlignHCenter
            clip: true
            spacing: 8
            topMargin: 12
            bottomMargin: 12
            model: messages
            Component.onCompleted: positionViewAtEnd()
            ScrollIndicator.vertical: ScrollIndicator {
            }

            delegate: Item {
                id: bubbleRow
                required property string authorName
                required property string text
                required property string sent
                required property bool mine
                required property var readBy
                width: ListView.view.width
                height: bubble.height
                Accessible.role: Accessible.ListItem
                Accessible.name: authorName + ", " + ui.dateTime(sent) + ": " + text

                Rectangle {
                    id: bubble
                    x: bubbleRow.mine ? parent.width - width - 12 : 12
                    width: Math.min(parent.width * 0.8, body.implicitWidth + 24)
                    height: column.implicitHeight + 16
                    radius: 14
                    color: bubbleRow.mine ? ui.primaryLight : ui.surface
                    border.color: ui.line
                    Column {
                        id: column
                        x: 12
                        y: 8
                        width: bubble.width - 24
                        spacing: 2
                        Label {
                            text: bubbleRow.mine ? qsTr("You") : bubbleRow.authorName
                            font.pixelSize: ui.px(12)
                            font.weight: Font.DemiBold
                            color: ui.muted
                        }
                        Label {
                            id: body
                            width: parent.width
                            text: bubbleRow.text
                            wrapMode: Text.Wrap
                            color: ui.text
                            font.pixelSize: ui.px(15)
                        }
                        Label {
                            width: parent.width
                            text: ui.dateTime(bubbleRow.sent) + (bubbleRow.mine && bubbleRow.readBy && bubbleRow.readBy.length > 0 ? " · " + qsTr("read by %1").arg(bubbleRow.readBy.join(", ")) : "")
                            font.pixelSize: ui.px(11)
                            color: ui.muted
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 48
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                text: Session.role === "apprentice" ? qsTr("Write to your helpers here. Everyone on your team reads the same thread.") : qsTr("Write to the apprentice and the team here. The apprentice reads everything.")
                color: ui.muted
                wrapMode: Text.Wrap
            }
        }

        Label {
            visible: messages.awaiting && messages.awaiting.length > 0
            text: qsTr("Not read yet by: %1").arg(messages.awaiting ? messages.awaiting.join(", ") : "")
            color: ui.muted
            font.pixelSize: ui.px(12)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: ui.pad
            Layout.rightMargin: ui.pad
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: composer.implicitHeight + 16
            color: ui.surface
            border.color: ui.line
            RowLayout {
                id: composer
                anchors.fill: parent
                anchors.margins: 8
                anchors.leftMargin: ui.pad
                TextBox {
                    id: field
                    objectName: "messageField"
                    placeholderText: qsTr("Write a message")
                    wrapMode: TextEdit.Wrap
                    Layout.fillWidth: true
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Message")
                }
                PrimaryButton {
                    objectName: "sendButton"
                    text: qsTr("Send")
                    enabled: field.text.trim() !== ""
                    Layout.minimumHeight: ui.touch
                    Accessible.name: qsTr("Send message")
                    onClicked: {
                        if (page.send(field.text))
                            field.text = "";
                    }
                }
            }
        }
    }
}
