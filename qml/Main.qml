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

    // What the header's menu and the navigation rail open, by name.
    function openNamed(page) {
        const pages = {
            "messages": messagesPage,
            "absence": absencePage,
            "meetings": meetingsPage,
            "returnplan": returnPlanPage,
            "notes": notesPage,
            "audit": auditPage,
            "settings": settingsPage
        };
        openFromMenu(pages[page]);
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

    header: AppHeader {
        visible: window.loggedIn
        stack: stack
        wide: window.wide
        helper: window.helper
        currentTab: window.currentTab
        caseName: window.caseName
        onOpenRequested: function (page) {
            window.openNamed(page);
        }
    }

    footer: TabFooter {
        visible: window.loggedIn && !window.wide && !window.coordinator
        tabs: window.tabs
        currentTab: window.currentTab
        onTabChosen: function (index) {
            window.selectTab(index);
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

        NavigationRail {
            visible: window.wide && !window.coordinator
            Layout.fillHeight: true
            tabs: window.tabs
            stack: stack
            currentTab: window.currentTab
            helper: window.helper
            onTabChosen: function (index) {
                window.selectTab(index);
            }
            onOpenRequested: function (page) {
                window.openNamed(page);
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
