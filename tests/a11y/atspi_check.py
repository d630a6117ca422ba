#!/usr/bin/python3
"""What a screen reader sees of Bro, through AT-SPI (the desktop's accessibility bus, what Orca
reads). Run by run_atspi.sh inside its own D-Bus session, Xvfb display and AT-SPI registry.

    atspi_check.py APP DATA_DIR USER [USER ...]

"login" reads the sign-in page. "sightless" is issue 27's apprentice without sight: signs in,
checks in on a heavy day, hears it saved, asks the team for help, reads goals and trend, all
through the bus. For each demo user: starts the app signed in as them, walks every page the
navigation opens (through its accessibility action, as a screen reader does), presses Tab through
each page until every control on screen has had the focus, and (the clinician) writes and saves a
note with the keyboard alone. Fails when
- a control one can press or type into has no name, or a name with empty parts or a leading
  decorative glyph (a screen reader reads "✉" aloud, and "Stop sharing  with " helps nobody);
- a chart or picture has no text alternative;
- a navigation item cannot be pressed or focused, or Tab never reaches a control;
- what should be said (saved, sent) is not an alert on the bus;
- the app ends while it is being read.
Prints what it found; exits 1 on any failure. Bounded: every wait has a deadline.
Past 600 lines on purpose: one script, so that run_atspi.sh starts one bus and one app per user,
and the walk, the tab pass and the two keyboard-only stories share its waits and checks."""

import os
import subprocess
import sys
import time
import unicodedata

import pyatspi
from gi.repository import GLib

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_TEXT, pyatspi.ROLE_LINK,
    pyatspi.ROLE_LIST_ITEM,
}
# What a disabled button says of itself (TextButton, PrimaryButton), in bokmål and English.
UNAVAILABLE = {"Ikke tilgjengelig ennå", "Not available yet"}
# Whose pages are walked with Tab alone, every control on each (issue 27: one of each role).
KEYBOARD_USERS = {"emil", "kari", "ingrid", "hanne"}
EDITABLE = {pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_TEXT}

failures = []
pictures_read = {}


def fail(user, where, what):
    failures.append(f"{user}: {where}: {what}")


def actions(node):
    try:
        a = node.queryAction()
        return [a.getName(i) for i in range(a.nActions)]
    except NotImplementedError:
        return []


def state(node, s):
    try:
        return node.getState().contains(s)
    except Exception:
        return False


def children(node):
    try:
        return [c for c in (node.getChildAtIndex(i) for i in range(node.childCount)) if c]
    except Exception:
        return []


def showing(node):
    """Every showing node under `node`, depth first."""
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(c for c in reversed(children(n)) if state(c, pyatspi.STATE_SHOWING))
    return out


def everything(node, limit=5000):
    """Every node under `node`, on screen or scrolled out of view (a screen reader reaches
    both), depth first and bounded."""
    out = []
    stack = [node]
    while stack and len(out) < limit:
        n = stack.pop()
        out.append(n)
        stack.extend(reversed(children(n)))
    return out


def name_problem(name):
    text = (name or "").strip()
    if not text:
        return "no name"
    if text != name:
        return f"space around the name {name!r}"
    if "  " in text or " ," in text or text.endswith((" med", " with", " til", " to", ":")):
        return f"a part of the name is empty: {name!r}"
    first = text[0]
    if not (first.isalnum() or first in "«\"(“+-−–"):
        if unicodedata.category(first)[0] in "SP":
            return f"starts with a decorative sign: {name!r}"
    return None


def where(node):
    """Enough to find a node in the QML: its text, and the names of what it sits in."""
    parts = []
    try:
        t = node.queryText()
        parts.append("text " + repr(t.getText(0, min(t.characterCount, 40))))
    except Exception:
        pass
    p = node.parent
    for _ in range(3):
        if p is None:
            break
        parts.append(f"in {p.getRoleName()} {p.name[:40]!r}")
        p = p.parent
    return ", ".join(parts)


