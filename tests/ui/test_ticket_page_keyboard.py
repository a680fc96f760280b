"""The ticket page by keyboard only (issue 25, point 3): tables are one Tab stop, Tab reaches
the steps right after the header's buttons, every step and action has a key named in its
tooltip, and Enter does the obvious thing in each small form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QTableView

from counter_app.services.money import till
from counter_app.services.tickets import jobs as tickets
from tests.services.helpers import take_in, to_awaiting_approval
from tests.ui.test_ticket_page import page_for, settle


def tabs_to(qtbot, page, name: str, limit: int = 12) -> int:
    """How many Tabs from the page's first button until ``name`` has the focus."""
    page.activateWindow()
    page.phone_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.phone_button)
    for count in range(1, limit + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget().objectName() == name:
            return count
    raise AssertionError(f"{limit} Tabs did not reach {name}")


def test_tab_reaches_the_next_step_and_tables_are_one_stop(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    page = page_for(qtbot, db, staff.manager, no)
    assert tabs_to(qtbot, page, "to-diagnosing") <= 5
    for view in page.findChildren(QTableView):
        assert not view.tabKeyNavigation()


def test_every_step_and_action_names_its_key(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    page = page_for(qtbot, db, staff.manager, no)
    steps = page.actions_holder.findChildren(QPushButton)
    assert {b.objectName() for b in steps} >= {"approve", "decline"}
    for button in [*steps, *page.findChildren(QAbstractButton)]:
        if button.isVisibleTo(page) and button.text() and button.objectName() != "show_phone":
            assert "(" in button.toolTip() and ")" in button.toolTip(), button.text()
    keys = [b.shortcut().toString() for b in steps]
    assert keys[:2] == ["Alt+1", "Alt+2"] and len(set(keys)) == len(keys)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    focus = QApplication.focusWidget() or page
    qtbot.keyClick(focus, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # "Customer approves"
    qtbot.waitUntil(lambda: tickets.detail(db, staff.manager, no).status == "in_repair")


def test_enter_in_qty_adds_the_line_and_enter_in_cash_given_takes_the_payment(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    page = page_for(qtbot, db, staff.manager, no)
    page.line_text.setText("Replace screen")
    page.line_price.setText("150")
    page.line_qty.setFocus()
    qtbot.keyClick(page.line_qty, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert [line.description for line in tickets.detail(db, staff.manager, no).lines] == [
        "Replace screen"
    ]
    till.open_till(db, staff.manager, "0")  # opened in the morning: no till question
    page.pay_amount.setText("50")
    page.pay_method.setCurrentIndex(page.pay_method.findData("cash"))
    page.pay_tendered.setText("100")
    qtbot.keyClick(page.pay_tendered, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert tickets.detail(db, staff.manager, no).paid == 50
    assert page.pay_tendered.text() == ""
