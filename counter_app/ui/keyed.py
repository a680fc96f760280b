"""A button that answers a key and says so: the key in its tooltip, its text as the name a
screen reader reads. One helper for every page, so each button names its key the same way."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton


def keyed(button: QAbstractButton, key: str, shortcut: bool = True) -> None:
    """``button`` answers ``key`` (unless ``shortcut`` is False: the key is the form's own,
    e.g. Enter), and its tooltip says so; its accessible name is its text."""
    sequence = QKeySequence(key)
    if shortcut:
        button.setShortcut(sequence)
    shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    words = button.toolTip() or button.text().replace("&", "")
    button.setToolTip(f"{words} ({shown})")
    button.setAccessibleName(button.text().replace("&", ""))
