"""Reads the app's window the way a screen reader does, over AT-SPI, and prints it as JSON.

Runs under the system Python (Debian's python3-pyatspi), not the project's virtualenv, in the
D-Bus session the app was started in: ``/usr/bin/python3 atspi_reader.py PID``. Prints
{"title": the active window's name, "focus": the focused widget, "widgets": every showing
widget with a name or text}; each widget as {"name", "role", "id", "text"}."""

from __future__ import annotations

import json
import sys

import pyatspi

TEXT_ROLES = {"text", "entry", "password text", "label", "spin button", "combo box", "status bar"}


def describe(acc) -> dict:
    role = acc.getRoleName()
    text = ""
    try:
        piece = acc.queryText()
        text = piece.getText(0, piece.characterCount)
    except NotImplementedError:
        text = ""
    except Exception:  # the widget went away meanwhile
        text = ""
    try:
        ident = acc.get_accessible_id() or ""
    except Exception:
        ident = ""
    return {"name": acc.name or "", "role": role, "id": ident, "text": text}


def walk(acc, found: list, focus: list, depth: int = 0) -> None:
    if acc is None or depth > 60:
        return
    try:
        states = acc.getState()
    except Exception:
        return
    if not states.contains(pyatspi.STATE_SHOWING) and depth > 1:
        return
    if states.contains(pyatspi.STATE_FOCUSED):
        focus.append(describe(acc))
    item = describe(acc)
    if item["name"] or item["text"] or item["id"]:
        found.append(item)
    for index in range(acc.childCount):
        try:
            child = acc.getChildAtIndex(index)
        except Exception:
            continue
        walk(child, found, focus, depth + 1)


def main() -> None:
    pid = int(sys.argv[1])
    desktop = pyatspi.Registry.getDesktop(0)
    result: dict = {"title": "", "focus": None, "widgets": [], "windows": []}
    for app in desktop:
        if app is None:
            continue
        try:
            if app.get_process_id() != pid:
                continue
        except Exception:
            continue
        for window in app:
            if window is None:
                continue
            states = window.getState()
            result["windows"].append(window.name or "")
            if not states.contains(pyatspi.STATE_ACTIVE):
                continue
            result["title"] = window.name or ""
            found: list = []
            focus: list = []
            walk(window, found, focus)
            result["widgets"] = found
            # A tab bar's current tab says "focused" too: the real focus is any other.
            real = [f for f in focus if f["role"] != "page tab"] or focus
            result["focus"] = real[-1] if real else None
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
