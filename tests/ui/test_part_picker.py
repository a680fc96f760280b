"""The quote's part picker: the device's parts with stock and price; Enter adds the line."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from counter_app.services.tickets import workflow
from tests.services.helpers import take_in
from tests.ui.test_ticket_page import page_for, settle


def test_pick_a_part_for_the_model_and_add_it_with_enter(qtbot, db, staff):
    inventory.create_part(
        db,
        staff.inventory,
        PartData(
            sku="LCD-IP13",
            name="iPhone 13 screen",
            cost="200",
            price="388",
            compatible_models="iPhone 13",
        ),
    )
    inventory.create_part(
        db, staff.inventory, PartData(sku="BAT-P60", name="P60 battery", cost="80", price="199")
    )
    inventory.receive(db, staff.inventory, "LCD-IP13", 3)
    no = take_in(db, staff.clerk)  # an iPhone 13
    workflow.change_status(db, staff.technician, no, "diagnosing")
    page = page_for(qtbot, db, staff.technician, no)
    page.line_kind.setCurrentIndex(page.line_kind.findData("part"))
    qtbot.waitUntil(lambda: page.part_choices.rowCount() > 0)
    labels = page.part_choices.stringList()
    assert labels == ["LCD-IP13 · iPhone 13 screen · 3 in stock · ¥388.00"]  # not the P60's
    # the list is wide enough to show stock and price whole
    popup = page.part_picker.popup()
    assert popup.minimumWidth() > popup.fontMetrics().horizontalAdvance(labels[0])
    page.part_picker.activated[str].emit(labels[0])
    qtbot.waitUntil(lambda: page.line_text.text() == "LCD-IP13")
    assert page.line_price.text() == "388.00"
    qtbot.keyClick(page.line_price, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert [(line.sku, line.unit_price) for line in page.detail.lines] == [
        ("LCD-IP13", Decimal("388.00"))
    ]
    assert page.line_text.text() == "" and page.line_price.text() == ""
