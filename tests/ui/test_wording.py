"""Counts read right for one as for many ("1 earlier tickets" is gone)."""

from __future__ import annotations

from counter_app.ui.pages.intake_form import IntakeForm
from counter_app.ui.pages.job_board import JobBoard
from tests.services.helpers import IMEI, collect, take_in


def test_counts_read_right_for_one(qtbot, db, staff):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    form = IntakeForm(db, staff.clerk)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.imei, IMEI)
    qtbot.waitUntil(lambda: "1 earlier ticket" in form.device_hint.text())
    assert "1 earlier tickets" not in form.device_hint.text()
    take_in(db, staff.clerk)
    board = JobBoard(db, staff.clerk)
    qtbot.addWidget(board)
    board.poll.stop()
    qtbot.waitUntil(board.idle)  # the board reads in the background
    assert board.count.text() == "1 ticket"
