"""Issue 30 in the GUI: the Parts page discontinues a part (its kept state shown on the part)
and keeps the claims to suppliers (opened, moved on as the claim's states allow); After-care
lists the devices due for maintenance exactly as `counter-app maintenance due` does, with the
reminder copied or sent. Refusals show the service's translated words and change nothing."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from counter_app import i18n
from counter_app.errors import ServiceError
from counter_app.services.outreach import messages
from counter_app.services.shop import settings
from counter_app.services.stock import claims, inventory
from counter_app.timeutil import add_months, local_today, utcnow
from counter_app.ui.pages.aftercare_page import AftercarePage
from counter_app.ui.pages.part_claims import DiscontinueDialog
from counter_app.ui.pages.parts_page import COLUMNS, PartsPage
from tests.aftersales_r3.test_messages import sender, sent
from tests.aftersales_r3.test_onsite_and_maintenance import _maintained
from tests.conftest import snapshot
from tests.hardening.helpers import run_main
from tests.services.helpers import IMEI_2, IMEI_3, take_in
from tests.ui.db_guard import watch_ui_thread

TZ = "Asia/Shanghai"
KEPT = [c.header for c in COLUMNS].index("Discontinued")


def _part(db, staff, sku: str, category: str, low: int = 2) -> None:
    inventory.create_part(
        db,
        staff.inventory,
        inventory.PartData(
            sku=sku,
            name=f"{category} X",
            cost="100",
            price="300",
            category=category,
            low_stock_level=low,
            supplier="Foxconn",
        ),
    )
    inventory.receive(db, staff.inventory, sku, 5, "100")


def _parts_page(qtbot, db, actor) -> PartsPage:
    page = PartsPage(db, actor)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.idle() and page.model.rowCount() > 0)
    return page


def _row_of(page: PartsPage, sku: str) -> int:
    return next(i for i, p in enumerate(page.model.rows) if p.sku == sku)


def _kept_shown(page: PartsPage, sku: str) -> str:
    return page.model.index(_row_of(page, sku), KEPT).data()


def _open_discontinue(qtbot, page: PartsPage, sku: str) -> DiscontinueDialog:
    page.view.selectRow(_row_of(page, sku))
    qtbot.mouseClick(_button(page, "discontinue"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(DiscontinueDialog) is not None)
    dialog = page.findChild(DiscontinueDialog)
    qtbot.waitUntil(lambda: dialog.rule.text() != "")  # the category's rule read
    return dialog


def _button(widget, name):
    from PySide6.QtWidgets import QPushButton

    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


@pytest.fixture
def guard(db, monkeypatch):
    with watch_ui_thread(db, monkeypatch) as seen:
        yield seen


def no_calls(guard) -> None:
    assert guard.calls == [], "database calls on the GUI thread:\n" + "\n".join(guard.calls)


def test_discontinue_from_the_parts_page_shows_the_kept_state(qtbot, db, staff, guard):
    _part(db, staff, "SCR-1", "Screen assembly")  # electronic: 3 years by the category
    _part(db, staff, "ADH-1", "Adhesive")
    page = _parts_page(qtbot, db, staff.inventory)
    guard.watching = True
    assert _kept_shown(page, "SCR-1") == ""
    dialog = _open_discontinue(qtbot, page, "SCR-1")
    assert dialog.by_category.isChecked() and dialog.years.value() == 3  # from the setting
    assert not dialog.years.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    until = add_months(local_today(TZ), 36)
    qtbot.waitUntil(lambda: page.idle() and "SCR-1" in page.message.text())
    qtbot.waitUntil(lambda: until.isoformat() in _kept_shown(page, "SCR-1"))
    assert _kept_shown(page, "SCR-1") == f"Discontinued, kept until {until.isoformat()}"
    assert inventory.get_part(db, "SCR-1").keep_until == until
    # Years typed instead of the category's rule.
    dialog = _open_discontinue(qtbot, page, "ADH-1")
    dialog.by_category.setChecked(False)
    dialog.years.setValue(5)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    five = add_months(local_today(TZ), 60)
    qtbot.waitUntil(lambda: page.idle() and five.isoformat() in _kept_shown(page, "ADH-1"))
    assert inventory.get_part(db, "ADH-1").keep_until == five
    guard.watching = False
    no_calls(guard)


def test_a_refused_discontinue_says_why_and_writes_nothing(qtbot, db, staff, db_path):
    _part(db, staff, "SCR-1", "Screen assembly")
    page = _parts_page(qtbot, db, staff.clerk)  # a clerk may not discontinue parts
    dialog = _open_discontinue(qtbot, page, "SCR-1")
    before = snapshot(db_path)
    try:
        i18n.install("zh_CN")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.text() != "" and not dialog.writes.busy)
        with pytest.raises(ServiceError) as refused:
            claims.discontinue(db, staff.clerk, "SCR-1")
        assert dialog.message.text() == i18n.error_text(refused.value)
        assert dialog.message.text() != str(refused.value)  # in the reader's language
    finally:
        i18n.install("en")
    assert dialog.isVisible()  # still open: the user may cancel
    assert snapshot(db_path) == before
    assert not inventory.get_part(db, "SCR-1").discontinued


def _free_job(db, staff) -> str:
    return take_in(
        db,
        staff.clerk,
        imei=IMEI_2,
        service_type="warranty",
        purchase_date=local_today(TZ) - timedelta(days=30),
        purchase_proof="INV-9",
    )


def test_a_claim_opened_and_moved_on_from_the_claims_tab(qtbot, db, staff, db_path, guard):
    _part(db, staff, "BAT-1", "Battery")
    paid = take_in(db, staff.clerk)
    free = _free_job(db, staff)
    page = _parts_page(qtbot, db, staff.technician)
    guard.watching = True
    page.view.selectRow(_row_of(page, "BAT-1"))
    page.tabs.setCurrentWidget(page.claims)
    panel = page.claims
    qtbot.waitUntil(lambda: panel.sku.text() == "BAT-1")  # prefilled from the chosen part
    assert panel.supplier.text() == "Foxconn"
    # A job that is not a free warranty job: refused, in the service's words, nothing written.
    panel.ticket.setText(paid)
    before = snapshot(db_path)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: paid in panel.message.text() and not panel.writes.busy)
    with pytest.raises(ServiceError) as refused:
        claims.claim(db, staff.technician, "BAT-1", paid, "Foxconn")
    assert panel.message.text() == i18n.error_text(refused.value)
    assert snapshot(db_path) == before and claims.claims(db) == []
    # The free warranty job: the claim opens and is listed as open.
    panel.ticket.setText(free)
    panel.note.setText("swollen")
    with qtbot.waitSignal(panel.loaded):
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert [(c.ticket_no, c.state) for c in claims.claims(db)] == [(free, "open")]
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "Open"
    panel.view.selectRow(0)
    enabled = {s for s, b in panel.move_buttons.items() if b.isEnabled()}
    assert enabled == {"sent", "rejected"}  # what the service allows from open
    panel.note.setText("RMA-7")
    with qtbot.waitSignal(panel.loaded):
        qtbot.mouseClick(panel.move_buttons["sent"], Qt.MouseButton.LeftButton)
    (row,) = claims.claims(db)
    assert row.state == "sent" and "RMA-7" in row.note
    assert panel.model.index(0, 1).data() == "Sent to the supplier"
    assert {s for s, b in panel.move_buttons.items() if b.isEnabled()} == {"accepted", "rejected"}
    # The filter lists the claims in one state only.
    panel.state_filter.setCurrentIndex(panel.state_filter.findData("open"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    panel.state_filter.setCurrentIndex(panel.state_filter.findData("sent"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    guard.watching = False
    no_calls(guard)


def _due_setup(db, staff) -> tuple[str, str]:
    """Two devices maintained 13 months ago: one customer consents, one does not; a third
    maintained last month is not due yet."""
    settings.update(db, staff.manager, {"maintenance_interval_months": 12})
    old = utcnow() - timedelta(days=400)
    due_no = _maintained(db, staff, old)
    quiet_no = _maintained(
        db, staff, old, imei=IMEI_2, phone="13900001111", name="李娜", contact_consent=False
    )
    _maintained(db, staff, utcnow() - timedelta(days=30), imei=IMEI_3, phone="13700002222")
    return due_no, quiet_no


def _aftercare(qtbot, db, actor) -> AftercarePage:
    page = AftercarePage(db, actor)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.maintenance)
    with qtbot.waitSignal(page.maintenance.loaded):
        page.refresh()
    return page


def test_maintenance_due_lists_what_the_cli_lists(qtbot, db, staff, db_path, capsys, guard):
    due_no, quiet_no = _due_setup(db, staff)
    cli = run_main(capsys, "maintenance", "due", "--json", "--db", str(db_path), "--user", "amy")
    assert cli.code == 0, cli.err
    listed = [d["ticket_no"] for d in json.loads(cli.out)["devices"]]
    assert listed == [due_no]  # the customer without consent is not listed
    guard.watching = True
    page = _aftercare(qtbot, db, staff.clerk)
    panel = page.maintenance
    assert [d.ticket_no for d in panel.model.rows] == listed
    assert quiet_no not in [d.ticket_no for d in panel.model.rows]
    assert panel.summary.text() == "1 device due for maintenance"
    row = panel.model.rows[0]
    assert panel.model.index(0, 3).data() == row.phone_masked  # never the whole number
    assert "13812345678" not in [panel.model.index(0, c).data() for c in range(7)]
    guard.watching = False
    no_calls(guard)


def test_maintenance_reminder_copied_and_sent(qtbot, db, staff, tmp_path):
    program, record = sender(tmp_path)
    settings.update(db, staff.manager, {"message_command": program})
    due_no, _ = _due_setup(db, staff)
    page = _aftercare(qtbot, db, staff.clerk)
    panel = page.maintenance
    qtbot.waitUntil(panel.send_button.isVisible)
    assert panel.view.currentIndex().row() == 0
    expected = messages.preview(db, staff.clerk, due_no, "maintenance").text
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == expected)
    assert panel.status.text() == "Message copied"
    with qtbot.waitSignal(panel.message_logged):
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert sent(record) == [["+8613812345678", expected]]
    assert panel.status.text() == "Message sent"
    assert [m.kind for m in messages.log(db, staff.clerk, due_no)] == ["maintenance"]


def test_no_send_button_without_a_sender(qtbot, db, staff):
    _due_setup(db, staff)
    page = _aftercare(qtbot, db, staff.clerk)
    qtbot.waitUntil(lambda: not page.maintenance.writes.busy)
    assert page.maintenance.copy_button.isVisible()
    assert not page.maintenance.send_button.isVisible()


def test_a_consultation_becomes_a_booking_from_after_care(qtbot, db, staff, db_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from counter_app.services.aftercare import consultations
    from counter_app.services.appointments import booking
    from counter_app.ui.dialogs.consultation_booking import ConsultationBookDialog

    asked = consultations.add(
        db, staff.clerk, name="陈静", phone="13700001111", question="Router keeps dropping"
    )
    page = AftercarePage(db, staff.clerk)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.consultations_loaded):
        page.refresh()
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.book_button.parentWidget()))
    page.consultations_view.selectRow(0)
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(ConsultationBookDialog) is not None)
    dialog = page.findChild(ConsultationBookDialog)
    assert dialog.name.text() == "陈静" and dialog.fault.text() == "Router keeps dropping"
    assert dialog.phone.text() == "" and "137****1111" in dialog.phone.placeholderText()
    dialog.address.setText("上海市徐汇区漕溪北路88号")  # an on-site visit: where, and who
    dialog.engineer.setCurrentIndex(dialog.engineer.findData("li"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "booked" in page.consultation_message.text())
    (booked,) = booking.between(db, utcnow(), utcnow() + timedelta(days=3))
    assert booked.consultation_id == asked.id and booked.phone == "+8613700001111"
    # Booked once: a second booking from it is refused in the dialog, nothing written.
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(ConsultationBookDialog) not in (None, dialog))
    again = page.findChild(ConsultationBookDialog)
    before = snapshot(db_path)
    qtbot.mouseClick(
        again.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: again.error.text() != "" and not again.writes.busy)
    assert again.isVisible() and snapshot(db_path) == before
