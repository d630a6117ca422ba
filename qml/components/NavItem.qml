import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One place to go in the navigation rail. The glyph is decoration: a screen reader says only the
// title. The item takes focus from Tab, is pressed with Enter or Space (or a screen reader's
// press action), and tells which page is shown now.
ItemDelegate {
    id: item

    property string glyph
    property string title
    property bool current: false

    focusPolicy: Qt.StrongFocus
    highlighted: current
    font.pixelSize: ui.px(16)
    text: title
    Layout.fillWidth: true
    // Two lines when a long name needs them at large text, never cut ("Hvem har sett …").
    Layout.preferredHeight: Math.max(52, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.PageTab
    Accessible.name: title
    Accessible.selectable: true
    Accessible.selected: current
    Accessible.onPressAction: clicked()
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    Ui {
        id: ui
    }
    contentItem: RowLayout {
        spacing: 12
        Label {
            text: item.glyph
            font.pixelSize: item.font.pixelSize
            color: item.current ? ui.primary : ui.text
            Layout.preferredWidth: 20
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
        Label {
            text: item.title
            font.pixelSize: item.font.pixelSize
            font.weight: item.current ? Font.DemiBold : Font.Normal
            color: item.current ? ui.primary : ui.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
    }
    // Where the keyboard is, seen (WCAG 2.4.7).
    Rectangle {
        anchors.fill: parent
        anchors.margins: 2
        visible: item.visualFocus
        color: "transparent"
        border.width: 2
        border.color: ui.focusRing
        radius: 4
    }
}
