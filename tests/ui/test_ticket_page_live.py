"""The ticket page stays live: another counter's change shows up, a refused write keeps what
the user typed, writes run in the background one at a time, and nothing typed for one
ticket carries over to the next."""

from __future__ import annotations

import threading

from counter_app.services.money import till
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import quotes, workflow
from tests.services.helpers import IMEI_2, take_in, to_awaiting_approval
from tests.ui.test_ticket_page import page_for, settle


def test_a_change_at_another_counter_shows_up_on_the_open_page(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    page = page_for(qtbot, db, staff.clerk, no)
    assert page.status_chip.text() == "Received"
    workflow.change_status(db, staff.technician, no, "diagnosing")  # the workshop's PC
    page.check_for_changes()  # what the page's timer does every few seconds
    qtbot.waitUntil(lambda: page.status_chip.text() == "Diagnosing")


def test_a_refused_write_reloads_and_keeps_the_users_unrelated_input(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    quotes.decide(db, staff.clerk, no, True, "in_person")
    till.open_till(db, staff.manager, "0")  # opened in the morning: no till question
    page = page_for(qtbot, db, staff.manager, no)
    page.technician.setCurrentIndex(page.technician.findText("Zhao Min"))  # not assigned yet
    page.pay_amount.setText("50")
    page.pay_tendered.setText("100")
    tickets.add_note(db, staff.technician, no, "screen ordered")  # meanwhile, elsewhere
    page.pay()
    settle(qtbot, page)
    assert "changed by someone else" in page.message.text()
    assert "screen ordered" in [e.note for e in page.detail.events]  # reloaded
    assert page.pay_amount.text() == "50" and page.pay_tendered.text() == "100"
    assert page.technician.currentText() == "Zhao Min"
    assert tickets.detail(db, staff.clerk, no).paid == 0  # nothing was written
    page.pay()  # on the latest version it goes through
    settle(qtbot, page)
    assert tickets.detail(db, staff.clerk, no).paid == 50
    assert page.pay_tendered.text() == ""


def test_a_write_runs_in_the_background_and_a_second_cannot_interleave(
    qtbot, db, staff, monkeypatch
):
    no = take_in(db, staff.clerk)
    page = page_for(qtbot, db, staff.technician, no)
    started, release = threading.Event(), threading.Event()
    real = workflow.change_status

    def slow_change(*args, **kwargs):
        started.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(workflow, "change_status", slow_change)
    assert page.change_status("diagnosing")
    assert started.wait(10)  # the write is running on a worker thread; the UI goes on
    assert page.busy and page.busy_label.isVisibleTo(page)
    assert not page.actions_holder.isEnabled() and not page.assign_button.isEnabled()
    page.note.setText("second change")
    assert not page.change_status("cancelled")  # refused while the first one runs
    release.set()
    settle(qtbot, page)
    assert page.status_chip.text() == "Diagnosing" and page.actions_holder.isEnabled()
    assert tickets.detail(db, staff.clerk, no).status == "diagnosing"


def test_nothing_typed_for_one_ticket_carries_over_to_the_next(qtbot, db, staff):
    first = take_in(db, staff.clerk)
    second = take_in(db, staff.clerk, imei=IMEI_2)
    to_awaiting_approval(db, staff.technician, first, price="120.00")
    page = page_for(qtbot, db, staff.clerk, first)
    assert page.pay_amount.text() == "120.00"  # the balance is offered
    page.consent.setCurrentIndex(page.consent.findData("phone"))
    page.pay_tendered.setText("200")
    page.note.setText("half-typed note")
    page.show_ticket(second)
    settle(qtbot, page)
    assert page.detail.ticket_no == second
    assert page.consent.currentData() == "in_person"
    assert page.pay_amount.text() == "" and page.pay_tendered.text() == ""
    assert page.note.text() == ""


def test_the_page_polls_only_while_on_screen(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    page = page_for(qtbot, db, staff.clerk, no)
    page.hide()
    workflow.change_status(db, staff.technician, no, "diagnosing")
    page.check_for_changes()
    assert page.idle() and page.status_chip.text() == "Received"  # no read was started
