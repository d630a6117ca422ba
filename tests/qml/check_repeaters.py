#!/usr/bin/env python3
"""Fails when a Repeater stands straight in a Qt Quick Layout in the QML under the given folders.

Qt 6.4's layouts crash (a freed delegate in QQuickLayout::effectiveSizePolicy_helper during
updatePolish) when such a Repeater swaps its items in a layout pass; a Repeater goes in a
positioner (Column, Row, Flow, Grid) that stands as one cell of the layout (NavigationRail.qml).

    check_repeaters.py QML_DIR [QML_DIR ...]     # or single .qml files

A Repeater is a "direct child" when it is in the default property of a ColumnLayout, RowLayout
or GridLayout (also as `delegate: RowLayout { Repeater { … } }`), not when it is the value of a
property such as `delegate: Repeater { … }`.
"""
import pathlib
import re
import sys

LAYOUTS = {"ColumnLayout", "RowLayout", "GridLayout"}
# Sites not converted yet, as many per file (path under the QML folder) as may remain. Lower a
# count as its sites are converted; a new site anywhere fails.
KNOWN = {
    "components/AbsenceStrip.qml": 1,
    "components/CaseView.qml": 1,
    "components/DirectoryCareTeams.qml": 1,
    "components/DirectoryOrganisations.qml": 1,
    "components/FunnelChart.qml": 1,
    "components/GoalScoreChoice.qml": 1,
    "components/OutcomeChart.qml": 1,
    "components/PhaseTimeline.qml": 1,
    "components/ScaleSelector.qml": 1,
    "pages/CoordinatorPage.qml": 4,
    "pages/OutcomePage.qml": 1,
    "pages/ReturnPlanPage.qml": 2,
}
IDENT = re.compile(r"[A-Za-z_][\w.]*$")


def strip(text):
    """The text with comments, strings and regular expression-free template parts blanked out,
    newlines kept so that line numbers stay right."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'`":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def offenders(path):
    text = strip(path.read_text(encoding="utf-8"))
    found = []
    # One entry per open brace: the object's type if the brace opens a QML object that stands in
    # its parent's default property or a property's value, else None (a JS block, an object
    # literal, a group such as `font { … }`).
    stack = []
    for m in re.finditer(r"[{}]", text):
        if m.group() == "}":
            if stack:
                stack.pop()
            continue
        before = text[: m.start()].rstrip()
        ident = IDENT.search(before)
        kind = None
        if ident:
            name = ident.group()
            short = name.rsplit(".", 1)[-1]
            lead = before[: ident.start()].rstrip(" \t")
            prev = "\n" if not lead or lead.endswith("\n") else lead.rstrip()[-1:]
            # An object starts with `TypeName {` at the start of a line or statement, or as a
            # property's value (`delegate: RowLayout {`, `component X: Item {`).
            if short[:1].isupper() and prev in ("\n", "{", "}", ";", ":", "[", ","):
                in_default = prev not in (":", "[", ",")
                kind = (short, in_default)
                if short == "Repeater" and in_default:
                    parent = next((s for s in reversed(stack) if s is not None), None)
                    if parent and parent[0] in LAYOUTS and stack[-1] is parent:
                        line = text.count("\n", 0, m.start()) + 1
                        found.append((line, parent[0]))
        stack.append(kind)
    return found


def main(args):
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    files = []  # (file, its path under the folder given)
    for a in args:
        p = pathlib.Path(a)
        files += [(f, f.relative_to(p).as_posix()) for f in sorted(p.rglob("*.qml"))] \
            if p.is_dir() else [(p, p.name)]
    bad = []
    for f, rel in files:
        found = offenders(f)
        if len(found) > KNOWN.get(rel, 0):
            bad += [(f, line, layout) for line, layout in found]
    for f, line, layout in bad:
        print(f"{f}:{line}: Repeater straight in a {layout}; put it in a Column/Row/Flow/Grid "
              "inside the layout (Qt 6.4 crashes, see NavigationRail.qml)")
    if bad:
        return 1
    print(f"{len(files)} QML files: no Repeater straight in a Layout")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