def check_tree(user, page, root):
    for n in showing(root):
        try:
            role = n.getRole()
        except Exception:
            continue
        # A chart or a picture says in words what a sighted person sees in it (WCAG 1.1.1).
        if role in (pyatspi.ROLE_CHART, pyatspi.ROLE_IMAGE, pyatspi.ROLE_ANIMATION):
            pictures_read[user] = pictures_read.get(user, 0) + 1
            if not (n.name or "").strip():
                fail(user, page, f"{n.getRoleName()} without a text alternative ({where(n)})")
            continue
        acts = actions(n)
        pressable = "Press" in acts or "press" in acts
        if role not in INTERACTIVE and not pressable:
            continue
        if role == pyatspi.ROLE_LIST_ITEM and not pressable:
            continue  # a row to read, not a control
        # A combo box's text is the combo box's own (it is named); a screen reader says it.
        try:
            if role in EDITABLE and n.parent.getRole() == pyatspi.ROLE_COMBO_BOX and n.parent.name:
                continue
        except Exception:
            pass
        if role == pyatspi.ROLE_PASSWORD_TEXT and not n.name:
            # Qt 6.4 sends no name for a password field whatever the QML says; the description
            # carries it (Orca reads both). Without either the field is unnamed.
            if not (n.description or "").strip():
                fail(user, page, f"password field without a name or description ({where(n)})")
            continue
        problem = name_problem(n.name)
        if problem and not (role in EDITABLE and n.name):
            fail(user, page, f"{n.getRoleName()} — {problem} ({where(n)})")


def registry_ready(seconds=20):
    """The registry answers (asking starts it on the accessibility bus); before that an app has
    nothing to join."""
    end = time.time() + seconds
    while time.time() < end:
        try:
            pyatspi.Registry.getDesktop(0).childCount
            return True
        except Exception:
            time.sleep(0.2)
    return False


def log_path(data, name):
    """Where the app started for `name` writes its output, beside its data."""
    return os.path.join(data, f"{name}.log")


def log_tail(data, name, lines=15):
    try:
        with open(log_path(data, name), errors="replace") as f:
            return "".join(f.readlines()[-lines:]).strip() or "(nothing)"
    except OSError:
        return "(no log)"


def launch(app, data, name, args):
    """Starts the app and waits for its window on the bus: (process, frame), frame None when it
    never showed. A first start that the bus does not hear of in 60 s is started once more (said
    aloud, with what the app wrote), so that one lost registration is told apart from an app that
    never shows; both starts missing is a failure."""
    for attempt in (1, 2):
        proc = start_app(app, data, name, args)
        frame = find_app(proc, time.time() + 60)
        if frame is not None:
            return proc, frame
        alive = proc.poll() is None
        print(f"{name}: start {attempt} never showed on the bus "
              f"({'still running' if alive else f'exit {proc.returncode}'}); "
              f"the app wrote:\n{log_tail(data, name)}")
        stop(proc)
        if not alive:
            break
    return proc, None


def stop(proc):
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def find_app(proc, deadline):
    """The app's window once it shows more than a frame; None at the deadline or when it ended."""
    pid = proc.pid
    while time.time() < deadline and proc.poll() is None:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            try:
                if app.get_process_id() == pid:
                    frames = [c for c in children(app) if c.getRole() == pyatspi.ROLE_FRAME]
                    if frames and len(showing(frames[0])) > 10:
                        return frames[0]
            except Exception:
                pass
        time.sleep(0.3)
    return None


def navigation(frame):
    """The rail's items (pressable, outside the page stack, the layered pane); where there is no
    rail (the coordinator's desk), the page's own tabs."""
    items = []
    for c in children(frame):
        if not state(c, pyatspi.STATE_SHOWING):
            continue
        if c.getRole() == pyatspi.ROLE_LAYERED_PANE or c.getRole() == pyatspi.ROLE_TOOL_BAR:
            continue
        if c.getRole() in (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_PAGE_TAB):
            items.append(c)
    if not items:
        items = [n for n in showing(frame) if n.getRole() == pyatspi.ROLE_PAGE_TAB
                 and "Press" in actions(n)]
    return items


