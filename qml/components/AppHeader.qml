import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro

// The window's header once someone is signed in: Back, the page's title (with the apprentice's
// name on a helper's case pages), the sync state and the More menu. The window opens what the
// menu names (openRequested).
ToolBar {
    id: bar

    required property StackView stack
    property bool wide: false
    property bool helper: false
    property int currentTab: 0
    property string caseName: ""

    // "messages", "absence", "meetings", "returnplan", "notes", "audit" or "settings".
    signal openRequested(string page)

    // The texts keep the window's translation context ("Main"): they were translated there.
    Material.background: ui.primary
    Material.foreground: ui.textOnPrimary
    height: visible ? Math.max(56, ui.px(20) + 30) : 0
    // Material's ToolBar paints Material.toolBarColor, which Qt 6.4 does not take from the
    // background set above: the white title would stand on the page's own light colour.
    background: Rectangle {
        color: ui.primary
    }

    Ui {
        id: ui
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 4
        anchors.rightMargin: 4
        spacing: 0
        ToolButton {
            Accessible.onPressAction: clicked()
            visible: bar.stack.depth > 1
            text: "←"
            font.pixelSize: ui.px(22)
            Layout.preferredWidth: ui.touch
            Layout.preferredHeight: ui.touch
            Accessible.name: qsTranslate("Main", "Back")
            onClicked: bar.stack.pop()
        }
        Label {
            text: (bar.stack.currentItem && bar.stack.currentItem.title ? bar.stack.currentItem.title : "Bro") + (bar.helper && bar.caseName !== "" && bar.currentTab > 0 ? " · " + bar.caseName : "")
            font.pixelSize: ui.px(20)
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            color: ui.textOnPrimary
            Layout.fillWidth: true
            Layout.leftMargin: bar.stack.depth > 1 ? 0 : 12
            Accessible.role: Accessible.Heading
        }
        SyncIndicator {
            compact: !bar.wide
            iconOnly: !bar.wide && ui.textScale > 1.25
            textColor: ui.textOnPrimary
            Layout.maximumWidth: bar.wide ? ui.px(320) : ui.px(150)
        }
        ToolButton {
            Accessible.onPressAction: clicked()
            id: menuButton
            text: "⋮"
            font.pixelSize: ui.px(22)
            Layout.preferredWidth: ui.touch
            Layout.preferredHeight: ui.touch
            Accessible.name: qsTranslate("Main", "More")
            onClicked: moreMenu.open()
            Menu {
                id: moreMenu
                y: menuButton.height
                MenuItem {
                    Accessible.onPressAction: triggered()
                    text: qsTranslate("Main", "Messages")
                    onTriggered: bar.openRequested("messages")
                }
                MenuItem {
                    Accessible.onPressAction: triggered()
                    text: qsTranslate("Main", "Absence")
                    onTriggered: bar.openRequested("absence")
                }
                MenuItem {
                    Accessible.onPressAction: triggered()
                    text: qsTranslate("Main", "Meetings")
                    onTriggered: bar.openRequested("meetings")
                }
                MenuItem {
                    Accessible.onPressAction: triggered()
                    text: qsTranslate("Main", "Return plan")
                    onTriggered: bar.openRequested("returnplan")
                }
                MenuItem {
                    Accessible.onPressAction: triggered()
                    text: qsTranslate("Main", "Notes about me")
                    enabled: !bar.helper
                    height: enabled ? implicitHeight : 0
                    onTriggered: bar.openRequested("notes")
                }
                MenuItem {
                    Accessible.onPressAction: triggered()
                    text: qsTranslate("Main", "Who has seen my data")
                    enabled: !bar.helper
                    height: enabled ? implicitHeight : 0
                    onTriggered: bar.openRequested("audit")
                }
                MenuItem {
                    Accessible.onPressAction: triggered()
                    text: qsTranslate("Main", "Settings")
                    onTriggered: bar.openRequested("settings")
                }
                MenuItem {
                    Accessible.onPressAction: triggered()
                    text: qsTranslate("Main", "Sync now")
                    onTriggered: Session.syncNow()
                }
            }
        }
    }
}
