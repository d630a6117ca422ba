#!/usr/bin/python3
"""Fails when the includes of a folder (app/ by default) run in a circle. A file and its header
count as one room (Session.cpp with Session.h), as a reader takes them; an include is matched to
the file whose path ends with what it names, or to the file beside the includer.

    scripts/include_cycles.py [FOLDER ...]

Prints each circle and exits 1, or prints the rooms and includes it read and exits 0."""
import os
import re
import sys


def rooms_and_edges(root):
    files = []
    for folder, _, names in os.walk(root):
        files += [os.path.join(folder, n) for n in names if n.endswith((".cpp", ".h", ".hpp"))]
    room = lambda path: os.path.splitext(path)[0]
    edges = {}
    for f in files:
        with open(f, encoding="utf-8") as text:
            includes = re.findall(r'#include\s+"([^"]+)"', text.read())
        for inc in includes:
            beside = os.path.join(os.path.dirname(f), inc)
            targets = [g for g in files if g == beside or g.endswith("/" + inc)]
            edges.setdefault(room(f), set()).update(room(g) for g in targets if room(g) != room(f))
    return {room(f) for f in files}, edges


def circles(rooms, edges):
    # Tarjan's strongly connected components, iteratively (no recursion limit to meet).
    index, low, on_stack, stack, found, counter = {}, {}, set(), [], [], 0
    for start in sorted(rooms):
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(edges.get(w, ())))))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                part = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    part.append(w)
                    if w == v:
                        break
                if len(part) > 1:
                    found.append(sorted(part))
    return found


def main():
    status = 0
    for root in sys.argv[1:] or ["app"]:
        rooms, edges = rooms_and_edges(root)
        found = circles(rooms, edges)
        for part in found:
            print(f"include circle in {root}/: " + " -> ".join(part))
            status = 1
        if not found:
            print(f"{root}/: {len(rooms)} rooms, {sum(map(len, edges.values()))} includes, no circle")
    return status


if __name__ == "__main__":
    sys.exit(main())
