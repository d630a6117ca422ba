import QtQuick
import QtQuick.Controls

// The app's dialog: modal, and the keyboard goes into it, so Escape closes it and Tab stays in
// it (a Popup leaves the focus on the page behind by default: Escape did nothing and Tab walked
// the page under the dialog).
Dialog {
    modal: true
    focus: true
}
