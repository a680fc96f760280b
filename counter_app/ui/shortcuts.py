"""Every keyboard shortcut of the window, read from the window's own objects: its QShortcuts
(described by their whatsThis), menu actions and buttons with a key, and the keys a widget
handles itself (its class's KEYS). tools/gen_docs.py writes docs/reference/shortcuts.md
from this list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

EVERYWHERE = "Everywhere"


def collect(folder: Path) -> list[tuple[str, str, str]]:
    """(keys, where, what it does) for every shortcut of a window on a new shop in
    ``folder`` with every page built, sorted by place then keys."""
    from counter_app.config import sqlite_url
    from counter_app.db import Database
    from counter_app.services.people import users
    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.operations import wait_for_tasks

    app = QApplication.instance() or QApplication([])
    db = Database(sqlite_url(folder / "shortcuts.sqlite3"))
    try:
        window = MainWindow(db, users.ensure_default_manager(db))
        try:
            window.board.poll.stop()
            for key in list(window.pages):
                window.pages[key]  # built now: each page's own shortcuts exist
            app.processEvents()
            wait_for_tasks()
            places = {id(window.pages[key]): window.titles[key] for key in window.pages}
            rows = set(_read(window, places))
        finally:
            wait_for_tasks()
            window.deleteLater()
            app.processEvents()
    finally:
        db.close()
    order = [EVERYWHERE, *places.values()]
    return sorted(rows, key=lambda row: (order.index(row[1]) if row[1] in order else 99, row))


def _read(window: QWidget, places: dict[int, str]):  # type: ignore[no-untyped-def]
    for shortcut in window.findChildren(QShortcut):
        yield _keys(shortcut.key()), _where(shortcut, places), shortcut.whatsThis()
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty():
            yield _keys(action.shortcut()), _where(action, places), _plain(action.text())
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            yield _keys(button.shortcut()), _where(button, places), _plain(button.text())
    for widget in [window, *window.findChildren(QWidget)]:
        for keys, what in type(widget).__dict__.get("KEYS", ()):
            context = type(widget).__name__
            yield keys, _where(widget, places), QCoreApplication.translate(context, what)


def _keys(sequence: QKeySequence) -> str:
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return text.replace("Return", "Enter")


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip(".…").strip()


def _where(item: QObject, places: dict[int, str]) -> str:
    node: QObject | None = item
    while node is not None:
        if id(node) in places:
            return places[id(node)]
        node = node.parent()
    return EVERYWHERE
