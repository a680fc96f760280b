"""The ticket page at the counter: typed text shown as typed, what the device came in with,
the full number on demand, change due before the cash is taken, a closed quote."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.services.helpers import take_in, to_awaiting_approval, to_ready
from tests.ui.test_ticket_page import page_for, settle


def test_a_fault_with_markup_is_shown_as_typed(qtbot, db, staff):
    no = take_in(db, staff.clerk, fault="<b>x</b> & more")
    page = page_for(qtbot, db, staff.clerk, no)
    assert "&lt;b&gt;x&lt;/b&gt; &amp; more" in page.info.text()
    assert "<b>x</b>" not in page.info.text()


def test_the_technician_sees_condition_and_accessories_but_not_the_full_number(qtbot, db, staff):
    no = take_in(db, staff.clerk, condition={"screen": "cracked"}, accessories="case, SIM tray")
    page = page_for(qtbot, db, staff.technician, no)
    assert "Screen: Cracked" in page.info.text() and "case, SIM tray" in page.info.text()
    assert page.phone_button.isHidden()
    assert "13812345678" not in page.info.text()


def test_the_clerk_shows_the_full_number_on_demand(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    page = page_for(qtbot, db, staff.clerk, no)
    assert "5678" in page.info.text() and "138 1234 5678" not in page.info.text()  # masked
    qtbot.mouseClick(page.phone_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "5678" in page.phone_button.text())
    assert page.phone_button.text().replace(" ", "").endswith("13812345678")


def test_change_due_is_shown_before_the_cash_is_taken(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, price="120.00")
    page = page_for(qtbot, db, staff.clerk, no)
    page.pay_method.setCurrentIndex(page.pay_method.findData("cash"))
    qtbot.keyClicks(page.pay_tendered, "200")
    assert "Change due" in page.change.text() and "80.00" in page.change.text()
    page.pay_tendered.setText("100")
    assert "less than the amount" in page.change.text()
    page.pay_method.setCurrentIndex(page.pay_method.findData("wechat_pay"))
    assert page.change.text() == ""


def test_a_ready_tickets_quote_cannot_be_added_to(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no)
    page = page_for(qtbot, db, staff.manager, no)
    settle(qtbot, page)
    assert not page.add_line_button.isEnabled()
    other = take_in(db, staff.clerk, imei="356938035643809")
    page.show_ticket(other)
    settle(qtbot, page)
    assert page.add_line_button.isEnabled()
