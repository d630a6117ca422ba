import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// The app's plain button: Material's look, but its words wrap instead of running past a phone's
// edge when the text is large (WCAG 1.4.4, text at 200 %), and it is never wider than what
// holds it.
Button {
    id: control

    // Never wider than a phone's column (the window less the page's and a card's margins): the
    // words wrap instead. The window, not the parent, so that no layout's size depends on itself.
    implicitWidth: Math.min(Math.max(implicitBackgroundWidth + leftInset + rightInset, implicitContentWidth + leftPadding + rightPadding), ApplicationWindow.window ? ApplicationWindow.window.width - 64 : 100000)
    implicitHeight: Math.max(Material.buttonHeight, implicitContentHeight + topPadding + bottomPadding)

    // A screen reader's "press" (AT-SPI's action) clicks, as a tap does.
    Accessible.onPressAction: clicked()
    // Qt 6.4 tells the bus a disabled control is enabled: say it in words, or a screen reader
    // announces a button that does nothing.
    Accessible.description: enabled ? "" : qsTr("Not available yet")

    Ui {
        id: ui
    }
    contentItem: Label {
        text: control.text
        font: control.font
        color: !control.enabled ? control.Material.hintTextColor : control.flat && control.highlighted ? control.Material.accentColor : control.Material.foreground
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // At word boundaries only: "Møte-r" reads worse than a word that runs a little wide.
        wrapMode: Text.WordWrap
    }
}
