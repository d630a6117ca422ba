import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A page whose content scrolls in one centred column, at most `ui.maxContent` wide.
Page {
    id: page

    default property alias content: column.data
    property alias flickable: flick
    property int columnWidth: Math.min(width - 2 * ui.pad, maxWidth)
    property int maxWidth: ui.maxContent

    background: Rectangle {
        color: ui.background
    }

    Ui {
        id: ui
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * ui.pad + 24
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            x: (flick.width - width) / 2
            y: ui.pad
            width: page.columnWidth
            spacing: ui.gap
        }
        ScrollIndicator.vertical: ScrollIndicator {
        }
    }
}
