import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A date as "YYYY-MM-DD": a button showing the date, opening a month calendar.
AbstractButton {
    Accessible.onPressAction: clicked()
    id: field

    property string date: ui.today()
    property string label
    property string minimumDate
    property string maximumDate

    signal picked(string date)

    implicitWidth: Math.max(120, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(ui.touch + 8, implicitContentHeight + topPadding + bottomPadding)
    padding: 8
    leftPadding: 12
    text: ui.date(date)
    Accessible.role: Accessible.Button
    Accessible.name: label + ": " + ui.longDate(date)
    background: Rectangle {
        radius: 8
        color: field.down ? ui.primaryLight : ui.surface
        border.color: field.activeFocus ? ui.primary : ui.line
    }
    contentItem: ColumnLayout {
        spacing: 0
        Label {
            visible: field.label !== ""
            text: field.label
            color: ui.muted
            font.pixelSize: ui.px(12)
        }
        Label {
            text: field.text
            color: ui.text
            font.pixelSize: ui.px(16)
        }
    }
    onClicked: {
        const d = ui.parseDate(date) || new Date();
        grid.month = d.getMonth();
        grid.year = d.getFullYear();
        popup.open();
    }

    Ui {
        id: ui
    }

    property alias popup: popup
    property alias grid: grid

    Popup {
        id: popup
        focus: true // Escape closes the calendar; the keyboard stays in it
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(340, (parent ? parent.width : 340) - 24)
        padding: 12

        contentItem: ColumnLayout {
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                TextButton {
                    text: "‹"
                    flat: true
                    font.pixelSize: ui.px(22)
                    Layout.preferredWidth: ui.touch
                    Layout.preferredHeight: ui.touch
                    Accessible.name: qsTr("Previous month")
                    onClicked: {
                        if (grid.month === 0) {
                            grid.month = 11;
                            grid.year -= 1;
                        } else {
                            grid.month -= 1;
                        }
                    }
                }
                Label {
                    text: new Date(grid.year, grid.month, 1).toLocaleDateString(ui.locale, "MMMM yyyy")
                    font.pixelSize: ui.px(16)
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                TextButton {
                    text: "›"
                    flat: true
                    font.pixelSize: ui.px(22)
                    Layout.preferredWidth: ui.touch
                    Layout.preferredHeight: ui.touch
                    Accessible.name: qsTr("Next month")
                    onClicked: {
                        if (grid.month === 11) {
                            grid.month = 0;
                            grid.year += 1;
                        } else {
                            grid.month += 1;
                        }
                    }
                }
            }
            DayOfWeekRow {
                locale: ui.locale
                Layout.fillWidth: true
            }
            MonthGrid {
                id: grid
                locale: ui.locale
                Layout.fillWidth: true
                delegate: Label {
                    required property var model
                    readonly property string iso: ui.isoDate(model.date)
                    readonly property bool allowed: (field.minimumDate === "" || iso >= field.minimumDate) && (field.maximumDate === "" || iso <= field.maximumDate)
                    text: model.day
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    height: 40
                    opacity: model.month === grid.month ? (allowed ? 1 : 0.3) : 0.35
                    color: iso === field.date ? ui.textOnPrimary : ui.text
                    background: Rectangle {
                        radius: 20
                        color: iso === field.date ? ui.primary : (model.today ? ui.primaryLight : "transparent")
                    }
                    Accessible.name: ui.longDate(iso)
                }
                onClicked: function (d) {
                    const iso = ui.isoDate(d);
                    if ((field.minimumDate !== "" && iso < field.minimumDate) || (field.maximumDate !== "" && iso > field.maximumDate))
                        return;
                    field.date = iso;
                    field.picked(iso);
                    popup.close();
                }
            }
        }
    }
}