def press(node):
    a = node.queryAction()
    for i in range(a.nActions):
        if a.getName(i).lower() == "press":
            return a.doAction(i)
    return False


def do(node, action):
    try:
        a = node.queryAction()
    except NotImplementedError:
        return False
    for i in range(a.nActions):
        if a.getName(i).lower() == action.lower():
            return a.doAction(i)
    return False


def dismiss_pin_offer(user, frame):
    """A demo user is offered a PIN at the start (optional): read it, then say "not now"."""
    for n in showing(frame):
        if n.name in ("Ikke nå", "Not now") and n.getRole() == pyatspi.ROLE_PUSH_BUTTON:
            check_tree(user, "PIN offer", frame)
            print(f"{user}: the PIN offer read and put off")
            do(n, "Press")
            time.sleep(0.5)
            return True
    return False


def focused(frame):
    """The innermost focused node (a focus scope around it says it is focused too)."""
    found = None
    for n in showing(frame):
        if state(n, pyatspi.STATE_FOCUSED):
            found = n
    return found


def pump(seconds):
    """Lets the bus's events in (they arrive through the GLib main loop) for `seconds`."""
    ctx = GLib.MainContext.default()
    end = time.time() + seconds
    while True:
        while ctx.iteration(False):
            pass
        if time.time() >= end:
            return
        time.sleep(0.02)


class Alerts:
    """What a screen reader would say by itself: every alert that becomes showing (Orca speaks
    those). Events arrive through the GLib main loop, pumped here while we wait."""

    def __init__(self):
        self.said = []
        pyatspi.Registry.registerEventListener(self.on_event, "object:state-changed:showing")

    def on_event(self, event):
        if os.environ.get("BRO_ATSPI_VERBOSE"):
            try:
                print("  event", event.type, event.detail1, event.source.getRoleName(), (event.source.name or "")[:40])
            except Exception as e:
                print("  event?", e)
        try:
            if event.detail1 == 1 and event.source.getRole() == pyatspi.ROLE_ALERT:
                self.said.append(event.source.name or "")
        except Exception:
            pass

    def pump(self, seconds):
        pump(seconds)

    def wait_for(self, words, seconds=5):
        end = time.time() + seconds
        while time.time() < end:
            self.pump(0.2)
            if any(words.lower() in a.lower() for a in self.said):
                return True
        return False

    def close(self):
        pyatspi.Registry.deregisterEventListener(self.on_event, "object:state-changed:showing")


def key(node):
    """The same control, whichever proxy the bus hands us for it."""
    try:
        ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return (node.getRole(), node.name or "", ext.x, ext.y, ext.width, ext.height)
    except Exception:
        return (None, "", 0, 0, 0, 0)


class FocusTrail:
    """Where the keyboard goes: every node that takes focus, from the bus's focus events."""

    def __init__(self):
        self.keys = []
        self.names = []
        pyatspi.Registry.registerEventListener(self.on_event, "object:state-changed:focused")

    def on_event(self, event):
        try:
            if event.detail1 == 1:
                self.keys.append(key(event.source))
                self.names.append(event.source.name or "")
        except Exception:
            pass

    def close(self):
        pyatspi.Registry.deregisterEventListener(self.on_event, "object:state-changed:focused")


def is_control(n):
    """A control a keyboard user must be able to reach: focusable, enabled, interactive; not a
    page of the stack (Qt calls a Page a page tab, with no action) and not the text inside a
    choice box (the box takes the focus)."""
    try:
        role = n.getRole()
        if role not in INTERACTIVE or not state(n, pyatspi.STATE_FOCUSABLE) \
                or not state(n, pyatspi.STATE_ENABLED):
            return False
        if role in (pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM) and "Press" not in actions(n):
            return False
        if role in EDITABLE and n.parent.getRole() == pyatspi.ROLE_COMBO_BOX:
            return False
        # Qt 6.4 reports a disabled control as enabled; ours say so in their description.
        if (n.description or "") in UNAVAILABLE:
            return False
        return True
    except Exception:
        return False


