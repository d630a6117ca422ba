import QtQuick
import Bro

// Shared look and words: colours, sizes, and the plain-language names of phases, categories and
// kinds. Instantiate once per file (`Ui { id: ui }`); it holds no state of its own.
QtObject {
    id: ui

    // Warm, calm palette; all text colours pass WCAG AA on `surface` and `background`.
    readonly property color primary: "#2F6B5E"
    readonly property color primaryLight: "#E3EFEB"
    readonly property color accent: "#A84A14"
    readonly property color accentLight: "#FBE9DD"
    readonly property color background: "#FAF7F2"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1F2623"
    readonly property color muted: "#56605B"
    readonly property color line: "#DCD6CC"
    readonly property color danger: "#A32D2D"
    readonly property color dangerLight: "#F8E3E1"
    readonly property color ok: "#2E7D4F"
    // A share that waits for a parent's or guardian's yes: news, not a warning or anyone's fault,
    // so plain text colour at normal weight rather than the accent of "not shared".
    readonly property color waiting: ui.text

    readonly property int touch: 48
    readonly property int gap: 12
    readonly property int pad: 16
    readonly property int radius: 12
    readonly property int maxContent: 720

    // The UI language ("nb" unless the user or the system chose English).
    readonly property string lang: Session.language === "en" ? "en" : Session.language === "nb" ? "nb" : (Qt.locale().name.startsWith("en") ? "en" : "nb")
    readonly property var locale: Qt.locale(lang === "en" ? "en_GB" : "nb_NO")

    function parseDate(s) {
        if (!s)
            return null;
        const str = String(s);
        if (str.length === 10)
            return new Date(Number(str.substr(0, 4)), Number(str.substr(5, 2)) - 1, Number(str.substr(8, 2)));
        const d = new Date(str.endsWith("Z") || str.indexOf("+") > 0 ? str : str + "Z");
        return isNaN(d.getTime()) ? null : d;
    }
    function isoDate(d) {
        const m = d.getMonth() + 1, day = d.getDate();
        return d.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (day < 10 ? "0" : "") + day;
    }
    function today() {
        return isoDate(new Date());
    }
    function addDays(iso, n) {
        const d = parseDate(iso) || new Date();
        return isoDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() + n));
    }
    function addMonths(iso, n) {
        const d = parseDate(iso) || new Date();
        return isoDate(new Date(d.getFullYear(), d.getMonth() + n, d.getDate()));
    }
    function daysBetween(a, b) {
        const da = parseDate(a), db = parseDate(b);
        if (!da || !db)
            return 0;
        return Math.round((db.getTime() - da.getTime()) / 86400000);
    }
    // "24 Nov 2026" / "24. nov. 2026"
    function date(s) {
        const d = parseDate(s);
        return d ? d.toLocaleDateString(locale, lang === "en" ? "d MMM yyyy" : "d. MMM yyyy") : "";
    }
    function shortDate(s) {
        const d = parseDate(s);
        if (!d)
            return "";
        return lang === "en" ? d.toLocaleDateString(locale, "d MMM") : d.toLocaleDateString(locale, "d. MMM");
    }
    function longDate(s) {
        const d = parseDate(s);
        if (!d)
            return "";
        return lang === "en" ? d.toLocaleDateString(locale, "d MMMM yyyy") : d.toLocaleDateString(locale, "d. MMMM yyyy");
    }
    function dateTime(s) {
        const d = parseDate(s);
        if (!d)
            return "";
        return (lang === "en" ? d.toLocaleDateString(locale, "d MMM yyyy") : d.toLocaleDateString(locale, "d. MMM yyyy")) + " " + d.toLocaleTimeString(locale, "HH:mm");
    }
    function range(from, to) {
        if (!to || from === to)
            return date(from);
        return shortDate(from) + " – " + date(to);
    }

    function phaseName(p) {
        switch (p) {
        case "referral":
            return qsTr("Referral");
        case "preparation":
            return qsTr("Preparation");
        case "stay":
            return qsTr("Stay at the clinic");
        case "return_to_work":
        case "return":
            return qsTr("Return to work");
        case "follow_up":
            return qsTr("Follow-up");
        case "completed":
            return qsTr("Completed");
        case "ended":
            return qsTr("Ended");
        }
        return p;
    }
    function phaseHint(p) {
        switch (p) {
        case "referral":
            return qsTr("The training office and you agree that a stay could help.");
        case "preparation":
            return qsTr("Getting ready for the stay: what you want to get out of it.");
        case "stay":
            return qsTr("Work-oriented rehabilitation at the clinic.");
        case "return_to_work":
        case "return":
            return qsTr("Back at work, step by step, with a plan.");
        case "follow_up":
            return qsTr("The training office follows up until things are steady.");
        case "completed":
            return qsTr("The journey is done. The goal is your trade certificate.");
        }
        return "";
    }
    // What a helper sees instead of "not shared" while the apprentice's share of a health
    // category waits for a parent's or guardian's yes (CaseModel.awaitingGuardian).
    function guardianWaitText(service) {
        return qsTr("Shared with %1, waiting for a parent's or guardian's yes. Because of the apprentice's age, it starts when the coordinator has noted that a parent or guardian agreed.").arg(service);
    }

    function categoryName(c) {
        switch (c) {
        case "goals":
            return qsTr("Goals and steps");
        case "checkins":
            return qsTr("Check-ins");
        case "absence":
            return qsTr("Absence");
        case "notes":
            return qsTr("Notes");
        case "journey":
            return qsTr("Journey and phases");
        }
        return c;
    }
    function orgKindName(k) {
        return k === "clinic" ? qsTr("the clinic") : k === "training_office" ? qsTr("the training office") : "";
    }
    function orgKindTitle(k) {
        return k === "clinic" ? qsTr("The clinic") : k === "training_office" ? qsTr("The training office") : "";
    }
    function roleName(r) {
        switch (r) {
        case "apprentice":
            return qsTr("Apprentice");
        case "adviser":
            return qsTr("Adviser");
        case "clinician":
            return qsTr("Clinician");
        case "coordinator":
            return qsTr("Coordinator");
        }
        return r;
    }
    // What sharing a category with an organisation means, in plain words.
    function categorySentence(kind, c) {
        const clinic = kind === "clinic";
        switch (c) {
        case "goals":
            return clinic ? qsTr("The clinic sees your goals and steps, and can suggest a step. You decide whether to take it.") : qsTr("The training office sees your goals and steps, and can suggest a step. You decide whether to take it.");
        case "checkins":
            return clinic ? qsTr("The clinic sees how you have been: mood, energy, sleep, pain, how work went, and your notes.") : qsTr("The training office sees how you have been: mood, energy, sleep, pain, how work went, and your notes.");
        case "absence":
            return clinic ? qsTr("The clinic sees your absence, and whether it was about your health.") : qsTr("The training office sees your absence, and whether it was about your health.");
        case "notes":
            return clinic ? qsTr("The clinic reads the notes your helpers write about you, and can write its own. You always see every note.") : qsTr("The training office reads the notes your helpers write about you, and can write its own. You always see every note.");
        case "journey":
            return clinic ? qsTr("The clinic sees which phase you are in, who is responsible, and the handover checklist.") : qsTr("The training office sees which phase you are in, who is responsible, and the handover checklist.");
        }
        return "";
    }
    function recordKindName(k) {
        switch (k) {
        case "goal":
            return qsTr("a goal");
        case "goal_step":
        case "step":
            return qsTr("a step");
        case "checkin":
            return qsTr("a check-in");
        case "absence":
            return qsTr("an absence");
        case "note":
            return qsTr("a note");
        case "message":
        case "message_read":
            return qsTr("a message");
        case "consent":
            return qsTr("what you share");
        case "case":
        case "journey":
        case "handover":
            return qsTr("the journey");
        }
        return k;
    }
    function absenceKindName(k) {
        switch (k) {
        case "sick":
            return qsTr("Sick");
        case "sick_child":
            return qsTr("Sick child");
        case "appointment":
            return qsTr("Appointment");
        case "personal":
            return qsTr("Personal");
        case "other":
            return qsTr("Other");
        }
        return k;
    }
    function measureName(m) {
        switch (m) {
        case "mood":
            return qsTr("Mood");
        case "energy":
            return qsTr("Energy");
        case "sleep":
            return qsTr("Sleep");
        case "pain":
            return qsTr("Pain");
        case "work":
            return qsTr("How work went");
        }
        return m;
    }
    function statusName(s) {
        switch (s) {
        case "active":
            return qsTr("Active");
        case "paused":
            return qsTr("Paused");
        case "achieved":
            return qsTr("Achieved");
        case "dropped":
            return qsTr("Dropped");
        }
        return s;
    }
    function syncText(state, pending) {
        switch (state) {
        case "offline":
            return pending > 0 ? qsTr("Offline – %n change(s) waiting", "", pending) : qsTr("Offline – everything is saved here");
        case "connecting":
            return qsTr("Connecting…");
        case "syncing":
            return qsTr("Syncing…");
        case "uptodate":
            return pending > 0 ? qsTr("%n change(s) waiting", "", pending) : qsTr("Up to date");
        }
        return "";
    }
    // A word or two for the header of a phone.
    function syncShort(state, pending) {
        const base = state === "offline" ? qsTr("Offline") : state === "connecting" ? qsTr("Connecting") : state === "syncing" ? qsTr("Syncing") : qsTr("Up to date");
        return pending > 0 ? base + " · " + pending : base;
    }
    function responsibleOrgName(kind) {
        const team = Session.team || [];
        for (let i = 0; i < team.length; ++i) {
            if (team[i].name === Session.responsibleName)
                return team[i].orgName;
        }
        for (let j = 0; j < team.length; ++j) {
            if (team[j].orgKind === kind)
                return team[j].orgName;
        }
        return "";
    }
}
