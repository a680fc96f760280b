"""The window offers to open the till at the first cash payment of the day (issue 29): Enter
on the offer opens the till dialog, the float is typed and the payment goes into that till;
"without a till" takes the cash and is not asked again that day on this PC (the next day it
is); a shop that requires a till offers no way round it; card payments are never asked."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app.services.money import till as till_service
from counter_app.services.shop import settings
from counter_app.services.tickets import jobs as tickets
from counter_app.ui.dialogs import till_offer
from counter_app.ui.dialogs.till_dialog import TillDialog
from tests.services.helpers import take_in, to_ready
from tests.ui.test_ticket_page import page_for, settle


def _offer(qtbot) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "till_offer" and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _till_dialog(qtbot) -> TillDialog:
    found: list[TillDialog] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, TillDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _ready_page(qtbot, db, staff, **kw):
    no = take_in(db, staff.clerk, **kw)
    to_ready(db, staff.clerk, staff.technician, no)
    page = page_for(qtbot, db, staff.clerk, no)
    page.pay_method.setCurrentIndex(page.pay_method.findData("cash"))
    page.pay_amount.setText("100")
    return no, page


def test_enter_on_the_offer_opens_the_till_and_the_cash_goes_into_it(qtbot, db, staff):
    no, page = _ready_page(qtbot, db, staff)
    qtbot.keyClick(page.pay_amount, Qt.Key.Key_Return)
    box = _offer(qtbot)
    assert "No till is open" in box.text() and "daily report" in box.informativeText()
    assert box.defaultButton().objectName() == "till_offer_open"
    assert tickets.detail(db, staff.clerk, no).paid == 0  # nothing taken while it asks
    assert not page.idle()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    dialog = _till_dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.opening.isEnabled() and dialog.float_amount.hasFocus())
    dialog.float_amount.setText("500")
    qtbot.keyClick(dialog.float_amount, Qt.Key.Key_Return)  # Enter opens the till
    qtbot.waitUntil(lambda: dialog.working.isEnabled())
    dialog.reject()  # Escape / Close: the payment goes on
    qtbot.waitUntil(lambda: tickets.detail(db, staff.clerk, no).paid == Decimal("100"))
    settle(qtbot, page)
    summary = till_service.status(db, staff.clerk)
    assert summary is not None
    assert (summary.float_amount, summary.cash_taken, summary.expected) == (
        Decimal("500"),
        Decimal("100"),
        Decimal("600"),
    )


def test_a_card_payment_and_an_open_till_are_not_asked(qtbot, db, staff):
    no, page = _ready_page(qtbot, db, staff)
    page.pay_method.setCurrentIndex(page.pay_method.findData("card"))
    page.pay()
    settle(qtbot, page)
    assert tickets.detail(db, staff.clerk, no).paid == Decimal("100")
    till_service.open_till(db, staff.clerk, "200")
    page.pay_method.setCurrentIndex(page.pay_method.findData("cash"))
    page.pay_amount.setText("50")
    page.pay()
    settle(qtbot, page)
    assert tickets.detail(db, staff.clerk, no).paid == Decimal("150")
    assert till_service.status(db, staff.clerk).cash_taken == Decimal("50")


def test_without_a_till_is_not_asked_again_that_day_but_the_next(qtbot, db, staff, monkeypatch):
    no, page = _ready_page(qtbot, db, staff)
    page.pay()
    box = _offer(qtbot)
    without = box.findChild(type(box.defaultButton()), "till_offer_without")
    qtbot.mouseClick(without, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tickets.detail(db, staff.clerk, no).paid == Decimal("100"))
    settle(qtbot, page)
    page.pay_amount.setText("20")
    page.pay()  # the same day: no question
    settle(qtbot, page)
    assert tickets.detail(db, staff.clerk, no).paid == Decimal("120")
    tomorrow = date.today() + timedelta(days=1)
    monkeypatch.setattr(till_offer, "today", lambda: tomorrow)
    page.pay_amount.setText("30")
    page.pay()
    box = _offer(qtbot)  # a new day: asked again
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: nothing taken
    settle(qtbot, page)
    assert tickets.detail(db, staff.clerk, no).paid == Decimal("120")


def test_a_shop_that_requires_a_till_offers_no_way_round(qtbot, db, staff):
    settings.update(db, staff.manager, {"till_required": True})
    no, page = _ready_page(qtbot, db, staff)
    page.pay()
    box = _offer(qtbot)
    assert box.findChild(type(box.defaultButton()), "till_offer_without") is None
    assert "only into an open till" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    dialog = _till_dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.opening.isEnabled())
    dialog.reject()  # closed without opening it: no payment
    settle(qtbot, page)
    assert tickets.detail(db, staff.clerk, no).paid == 0
    page.pay()
    qtbot.keyClick(_offer(qtbot), Qt.Key.Key_Escape)  # asked every time until a till is open
    settle(qtbot, page)
    assert tickets.detail(db, staff.clerk, no).paid == 0
