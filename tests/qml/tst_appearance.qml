import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// How it looks (issue 27): Settings offers light, dark or the device's colours, text up to 200 %
// and less motion; each takes effect at once. At 200 % on a phone nothing on the apprentice's
// pages runs past the page's edge (WCAG 1.4.4): every text and control stays inside the width,
// unless it sits in something that scrolls sideways on purpose.
TestCase {
    id: tc
    name: "Appearance"
    when: windowShown
    visible: true
    width: 390
    height: 4000

    Ui {
        id: ui
    }

    Component {
        id: settingsComponent
        SettingsPage {
            width: tc.width
            height: tc.height
        }
    }
    // What Main gives every page: a window 390 wide whose font grows with the text size.
    component PhoneWindow: ApplicationWindow {
        width: 390
        height: 4000
        visible: true
        font.pixelSize: ui.px(14)
    }
    Component {
        id: settingsWindowComponent
        PhoneWindow {
            SettingsPage {
                anchors.fill: parent
            }
        }
    }
    Component {
        id: todayComponent
        PhoneWindow {
            TodayPage {
                anchors.fill: parent
            }
        }
    }
    Component {
        id: goalsComponent
        PhoneWindow {
            GoalsPage {
                anchors.fill: parent
            }
        }
    }
    Component {
        id: checkInComponent
        PhoneWindow {
            CheckInPage {
                anchors.fill: parent
            }
        }
    }
    Component {
        id: journeyComponent
        PhoneWindow {
            JourneyPage {
                anchors.fill: parent
            }
        }
    }
    Component {
        id: sharingComponent
        PhoneWindow {
            SharingPage {
                anchors.fill: parent
            }
        }
    }

    function cleanup() {
        Session.appearance.theme = "light";
        Session.appearance.textScale = 1;
        Session.appearance.reduceMotion = false;
    }

    function click(page, name) {
        const item = findChild(page, name);
        verify(item && item.visible, name);
        mouseClick(item);
    }

    function test_chooseColoursTextSizeAndMotion() {
        const page = createTemporaryObject(settingsComponent, tc);
        wait(50);
        verify(findChild(page, "appearanceCard").visible);
        click(page, "theme_dark");
        compare(Session.appearance.theme, "dark");
        verify(ui.dark, "the colours follow at once");
        verify(findChild(page, "theme_dark").selected);
        click(page, "theme_light");
        verify(!ui.dark);

        click(page, "textScale_200");
        compare(Session.appearance.textScale, 2);
        compare(ui.px(14), 28);
        verify(findChild(page, "textScale_200").selected);
        click(page, "textScale_100");
        compare(ui.px(14), 14);

        const motion = findChild(page, "reduceMotionSwitch");
        verify(!motion.checked);
        mouseClick(motion);
        verify(Session.appearance.reduceMotion);
        compare(ui.motion(250), 0);
    }

    function test_outOfRangeTextSizesAreBounded() {
        Session.appearance.textScale = 5;
        compare(Session.appearance.textScale, 2);
        Session.appearance.textScale = 0.2;
        compare(Session.appearance.textScale, 1);
        Session.appearance.textScale = 1.6;
        compare(Session.appearance.textScale, 1.5, "quarter steps");
    }

    // Every visible text or control under `item` whose right edge passes `root`'s, skipping what
    // is inside a clipping, sideways-scrolling area (the caseload's filter chips).
    function overflowing(root, item, out) {
        if (!item || !item.visible || item.opacity === 0)
            return;
        if (item.clip && item !== root && item.contentWidth !== undefined && item.contentWidth > item.width)
            return;
        const hasText = item.text !== undefined && item.font !== undefined && String(item.text).length > 0;
        if (hasText && item.width > 0) {
            const p = item.mapToItem(root, 0, 0);
            // A text that neither wraps nor elides draws past its own width: count what it draws.
            const drawn = item.contentWidth !== undefined && item.elide === Text.ElideNone ? Math.max(item.width, item.contentWidth) : item.width;
            if (p.x < -1 || p.x + drawn > root.width + 1)
                out.push(String(item.text).substring(0, 40) + " (x " + Math.round(p.x) + ", width " + Math.round(drawn) + ")");
        }
        const kids = item.children;
        let contentSeen = false;
        for (let i = 0; i < kids.length; ++i) {
            contentSeen = contentSeen || kids[i] === item.contentItem;
            overflowing(root, kids[i], out);
        }
        if (item.contentItem && item.contentItem.children && !contentSeen)
            overflowing(root, item.contentItem, out);
    }

    function test_nothingRunsPastAPhonesEdgeAt200_data() {
        return [
            { tag: "today", component: todayComponent },
            { tag: "goals", component: goalsComponent },
            { tag: "check-in", component: checkInComponent },
            { tag: "journey", component: journeyComponent },
            { tag: "sharing", component: sharingComponent },
            { tag: "settings", component: settingsWindowComponent }
        ];
    }
    function test_nothingRunsPastAPhonesEdgeAt200(data) {
        Session.appearance.textScale = 2;
        const window = createTemporaryObject(data.component, tc);
        const page = window.contentItem.children[0];
        wait(100);
        verify(page.width === 390);
        const out = [];
        overflowing(page, page, out);
        verify(out.length === 0, data.tag + " at 200 %: " + out.length + " past the edge: " + out.slice(0, 6).join("; "));
    }

    // Touch targets on a phone (issue 27): every control one can tap is at least 44 × 44 px.
    function smallTargets(root, item, out) {
        if (!item || !item.visible || item.opacity === 0)
            return;
        if (item.clip && item !== root && item.contentWidth !== undefined && item.contentWidth > item.width)
            return;
        const tappable = typeof item.clicked === "function" && item.pressed !== undefined && item.enabled;
        if (tappable && (item.width < 44 || item.height < 44))
            out.push((item.Accessible.name || item.text || item.objectName || "?") + " " + Math.round(item.width) + "×" + Math.round(item.height));
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i)
            smallTargets(root, kids[i], out);
    }
    function test_touchTargetsOnAPhone_data() {
        return test_nothingRunsPastAPhonesEdgeAt200_data();
    }
    function test_touchTargetsOnAPhone(data) {
        const window = createTemporaryObject(data.component, tc);
        const page = window.contentItem.children[0];
        wait(100);
        const out = [];
        smallTargets(page, page, out);
        verify(out.length === 0, data.tag + ": " + out.length + " under 44 × 44: " + out.slice(0, 8).join("; "));
    }
}
