"""The ticket page's Warranty tab as a clerk or technician uses it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import workflow
from counter_app.timeutil import local_today
from counter_app.ui.pages.ticket_page import TicketPage
from tests.conftest import snapshot
from tests.services.helpers import IMEI_2, IMEI_3, collect, take_in


def page_for(qtbot, db, actor, ticket_no):
    page = TicketPage(db, actor)
    qtbot.addWidget(page)
    page.show()
    page.show_ticket(ticket_no)
    qtbot.waitUntil(lambda: page.idle() and page.warranty_panel.detail is not None)
    page.tabs.setCurrentWidget(page.warranty_panel)  # the clerk opens the Warranty tab
    return page


def test_refund_too_high_is_shown_under_the_return_form_then_an_exchange_settles_it(
    qtbot, db, staff, db_path
):
    no = take_in(
        db,
        staff.clerk,
        imei=IMEI_2,
        service_type="return_exchange",
        purchase_date=local_today("Asia/Shanghai") - timedelta(days=2),
        purchase_proof="INV-5",
        purchase_price="2999",
    )
    # A refund is the manager's, after a technician's inspection (money rules, round 3).
    workflow.change_status(db, staff.technician, no, "diagnosing")
    page = page_for(qtbot, db, staff.manager, no)
    panel = page.warranty_panel
    assert panel.returns.isEnabled()
    assert panel.refund_amount.text() == "2999.00"
    panel.refund_amount.setText("3500")
    before = snapshot(db_path)
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.idle)  # written in the background
    assert panel.return_error.isVisible() and "2999.00" in panel.return_error.text()
    assert snapshot(db_path) == before
    panel.outcome.setCurrentIndex(panel.outcome.findData("exchange"))
    panel.exchange_imei.setText(IMEI_3)
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.idle)  # written in the background
    d = tickets.detail(db, staff.manager, no)
    assert d.return_outcome == "exchange" and d.exchange_imei == IMEI_3
    qtbot.waitUntil(lambda: page.idle() and page.status_chip.text() == "Collected")
    assert not panel.returns.isEnabled()


def test_a_comeback_is_made_free_by_confirming_the_same_fault(qtbot, db, staff):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    again = take_in(db, staff.clerk, fault="again")
    page = page_for(qtbot, db, staff.technician, again)
    panel = page.warranty_panel
    assert panel.same_fault.isVisible() and not panel.same_fault.isChecked()
    panel.reason.setText("flicker as before")
    qtbot.mouseClick(panel.finding_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.idle)  # written in the background
    assert panel.finding_error.isVisible() and "same fault" in panel.finding_error.text()
    panel.same_fault.setChecked(True)
    panel.reason.setText("flicker as before")
    qtbot.mouseClick(panel.finding_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.idle)  # written in the background
    assert tickets.detail(db, staff.clerk, again).warranty_decision == "free"
    qtbot.waitUntil(lambda: page.idle() and "Free of charge" in page.info.text())
    assert f"Comeback of {first} with the same fault" in panel.summary.text()
    assert "Free of charge" in page.info.text()


def test_an_exclusion_picked_makes_the_decision_paid(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    page = page_for(qtbot, db, staff.technician, no)
    panel = page.warranty_panel
    panel.exclusion.setCurrentIndex(panel.exclusion.findData("liquid"))
    assert panel.decision.currentData() == "paid"
    panel.reason.setText("corrosion on the board")
    qtbot.mouseClick(panel.finding_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.idle)  # written in the background
    d = tickets.detail(db, staff.clerk, no)
    assert d.warranty_exclusion == "liquid" and d.warranty_decision == "paid"
    qtbot.waitUntil(lambda: page.idle() and "liquid damage" in panel.summary.text())


def test_promise_in_the_past_is_refused_under_the_promise_form(qtbot, db, staff, db_path):
    no = take_in(db, staff.clerk)
    page = page_for(qtbot, db, staff.clerk, no)
    panel = page.warranty_panel
    panel.promised_at.setDateTime(panel.promised_at.dateTime().addDays(-10))
    panel.promise_reason.setText("oops")
    before = snapshot(db_path)
    qtbot.mouseClick(panel.promise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.idle)  # written in the background
    assert panel.promise_error.isVisible() and "past" in panel.promise_error.text()
    assert snapshot(db_path) == before
    panel.promised_at.setDateTime(panel.promised_at.dateTime().addDays(13))
    panel.promise_reason.setText("screen delayed")
    qtbot.mouseClick(panel.promise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.idle)  # written in the background
    assert not panel.promise_error.isVisible()
    assert any(e.kind == "promise" for e in tickets.detail(db, staff.clerk, no).events)


def test_intake_shows_the_decision_as_the_imei_is_typed_and_saves_item_and_price(qtbot, db, staff):
    from counter_app.ui.pages.intake_form import IntakeForm
    from tests.services.helpers import IMEI

    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    until = tickets.detail(db, staff.clerk, first).warranty_until
    form = IntakeForm(db, staff.clerk)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.imei, IMEI)
    qtbot.waitUntil(lambda: "Our repair warranty" in form.device_hint.text())
    assert (
        f"Comeback of {first}" in form.device_hint.text() and str(until) in form.device_hint.text()
    )

    form2 = IntakeForm(db, staff.clerk)
    qtbot.addWidget(form2)
    form2.show()
    qtbot.keyClicks(form2.phone, "139 8765 4321")
    qtbot.keyClicks(form2.name, "Mary Wong")
    qtbot.keyClicks(form2.imei, IMEI_3)
    form2.brand.setCurrentText("Xiaomi")
    qtbot.keyClicks(form2.model_edit, "14")
    form2.fault.insertPlainText("battery drains")
    form2.service.setCurrentIndex(form2.service.findData("warranty"))
    form2.has_purchase.setChecked(True)
    form2.purchase_date.setDate(form2.purchase_date.date().addDays(-30))
    qtbot.keyClicks(form2.purchase_proof, "INV-77")
    form2.warranty_item.setCurrentIndex(form2.warranty_item.findData("battery"))
    qtbot.keyClicks(form2.purchase_price, "199")
    with qtbot.waitSignal(form2.saved, timeout=2000) as saved:
        form2.save()
    d = tickets.detail(db, staff.clerk, saved.args[0])
    assert (d.warranty_item, d.warranty_kind, d.warranty_decision) == (
        "battery",
        "manufacturer",
        "free",
    )
    assert str(d.purchase_price) == "199.00"
