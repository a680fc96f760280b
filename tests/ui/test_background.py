"""Long work runs off the UI thread; its errors are shown and logged and the app goes on;
closing the window waits for a running transaction instead of cutting it off."""

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from counter_app.services.tickets import jobs as tickets
from counter_app.ui.operations import run_task, wait_for_tasks
from tests.services.helpers import take_in


def test_a_failing_background_task_is_shown_and_logged(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    parent = QWidget()
    qtbot.addWidget(parent)

    def broken() -> None:
        raise RuntimeError("disk unplugged")

    with caplog.at_level(logging.ERROR):
        run_task(parent, broken)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "disk unplugged" in shown[0]
    assert "background task failed" in caplog.text


def test_a_service_error_is_translated_not_logged_as_a_crash(qtbot, monkeypatch, db, staff):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    parent = QWidget()
    qtbot.addWidget(parent)
    run_task(parent, tickets.detail, db, staff.clerk, "T000000-404")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["No ticket T000000-404"]


def test_closing_the_window_waits_for_a_running_write(qtbot, window, db, staff, db_path):
    import threading

    started, release = threading.Event(), threading.Event()
    no = take_in(db, staff.clerk)

    def slow_note() -> None:
        started.set()
        release.wait(5)
        tickets.add_note(db, staff.clerk, no, "written while the window closed")

    run_task(window, slow_note)
    assert started.wait(5)
    threading.Timer(0.2, release.set).start()
    window.close()  # waits for the task (operations.wait_for_tasks)
    assert wait_for_tasks(1000)
    notes = [e.note for e in tickets.detail(db, staff.clerk, no).events if e.kind == "note"]
    assert notes == ["written while the window closed"]
