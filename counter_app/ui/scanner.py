"""Scan anywhere: a keyboard-wedge scanner types a burst of keys ending in Enter. An
application-wide event filter recognises such bursts (fast keys, then Enter) and hands the
text over, wherever the focus is; normal typing is left alone."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit


class ScanDetector(QObject):
    """Emits ``scanned(text)`` for a burst of at least MIN_LENGTH printable keys, each within
    MAX_GAP seconds of the previous, followed by Enter. Keys typed into a text field during
    the burst are removed from it again, so a scan never leaves digits in a form."""

    scanned = Signal(str)
    MIN_LENGTH = 8
    MAX_GAP = 0.05  # scanners send a key every few ms; people type 100+ ms apart

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buffer = ""
        self.last = 0.0
        self.target: QObject | None = None
        self.enabled = True
        self.clock = time.monotonic

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(event, QKeyEvent):
            return False
        now = self.clock()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text, target = self.buffer, self.target
            fast = now - self.last <= self.MAX_GAP * 4
            self.buffer = ""
            if len(text) >= self.MIN_LENGTH and fast:
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
            self.buffer += char
            self.last = now
        return False

    @staticmethod
    def _undo_typing(target: QObject | None, text: str) -> None:
        if isinstance(target, QLineEdit) and target.text().endswith(text):
            target.setText(target.text()[: -len(text)])
        elif isinstance(target, (QPlainTextEdit, QTextEdit)):
            content = target.toPlainText()
            if content.endswith(text):
                target.setPlainText(content[: -len(text)])
