import QtQuick
import QtTest
import Bro

// WCAG 2.1 AA contrast (1.4.3, 1.4.11) computed from the theme's own colours (Ui.qml), for every
// pair the app puts together: text at least 4.5:1, focus rings and other marks one must see at
// least 3:1 against what they stand on.
TestCase {
    id: tc
    name: "Contrast"

    Ui {
        id: ui
    }

    function channel(c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    function luminance(c) {
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }
    function ratio(a, b) {
        const la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    // Both themes: every pair is checked in the light and in the dark one (Settings → Colours).
    property string themeBefore
    function initTestCase() {
        themeBefore = Session.appearance.theme;
    }
    function cleanupTestCase() {
        Session.appearance.theme = themeBefore;
    }
    function inTheme(theme) {
        Session.appearance.theme = theme;
        compare(ui.dark, theme === "dark");
    }

    function test_textOnEveryBackground_data() {
        const rows = [];
        const grounds = ["background", "surface", "primaryLight", "accentLight", "dangerLight"];
        for (const theme of ["light", "dark"]) {
            for (const fg of ["text", "muted", "primary", "accent", "danger"])
                for (const bg of grounds)
                    rows.push({tag: theme + ": " + fg + " on " + bg, theme: theme, fg: fg, bg: bg, min: 4.5});
            // "Har konto", the consent's "shared", an achieved goal's chip.
            for (const bg of ["surface", "background", "okLight"])
                rows.push({tag: theme + ": ok on " + bg, theme: theme, fg: "ok", bg: bg, min: 4.5});
            // What stands on the green (the header, the main action, a chosen chip), and the toast.
            rows.push({tag: theme + ": textOnPrimary on primary", theme: theme, fg: "textOnPrimary", bg: "primary", min: 4.5});
            rows.push({tag: theme + ": textOnInverse on inverse", theme: theme, fg: "textOnInverse", bg: "inverse", min: 4.5});
            // Marks one must see (WCAG 1.4.11, 3:1): the focus ring around a control, and the
            // absence strip's days about health and other absence against the card.
            for (const bg of ["background", "surface", "accentLight", "primaryLight"])
                rows.push({tag: theme + ": focusRing on " + bg, theme: theme, fg: "focusRing", bg: bg, min: 3});
            for (const mark of ["accent", "neutral"])
                rows.push({tag: theme + ": absence mark " + mark + " on surface", theme: theme, fg: mark, bg: "surface", min: 3});
        }
        return rows;
    }
    function test_textOnEveryBackground(data) {
        inTheme(data.theme);
        const r = ratio(ui[data.fg], ui[data.bg]);
        verify(r >= data.min, data.tag + ": " + r.toFixed(2) + ":1, under " + data.min);
    }
}
