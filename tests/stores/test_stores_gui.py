"""The window of a chain's PC: the status bar names this PC's store (a per-PC setting), and
another store's ticket opens read-only with its store named."""

from __future__ import annotations

import dataclasses

from counter_app import pc_settings
from counter_app.services.stores import chain as stores
from counter_app.ui.main_window import MainWindow
from tests.services.helpers import take_in
from tests.ui.test_ticket_page import action_names, page_for


def test_status_bar_names_this_pcs_store(qtbot, db, staff):
    single = MainWindow(db, staff.manager)
    qtbot.addWidget(single)
    assert "SZ2" not in single.store_label.text()  # one store: nothing new on screen
    single.close()
    stores.add_store(db, staff.manager, "SZ2", "Futian 2", "SZ2")
    pc_settings.write(pc_settings.STORE, "SZ2")
    try:
        main = MainWindow(db, staff.manager)
        qtbot.addWidget(main)
        assert "SZ2 Futian 2" in main.store_label.text()
        assert main.actor.store_id == stores.get_store(db, "SZ2").id
        main.close()
    finally:
        pc_settings.write(pc_settings.STORE, None)


def test_another_stores_ticket_is_read_only_on_the_page(qtbot, db, staff):
    sz2 = stores.add_store(db, staff.manager, "SZ2", "Futian 2", "SZ2")
    ticket_no = take_in(db, dataclasses.replace(staff.manager, store_id=sz2.id))
    own = page_for(qtbot, db, staff.manager, ticket_no)
    assert own.note.isEnabled() and action_names(own)
    other = page_for(qtbot, db, staff.clerk, ticket_no)  # amy works at MAIN only
    assert "SZ2 Futian 2" in other.info.text() and "read-only" in other.info.text()
    assert not other.note.isEnabled()
    assert not other.actions_holder.isEnabled() and not other.pay_button.isEnabled()


def test_parts_page_and_workbook_show_stock_per_store(qtbot, db, staff, tmp_path):
    from openpyxl import load_workbook

    from counter_app.exporting import parts_excel
    from counter_app.services.stock import inventory
    from counter_app.services.stock.inventory import PartData
    from counter_app.ui.pages.parts_page import PartsPage

    sz2 = stores.add_store(db, staff.manager, "SZ2", "Futian 2", "SZ2")
    stores.assign_staff(db, staff.manager, "SZ2", "kai")
    main_id = stores.get_store(db, "MAIN").id
    keeper = dataclasses.replace(staff.inventory, store_id=main_id)
    inventory.create_part(
        db, keeper, PartData(sku="BAT-P60", name="P60 电池", cost="80", price="199")
    )
    inventory.receive(db, keeper, "BAT-P60", 7)
    inventory.transfer(db, keeper, "BAT-P60", 3, "SZ2")
    page = PartsPage(db, dataclasses.replace(staff.inventory, store_id=sz2.id))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.idle() and page.model.rowCount() == 1)  # read in the background
    assert page.model.row_at(0).on_hand == 3  # SZ2's shelf, not the chain's 7
    assert "240.00" in page.valuation.text()
    target = tmp_path / "parts.xlsx"
    parts_excel.export(db, target)
    rows = list(load_workbook(target)["Stock per store"].iter_rows(values_only=True))
    assert rows[1:] == [("BAT-P60", "P60 电池", "MAIN", 4), ("BAT-P60", "P60 电池", "SZ2", 3)]
