import QtQuick
import QtQuick.Controls

// A tab of a TabBar that a keyboard and a screen reader can use: Qt 6.4 gives a TabButton no
// press action on the accessibility bus (a screen reader could land on it but not open it) and
// no place in the Tab order. Tabs share the bar's width while their words fit; with large text
// each keeps its words and the bar scrolls sideways instead of cutting them ("ORGANISASJO…").
TabButton {
    id: tab

    readonly property var bar: TabBar.tabBar
    // The share of what holds the bar, not of the bar itself: the bar's own width follows its
    // tabs' widths, and that loop would never settle.
    readonly property real share: bar && bar.count > 0 && bar.parent ? bar.parent.width / bar.count : 0

    width: Math.max(implicitWidth, share)
    focusPolicy: Qt.StrongFocus
    Accessible.onPressAction: clicked()
}
