import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro

// The tabs at the bottom on a phone (a wide window has the NavigationRail instead).
TabBar {
    id: tabBar

    // [{key, title, glyph}], as the window makes them for the person's role.
    required property var tabs
    property int currentTab: 0

    signal tabChosen(int index)

    // Glyph and name on two lines, grown with the text size.
    height: visible ? Math.max(64, Math.ceil(1.25 * (ui.px(20) + ui.px(12))) + 12) : 0
    currentIndex: currentTab
    Material.background: ui.surface

    Ui {
        id: ui
    }

    Repeater {
        model: tabBar.tabs
        // The bar shares its width itself (these names are short): not a PageTab.
        delegate: TabButton {
            Accessible.onPressAction: clicked()
            focusPolicy: Qt.StrongFocus
            required property var modelData
            required property int index
            height: tabBar.height
            topPadding: 6
            bottomPadding: 6
            Accessible.name: modelData.title
            onClicked: tabBar.tabChosen(index)
            contentItem: ColumnLayout {
                spacing: 0
                Label {
                    text: modelData.glyph
                    font.pixelSize: ui.px(20)
                    color: tabBar.currentTab === index ? ui.primary : ui.muted
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: modelData.title
                    font.pixelSize: ui.px(12)
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Math.min(ui.px(10), 14)
                    color: tabBar.currentTab === index ? ui.primary : ui.muted
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }
        }
    }
}
