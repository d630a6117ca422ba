#!/usr/bin/python3
"""Every control one can press answers a screen reader's press, and no text box keeps Tab
(issue 27).

Qt 6.4 gives Qt Quick Controls no working press action on the accessibility bus: a screen reader
finds the button, names it, "presses" it, and nothing happens (a11y_atspi found it: a check-in
could not be saved without sight). Each such control therefore says what its press does with
`Accessible.onPressAction`. This walks the QML and fails on any control block of these types
without one, with its file and line.

    check_press_actions.py QML_DIR"""

import os
import re
import sys

CONTROLS = ("Button", "ToolButton", "RoundButton", "RadioButton", "CheckBox", "Switch",
            "MenuItem", "AbstractButton", "TabButton", "ItemDelegate", "CheckDelegate",
            "SwitchDelegate", "RadioDelegate", "DelayButton")
OPEN = re.compile(r"^(\s*)(?:delegate:\s*|contentItem:\s*)?(" + "|".join(CONTROLS) + r")\s*\{\s*$")


def blocks(lines):
    """(line number, type, text of the block up to its closing brace at the same indent)."""
    for i, line in enumerate(lines):
        m = OPEN.match(line)
        if not m:
            continue
        indent = len(m.group(1))
        body = []
        for j in range(i + 1, len(lines)):
            stripped = lines[j].rstrip()
            if stripped == " " * indent + "}":
                break
            # Only the block's own properties, not those of controls nested inside it.
            if len(lines[j]) - len(lines[j].lstrip()) == indent + 4:
                body.append(lines[j].strip())
        yield i + 1, m.group(2), body


def main():
    root = sys.argv[1]
    missing = []
    checked = 0
    for dirpath, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".qml"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            for line, kind, body in blocks(lines):
                checked += 1
                if not any(b.startswith("Accessible.onPressAction") for b in body):
                    missing.append(f"{os.path.relpath(path, root)}:{line}: {kind} without "
                                   "Accessible.onPressAction")
    # Qt's TextArea types a tab character: a keyboard trap. TextBox is ours and lets Tab move on.
    for dirpath, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(".qml") and name != "TextBox.qml":
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as f:
                    for n, line in enumerate(f, 1):
                        if re.match(r"^\s*(?:\w+:\s*)?TextArea\s*\{", line):
                            missing.append(f"{os.path.relpath(path, root)}:{n}: TextArea traps Tab "
                                           "(use TextBox)")
    for m in missing:
        print("FAIL", m)
    print(f"{checked} controls read, {len(missing)} without a press action")
    return 1 if missing or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
