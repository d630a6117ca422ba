import QtQuick
import QtQuick.Controls

// The app's ComboBox. Its arrow is drawn as text: Material's arrow is a ColorImage whose texture
// the software renderer leaks at exit under LSan (tests/qml/NEEDS.md 4), and one look for every
// choice box is better anyway.
ComboBox {
    id: box

    indicator: Label {
        x: box.mirrored ? 12 : box.width - width - 12
        y: (box.height - height) / 2
        text: "▾"
        font.pixelSize: 18
        color: box.enabled ? box.palette.text : box.palette.placeholderText
    }
}
