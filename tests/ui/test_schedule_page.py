"""The schedule page (day and week views, actions), today's list beside the job board, and a
booked drop-off arriving into a prefilled intake."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from counter_app.services.appointments import booking as appointments
from counter_app.services.appointments.booking import AppointmentData
from counter_app.timeutil import local_today, zone
from counter_app.ui.pages.schedule_page import SchedulePage

TZ = "Asia/Shanghai"


@pytest.fixture
def day():
    return local_today(TZ) + timedelta(days=3)


def book(db, actor, day, hour, **overrides):  # type: ignore[no-untyped-def]
    data = dict(
        name="王芳",
        phone="13912345678",
        kind="onsite",
        at=f"{day.isoformat()} {hour:02d}:00",
        address="徐汇区漕溪北路88号",
        engineer="li",
        fault="Lock offline",
    )
    data.update(overrides)
    return appointments.add(db, actor, AppointmentData(**data))


def texts(page: SchedulePage, column: int) -> list[str]:
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_day_view_lists_the_day_in_time_order_and_actions_follow_the_state(
    qtbot, qtmodeltester, db, staff, day
):
    late = book(db, staff.clerk, day, 15, name="李雷", phone="13700001111")
    early = book(db, staff.clerk, day, 9, engineer="zhao", kind="dropoff", address="")
    book(db, staff.clerk, day + timedelta(days=1), 9)  # another day: not listed
    page = SchedulePage(db, staff.clerk)
    qtbot.addWidget(page)
    page.day.setDate(QDate(day))
    qtbot.waitUntil(lambda: page.idle() and page.model.rowCount() == 2)  # read in the background
    assert texts(page, 0) == ["09:00–10:00", "15:00–16:00"]
    assert texts(page, 4) == ["王芳", "李雷"]
    assert texts(page, 3) == ["Zhao Min", "Li Wei"]
    assert texts(page, 5)[1] == "137 0000 1111"  # staff see the full number to call
    assert page.count.text() == "2 appointments"
    qtmodeltester.check(page.model)

    assert not page.buttons["confirm"].isEnabled()  # nothing selected
    page.select_appointment(late.id)
    assert page.buttons["confirm"].isEnabled() and not page.buttons["arrive"].isEnabled()
    qtbot.mouseClick(page.buttons["confirm"], Qt.MouseButton.LeftButton)
    assert not page.buttons["confirm"].isEnabled()  # one change at a time
    qtbot.waitUntil(lambda: page.idle() and texts(page, 2)[1] == "Confirmed")
    assert appointments.get(db, late.id).status == "confirmed"
    assert page.selected().id == late.id and texts(page, 2)[1] == "Confirmed"
    assert page.buttons["arrive"].isEnabled() and not page.buttons["confirm"].isEnabled()
    assert appointments.get(db, early.id).status == "booked"


def test_week_view_has_a_row_per_engineer_and_a_cell_opens_that_day(
    qtbot, qtmodeltester, db, staff, day
):
    book(db, staff.clerk, day, 10)
    book(db, staff.clerk, day, 11, phone="13700001111", name="李雷")
    book(db, staff.clerk, day, 10, engineer="zhao", phone="13700002222", name="韩梅梅")
    page = SchedulePage(db, staff.clerk)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.engineer_list) == 2)  # listed in the background
    page.day.setDate(QDate(day))
    page.mode.setCurrentIndex(page.mode.findData("week"))
    qtbot.waitUntil(lambda: page.idle() and page.week_model.rowCount() == 2)
    week = page.week_model
    assert page.views.currentWidget() is page.week_view
    vertical = Qt.Orientation.Vertical
    assert [week.headerData(r, vertical) for r in range(week.rowCount())] == ["Li Wei", "Zhao Min"]
    column = day.weekday()
    li_cell = week.index(0, column).data()
    assert li_cell.splitlines()[0].startswith("10:00–11:00 王芳")
    assert "11:00–12:00 李雷" in li_cell
    assert "韩梅梅" in week.index(1, column).data()
    assert all(not week.index(0, c).data() for c in range(7) if c != column)
    qtmodeltester.check(week)
    page.week_view.doubleClicked.emit(week.index(1, column))
    qtbot.waitUntil(lambda: page.idle() and page.views.currentWidget() is page.day_view)
    assert page.engineer.currentData() == "zhao" and texts(page, 4) == ["韩梅梅"]


def test_todays_appointments_beside_the_job_board(qtbot, window, db, staff, monkeypatch):
    today = local_today(TZ)
    morning = datetime.combine(today, time(8, 0), tzinfo=zone(TZ))
    monkeypatch.setattr(appointments, "utcnow", lambda: morning)
    book(db, staff.clerk, today, 10)
    cancelled = book(db, staff.clerk, today, 12, phone="13700001111", name="李雷")
    appointments.cancel(db, staff.clerk, cancelled.id, "Not needed")
    window.show_page("board")
    window.board.refresh()  # as when the board comes on screen after the bookings
    side = window.board.today
    qtbot.waitUntil(lambda: side.title.text() == "1 appointment today")
    assert side.model.index(0, 1).data() == "王芳"
    assert side.model.index(0, 0).data() == "10:00–11:00"


def test_a_dropoff_arrival_opens_a_prefilled_intake_and_its_ticket_closes_it(
    window, qtbot, db, staff, day, monkeypatch
):
    info = book(
        db, staff.clerk, day, 10, kind="dropoff", address="", brand="Apple", model="iPhone 13",
        fault="Screen in stock for her",
    )  # fmt: skip
    appointments.confirm(db, staff.clerk, info.id)
    window.show_page("schedule")
    page = window.pages["schedule"]
    page.day.setDate(QDate(day))
    qtbot.waitUntil(lambda: page.idle() and page.select_appointment(info.id))
    monkeypatch.setattr(appointments, "utcnow", lambda: info.starts_at)
    page.buttons["arrive"].click()
    qtbot.waitUntil(lambda: window.current_page() == "intake")  # arrived in the background
    intake = window.intake
    assert intake.name.text() == "王芳" and intake.phone.text() == "139 1234 5678"
    assert intake.brand.currentText() == "Apple" and intake.model_edit.text() == "iPhone 13"
    assert intake.fault.toPlainText() == "Screen in stock for her"
    intake.imei.setText("490154203237518")
    with qtbot.waitSignal(intake.saved) as saved:
        intake.save()
    qtbot.waitUntil(page.idle)  # the visit is closed in the background
    done = appointments.get(db, info.id)
    assert done.status == "done" and done.ticket_no == saved.args[0]


def test_book_dialog_finds_the_customer_books_and_keeps_a_clash_in_the_dialog(
    qtbot, db, staff, day, db_path
):
    from PySide6.QtCore import QDateTime

    from counter_app.ui.dialogs.appointment_dialogs import BookDialog
    from tests.conftest import snapshot
    from tests.services.helpers import take_in

    take_in(db, staff.clerk, name="张伟", phone="13812345678")
    engineers = appointments.engineers(db)
    dialog = BookDialog(db, staff.clerk, engineers)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.phone, "138 1234 5678")
    dialog.look_up_phone()
    # the returning customer, found by phone (in the background)
    qtbot.waitUntil(lambda: dialog.name.text() == "张伟")
    dialog.at.setDateTime(QDateTime(QDate(day), time(10, 0)))
    dialog.address.setText("福田区华强北路1002号")
    dialog.engineer.setCurrentIndex(dialog.engineer.findData("li"))
    with qtbot.waitSignal(dialog.accepted):  # booked in the background
        dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    booked = appointments.get(db, dialog.result_info.id)
    assert booked.customer_name == "张伟" and booked.engineer == "li"
    assert booked.starts_at.astimezone(zone(TZ)).hour == 10

    again = BookDialog(db, staff.clerk, engineers)
    qtbot.addWidget(again)
    again.phone.setText("13700001111")
    again.name.setText("李雷")
    again.at.setDateTime(QDateTime(QDate(day), time(10, 30)))
    again.minutes.setValue(30)
    again.address.setText("南山区")
    again.engineer.setCurrentIndex(again.engineer.findData("li"))
    before = snapshot(db_path)
    again.save()
    qtbot.waitUntil(lambda: not again.writes.busy)
    assert again.result_info is None and f"appointment {booked.id}" in again.error.text()
    assert snapshot(db_path) == before


def test_done_dialog_records_the_visit_with_payment(qtbot, db, staff, day, monkeypatch):
    from counter_app.services.tickets import jobs as tickets
    from counter_app.ui.dialogs.appointment_dialogs import DoneDialog

    info = book(db, staff.clerk, day, 10)
    appointments.confirm(db, staff.clerk, info.id)
    monkeypatch.setattr(appointments, "utcnow", lambda: info.starts_at)
    arrived = appointments.arrive(db, staff.technician, info.id)
    dialog = DoneDialog(db, staff.technician, arrived)
    qtbot.addWidget(dialog)
    assert dialog.signed_by.text() == "王芳"
    dialog.note.setPlainText("Replaced the lock's battery")
    dialog.paid.setText("abc")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.writes.busy)
    assert dialog.result_info is None and "Amount" in dialog.error.text()
    dialog.paid.setText("80")
    dialog.method.setCurrentIndex(dialog.method.findData("wechat_pay"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert dialog.result_info is not None and dialog.result_info.status == "done"
    ticket = tickets.detail(db, staff.manager, dialog.result_info.ticket_no)
    assert ticket.status == "collected" and str(ticket.paid) == "80.00"
    assert ticket.payments[0].method == "wechat_pay"
