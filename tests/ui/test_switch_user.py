"""Switch user on a shared PC: the window goes, the sign-in asks, the next person gets a
window of their own (with their role); cancelling the sign-in quits."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from counter_app.ui.dialogs import sign_in
from counter_app.ui.main_window import MainWindow


def test_switch_user_signs_the_next_person_in(qtbot, db, staff, monkeypatch):
    window = MainWindow(db, staff.manager)
    qtbot.addWidget(window)
    window.board.poll.stop()
    window.show()
    seen = []

    def sign_in_as_technician(dialog):
        seen.append(window.isVisible())  # the last user's window is gone meanwhile
        dialog.actor = staff.technician
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(sign_in.SignInDialog, "exec", sign_in_as_technician)
    window.switch_user()
    successor = window.successor
    qtbot.addWidget(successor)
    successor.board.poll.stop()
    assert seen == [False]
    assert not window.isVisible() and successor.isVisible()
    assert "Li Wei" in successor.user_label.text()


def test_cancelled_sign_in_closes_the_window(qtbot, db, staff, monkeypatch):
    window = MainWindow(db, staff.clerk)
    qtbot.addWidget(window)
    window.board.poll.stop()
    window.show()
    monkeypatch.setattr(sign_in.SignInDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.switch_user()
    assert not window.isVisible() and not hasattr(window, "successor")
