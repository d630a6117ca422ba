import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The PIN lock in the real window (issue 21): choosing a PIN from Settings, a weak one refused
// kindly, the lock covering everything until the right PIN, and the count of tries said calmly.
// Main is a window of its own, out of the test's key events: the fields are filled and what Enter
// does (pinEntered, submit) is called as the Keys handlers call it.
TestCase {
    id: tc
    name: "Lock"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: mainComponent
        Main {
        }
    }

    function cleanup() {
        Session.lock.removePin();
    }

    function enter(lock, field, text) {
        field.text = text;
        if (field.objectName === "pinField")
            lock.pinEntered();
        else
            lock.submit();
    }

    function test_choosePinWithTheKeyboard() {
        const main = createTemporaryObject(mainComponent, tc);
        wait(100);
        const lock = findChild(main, "lockScreen");
        verify(lock);
        verify(!lock.visible, "no PIN, no lock");
        main.choosePin();
        tryVerify(() => lock.visible);
        const pin = findChild(lock, "pinField");
        const again = findChild(lock, "pinAgainField");
        tryVerify(() => pin.focus, 2000, "the PIN field has the focus");
        enter(lock, pin, "123456");
        verify(again.focus, "Enter moves on to the second field");
        enter(lock, again, "123456");
        const message = findChild(lock, "lockMessage");
        tryVerify(() => message.visible);
        compare(message.text, "Den koden er lett å gjette. Velg seks andre tall.");
        verify(!Session.lock.hasPin);
        enter(lock, pin, "408172");
        enter(lock, again, "408172");
        tryVerify(() => Session.lock.hasPin);
        tryVerify(() => !lock.visible, 2000, "the form closes once the PIN is saved");
    }

    function test_lockedCoversEverythingUntilTheRightPin() {
        const main = createTemporaryObject(mainComponent, tc);
        wait(100);
        compare(Session.lock.setPin("408172", "408172"), "");
        Session.lock.lockIfPinSet();
        const lock = findChild(main, "lockScreen");
        tryVerify(() => lock.visible);
        // The whole window, header and tab bar included.
        compare(lock.width, main.width);
        compare(lock.height, main.height);
        const corner = lock.mapToItem(null, 0, 0);
        compare(corner.x, 0);
        compare(corner.y, 0);
        verify(lock.color.a === 1, "opaque: nothing shows through");
        const pin = findChild(lock, "pinField");
        tryVerify(() => pin.focus);
        enter(lock, pin, "111111");
        const message = findChild(lock, "lockMessage");
        tryVerify(() => message.visible);
        verify(message.text.indexOf("4") >= 0, message.text);
        verify(lock.visible);
        enter(lock, pin, "408172");
        tryVerify(() => !lock.visible);
        compare(Session.lock.triesLeft, 5);
    }
}
