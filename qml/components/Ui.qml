import QtQuick
import Bro

// Shared look and words: colours, sizes, and the plain-language names of phases, categories and
// kinds. Instantiate once per file (`Ui { id: ui }`); it holds no state of its own.
QtObject {
    id: ui

    // How this device wants it (Settings → Utseende): theme, text size, motion.
    readonly property bool dark: Session.appearance.dark
    readonly property real textScale: Session.appearance.textScale
    readonly property bool reduceMotion: Session.appearance.reduceMotion

    // Warm, calm palette in two themes; every pair the app puts together passes WCAG AA in both
    // (computed in qml_tst_contrast). In the dark theme the green is light and what stands on it
    // dark, so one colour serves as a fill and as text on a card.
    readonly property color primary: dark ? "#7CC4AE" : "#2F6B5E"
    readonly property color textOnPrimary: dark ? "#0E1412" : "#FFFFFF"
    readonly property color primaryLight: dark ? "#1E3A33" : "#E3EFEB"
    readonly property color accent: dark ? "#F2A77A" : "#A84A14"
    readonly property color accentLight: dark ? "#3D2A1F" : "#FBE9DD"
    readonly property color background: dark ? "#121715" : "#FAF7F2"
    readonly property color surface: dark ? "#1B2220" : "#FFFFFF"
    readonly property color text: dark ? "#E6ECE9" : "#1F2623"
    readonly property color muted: dark ? "#A7B2AD" : "#56605B"
    readonly property color line: dark ? "#3A4440" : "#DCD6CC"
    readonly property color danger: dark ? "#F49A93" : "#A32D2D"
    readonly property color dangerLight: dark ? "#44231F" : "#F8E3E1"
    readonly property color ok: dark ? "#7FD19E" : "#2E7D4F"
    readonly property color okLight: dark ? "#1F3A29" : "#EEF7F1"
    // Marks that are neither health nor presence (the absence strip's "other"), and days off.
    readonly property color neutral: dark ? "#7E8884" : "#7A837F"
    readonly property color quiet: dark ? "#262D2A" : "#EEEAE3"
    // A short message over the page (the toast): the page's colours turned round.
    readonly property color inverse: dark ? "#E6ECE9" : "#323232"
    readonly property color textOnInverse: dark ? "#121715" : "#FFFFFF"
    // Where the keyboard is (WCAG 2.4.7): drawn around a control in the text colour, so it stands
    // out on every background (the accent is as dark as the green and vanishes against a green
    // button).
    readonly property color focusRing: ui.text
    // A share that waits for a parent's or guardian's yes: news, not a warning or anyone's fault,
    // so plain text colour at normal weight rather than the accent of "not shared".
    readonly property color waiting: ui.text

    // A text size in the app's own pixels, grown with the person's text size (up to 200 %).
    function px(n) {
        return Math.round(n * textScale);
    }
    // An animation's length, or none for someone who asked for less motion.
    function motion(ms) {
        return reduceMotion ? 0 : ms;
    }

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

    // Phase names and hints come from the programme's definition (Session.programme), in the UI
    // language; reading its maps makes a binding follow a new revision or language.
    function phaseName(p) {
        const name = Session.programme.phaseNames[p];
        return name !== undefined ? name : Session.programme.phaseName(p);
    }
    function phaseHint(p) {
        const hint = Session.programme.phaseDescriptions[p];
        return hint !== undefined ? hint : Session.programme.phaseDescription(p);
    }
    // What a helper sees instead of "not shared" while the apprentice's share of a health
    // category waits for a parent's or guardian's yes (CaseModel.awaitingGuardian).
    function guardianWaitText(service) {
        return qsTr("Shared with %1, waiting for a parent's or guardian's yes. Because of the apprentice's age, it starts when the coordinator has noted that a parent or guardian agreed.").arg(service);
    }

    // A stage of the programme's funnel (figures/published_programme.hpp), for every table and
    // chart that shows one.
    function funnelStageName(stage) {
        switch (stage) {
        case "referred":
            return qsTr("Referred");
        case "accepted":
            return qsTr("Accepted by the clinic");
        case "stay_started":
            return qsTr("Stay started");
        case "stay_completed":
            return qsTr("Stay completed");
        case "in_training_6m":
            return qsTr("In training after 6 months");
        case "in_training_12m":
            return qsTr("In training after 12 months");
        case "certified":
            return qsTr("Trade certificate");
        }
        return stage;
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
        case "statistics":
            return qsTr("Programme figures");
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
    // What sharing a category means, in plain words: the programme's newest consent text, the
    // same words the confirmation shows and the receipt records (under a card naming the service).
    function categorySentence(c) {
        const text = Session.programme.consentTexts[c];
        return text !== undefined ? text : "";
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
    // A sign for the header when words do not fit (large text on a phone).
    function syncSign(state, pending) {
        const sign = state === "offline" ? "⊘" : state === "uptodate" ? "✓" : "↻";
        return pending > 0 ? sign + " " + pending : sign;
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