def tab_pass(user, page, frame):
    """Tab alone, from the page's navigation item, must visit every control on the screen of
    the page (WCAG 2.1.1): a control Tab never reaches is one a keyboard user cannot use."""
    nav = navigation(frame)
    nav_keys = set(key(n) for n in nav)
    controls = [n for n in showing(frame) if is_control(n)]
    wanted = {key(n): n.name for n in controls if key(n) not in nav_keys}
    start = next((n for n in nav if n.name == page), None)
    if not wanted or start is None:
        return
    trail = FocusTrail()
    try:
        do(start, "SetFocus")
        pump(0.3)
        for _ in range(min(len(wanted) + len(nav) + 12, 150)):
            pyatspi.Registry.generateKeyboardEvent(23, None, pyatspi.KEY_PRESSRELEASE)  # Tab
            pump(0.08)
            if wanted.keys() <= set(trail.keys):
                break
        pump(0.3)
    finally:
        trail.close()
    missed = [f"{name} ({k[0].value_nick if k[0] else None})" for k, name in wanted.items() if k not in set(trail.keys)]
    print(f"{user}: {page}: Tab visited {len(wanted) - len(missed)} of {len(wanted)} controls")
    if missed:
        fail(user, f"keyboard on {page}", f"Tab never reaches {len(missed)}: {missed[:6]}")


def pointer_over(user, frame):
    """Without a window manager the keyboard goes where the pointer is: over the window."""
    try:
        x, y, w, h = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, pyatspi.MOUSE_ABS)
        time.sleep(0.3)
    except Exception as e:
        print(f"{user}: could not move the pointer: {e}")


def named(frame, predicate, role=None):
    for n in showing(frame):
        try:
            if (role is None or n.getRole() == role) and predicate(n.name or ""):
                return n
        except Exception:
            pass
    return None


