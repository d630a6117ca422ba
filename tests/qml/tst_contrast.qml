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

    function test_textOnEveryBackground_data() {
        const rows = [];
        const grounds = ["background", "surface", "primaryLight", "accentLight", "dangerLight"];
        for (const fg of ["text", "muted", "primary", "accent", "danger"])
            for (const bg of grounds)
                rows.push({tag: fg + " on " + bg, fg: fg, bg: bg, min: 4.5});
        // "Har konto", the consent's "shared": on cards and the page only.
        rows.push({tag: "ok on surface", fg: "ok", bg: "surface", min: 4.5});
        rows.push({tag: "ok on background", fg: "ok", bg: "background", min: 4.5});
        return rows;
    }
    function test_textOnEveryBackground(data) {
        const r = ratio(ui[data.fg], ui[data.bg]);
        verify(r >= data.min, data.tag + ": " + r.toFixed(2) + ":1, under " + data.min);
    }

    function test_theMainActionAndItsFocus() {
        // White on the green of the header and of PrimaryButton.
        verify(ratio(Qt.color("white"), ui.primary) >= 4.5);
        // The focus ring is drawn outside the button, against the page.
        verify(ratio(ui.focusRing, ui.background) >= 3, "focus ring on the page");
        verify(ratio(ui.focusRing, ui.surface) >= 3, "focus ring on a card");
        verify(ratio(ui.focusRing, ui.accentLight) >= 3, "focus ring on a warm card");
    }
}
