import QtQuick
import QtQuick.Controls

// The app's text area for a few lines (a note, a message). Tab moves on to the next control and
// Shift+Tab back, as in every other field: Qt's TextArea types a tab character instead, which
// traps a keyboard user in the box (WCAG 2.1.2, found by a11y_atspi's Tab pass). Nobody needs a
// tab character in a note.
TextArea {
    id: box

    Keys.onTabPressed: function (event) {
        const next = box.nextItemInFocusChain(true);
        if (next)
            next.forceActiveFocus(Qt.TabFocusReason);
        event.accepted = true;
    }
    Keys.onBacktabPressed: function (event) {
        const previous = box.nextItemInFocusChain(false);
        if (previous)
            previous.forceActiveFocus(Qt.BacktabFocusReason);
        event.accepted = true;
    }
}
