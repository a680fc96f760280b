"""Keys as the window system delivers them: first to the native window, which passes them
on to the focus widget (and up its parents). The scanner must count each key once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.services.helpers import take_in
from tests.ui.conftest import FakeClock


def send_through_the_window(window, text: str) -> None:
    handle = window.windowHandle()
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isalnum() else Qt.Key.Key_Minus
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                handle, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            handle, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        )


def test_a_key_through_the_window_counts_once(qtbot, window, db, staff):
    no = take_in(db, staff.clerk)
    window.scanner.clock = FakeClock()
    window.show_page("intake")
    window.activateWindow()
    window.intake.phone.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.intake.phone)
    scanned = []
    window.scanner.scanned.connect(scanned.append)
    send_through_the_window(window, no)
    assert scanned == [no]  # not "TT226611..."
    qtbot.waitUntil(lambda: window.current_page() == "ticket")
    assert window.intake.phone.text() == ""  # the scan left nothing in the phone field
