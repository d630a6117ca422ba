import QtQuick
import QtQuick.Controls

// The one main action of a form: white on the theme's green (6.6:1), drawn here rather than by
// Material's elevation effect, which renderers without shader effects (software rendering, the
// offscreen platform) leave out — a white label on nothing.
Button {
    id: control

    // false: the same button, quiet (an outline), for when it is no longer the main thing to do.
    property bool primary: true

    // A touch target of its own (WCAG 2.5.5), whatever layout it is put in.
    // Never wider than a phone's column (the window less the page's and a card's margins): the
    // words wrap instead. The window, not the parent, so that no layout's size depends on itself.
    implicitWidth: Math.min(Math.max(implicitBackgroundWidth + leftInset + rightInset, implicitContentWidth + leftPadding + rightPadding), ApplicationWindow.window ? ApplicationWindow.window.width - 64 : 100000)
    implicitHeight: Math.max(ui.touch, implicitContentHeight + topPadding + bottomPadding)

    // A screen reader's "press" (AT-SPI's action) clicks, as a tap does.
    Accessible.onPressAction: clicked()
    // Qt 6.4 tells the bus a disabled control is enabled: say it in words, or a screen reader
    // announces a button that does nothing.
    Accessible.description: enabled ? "" : qsTr("Not available yet")

    Ui {
        id: ui
    }
    background: Rectangle {
        color: !control.enabled ? ui.line : !control.primary ? (control.down ? ui.primaryLight : ui.surface) : control.down ? Qt.darker(ui.primary, 1.2) : ui.primary
        radius: 4
        border.width: control.primary ? 0 : 1
        border.color: ui.line
        // The focus ring, outside the button: against the page, not the button's green.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -4
            visible: control.visualFocus
            color: "transparent"
            radius: 6
            border.width: 2
            border.color: ui.focusRing
        }
    }
    contentItem: Label {
        text: control.text
        color: !control.enabled ? ui.muted : control.primary ? ui.textOnPrimary : ui.primary
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
