"""Parts page recovery dialogs and the customer edit dialog, as a user fills them in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from counter_app.services.people import customers
from counter_app.services.stock import inventory
from counter_app.ui.dialogs.customer_edit_dialog import CustomerEditDialog
from counter_app.ui.dialogs.parts_recovery_dialog import PartsRecoveryDialog
from tests.conftest import snapshot
from tests.services.helpers import take_in


def press_ok(dialog, qtbot) -> None:
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok) or box.button(
        QDialogButtonBox.StandardButton.Save
    )
    button.click()
    qtbot.waitUntil(lambda: not dialog.writes.busy)  # saved (or refused) in the background


def test_return_to_supplier_and_faulty_recovery_from_the_parts_page(qtbot, db, staff, db_path):
    inventory.create_part(
        db, staff.inventory, inventory.PartData(sku="BAT-1", name="Battery", cost="20", price="80")
    )
    inventory.receive(db, staff.inventory, "BAT-1", 3)
    dialog = PartsRecoveryDialog(db, staff.inventory, "supplier", "BAT-1")
    qtbot.addWidget(dialog)
    dialog.qty.setText("5")
    dialog.reason.setText("swollen")
    before = snapshot(db_path)
    press_ok(dialog, qtbot)
    assert not dialog.error.isHidden() and dialog.result() == 0
    assert snapshot(db_path) == before
    dialog.qty.setText("1")
    press_ok(dialog, qtbot)
    assert dialog.error.isHidden()
    assert inventory.get_part(db, "BAT-1").on_hand == 2

    no = take_in(db, staff.clerk)
    faulty = PartsRecoveryDialog(db, staff.inventory, "faulty", "BAT-1")
    qtbot.addWidget(faulty)
    faulty.ticket_no.setText(no)
    faulty.reason.setText("taken out of the phone")
    press_ok(faulty, qtbot)
    assert faulty.error.isHidden()
    assert inventory.get_part(db, "BAT-1").on_hand == 2  # not sellable
    assert any(m.kind == "faulty_recovered" for m in inventory.movements(db, "BAT-1"))


def test_customer_edit_shows_the_error_under_the_phone(qtbot, db, staff, db_path):
    take_in(db, staff.clerk)
    customer = customers.find_by_phone(db, "13812345678")
    dialog = CustomerEditDialog(db, staff.clerk, customer)
    qtbot.addWidget(dialog)
    dialog.phone.setText("12")
    before = snapshot(db_path)
    press_ok(dialog, qtbot)
    assert not dialog.errors["phone"].isHidden()
    assert snapshot(db_path) == before
    dialog.phone.setText("139 1234 5678")
    dialog.consent.setChecked(False)
    press_ok(dialog, qtbot)
    updated = customers.find_by_phone(db, "13912345678")
    assert updated is not None and updated.contact_consent is False
