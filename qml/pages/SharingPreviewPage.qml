import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// "See what they see": exactly the categories the training office (or the clinic) may see now,
// with the same data; what is not shared says so, and what is shared but waits for a parent's or
// guardian's yes says that.
ScrollPage {
    id: page
    objectName: "sharingPreviewPage"

    property string orgKind: "training_office"
    property int revision: 0
    readonly property var grantedCategories: {
        revision;
        let g = [];
        for (let i = 0; i < rows.count; ++i) {
            const r = rows.itemAt(i);
            if (r && r.orgKind === orgKind && r.active && !r.awaitingGuardian && g.indexOf(r.category) < 0)
                g.push(r.category);
        }
        return g;
    }
    // Granted, but a parent's or guardian's yes is still needed: not seen yet, and not "not
    // shared" either — the apprentice did share it.
    readonly property var waitingCategories: {
        revision;
        let w = [];
        for (let i = 0; i < rows.count; ++i) {
            const r = rows.itemAt(i);
            if (r && r.orgKind === orgKind && r.active && r.awaitingGuardian && w.indexOf(r.category) < 0)
                w.push(r.category);
        }
        return w;
    }

    function shared(category) {
        return grantedCategories.indexOf(category) >= 0;
    }
    function notSharedText(category) {
        if (waitingCategories.indexOf(category) >= 0)
            return qsTr("Shared with %1, waiting for a parent's or guardian's yes. Nothing is sent before that.").arg(ui.orgKindName(orgKind));
        return qsTr("Not shared with %1.").arg(ui.orgKindName(orgKind));
    }

    title: qsTr("What they see")

    Ui {
        id: ui
    }
    ConsentModel {
        id: consents
        caseId: Session.caseId
        onDataChanged: page.revision++
        onModelReset: page.revision++
        onRowsInserted: page.revision++
    }
    // invisible rows to read the consents from
    Repeater {
        id: rows
        objectName: "consentRows"
        model: consents
        delegate: Item {
            required property string orgKind
            required property string category
            required property bool active
            required property bool awaitingGuardian
            visible: false
            Layout.preferredHeight: 0
        }
        onCountChanged: page.revision++
    }

    TabBar {
        Layout.fillWidth: true
        currentIndex: page.orgKind === "clinic" ? 1 : 0
        PageTab {
            text: qsTr("Training office")
            Accessible.name: qsTr("See what the training office sees")
            onClicked: page.orgKind = "training_office"
        }
        PageTab {
            text: qsTr("Clinic")
            Accessible.name: qsTr("See what the clinic sees")
            onClicked: page.orgKind = "clinic"
        }
    }

    Label {
        text: qsTr("This is what %1 sees about you right now. Change it under Sharing.").arg(ui.orgKindName(page.orgKind))
        color: ui.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionCard {
        title: ui.categoryName("journey")
        Label {
            objectName: "notShared_journey"
            visible: !page.shared("journey")
            text: page.notSharedText("journey")
            color: page.waitingCategories.indexOf("journey") >= 0 ? ui.waiting : ui.muted
            font.italic: page.waitingCategories.indexOf("journey") < 0
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PhaseTimeline {
            visible: page.shared("journey")
            model: JourneyModel {
                caseId: Session.caseId
            }
        }
    }
    SectionCard {
        title: ui.categoryName("goals")
        Label {
            objectName: "notShared_goals"
            visible: !page.shared("goals")
            text: page.notSharedText("goals")
            color: page.waitingCategories.indexOf("goals") >= 0 ? ui.waiting : ui.muted
            font.italic: page.waitingCategories.indexOf("goals") < 0
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: page.shared("goals") ? goalsModel : null
            delegate: GoalDelegate {
                showReorder: false
                enabled: false
            }
        }
        GoalsModel {
            id: goalsModel
            caseId: Session.caseId
        }
    }
    SectionCard {
        title: ui.categoryName("checkins")
        Label {
            objectName: "notShared_checkins"
            visible: !page.shared("checkins")
            text: page.notSharedText("checkins")
            color: page.waitingCategories.indexOf("checkins") >= 0 ? ui.waiting : ui.muted
            font.italic: page.waitingCategories.indexOf("checkins") < 0
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: page.shared("checkins") ? ["mood", "energy", "sleep", "work", "pain"] : []
            delegate: TrendChart {
                required property string modelData
                title: ui.measureName(modelData)
                points: checkIns.series(modelData, 28)
                minValue: modelData === "pain" ? 0 : 1
                maxValue: modelData === "pain" ? 10 : 5
                lineColor: modelData === "pain" ? ui.accent : ui.primary
            }
        }
        CheckInsModel {
            id: checkIns
            caseId: Session.caseId
        }
    }
    SectionCard {
        title: ui.categoryName("absence")
        Label {
            objectName: "notShared_absence"
            visible: !page.shared("absence")
            text: page.notSharedText("absence")
            color: page.waitingCategories.indexOf("absence") >= 0 ? ui.waiting : ui.muted
            font.italic: page.waitingCategories.indexOf("absence") < 0
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: page.shared("absence") ? absenceModel : null
            delegate: AbsenceDelegate {
            }
        }
        AbsenceModel {
            id: absenceModel
            caseId: Session.caseId
        }
    }
    SectionCard {
        title: ui.categoryName("notes")
        Label {
            objectName: "notShared_notes"
            visible: !page.shared("notes")
            text: page.notSharedText("notes")
            color: page.waitingCategories.indexOf("notes") >= 0 ? ui.waiting : ui.muted
            font.italic: page.waitingCategories.indexOf("notes") < 0
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: page.shared("notes") ? notesModel : null
            delegate: ColumnLayout {
                required property string authorName
                required property string text
                required property string created
                Layout.fillWidth: true
                spacing: 0
                Label {
                    text: parent.authorName + " · " + ui.date(parent.created)
                    color: ui.muted
                    font.pixelSize: ui.px(13)
                }
                Label {
                    text: parent.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.bottomMargin: 6
                }
            }
        }
        NotesModel {
            id: notesModel
            caseId: Session.caseId
        }
    }
}
