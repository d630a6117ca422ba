import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro

// The window: the login page until someone is logged in, then the apprentice's app — a bottom
// tab bar on a phone, a navigation rail on a tablet or desktop.
ApplicationWindow {
    id: window
    objectName: "window"

    readonly property bool wide: width >= 840
    readonly property bool helper: Session.loggedIn && Session.role !== "apprentice"
    readonly property bool coordinator: Session.loggedIn && Session.role === "coordinator"
    // The apprentice's five tabs; a helper (adviser, clinician) gets their apprentices instead of
    // Today, and the case's notes instead of Sharing (sharing is the apprentice's to decide).
    readonly property var tabs: [{
            "key": helper ? "cases" : "today",
            "title": helper ? qsTr("Apprentices") : qsTr("Today"),
            "glyph": helper ? "☰" : "⌂"
        }, {
            "key": "goals",
            "title": qsTr("Goals"),
            "glyph": "★"
        }, {
            "key": "checkin",
            "title": helper ? qsTr("Check-ins") : qsTr("Check-in"),
            "glyph": "☺"
        }, {
            "key": "journey",
            "title": qsTr("Journey"),
            "glyph": "⚑"
        }, {
            "key": helper ? "notes" : "sharing",
            "title": helper ? qsTr("Notes") : qsTr("Sharing"),
            "glyph": helper ? "✎" : "⇄"
        }]
    property int currentTab: 0
    // Only where the header shows it: QML re-reads the whole of Session.cases, case files and
    // all, for each element this touches, which on a 60-case caseload took ~0.2 s a time.
    readonly property string caseName: {
        if (!helper || currentTab === 0)
            return "";
        const cases = Session.cases || [];
        for (let i = 0; i < cases.length; ++i)
            if (cases[i].caseId === Session.caseId)
                return cases[i].apprenticeName;
        return "";
    }
    readonly property bool loggedIn: Session.loggedIn

    // For the screenshot runner and the tests: show one page by name.
    function showPage(name) {
        // "returnplan~case-sara": a page of another case (a helper's screenshots and tests).
        if (name.indexOf("~") > 0) {
            Session.caseId = name.split("~")[1];
            name = name.split("~")[0];
        }
        if (name === "login" || name === "login-national") {
            if (Session.loggedIn)
                Session.logout();
            return true;
        }
        const tabIndex = tabs.map(t => t.key).indexOf(name);
        if (tabIndex >= 0) {
            selectTab(tabIndex);
            return true;
        }
        switch (name) {
        case "coordinator":
            selectTab(0);
            return coordinator;
        case "goal":
            selectTab(1);
            return stack.currentItem.openFirstGoal ? stack.currentItem.openFirstGoal() : false;
        case "helpcard": // the help card after a very low check-in (screenshots)
            selectTab(2);
            if (stack.currentItem.showHelp === undefined)
                return false;
            stack.currentItem.formOpen = false;
            stack.currentItem.showHelp = true;
            return true;
        case "consent":
            selectTab(4);
            return stack.currentItem.askToChange("training_office", "checkins");
        case "addgoal":
            selectTab(1);
            stack.currentItem.openAddDialog();
            return true;
        case "preview":
            selectTab(4);
            stack.push(previewPage, {
                    "orgKind": "training_office"
                });
            return true;
        case "audit":
            selectTab(4);
            stack.push(auditPage);
            return true;
        case "case":
            selectTab(0);
            return stack.currentItem.openCase ? stack.currentItem.openCase() : false;
        case "absence":
            openFromMenu(absencePage);
            return true;
        case "settings":
            openFromMenu(settingsPage);
            return true;
        case "notes":
            openFromMenu(notesPage);
            return true;
        case "messages":
            openFromMenu(messagesPage);
            return true;
        case "rejected":
            openFromMenu(rejectedPage);
            return true;
        case "meetings":
            openFromMenu(meetingsPage);
            return true;
        case "returnplan":
            openFromMenu(returnPlanPage);
            return true;
        case "outcome": // the apprentice's answers at an outcome point (issue 24)
            openFromMenu(outcomePage);
            return true;
        case "devices":
            openFromMenu(settingsPage);
            stack.push(Qt.resolvedUrl("pages/DevicesPage.qml"), {}, StackView.Immediate);
            return true;
        case "people": // the coordinator's People tab
            selectTab(0);
            if (stack.currentItem.currentTab === undefined)
                return false;
            stack.currentItem.currentTab = 2;
            return true;
        }
        return false;
    }
    function selectTab(i) {
        currentTab = i;
        shownFirst = "";
        if (coordinator) // the programme figures are the coordinator's one page
            return stack.replace(null, coordinatorPage, {}, StackView.Immediate);
        const pages = helper ? [casesPage, goalsPage, checkInPage, journeyPage, notesPage] : [todayPage, goalsPage, checkInPage, journeyPage, sharingPage];
        stack.replace(null, pages[i], {}, StackView.Immediate);
    }
    // Whom the first tab shown now was made for. A window created signed in hears
    // loggedInChanged, helperChanged and Component.onCompleted one after the other; each made
    // the first page anew, and a 60-case caseload three times took most of the app's start.
    property string shownFirst: ""
    function showFirstTab() {
        if (!loggedIn)
            return;
        const who = Session.personId + "/" + Session.role + "/" + helper + "/" + coordinator;
        if (shownFirst === who && currentTab === 0 && stack.depth === 1)
            return;
        selectTab(0);
        shownFirst = who;
    }
    // A page from the menu or the rail stands on the current tab's page, not on the page opened
    // before it: Back leads to the tab, not through every page visited (and pages do not pile up).
    function openFromMenu(component) {
        if (stack.depth > 1)
            stack.pop(null, StackView.Immediate);
        stack.push(component, {}, StackView.Immediate);
    }

    width: 390
    height: 844
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: "Bro"
    locale: ui.locale
    // What has no size of its own grows with the text size too (Material's own is 14 px).
    font.pixelSize: ui.px(14)

    Material.theme: ui.dark ? Material.Dark : Material.Light
    Material.primary: ui.primary
    Material.accent: ui.accent
    Material.background: ui.background
    Material.foreground: ui.text

    // Signing in changes loggedIn, helper and coordinator one after another, and on a fresh
    // device the role only with the server's welcome. The first page is chosen once they have
    // settled (Qt.callLater runs it once, after this round of changes): choosing it at each
    // change made pages inside the making of another, which crashed in the layout.
    onLoggedInChanged: {
        if (loggedIn)
            Qt.callLater(showFirstTab);
        else
            shownFirst = "";
    }
    onHelperChanged: {
        if (loggedIn)
            Qt.callLater(showFirstTab);
    }
    onCoordinatorChanged: {
        if (loggedIn)
            Qt.callLater(showFirstTab);
    }
    Component.onCompleted: {
        if (loggedIn)
            showFirstTab();
    }

    Ui {
        id: ui
    }

    Connections {
        target: Session
        function onChangeRejected(message) {
            toast.show(qsTr("Not saved on the server: %1").arg(message));
        }
    }

    header: ToolBar {
        visible: window.loggedIn
        Material.background: ui.primary
        Material.foreground: ui.textOnPrimary
        height: visible ? Math.max(56, ui.px(20) + 30) : 0
        // Material's ToolBar paints Material.toolBarColor, which Qt 6.4 does not take from the
        // background set above: the white title would stand on the page's own light colour.
        background: Rectangle {
            color: ui.primary
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 4
            spacing: 0
            ToolButton {
                Accessible.onPressAction: clicked()
                visible: stack.depth > 1
                text: "←"
                font.pixelSize: ui.px(22)
                Layout.preferredWidth: ui.touch
                Layout.preferredHeight: ui.touch
                Accessible.name: qsTr("Back")
                onClicked: stack.pop()
            }
            Label {
                text: (stack.currentItem && stack.currentItem.title ? stack.currentItem.title : "Bro") + (window.helper && window.caseName !== "" && window.currentTab > 0 ? " · " + window.caseName : "")
                font.pixelSize: ui.px(20)
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                color: ui.textOnPrimary
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : 12
                Accessible.role: Accessible.Heading
            }
            SyncIndicator {
                compact: !window.wide
                iconOnly: !window.wide && ui.textScale > 1.25
                textColor: ui.textOnPrimary
                Layout.maximumWidth: window.wide ? ui.px(320) : ui.px(150)
            }
            ToolButton {
                Accessible.onPressAction: clicked()
                id: menuButton
                text: "⋮"
                font.pixelSize: ui.px(22)
                Layout.preferredWidth: ui.touch
                Layout.preferredHeight: ui.touch
                Accessible.name: qsTr("More")
                onClicked: moreMenu.open()
                Menu {
                    id: moreMenu
                    y: menuButton.height
                    MenuItem {
                        Accessible.onPressAction: triggered()
                        text: qsTr("Messages")
                        onTriggered: window.openFromMenu(messagesPage)
                    }
                    MenuItem {
                        Accessible.onPressAction: triggered()
                        text: qsTr("Absence")
                        onTriggered: window.openFromMenu(absencePage)
                    }
                    MenuItem {
                        Accessible.onPressAction: triggered()
                        text: qsTr("Meetings")
                        onTriggered: window.openFromMenu(meetingsPage)
                    }
                    MenuItem {
                        Accessible.onPressAction: triggered()
                        text: qsTr("Return plan")
                        onTriggered: window.openFromMenu(returnPlanPage)
                    }
                    MenuItem {
                        Accessible.onPressAction: triggered()
                        text: qsTr("Notes about me")
                        enabled: !window.helper
                        height: enabled ? implicitHeight : 0
                        onTriggered: window.openFromMenu(notesPage)
                    }
                    MenuItem {
                        Accessible.onPressAction: triggered()
                        text: qsTr("Who has seen my data")
                        enabled: !window.helper
                        height: enabled ? implicitHeight : 0
                        onTriggered: window.openFromMenu(auditPage)
                    }
                    MenuItem {
                        Accessible.onPressAction: triggered()
                        text: qsTr("Settings")
                        onTriggered: window.openFromMenu(settingsPage)
                    }
                    MenuItem {
                        Accessible.onPressAction: triggered()
                        text: qsTr("Sync now")
                        onTriggered: Session.syncNow()
                    }
                }
            }
        }
    }

    footer: TabBar {
        id: tabBar
        visible: window.loggedIn && !window.wide && !window.coordinator
        // Glyph and name on two lines, grown with the text size.
        height: visible ? Math.max(64, Math.ceil(1.25 * (ui.px(20) + ui.px(12))) + 12) : 0
        currentIndex: window.currentTab
        Material.background: ui.surface
        Repeater {
            model: window.tabs
            // The bar shares its width itself (these names are short): not a PageTab.
            delegate: TabButton {
                Accessible.onPressAction: clicked()
                focusPolicy: Qt.StrongFocus
                required property var modelData
                required property int index
                height: tabBar.height
                topPadding: 6
                bottomPadding: 6
                Accessible.name: modelData.title
                onClicked: window.selectTab(index)
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: modelData.glyph
                        font.pixelSize: ui.px(20)
                        color: window.currentTab === index ? ui.primary : ui.muted
                        Layout.alignment: Qt.AlignHCenter
                    }
                    Label {
                        text: modelData.title
                        font.pixelSize: ui.px(12)
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Math.min(ui.px(10), 14)
                        color: window.currentTab === index ? ui.primary : ui.muted
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }

    Loader {
        anchors.fill: parent
        active: !window.loggedIn
        visible: active
        sourceComponent: LoginPage {
        }
    }

    RowLayout {
        anchors.fill: parent
        visible: window.loggedIn
        spacing: 0

        // Navigation rail on wide screens.
        Rectangle {
            visible: window.wide && !window.coordinator
            Layout.fillHeight: true
            // Wider with larger text, so the names are not cut.
            Layout.preferredWidth: Math.round(248 * Math.min(ui.textScale, 1.4))
            color: ui.surface
            ColumnLayout {
                anchors.fill: parent
                anchors.topMargin: 12
                spacing: 2
                Repeater {
                    model: window.tabs
                    delegate: NavItem {
                        required property var modelData
                        required property int index
                        glyph: modelData.glyph
                        title: modelData.title
                        current: window.currentTab === index && stack.depth === 1
                        onClicked: window.selectTab(index)
                    }
                }
                MenuSeparator {
                    Layout.fillWidth: true
                }
                NavItem {
                    glyph: "✉"
                    title: qsTr("Messages")
                    onClicked: window.openFromMenu(messagesPage)
                }
                NavItem {
                    glyph: "▤"
                    title: qsTr("Absence")
                    onClicked: window.openFromMenu(absencePage)
                }
                NavItem {
                    visible: !window.helper
                    glyph: "✎"
                    title: qsTr("Notes about me")
                    onClicked: window.openFromMenu(notesPage)
                }
                NavItem {
                    visible: !window.helper
                    glyph: "◉"
                    title: qsTr("Who has seen what")
                    onClicked: window.openFromMenu(auditPage)
                }
                NavItem {
                    glyph: "⚙"
                    title: qsTr("Settings")
                    onClicked: window.openFromMenu(settingsPage)
                }
                Item {
                    Layout.fillHeight: true
                }
                Label {
                    text: Session.userName
                    color: ui.muted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Layout.margins: 16
                }
            }
            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: ui.line
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            RejectedBanner {
                objectName: "rejectedBanner"
                visible: Session.rejectedCount > 0 && !(stack.currentItem && stack.currentItem.objectName === "rejectedPage")
                Layout.fillWidth: true
                Layout.margins: visible ? 8 : 0
                Layout.maximumWidth: ui.maxContent
                Layout.alignment: Qt.AlignHCenter
                onOpenRequested: window.openFromMenu(rejectedPage)
            }
            StackView {
                id: stack
                objectName: "stack"
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }

    // A message that arrives while the app is open is said and shown, not only counted on the
    // Messages page (WCAG 4.1.3): from the count of unread ones going up after the first load.
    MessagesModel {
        id: inbox
        caseId: window.loggedIn ? Session.caseId : ""
        property int seen: -1
        function settle() {
            seen = unreadCount;
        }
        onCaseIdChanged: {
            seen = -1;
            Qt.callLater(settle);
        }
        Component.onCompleted: Qt.callLater(settle)
        onUnreadCountChanged: {
            const onMessages = stack.currentItem && stack.currentItem.objectName === "messagesPage";
            if (seen >= 0 && unreadCount > seen && !onMessages)
                toast.show(qsTr("New message. You find it under Messages."));
            if (seen >= 0)
                seen = unreadCount;
        }
    }

    Popup {
        id: toast
        function show(msg) {
            toastLabel.text = msg;
            toastLabel.visible = false; // shown again, said again
            toastLabel.visible = true;
            open();
            toastTimer.restart();
        }
        x: (window.width - width) / 2
        y: window.height - height - 96
        width: Math.min(window.width - 32, 480)
        padding: 12
        background: Rectangle {
            radius: 8
            color: ui.inverse
        }
        contentItem: Announcement {
            id: toastLabel
            color: ui.textOnInverse
            wrapMode: Text.Wrap
        }
        Timer {
            id: toastTimer
            interval: 5000
            onTriggered: toast.close()
        }
    }

    Component {
        id: todayPage
        TodayPage {
            onNavigate: function (name) {
                window.showPage(name);
            }
        }
    }
    Component {
        id: goalsPage
        GoalsPage {
        }
    }
    Component {
        id: checkInPage
        CheckInPage {
        }
    }
    Component {
        id: journeyPage
        JourneyPage {
        }
    }
    Component {
        id: sharingPage
        SharingPage {
        }
    }
    Component {
        id: previewPage
        SharingPreviewPage {
        }
    }
    Component {
        id: auditPage
        AuditPage {
        }
    }
    Component {
        id: absencePage
        AbsencePage {
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
        }
    }
    Component {
        id: rejectedPage
        RejectedPage {
        }
    }
    Component {
        id: notesPage
        NotesPage {
        }
    }
    Component {
        id: meetingsPage
        MeetingsPage {
        }
    }
    Component {
        id: returnPlanPage
        ReturnPlanPage {
        }
    }
    Component {
        id: outcomePage
        OutcomePage {
        }
    }
    Component {
        id: messagesPage
        MessagesPage {
        }
    }
    Component {
        id: casesPage
        CasesPage {
            onChosen: window.selectTab(1)
        }
    }
    Component {
        id: coordinatorPage
        CoordinatorPage {
        }
    }
    // Settings opens the PIN form here, over everything.
    function choosePin() {
        lockScreen.optional = true;
    }

    // Over everything, the header and the tab bar included (the window's overlay): the PIN lock.
    LockScreen {
        id: lockScreen
        parent: Overlay.overlay
        anchors.fill: parent
        z: 1000
    }
}
