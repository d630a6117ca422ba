import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Bokmål by default, English on request: switching Session.language retranslates the open UI.
TestCase {
    id: tc
    name: "Language"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: mainComponent
        Main {}
    }

    function cleanup() {
        Session.language = "";
    }

    function test_switchLanguage() {
        const main = createTemporaryObject(mainComponent, tc);
        Session.language = "nb";
        tryVerify(() => main.tabs[0].title === "I dag", 2000, "tab title I dag");
        compare(findChild(main, "stack").currentItem.title, "I dag");
        Session.language = "en";
        tryVerify(() => main.tabs[0].title === "Today", 2000, "tab title Today");
        tryCompare(findChild(main, "stack").currentItem, "title", "Today");
        Session.language = "nb";
        tryVerify(() => main.tabs[0].title === "I dag", 2000, "tab title I dag");
    }
}
