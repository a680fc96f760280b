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
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SCAN_KIND = "scanKind"  # a field's property: which scans it takes ("imei" or "code")
SCAN_ENTER = "scanEnter"  # a field's property: a scan filled in is followed by Enter


def accept_scans(field: QLineEdit, kind: str, enter: bool = False) -> None:
    """``field`` takes scans of ``kind``: "imei" (an IMEI fills it instead of opening the
    device's history or a new intake) or "code" (any scan the window does not recognise as
    a ticket or an IMEI, e.g. a part's barcode). ``enter``: the field then acts on it."""
    field.setProperty(SCAN_KIND, kind)
    field.setProperty(SCAN_ENTER, enter)


def scan_kind(target: object) -> str:
    """The kind of scans ``target`` takes ("" when none)."""
    if not isinstance(target, QLineEdit):
        return ""
    return str(target.property(SCAN_KIND) or "")


def fill(field: QLineEdit, text: str) -> None:
    """A scan landed in ``field``: it replaces what was there (never appended), and the field
    acts on it when it asked for Enter (the parts search finds the part)."""
    field.setFocus()
    field.setText(text)
    if field.property(SCAN_ENTER):
        field.returnPressed.emit()


def _snapshot(target: QObject | None) -> Callable[[], None] | None:
    """What ``target`` holds now, as a function that puts it back."""
    if isinstance(target, (QAbstractSpinBox, QComboBox)) and target.lineEdit() is not None:
        target = target.lineEdit()
    if isinstance(target, QLineEdit):
        text, cursor = target.text(), target.cursorPosition()
        start, length = target.selectionStart(), len(target.selectedText())

        def restore_line() -> None:
            if target.text() != text:
                target.setText(text)
            if start >= 0 and length:
                target.setSelection(start, length)
            else:
                target.setCursorPosition(cursor)

        return restore_line
    if isinstance(target, QComboBox):  # its keyboard search picks another item
        index = target.currentIndex()
        return lambda: target.setCurrentIndex(index)
    if isinstance(target, (QPlainTextEdit, QTextEdit)):
        content, position = target.toPlainText(), target.textCursor().position()

        def restore_text() -> None:
            if target.toPlainText() != content:
                target.setPlainText(content)
                cursor = target.textCursor()
                cursor.setPosition(min(position, len(content)))
                target.setTextCursor(cursor)

        return restore_text
    return None


class ScanDetector(QObject):
    """Emits ``scanned(text)`` for a burst of at least MIN_LENGTH printable keys, each within
    MAX_GAP seconds of the previous, followed by Enter. The field the burst was typed into
    gets back exactly what it held before (text, cursor, selection), so a scan never leaves
    digits in a form nor eats typed text; the field is kept in ``target`` so the receiver
    may fill it when it expects that kind of code.

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
        self._restore: Callable[[], None] | None = None
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
        # Every event of every widget passes here: the cheap test first (making the Python
        # enum of an event's type costs more than this check, on each of thousands of events
        # while a page is built).
        if not self.enabled or not isinstance(event, QKeyEvent):
            return False
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not self._is_receiver(watched):
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
            text, target, restore = self.buffer, self.target, self._restore
            scan = self._is_scan(now)
            self.buffer = ""
            if scan:
                self._undo_typing(target, restore)
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
                self._restore = _snapshot(self.target)  # before this key reaches it
                if isinstance(self.target, QAbstractItemView):  # its keyboard search moves it
                    current = self.target.currentIndex()
                    self.row_before = QPersistentModelIndex(current)
                    self.row_key = current.siblingAtColumn(0).data() if current.isValid() else None
            self.buffer += char
            self.last = now
        return False

    def _undo_typing(self, target: QObject | None, restore: Callable[[], None] | None) -> None:
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
        elif restore is not None:
            restore()