def wait_named(frame, predicate, role=None, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        n = named(frame, predicate, role)
        if n is not None:
            return n
        time.sleep(0.3)
    return None


def go(frame, page):
    item = next((n for n in navigation(frame) if n.name == page), None)
    if item is None or not press(item):
        return False
    time.sleep(0.8)
    return True


def apprentice_without_sight(app, data):
    """Issue 27's done-when, through the accessibility bus alone (no pointer, no pixels): Emil
    signs in from the demo accounts, checks in on a heavy day, hears that it is saved, asks his
    team for help and hears it is on its way, then reads his goals and his trend."""
    who = "without sight"
    proc, frame = launch(app, data, "sightless", ["--demo"])
    alerts = Alerts()
    try:
        if frame is None:
            fail(who, "start", "the app never showed on the accessibility bus")
            return
        account = wait_named(frame, lambda n: n.startswith("Logg inn som Emil"))
        if account is None or not press(account):
            fail(who, "sign-in", "no demo account for Emil one can press")
            return
        # No server here: the page offers the demo on this device only.
        local = wait_named(frame, lambda n: "uten server" in n, pyatspi.ROLE_PUSH_BUTTON)
        if local is None or not press(local):
            fail(who, "sign-in", "the way in without a server cannot be found or pressed")
            return
        if wait_named(frame, lambda n: n == "Innsjekk", seconds=20) is None:
            seen = sorted(set(n.name for n in showing(frame) if n.name))[:30]
            fail(who, "sign-in", f"signed in, but no navigation to the check-in (showing: {seen})")
            return
        time.sleep(1.5)
        dismiss_pin_offer(who, frame)
        if not go(frame, "Innsjekk"):
            fail(who, "check-in", "the navigation cannot open the check-in")
            return
        # A heavy day: the lowest answer on each of the four questions, by their names.
        asked = set()
        for n in showing(frame):
            name = n.name or ""
            if ": 1" in name and "Press" in actions(n):
                question = name.split(": 1")[0]
                if question not in asked and press(n):
                    asked.add(question)
                    time.sleep(0.2)
        if len(asked) < 4:
            fail(who, "check-in", f"only {len(asked)} of 4 questions could be answered: {sorted(asked)}")
        save = named(frame, lambda n: n == "Lagre innsjekk")
        if save is None or not press(save):
            fail(who, "check-in", "no save button one can press")
            return
        if not alerts.wait_for("Takk"):
            fail(who, "check-in", f"saving was not said (alerts heard: {alerts.said})")
        tell = wait_named(frame, lambda n: n.startswith("Si fra til teamet"), seconds=5)
        if tell is None or not press(tell):
            fail(who, "help", "after a heavy check-in, no way to tell the team one can press")
        elif not alerts.wait_for("på vei"):
            fail(who, "help", f"that the message is on its way was not said (alerts: {alerts.said})")
        print(f"{who}: checked in ({len(asked)} answers), heard {alerts.said}")
        # The trend lies below the form, scrolled out of view: read as a screen reader's
        # structural navigation does, not only what is on the screen.
        charts = [n.name for n in everything(frame)
                  if n.getRole() == pyatspi.ROLE_CHART and "innsjekk" in (n.name or "")]
        trend = charts[0] if charts else None
        if trend is None:
            fail(who, "trend", "no chart of the check-ins with a name")
        else:
            print(f"{who}: the trend reads {trend!r}")
        if not go(frame, "Mål"):
            fail(who, "goals", "the navigation cannot open the goals")
            return
        goals = [n.name for n in showing(frame) if "steg" in (n.name or "") and
                 ("Aktiv" in n.name or "Oppnådd" in n.name)]
        if not goals:
            fail(who, "goals", "no goal read with its status and steps")
        else:
            print(f"{who}: goals read: {goals[:3]}")
    finally:
        alerts.close()
        stop(proc)


def app_log(data, user):
    """The app's own output, kept beside its data: what it said when something went wrong."""
    os.makedirs(data, exist_ok=True)
    return open(log_path(data, user), "w")


def tab_to(frame, name, presses=60):
    """Tab until the control named `name` has the focus; the focused node, or None."""
    trail = FocusTrail()
    try:
        for _ in range(presses):
            pyatspi.Registry.generateKeyboardEvent(23, None, pyatspi.KEY_PRESSRELEASE)  # Tab
            pump(0.08)
            if trail.names and trail.names[-1] == name:
                return True
        return False
    finally:
        trail.close()


def type_text(text):
    for ch in text:
        pyatspi.Registry.generateKeyboardEvent(ord(ch), None, pyatspi.KEY_SYM)
        pump(0.02)


def clinician_writes_a_note(user, frame):
    """A clinician's day with the keyboard alone: to the notes, into the new note, type it, Tab
    to save, Space; the note is in the list and the field empty again."""
    if not go(frame, "Notater"):
        fail(user, "keyboard day", "the navigation cannot open the notes")
        return
    start = next((n for n in navigation(frame) if n.name == "Notater"), None)
    do(start, "SetFocus")
    pump(0.3)
    if not tab_to(frame, "Nytt notat"):
        fail(user, "keyboard day", "Tab never reaches the new note")
        return
    words = "Samtale om pauser i maskinen"
    type_text(words)
    pump(0.3)
    if not tab_to(frame, "Lagre notat", presses=3):
        fail(user, "keyboard day", "Tab from the note does not reach Save")
        return
    pyatspi.Registry.generateKeyboardEvent(65, None, pyatspi.KEY_PRESSRELEASE)  # Space
    pump(1.0)
    saved = [n for n in everything(frame) if words in (n.name or "")
             and n.getRole() != pyatspi.ROLE_ENTRY and n.getRole() != pyatspi.ROLE_TEXT]
    if not saved:
        fail(user, "keyboard day", "the note typed and saved with the keyboard is not in the list")
    else:
        print(f"{user}: wrote and saved a note with the keyboard alone")


def start_app(app, data, name, args):
    """The app on the accessibility bus, in bokmål, with its own data folder and log."""
    env = dict(os.environ, QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_QPA_PLATFORM="xcb", LANG="nb_NO.UTF-8")
    return subprocess.Popen([app, "--data", os.path.join(data, name)] + args, env=env,
                            stdout=subprocess.DEVNULL, stderr=app_log(data, name))


def check_user(app, data, user):
    # "login": the sign-in page itself, with the demo accounts.
    proc, frame = launch(app, data, user, ["--demo"] if user == "login" else ["--demo-user", user])
    try:
        if frame is None:
            fail(user, "start", "the app never showed on the accessibility bus")
            return
        if user == "login":
            time.sleep(1)
            check_tree(user, "sign-in page", frame)
            print(f"{user}: {len(showing(frame))} nodes read")
            return
        time.sleep(2)  # what comes up after the start (the PIN offer) comes up
        dismiss_pin_offer(user, frame)
        check_tree(user, "first page", frame)
        nav = navigation(frame)
        names = [n.name for n in nav]
        print(f"{user}: navigation {names}")
        if len(nav) < 3:
            fail(user, "navigation", f"only {len(nav)} items reachable: {names}")
        for item in nav:
            if not state(item, pyatspi.STATE_FOCUSABLE):
                fail(user, "navigation", f"{item.name!r} cannot take focus")
        pointer_over(user, frame)
        pages = 0
        for name in names:
            item = next((n for n in navigation(frame) if n.name == name), None)
            if item is None:
                fail(user, "navigation", f"{name!r} went away")
                continue
            if not press(item):
                fail(user, "navigation", f"{name!r} has no press action")
                continue
            time.sleep(0.8)
            check_tree(user, name, frame)
            if user in KEYBOARD_USERS:
                tab_pass(user, name, frame)
            pages += 1
        print(f"{user}: {pages} pages walked")
        if user == "ingrid":
            clinician_writes_a_note(user, frame)
        if proc.poll() is not None:
            fail(user, "pages", f"the app ended while its pages were walked (exit {proc.returncode}; "
                 f"its output: {log_path(data, user)})")
            return

        # The keyboard alone: Tab from the start must reach the navigation. Without a window
        # manager the keyboard goes where the pointer is: over the window, and a first focus.
        first = next((n for n in navigation(frame) if n.name), None)
        if first is not None:
            press(first)
            time.sleep(0.5)
        pointer_over(user, frame)
        # Start where a keyboard user starts: in the page, on its first control.
        page_controls = [n for n in showing(frame) if "SetFocus" in actions(n)
                         and n.getRole() == pyatspi.ROLE_PUSH_BUTTON and n not in navigation(frame)]
        if page_controls:
            do(page_controls[-1], "SetFocus")
            time.sleep(0.3)
        nav_names = set(n.name for n in navigation(frame))
        reached = set()
        visited = 0
        for _ in range(80):
            pyatspi.Registry.generateKeyboardEvent(23, None, pyatspi.KEY_PRESSRELEASE)  # Tab
            time.sleep(0.12)
            f = focused(frame)
            if f is not None:
                if os.environ.get("BRO_ATSPI_VERBOSE"):
                    print(f"  tab → {f.getRoleName()} {f.name[:50]!r}")
                visited += 1
                if f.name in nav_names:
                    reached.add(f.name)
            if reached == nav_names:
                break
        print(f"{user}: Tab reached {len(reached)} of {len(nav_names)} navigation items "
              f"({visited} stops)")
        if nav_names and not reached:
            fail(user, "keyboard", "Tab never reaches the navigation")
    finally:
        stop(proc)


def main():
    app, data, users = sys.argv[1], sys.argv[2], sys.argv[3:]
    if not registry_ready():
        print("FAIL the accessibility registry never answered")
        return 1
    for user in users:
        if user == "sightless":
            apprentice_without_sight(app, data)
        else:
            check_user(app, data, user)
    print(f"charts and pictures read with their text alternative: {pictures_read}")
    for f in failures:
        print("FAIL", f)
    print("PASS" if not failures else f"{len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
