import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// The navigation down the side of a wide window: the tabs, then the pages of the More menu, and
// who is signed in. The window opens what it names (openRequested).
Rectangle {
    id: rail

    // [{key, title, glyph}], as the window makes them for the person's role.
    required property var tabs
    required property StackView stack
    property int currentTab: 0
    property bool helper: false

    signal tabChosen(int index)
    // "messages", "absence", "notes", "audit" or "settings".
    signal openRequested(string page)

    // Wider with larger text, so the names are not cut.
    Layout.preferredWidth: Math.round(248 * Math.min(ui.textScale, 1.4))
    color: ui.surface

    Ui {
        id: ui
    }

    // The texts keep the window's translation context ("Main"): they were translated there.
    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 12
        spacing: 2
        // The tabs change with the role once the person is signed in. Qt 6.4's layouts crash when
        // a Repeater straight inside them swaps its items during a layout pass (a freed item in
        // QQuickLayout::effectiveSizePolicy_helper), so the tabs stand in a Column of their own.
        Column {
            id: tabColumn
            Layout.fillWidth: true
            spacing: 2
            Repeater {
                model: rail.tabs
                delegate: NavItem {
                    required property var modelData
                    required property int index
                    width: tabColumn.width
                    height: Math.max(52, implicitContentHeight + topPadding + bottomPadding)
                    glyph: modelData.glyph
                    title: modelData.title
                    current: rail.currentTab === index && rail.stack.depth === 1
                    onClicked: rail.tabChosen(index)
                }
            }
        }
        MenuSeparator {
            Layout.fillWidth: true
        }
        NavItem {
            glyph: "✉"
            title: qsTranslate("Main", "Messages")
            onClicked: rail.openRequested("messages")
        }
        NavItem {
            glyph: "▤"
            title: qsTranslate("Main", "Absence")
            onClicked: rail.openRequested("absence")
        }
        NavItem {
            visible: !rail.helper
            glyph: "✎"
            title: qsTranslate("Main", "Notes about me")
            onClicked: rail.openRequested("notes")
        }
        NavItem {
            visible: !rail.helper
            glyph: "◉"
            title: qsTranslate("Main", "Who has seen what")
            onClicked: rail.openRequested("audit")
        }
        NavItem {
            glyph: "⚙"
            title: qsTranslate("Main", "Settings")
            onClicked: rail.openRequested("settings")
        }
        Item {
            Layout.fillHeight: true
        }
        Label {
            text: Session.userName
            color: ui.muted
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.margins: 16
        }
    }
    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: ui.line
    }
}
