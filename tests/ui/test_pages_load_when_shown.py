"""The main window opens without reading the job board: the board reads its tickets when
it is first shown (and its poll does nothing until then)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from counter_app.services.tickets import jobs as ticket_service
from counter_app.ui.main_window import MainWindow
from tests.services.helpers import take_in


def test_the_board_reads_tickets_only_when_shown(qtbot, db, staff, monkeypatch):
    no = take_in(db, staff.clerk)
    QSettings().setValue("window/page", "intake")
    calls = []
    real = ticket_service.job_board
    monkeypatch.setattr(
        ticket_service, "job_board", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    window = MainWindow(db, staff.manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.board.check_for_changes()  # the 5-second poll, before the board was shown
    assert window.current_page() == "intake"
    assert calls == [] and window.board.model.rowCount() == 0
    window.show_page("board")
    qtbot.waitUntil(lambda: window.board.idle() and window.board.model.rowCount() == 1)
    assert [r.ticket_no for r in window.board.model.rows] == [no]
    assert window.board.count.text() == "1 ticket"
    window.board.poll.stop()
    window.show_page("intake")  # the page saved at close, for the tests that follow
