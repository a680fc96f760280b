"""The GUI-thread watch (tests/ui/db_guard.py) is on from before anything of the window
exists: a start as the program makes it (the shop opened, its language, the sign-in, this
PC's store, the settings, the first page, the password reminder, the daily backup), every
page built and shown, every button of every page pressed, every menu entry and every
dialog they open. No database statement, opening of a database or argon2 hash may run on
the GUI thread: each runs in the background while the window stays drawn and busy."""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
)

from counter_app import pc_settings
from counter_app.demo import shop as demo
from counter_app.services.people import users as user_service
from counter_app.ui import app as start
from counter_app.ui import file_dialogs, operations
from counter_app.ui.main_window import MainWindow
from tests.services.helpers import take_in
from tests.ui.db_guard import no_calls, watch_ui_thread, watch_widget_reads


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: operations.running() == 0, timeout=30000)


def quiet_start(monkeypatch) -> None:
    """run_gui as the program runs it, minus what would outlive the test: its global
    style and its exception hook."""
    monkeypatch.setattr(start, "apply_style", lambda app: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def started_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_a_start_opens_the_shop_and_signs_in_off_the_gui_thread(qtbot, db_path, monkeypatch):
    """The second start on a PC (its frame shown first), then a start on a new shop (asked
    about, made, its manager without a password: the reminder): neither the shop's opening
    nor the language, the --user sign-in, the store, the settings, the time zone or the
    password check runs on the GUI thread."""
    quiet_start(monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(
        start, "ask_to_create", lambda path, parent=None: asked.append(str(path)) or True
    )
    new_shop = db_path.with_name("new.sqlite3")
    with watch_ui_thread(None, monkeypatch) as seen:
        seen.watching = True
        pc_settings.write(pc_settings.LANGUAGE, "en")  # this PC opened an English shop before
        assert start.run_gui(str(db_path), user="amy", smoke=True) == 0
        assert start.run_gui(str(new_shop), user="manager", smoke=True) == 0
        idle(qtbot)
        seen.watching = False
    assert asked == [str(new_shop)] and new_shop.exists()
    no_calls(seen)
    for window in started_windows():
        window.deleteLater()


def test_a_refused_sign_in_is_said_and_ran_off_the_gui_thread(qtbot, db_path, monkeypatch, db):
    """--user of an account with a password: the sign-in dialog asks (its list and the
    argon2 check run in the background); cancelled, the program ends."""
    quiet_start(monkeypatch)
    manager = user_service.get_actor(db, "manager")
    user_service.set_password(db, manager, "amy", "counter-key-1")
    shown: list[str] = []

    def cancel(dialog) -> int:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(lambda: dialog.listed)
        dialog.password.setText("wrong-key")
        dialog.try_sign_in()
        qtbot.waitUntil(lambda: dialog.error.text() != "")  # argon2 said no, in the background
        shown.append(dialog.error.text())
        return QDialog.DialogCode.Rejected

    from counter_app.ui.dialogs.sign_in import SignInDialog

    monkeypatch.setattr(SignInDialog, "exec", cancel)
    with watch_ui_thread(None, monkeypatch) as seen:
        seen.watching = True
        assert start.run_gui(str(db_path), user="amy", smoke=True) == 0
        seen.watching = False
    assert len(shown) == 1
    no_calls(seen)


def test_every_page_button_menu_and_dialog_keeps_the_database_off_the_gui_thread(
    qtbot, db, staff, monkeypatch
):
    demo.fill(db, tickets=40, seed=5, days=20)
    ticket_no = take_in(db, staff.clerk)
    opened: list[str] = []

    def shown_then_cancelled(dialog) -> int:  # type: ignore[no-untyped-def]
        """A modal dialog: shown, its reads let finish, then cancelled."""
        opened.append(type(dialog).__name__)
        dialog.show()
        idle(qtbot)
        dialog.reject()
        return 0

    for cls in (QDialog, QPrintDialog, QFileDialog, QMessageBox, QInputDialog):
        monkeypatch.setattr(cls, "exec", shown_then_cancelled)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda *a, name=name, **k: (
                opened.append(f"QMessageBox.{name}") or QMessageBox.StandardButton.No
            ),
        )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QMenu, "exec", lambda menu, *a, **k: opened.append("QMenu") and None)
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: "")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: "")

    def close_strays(main: MainWindow) -> None:
        """Dialogs opened without exec (open()/show()): their reads let finish, closed."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                opened.append(type(widget).__name__)
                idle(qtbot)
                widget.reject()

    def press_everything(main: MainWindow, key: str) -> int:
        page = main.pages[key]
        buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisible()]
        pressed = 0
        for button in buttons:
            if not shiboken6.isValid(button) or not button.isEnabled() or not button.isVisible():
                continue
            if isinstance(button, QPushButton) and button.menu() is not None:
                for action in button.menu().actions():
                    if action.isEnabled() and not action.isSeparator():
                        action.trigger()
                        idle(qtbot)
                        close_strays(main)
                continue
            button.click()
            pressed += 1
            idle(qtbot)
            close_strays(main)
            if main.current_page() != key:
                main.show_page(key)
                idle(qtbot)
        return pressed

    with watch_ui_thread(db, monkeypatch) as seen, watch_widget_reads(monkeypatch) as read:
        seen.watching = True  # before the window is made: its start is watched too
        main = MainWindow(db, staff.manager)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        idle(qtbot)
        main.board.poll.stop()
        pressed = {}
        for key in list(main.pages):
            if key == "ticket":
                main.open_ticket(ticket_no)
            main.show_page(key)
            idle(qtbot)
            pressed[key] = press_everything(main, key)
        menus = [a for m in main.menuBar().actions() for a in m.menu().actions()]
        for action in menus:
            if action.isSeparator() or action.text() in (main.tr("Quit"), main.tr("Switch user…")):
                continue
            action.trigger()
            idle(qtbot)
            close_strays(main)
        switch = next(a for a in menus if a.text() == main.tr("Switch user…"))
        switch.trigger()  # the sign-in dialog, cancelled: the window closes
        idle(qtbot)
        seen.watching = False
    no_calls(seen)
    assert read == [], "widgets read by background tasks:\n" + "\n".join(read)
    assert all(pressed[key] > 0 for key in ("intake", "board", "ticket", "customers", "parts"))
    for dialog in ("SettingsDialog", "TillDialog", "AboutDialog", "UncollectedDialog"):
        assert dialog in opened  # the menus' dialogs were opened and watched
    assert "SignInDialog" in opened


def test_the_watch_sees_a_widget_read_in_a_worker_not_on_the_gui_thread(qtbot, monkeypatch):
    from PySide6.QtWidgets import QLineEdit

    note = QLineEdit("a note")
    qtbot.addWidget(note)
    answers: list[str] = []
    with watch_widget_reads(monkeypatch) as read:
        captured = note.text()  # on the GUI thread, before the task: as the pages do
        operations.run_task(None, lambda: captured, on_done=answers.append)
        qtbot.waitUntil(lambda: answers == ["a note"])
        assert read == []
        operations.run_task(None, note.text, on_done=answers.append)  # read by the worker
        qtbot.waitUntil(lambda: len(answers) == 2)
    assert len(read) == 1 and read[0].startswith("QLineEdit.text() in a worker")
