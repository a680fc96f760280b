"""The window on a shop PC's screen: every page fits 1280×720 (title bar and status bar
included) in English and Chinese, and the job board keeps the status, the promised time
and whether it is overdue in view on a 1024-pixel-wide window."""

from __future__ import annotations

from datetime import timedelta

import pytest

from counter_app import i18n
from counter_app.demo import shop as demo
from counter_app.timeutil import utcnow
from counter_app.ui.main_window import TITLE_BAR, MainWindow
from counter_app.ui.pages.job_board import PROMISED
from tests.services.helpers import take_in


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_page_fits_1280x720(qtbot, db, staff, language):
    no = take_in(db, staff.clerk)
    try:
        i18n.install(language)
        window = MainWindow(db, staff.manager)
        qtbot.addWidget(window)
        window.board.poll.stop()
        window.show()
        window.open_ticket(no)
        qtbot.waitUntil(window.pages["ticket"].idle)
        for key in window.pages:
            window.show_page(key)
            needed = window.minimumSizeHint()
            assert needed.width() <= 1280, (key, needed.width())
            assert needed.height() + TITLE_BAR <= 720, (key, needed.height())
    finally:
        i18n.install("en")


def test_the_board_keeps_status_and_promised_in_view_at_1024_px(qtbot, db, staff):
    demo.fill(db, tickets=60, seed=5, days=10)
    late = take_in(db, staff.clerk, promised_at=utcnow() - timedelta(hours=3))
    window = MainWindow(db, staff.manager)
    qtbot.addWidget(window)
    window.board.poll.stop()
    window.setWindowState(window.windowState() & ~window.windowState())
    window.resize(1024, 700)
    window.show()
    window.show_page("board")
    qtbot.waitExposed(window)
    view = window.board.view
    visible = view.viewport().width()
    for column in (1, PROMISED):  # status, promised
        assert view.columnViewportPosition(column) + view.columnWidth(column) <= visible
    qtbot.waitUntil(window.board.idle)  # the board reads in the background
    assert window.board.select_ticket(late)
    row = view.currentIndex().row()
    assert "overdue" in view.model().index(row, PROMISED).data()
