"""The job board's model and page."""

from counter_app.services.tickets import workflow
from counter_app.ui.pages.job_board import PAGE, JobBoard, JobBoardModel
from tests.services.helpers import take_in


def test_job_board_model_passes_qtmodeltester(qtmodeltester, db, staff):
    from counter_app.demo import shop as demo

    demo.fill(db, tickets=300, seed=2)
    model = JobBoardModel(db)
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_board_pages_sorts_and_filters_in_sql(qtbot, db, staff):
    from counter_app.demo import shop as demo

    demo.fill(db, tickets=3000, seed=4, days=30)
    board = JobBoard(db, staff.clerk)
    qtbot.addWidget(board)
    board.poll.stop()
    qtbot.waitUntil(board.idle)  # the board reads in the background
    model = board.model
    if model.canFetchMore():
        assert model.rowCount() == PAGE
        model.fetchMore()  # read in the background, appended when it arrives
        qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    model.sort(0)  # by ticket number, in SQL, in the background
    qtbot.waitUntil(board.idle)
    numbers = [r.ticket_no for r in model.rows]
    assert numbers == sorted(numbers)
    board.overdue.setChecked(True)
    qtbot.waitUntil(board.idle)
    assert model.rows and all(r.overdue for r in model.rows)


def test_board_refreshes_on_change_and_keeps_selection(qtbot, db, staff):
    first = take_in(db, staff.clerk)
    board = JobBoard(db, staff.clerk)
    qtbot.addWidget(board)
    board.poll.stop()
    qtbot.waitUntil(board.idle)  # the board reads in the background
    board.show()  # the board polls only while it is on screen
    assert board.select_ticket(first)
    take_in(db, staff.clerk, imei="356938035643809")  # another counter takes a device in
    workflow.change_status(db, staff.technician, first, "diagnosing")
    board.check_for_changes()
    qtbot.waitUntil(lambda: board.model.rowCount() == 2)
    assert board.selected_ticket() == first
    assert any(r.status == "diagnosing" for r in board.model.rows)
