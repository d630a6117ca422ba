import QtQuick

// The words for outcome points, their states, the adviser's statuses and who referred (issue 24),
// in one place for the Today card, the answer page and the journey's sections.
QtObject {
    id: texts

    property Ui ui: Ui {
    }

    readonly property var statusKeys: ["in_training", "sick_leave", "paused", "dropped_out", "certified"]
    readonly property var referredByKeys: ["adviser", "gp", "apprentice", "other"]

    function pointName(point) {
        switch (point) {
        case "baseline":
            return qsTr("At the start");
        case "stay_end":
            return qsTr("When the stay ends");
        case "month_3":
            return qsTr("3 months after the stay");
        case "month_6":
            return qsTr("6 months after the stay");
        case "month_12":
            return qsTr("12 months after the stay");
        }
        return point;
    }
    // What a point's state means, for the apprentice (`own`) or a helper.
    function stateText(state, due, answeredOn, own) {
        switch (state) {
        case "answered":
            return qsTr("Answered %1").arg(ui.shortDate(answeredOn));
        case "due":
            return qsTr("Ready to answer, by %1").arg(ui.shortDate(due));
        case "late":
            return own ? qsTr("You can still answer. It was due %1.").arg(ui.shortDate(due)) : qsTr("Not answered yet, due %1").arg(ui.shortDate(due));
        }
        return due === "" ? qsTr("No date yet") : qsTr("Coming %1").arg(ui.date(due));
    }
    function statusName(status) {
        switch (status) {
        case "in_training":
            return qsTr("In the apprenticeship");
        case "sick_leave":
            return qsTr("On sick leave");
        case "paused":
            return qsTr("Taking a break");
        case "dropped_out":
            return qsTr("Has left the apprenticeship");
        case "certified":
            return qsTr("Has the trade certificate");
        }
        return qsTr("Not set");
    }
    function referredByName(who) {
        switch (who) {
        case "adviser":
            return qsTr("The training office");
        case "gp":
            return qsTr("The GP");
        case "apprentice":
            return qsTr("The apprentice");
        case "other":
            return qsTr("Someone else");
        }
        return who;
    }
    function decisionText(decision) {
        switch (decision) {
        case "accepted":
            return qsTr("The clinic said yes");
        case "declined":
            return qsTr("The clinic said no");
        }
        return qsTr("Waiting for the clinic's answer");
    }
}
