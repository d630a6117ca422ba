import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Settings → reminders (issue 25): which reminders come, and when none do (the quiet hours).
// Everything is planned on this device and kept here; nothing is sent to anyone. Only the
// apprentice has check-ins and minutes to answer, so only they see those two.
SectionCard {
    id: card
    objectName: "reminderCard"

    readonly property var settings: Session.reminders.settings
    readonly property bool apprentice: Session.role === "apprentice"

    title: qsTr("Reminders")
    subtitle: Session.reminders.desktop ? qsTr("Bro reminds you with a notification on this device. Nothing is sent to anyone.") : qsTr("Bro reminds you on the Today page of this device. Nothing is sent to anyone.")

    Ui {
        id: ui
    }

    // A switch whose words wrap instead of being cut off (long labels, large text).
    component ReminderSwitch: Switch {
        id: sw
        Accessible.onPressAction: { toggle(); toggled(); clicked(); }
        Accessible.name: text
        font.pixelSize: ui.px(15)
        Layout.fillWidth: true
        Layout.minimumHeight: ui.touch
        contentItem: Label {
            leftPadding: sw.indicator && !sw.mirrored ? sw.indicator.width + sw.spacing : 0
            rightPadding: sw.indicator && sw.mirrored ? sw.indicator.width + sw.spacing : 0
            text: sw.text
            font: sw.font
            color: sw.enabled ? ui.text : ui.muted
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    // A time among a few ("HH:mm"), shown as the settings hold it.
    component TimeBox: ChoiceBox {
        property string value
        signal chosen(string time)
        currentIndex: model.indexOf(value)
        implicitHeight: Math.max(ui.touch, implicitContentHeight + topPadding + bottomPadding)
        width: ui.px(110)
        font.pixelSize: ui.px(15)
        onActivated: function (i) {
            chosen(model[i]);
        }
    }

    ReminderSwitch {
        objectName: "checkInReminderSwitch"
        visible: card.apprentice
        text: qsTr("Remind me to check in")
        checked: card.settings.checkIn
        Accessible.name: text
        onToggled: card.settings.checkIn = checked
    }
    Label {
        visible: card.apprentice && card.settings.checkIn
        text: qsTr("On these days")
        color: ui.muted
        Layout.fillWidth: true
    }
    Flow {
        visible: card.apprentice && card.settings.checkIn
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: [1, 2, 3, 4, 5, 6, 7]
            delegate: ChoiceChip {
                required property int modelData
                objectName: "reminderDay_" + modelData
                // Locale counts from Sunday (0); the settings from Monday (1) to Sunday (7).
                text: ui.locale.dayName(modelData % 7, Locale.ShortFormat)
                selected: card.settings.checkInDays.indexOf(modelData) >= 0
                Accessible.role: Accessible.CheckBox
                Accessible.name: qsTr("Remind me on %1").arg(ui.locale.dayName(modelData % 7, Locale.LongFormat))
                onClicked: card.settings.setCheckInDay(modelData, !selected)
            }
        }
    }
    Flow {
        visible: card.apprentice && card.settings.checkIn
        spacing: 8
        Layout.fillWidth: true
        Label {
            text: qsTr("At")
            color: ui.muted
            height: ui.touch
            verticalAlignment: Text.AlignVCenter
        }
        TimeBox {
            objectName: "checkInTimeBox"
            model: ["08:30", "10:00", "12:00", "14:00", "15:30", "17:00", "18:00", "19:00", "20:30"]
            value: card.settings.checkInTime
            Accessible.name: qsTr("Time of the reminder: %1").arg(currentText)
            onChosen: function (time) {
                card.settings.checkInTime = time;
            }
        }
    }

    ReminderSwitch {
        objectName: "meetingDayBeforeSwitch"
        text: qsTr("The day before a meeting")
        checked: card.settings.meetingDayBefore
        Accessible.name: text
        onToggled: card.settings.meetingDayBefore = checked
    }
    ReminderSwitch {
        objectName: "meetingHourBeforeSwitch"
        text: qsTr("An hour before a meeting")
        checked: card.settings.meetingHourBefore
        Accessible.name: text
        onToggled: card.settings.meetingHourBefore = checked
    }
    ReminderSwitch {
        objectName: "minutesReminderSwitch"
        visible: card.apprentice
        text: qsTr("When the minutes from a meeting are ready")
        checked: card.settings.minutes
        Accessible.name: text
        onToggled: card.settings.minutes = checked
    }

    Label {
        text: qsTr("Quiet hours")
        font.weight: Font.DemiBold
        Layout.fillWidth: true
        Layout.topMargin: 4
    }
    Label {
        objectName: "quietHoursText"
        text: qsTr("No reminders from %1 to %2. What comes then waits until the morning.").arg(card.settings.quietFrom).arg(card.settings.quietTo)
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // Few choices on purpose: a night is a night. Fewer stops for Tab, too.
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Row {
            spacing: 8
            Label {
                text: qsTr("From")
                color: ui.muted
                height: ui.touch
                verticalAlignment: Text.AlignVCenter
            }
            TimeBox {
                objectName: "quietFromBox"
                model: ["19:00", "20:00", "21:00", "22:00", "23:00"]
                value: card.settings.quietFrom
                Accessible.name: qsTr("Quiet from: %1").arg(currentText)
                onChosen: function (time) {
                    card.settings.quietFrom = time;
                }
            }
        }
        Row {
            spacing: 8
            Label {
                text: qsTr("Until")
                color: ui.muted
                height: ui.touch
                verticalAlignment: Text.AlignVCenter
            }
            TimeBox {
                objectName: "quietToBox"
                model: ["06:00", "07:00", "08:00", "09:00", "10:00"]
                value: card.settings.quietTo
                Accessible.name: qsTr("Quiet until: %1").arg(currentText)
                onChosen: function (time) {
                    card.settings.quietTo = time;
                }
            }
        }
    }
}
