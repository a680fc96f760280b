"""Scan anywhere: a keyboard-wedge scanner types a burst of keys ending in Enter. An
application-wide event filter recognises such bursts (fast keys, then Enter) and hands the
text over, wherever the focus is; normal typing is left alone.

On a real display every key event passes the application filter several times: once for the
native window, once for the focus widget and once more for each parent it propagates to. A
key is therefore counted only when it is delivered to the focus widget (or, with no focus
widget, to the active window itself). Enter at the end of a scan is claimed already at the
ShortcutOverride stage, so a shortcut on Enter (the job board's "open the highlighted row")
does not fire instead. While a modal dialog or popup is open the keys are left to it: a
scan into the Receive dialog or the search box is ordinary input there."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanDetector(QObject):
    """Emits ``scanned(text)`` for a burst of at least MIN_LENGTH printable keys, each within
    MAX_GAP seconds of the previous, followed by Enter. Keys typed into a text field during
    the burst are removed from it again, so a scan never leaves digits in a form; the field
    is kept in ``target`` so the receiver may give an unrecognised scan back to it.

    Gaps are measured with the key events' own timestamps (set by the window system when the
    key arrived), so a busy event loop that delivers slowly typed keys late in one batch does
    not make them look like a scan. ``clock`` (no arguments) replaces them in tests."""

    scanned = Signal(str)
    MIN_LENGTH = 8
    MAX_GAP = 0.05  # scanners send a key every few ms; people type 100+ ms apart

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buffer = ""
        self.last = 0.0
        self.target: QObject | None = None
        self.enabled = True
        self.clock: Callable[[], float] | None = None
        self.row_before = QPersistentModelIndex()
        self.row_key: object = None  # the first column's text of that row

    def _now(self, event: QKeyEvent) -> float:
        if self.clock is not None:
            return self.clock()
        stamp = event.timestamp()
        return stamp / 1000.0 if stamp else time.monotonic()

    @staticmethod
    def _is_receiver(watched: QObject) -> bool:
        """True for the one delivery of a key event that counts: to the focus widget."""
        if not isinstance(watched, QWidget):
            return False  # the native window's copy of the event
        focus = QApplication.focusWidget()
        if focus is not None:
            return watched is focus
        return watched.isWindow()

    def _is_scan(self, now: float) -> bool:
        return len(self.buffer) >= self.MIN_LENGTH and now - self.last <= self.MAX_GAP * 4

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not self.enabled or kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent) or not self._is_receiver(watched):
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            self.buffer = ""
            return False
        now = self._now(event)
        key = event.key()
        if kind == QEvent.Type.ShortcutOverride:
            if key in ENTER_KEYS and self._is_scan(now):
                event.accept()  # a scan's Enter is ours: no shortcut may take it
                return True
            return False
        if key in ENTER_KEYS:
            text, target = self.buffer, self.target
            scan = self._is_scan(now)
            self.buffer = ""
            if scan:
                self._undo_typing(target, text)
                self.scanned.emit(text)
                return True
            return False
        char = event.text()
        if (
            char
            and char.isprintable()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            if now - self.last > self.MAX_GAP:
                self.buffer = ""
                self.target = QApplication.focusWidget()
                if isinstance(self.target, QAbstractItemView):  # its keyboard search moves it
                    current = self.target.currentIndex()
                    self.row_before = QPersistentModelIndex(current)
                    self.row_key = current.siblingAtColumn(0).data() if current.isValid() else None
            self.buffer += char
            self.last = now
        return False

    def _undo_typing(self, target: QObject | None, text: str) -> None:
        if isinstance(target, QAbstractItemView):
            # A list's keyboard search jumped to a row matching the scanned text: put the
            # highlight back where the user left it (found again by its first column when the
            # list was reloaded meanwhile).
            model, selection = target.model(), target.selectionModel()
            if model is None or selection is None:
                return
            index = QModelIndex(self.row_before)
            if not index.isValid() and self.row_key is not None:
                found = model.match(
                    model.index(0, 0),
                    Qt.ItemDataRole.DisplayRole,
                    self.row_key,
                    1,
                    Qt.MatchFlag.MatchExactly,
                )
                index = found[0] if found else QModelIndex()
            flags = QItemSelectionModel.SelectionFlag
            if index.isValid():
                selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            elif self.row_key is None:
                selection.clear()  # nothing was highlighted before the scan
        elif isinstance(target, QLineEdit) and target.text().endswith(text):
            target.setText(target.text()[: -len(text)])
        elif isinstance(target, (QPlainTextEdit, QTextEdit)):
            content = target.toPlainText()
            if content.endswith(text):
                target.setPlainText(content[: -len(text)])
