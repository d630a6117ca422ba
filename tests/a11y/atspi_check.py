#!/usr/bin/python3
"""What a screen reader sees of Bro, through AT-SPI (the desktop's accessibility bus, what Orca
reads). Run by run_atspi.sh inside its own D-Bus session, Xvfb display and AT-SPI registry.

    atspi_check.py APP DATA_DIR USER [USER ...]

"login" reads the sign-in page. For each demo user: starts the app signed in as them, walks the tree of the first page, presses
every navigation item through its accessibility action (as a screen reader does) and walks each
page it opens, then presses Tab through the window. Fails when
- a control one can press or type into has no name, or a name with empty parts or a leading
  decorative glyph (a screen reader reads "✉" aloud, and "Stop sharing  with " helps nobody);
- a navigation item cannot be pressed or focused;
- Tab never reaches the navigation (a keyboard user could not leave the first page).
Prints what it found; exits 1 on any failure. Bounded: every wait has a deadline."""

import os
import subprocess
import sys
import time
import unicodedata

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_TEXT, pyatspi.ROLE_LINK,
    pyatspi.ROLE_LIST_ITEM,
}
EDITABLE = {pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_TEXT}

failures = []


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


def find_app(pid, deadline):
    while time.time() < deadline:
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


def check_user(app, data, user):
    env = dict(os.environ, QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_QPA_PLATFORM="xcb", LANG="nb_NO.UTF-8")
    # "login": the sign-in page itself, with the demo accounts.
    args = ["--demo"] if user == "login" else ["--demo-user", user]
    proc = subprocess.Popen([app, "--data", os.path.join(data, user)] + args,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        frame = find_app(proc.pid, time.time() + 90)
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
            pages += 1
        print(f"{user}: {pages} pages walked")

        # The keyboard alone: Tab from the start must reach the navigation. Without a window
        # manager the keyboard goes where the pointer is: over the window, and a first focus.
        first = next((n for n in navigation(frame) if n.name), None)
        if first is not None:
            press(first)
            time.sleep(0.5)
        try:
            x, y, w, h = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, pyatspi.MOUSE_ABS)
            time.sleep(0.3)
        except Exception as e:
            print(f"{user}: could not move the pointer: {e}")
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
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main():
    app, data, users = sys.argv[1], sys.argv[2], sys.argv[3:]
    for user in users:
        check_user(app, data, user)
    for f in failures:
        print("FAIL", f)
    print("PASS" if not failures else f"{len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
