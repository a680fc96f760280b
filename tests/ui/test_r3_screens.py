"""Round-3 rules on screen: the board opens urgent first, the technician records the cause
found on the ticket page, and the clerk's intake form promises an urgent job sooner."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from counter_app.ui.pages.intake_form import IntakeForm
from counter_app.ui.pages.job_board import PRIORITY_COLUMN, JobBoard
from counter_app.ui.pages.ticket_page import TicketPage
from tests.services.helpers import IMEI_2, IMEI_3, take_in


def test_the_board_opens_urgent_first_then_high_then_by_promise(qtbot, db, staff):
    now = datetime.now().astimezone()
    normal = take_in(db, staff.clerk, promised_at=now + timedelta(hours=1))
    high = take_in(
        db, staff.clerk, imei=IMEI_2, priority="high", promised_at=now + timedelta(days=2)
    )
    urgent = take_in(
        db, staff.clerk, imei=IMEI_3, priority="urgent", promised_at=now + timedelta(days=4)
    )
    board = JobBoard(db, staff.clerk)
    qtbot.addWidget(board)
    board.poll.stop()
    board.show()
    qtbot.waitUntil(lambda: board.idle() and board.model.rowCount() == 3)
    assert [r.ticket_no for r in board.model.rows] == [urgent, high, normal]
    header = board.view.horizontalHeader()
    assert header.sortIndicatorSection() == PRIORITY_COLUMN
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_the_technician_records_the_cause_found_on_the_ticket_page(qtbot, db, staff):
    no = take_in(db, staff.clerk, fault="Dies at 30%")
    clerk_page = TicketPage(db, staff.clerk)
    qtbot.addWidget(clerk_page)
    assert not clerk_page.cause.isVisibleTo(clerk_page)  # a clerk does not diagnose
    page = TicketPage(db, staff.technician)
    qtbot.addWidget(page)
    page.show()
    page.show_ticket(no)
    qtbot.waitUntil(lambda: page.idle() and page.detail is not None)
    assert page.cause.isVisible()
    page.cause.setText("Battery worn: 61% capacity")
    page.cause.returnPressed.emit()
    qtbot.waitUntil(lambda: page.idle() and page.detail.diagnosed_cause is not None)
    assert "Cause found: Battery worn: 61% capacity" in page.info.text()
    assert page.cause.text() == ""


def test_choosing_urgent_moves_the_promised_time_closer(qtbot, db, staff):
    form = IntakeForm(db, staff.clerk)
    qtbot.addWidget(form)
    normal = form.promised.dateTime().toPython()
    form.priority.setCurrentIndex(form.priority.findData("urgent"))
    urgent = form.promised.dateTime().toPython()
    assert timedelta(hours=43) < normal - urgent <= timedelta(hours=44, minutes=1)


def test_the_intake_form_takes_the_production_date_without_proof(qtbot, db, staff):
    from datetime import date

    from PySide6.QtCore import QDate

    from counter_app.services.tickets import jobs as tickets

    form = IntakeForm(db, staff.clerk)
    qtbot.addWidget(form)
    assert not form.production_date.isEnabled()
    form.has_production.setChecked(True)
    made = date.today() - timedelta(days=200)
    form.production_date.setDate(QDate(made.year, made.month, made.day))
    data = form.data()
    assert data.production_date == made
    data.name, data.phone, data.brand, data.model = "张伟", "13812345678", "Apple", "iPhone 13"
    data.imei, data.fault = "490154203237518", "No sound"
    from counter_app.services.tickets import intake

    no = intake.take_in(db, staff.clerk, data).ticket_no
    assert tickets.detail(db, staff.clerk, no).warranty_code == "production_date"


def test_the_uncollected_list_shows_days_waiting_and_opens_a_ticket(qtbot, db, staff):
    from counter_app.ui.dialogs.uncollected_dialog import UncollectedDialog
    from tests.services.helpers import to_ready

    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no)
    dialog = UncollectedDialog(db, staff.clerk)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    model = dialog.model
    assert model.index(0, 0).data() == no
    assert model.index(0, 4).data() in (0, "0")  # ready today
    with qtbot.waitSignal(dialog.open_ticket) as opened:
        dialog.view.doubleClicked.emit(model.index(0, 0))
    assert opened.args == [no]
