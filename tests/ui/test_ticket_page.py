"""The ticket page: status changes, consent, quote, payment, passcode, and a conflict
between two counters on the same ticket."""

from decimal import Decimal

from PySide6.QtWidgets import QPushButton

from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import quotes, workflow
from counter_app.ui.pages.ticket_page import TicketPage
from tests.services.helpers import take_in, to_awaiting_approval


def page_for(qtbot, db, actor, ticket_no):
    page = TicketPage(db, actor)
    qtbot.addWidget(page)
    page.poll.stop()
    page.show()
    page.show_ticket(ticket_no)
    settle(qtbot, page)
    return page


def settle(qtbot, page):
    """Wait until the page's background work (a write, then the reload) is done."""
    qtbot.waitUntil(page.idle)


def action_names(page):
    return sorted(b.objectName() for b in page.actions_holder.findChildren(QPushButton))


def test_status_change_through_the_page(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    page = page_for(qtbot, db, staff.technician, no)
    assert action_names(page) == ["to-diagnosing"]  # a technician is not offered Cancel
    button = page.actions_holder.findChild(QPushButton, "to-diagnosing")
    qtbot.mouseClick(
        button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton
    )
    settle(qtbot, page)
    assert tickets.detail(db, staff.clerk, no).status == "diagnosing"
    assert page.status_chip.text() == "Diagnosing"
    # in diagnosis: send the quote, or find the device beyond repair
    assert action_names(page) == ["beyond_repair", "to-awaiting_approval"]


def test_conflict_between_two_counters_reloads_never_overwrites(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    counter_a = page_for(qtbot, db, staff.technician, no)
    counter_b = page_for(qtbot, db, staff.manager, no)
    assert counter_a.change_status("diagnosing")
    settle(qtbot, counter_a)
    assert counter_b.change_status("cancelled")  # started; B still shows the old version
    settle(qtbot, counter_b)
    assert "changed by someone else" in counter_b.message.text()
    assert counter_b.message.isVisible()
    assert tickets.detail(db, staff.clerk, no).status == "diagnosing"  # A's change kept
    assert counter_b.status_chip.text() == "Diagnosing"  # B reloaded
    assert counter_b.change_status("cancelled")  # now on the latest version it works
    settle(qtbot, counter_b)


def test_quote_approval_payment_and_balance(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    tech_page = page_for(qtbot, db, staff.technician, no)
    tech_page.line_kind.setCurrentIndex(tech_page.line_kind.findData("labour"))
    qtbot.keyClicks(tech_page.line_text, "Replace screen")
    qtbot.keyClicks(tech_page.line_price, "388.50")
    tech_page.add_line()
    settle(qtbot, tech_page)
    tech_page.line_kind.setCurrentIndex(tech_page.line_kind.findData("other"))
    qtbot.keyClicks(tech_page.line_text, "Film")
    tech_page.line_qty.setValue(2)
    qtbot.keyClicks(tech_page.line_price, "9.99")
    tech_page.add_line()
    settle(qtbot, tech_page)
    assert tech_page.detail.total == Decimal("408.48")
    assert "408.48" in tech_page.totals.text()
    assert tech_page.change_status("awaiting_approval")
    settle(qtbot, tech_page)
    clerk_page = page_for(qtbot, db, staff.clerk, no)
    assert "approve" in action_names(clerk_page) and "decline" in action_names(clerk_page)
    clerk_page.consent.setCurrentIndex(clerk_page.consent.findData("phone"))
    assert clerk_page.decide(True)
    settle(qtbot, clerk_page)
    detail = tickets.detail(db, staff.clerk, no)
    assert detail.status == "in_repair" and detail.quotes[0].decision_method == "phone"
    clerk_page.pay_amount.setText("100")
    clerk_page.pay_method.setCurrentIndex(clerk_page.pay_method.findData("wechat_pay"))
    clerk_page.pay()
    settle(qtbot, clerk_page)
    assert clerk_page.detail.balance == Decimal("308.48")
    assert "308.48" in clerk_page.balance.text()
    clerk_page.pay_amount.setText("999")
    clerk_page.pay()
    settle(qtbot, clerk_page)
    assert "more than the balance" in clerk_page.message.text()


def test_passcode_for_technicians_only(qtbot, db, staff):
    no = take_in(db, staff.clerk, passcode="0852")
    assert page_for(qtbot, db, staff.technician, no).passcode.text() == "0852"
    clerk = page_for(qtbot, db, staff.clerk, no)
    assert clerk.passcode.text() != "0852" and "technicians" in clerk.passcode.text()


def test_awaiting_approval_offers_consent_not_a_bare_status(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    page = page_for(qtbot, db, staff.clerk, no)
    names = action_names(page)
    assert "to-in_repair" not in names and "to-declined" not in names
    quotes.decide(db, staff.clerk, no, False, "message")
    page.refresh()
    settle(qtbot, page)
    assert page.status_chip.text() == "Declined"


def test_waiting_for_parts_records_the_selected_part(qtbot, db, staff):
    from counter_app.services.stock import inventory
    from counter_app.services.stock.inventory import PartData

    inventory.create_part(
        db, staff.inventory, PartData(sku="CAM-P60", name="P60 后摄", cost="120", price="260")
    )
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    quotes.add_line(db, staff.technician, no, kind="part", sku="CAM-P60")
    workflow.change_status(db, staff.technician, no, "awaiting_approval")
    quotes.decide(db, staff.clerk, no, True, "in_person")
    page = page_for(qtbot, db, staff.technician, no)
    page.tabs.setCurrentIndex(1)  # the Quote tab
    page.lines_view.selectRow(0)
    assert page.change_status("waiting_parts")
    settle(qtbot, page)
    assert tickets.detail(db, staff.clerk, no).waiting_part == "CAM-P60 P60 后摄"
    assert "CAM-P60" in page.info.text()
