"""The job board under sorting and fetching: Qt's model tester watches, the selected ticket
stays selected, and the poll runs only while the board is on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from counter_app.demo import shop as demo
from counter_app.services.tickets import workflow
from counter_app.ui.pages import job_board
from counter_app.ui.pages.job_board import JobBoard
from tests.services.helpers import take_in


def test_model_tester_watches_the_board_while_it_sorts_and_fetches(
    qtbot, qtmodeltester, db, staff, monkeypatch
):
    monkeypatch.setattr(job_board, "PAGE", 7)  # several pages from a small shop
    demo.fill(db, tickets=400, seed=3, days=20)
    board = JobBoard(db, staff.clerk)
    qtbot.addWidget(board)
    board.poll.stop()
    qtbot.waitUntil(board.idle)  # the board reads in the background
    model = board.model
    qtmodeltester.check(model)  # keeps watching every signal from here on
    qtbot.waitUntil(board.idle)  # the tester asks for more rows too (read in the background)
    loaded = model.rowCount()  # the view itself fetches a few pages to fill itself
    assert loaded % 7 == 0 and model.canFetchMore()
    model.fetchMore()  # read in the background, appended when it arrives
    qtbot.waitUntil(lambda: model.rowCount() == loaded + 7)
    loaded += 7
    board.view.selectRow(loaded - 3)
    chosen = board.selected_ticket()
    for column, order in ((0, Qt.SortOrder.DescendingOrder), (4, Qt.SortOrder.AscendingOrder)):
        board.view.sortByColumn(column, order)
        qtbot.waitUntil(board.idle)  # sorted in SQL, in the background
        # as many tickets are loaded (or more: the view may fetch on), in the new order,
        # and the chosen one is still chosen
        assert model.rowCount() >= loaded
        assert board.selected_ticket() == chosen
        assert board.view.currentIndex().row() == [r.ticket_no for r in model.rows].index(chosen)
    numbers = [r.ticket_no for r in model.rows]
    board.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(board.idle)
    ascending = [r.ticket_no for r in model.rows]
    assert ascending == sorted(ascending) and ascending != numbers
    before = model.rowCount()
    model.fetchMore()
    qtbot.waitUntil(board.idle)
    assert model.rowCount() > before or not model.canFetchMore()


def test_the_board_does_not_poll_while_hidden_and_catches_up_when_shown(qtbot, db, staff):
    first = take_in(db, staff.clerk)
    board = JobBoard(db, staff.clerk)
    qtbot.addWidget(board)
    board.poll.stop()
    qtbot.waitUntil(board.idle)  # the board reads in the background
    workflow.change_status(db, staff.technician, first, "diagnosing")
    board.check_for_changes()  # hidden: no reload
    assert board.model.rows[0].status == "received"
    board.show()
    qtbot.waitExposed(board)
    board.check_for_changes()
    qtbot.waitUntil(lambda: board.model.rows[0].status == "diagnosing")
