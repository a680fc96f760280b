"""The schedule's dialogs for this round: moving a booking (a slot after the due day is said
as it is picked) and a visit that could not fix the device."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime

from counter_app.services.appointments import booking
from counter_app.ui.dialogs.appointment_dialogs import DoneDialog, RescheduleDialog
from tests.aftersales_r3.test_onsite_and_maintenance import book


def test_reschedule_dialog_says_past_due_and_moves_the_booking(qtbot, db, staff):
    info = book(db, staff.clerk)
    dialog = RescheduleDialog(db, staff.clerk, info)
    qtbot.addWidget(dialog)
    assert dialog.past_due.text() == ""
    later = datetime.combine(info.due_on + timedelta(days=2), datetime.min.time()).replace(hour=11)
    dialog.at.setDateTime(QDateTime(later.date(), later.time()))
    assert str(info.due_on) in dialog.past_due.text()
    dialog.reason.setText("Customer travelling")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_info is not None)
    moved = dialog.result_info
    assert moved.due_on == info.due_on and moved.past_due
    assert booking.get(db, info.id).starts_at == moved.starts_at


def test_done_dialog_records_a_visit_that_could_not_fix_it(qtbot, db, staff):
    info = book(db, staff.clerk)
    booking.confirm(db, staff.clerk, info.id)
    arrived = booking.arrive(db, staff.technician, info.id)
    dialog = DoneDialog(db, staff.technician, arrived)
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("Mainboard fault, taken to the shop")
    dialog.not_fixed.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_info is not None)
    assert dialog.result_info.outcome == "not_fixed"
