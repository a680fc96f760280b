"""The parts page's faulty-part disposal, as the inventory keeper uses it."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from counter_app.services.stock import faulty_parts, inventory
from counter_app.ui.dialogs.faulty_disposal_dialog import FaultyDisposalDialog
from counter_app.ui.pages.parts_page import PartsPage
from tests.conftest import snapshot
from tests.services.helpers import take_in


def test_the_inventory_keeper_disposes_of_a_recovered_part_from_the_parts_page(
    qtbot, db, staff, db_path
):
    inventory.create_part(
        db, staff.inventory, inventory.PartData(sku="BAT-1", name="Battery", cost="20", price="80")
    )
    no = take_in(db, staff.clerk)
    inventory.record_faulty_recovered(db, staff.technician, no, "BAT-1", 1, "swollen")
    page = PartsPage(db, staff.inventory)
    qtbot.addWidget(page)
    button = page.findChild(QPushButton, "faulty_disposal")
    assert button is not None and button.text() == "Faulty parts to dispose of…"
    dialog = FaultyDisposalDialog(db, staff.inventory, page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.idle)
    assert dialog.model.rowCount() == 1
    assert [dialog.model.data(dialog.model.index(0, c)) for c in (2, 4, 5, 6)] == [
        "BAT-1",
        "1",
        no,
        "swollen",
    ]
    dialog.how.setCurrentIndex(dialog.how.findData("recycle"))
    dialog.note.setText("green bin")
    dialog.dispose_button.click()
    qtbot.waitUntil(dialog.idle)
    assert dialog.error.isHidden()
    assert dialog.model.rowCount() == 0 and not dialog.empty.isHidden()
    assert faulty_parts.awaiting_disposal(db, staff.inventory) == []


def test_a_clerk_sees_the_refusal_under_the_form_and_nothing_is_written(qtbot, db, staff, db_path):
    inventory.create_part(
        db, staff.inventory, inventory.PartData(sku="BAT-1", name="Battery", cost="20", price="80")
    )
    inventory.record_faulty_recovered(db, staff.technician, take_in(db, staff.clerk), "BAT-1")
    before = snapshot(db_path)
    dialog = FaultyDisposalDialog(db, staff.clerk)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.idle)
    assert not dialog.error.isHidden() and "inventory" in dialog.error.text()
    assert dialog.model.rowCount() == 0
    assert snapshot(db_path) == before
