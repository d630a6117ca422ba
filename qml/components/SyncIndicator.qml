import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Offline / syncing / up to date, and how many changes wait. Tapping asks for a sync now.
ItemDelegate {
    id: indicator

    property bool compact: false
    // Large text on a phone: a sign instead of words (the sign is a shape, not only a colour;
    // the name says it in words).
    property bool iconOnly: false
    property color textColor: ui.text
    readonly property string state_: Session.syncState
    readonly property int pending: Session.pendingCount

    implicitHeight: ui.touch
    padding: 8
    text: ui.syncText(state_, pending)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Sync state: %1. Tap to sync now.").arg(text)
    Accessible.onPressAction: clicked()
    onClicked: Session.syncNow()

    Ui {
        id: ui
    }

    contentItem: RowLayout {
        spacing: 8
        Rectangle {
            Layout.preferredWidth: 12
            Layout.preferredHeight: 12
            radius: 6
            color: indicator.state_ === "uptodate" ? (indicator.pending > 0 ? ui.accent : ui.ok) : indicator.state_ === "offline" ? ui.muted : ui.accent
            border.color: ui.textOnPrimary
            border.width: 1
            SequentialAnimation on opacity  {
                // A pulse says "working"; without motion the words say it alone (WCAG 2.3.3).
                running: !ui.reduceMotion && (indicator.state_ === "syncing" || indicator.state_ === "connecting")
                loops: Animation.Infinite
                alwaysRunToEnd: true
                NumberAnimation {
                    to: 0.3
                    duration: 500
                }
                NumberAnimation {
                    to: 1
                    duration: 500
                }
            }
        }
        Label {
            text: indicator.iconOnly ? ui.syncSign(indicator.state_, indicator.pending) : indicator.compact ? ui.syncShort(indicator.state_, indicator.pending) : indicator.text
            color: indicator.textColor
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
