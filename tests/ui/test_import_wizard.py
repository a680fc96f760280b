"""The import wizard: a bad file is previewed with its bad rows highlighted and cannot be
imported; the fixed file imports in the background. Customer data export from the page."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from counter_app.services.people import customers
from counter_app.services.tickets import devices
from counter_app.ui import file_dialogs
from counter_app.ui.dialogs.import_wizard import ImportWizard
from counter_app.ui.pages.customers_page import CustomersPage
from tests.services.test_importing import imei, write_csv

HEADERS = ["电话", "姓名", "品牌", "型号", "串号", "故障", "送修日期", "取机日期", "金额"]


def rows(amount: str) -> list[list[object]]:
    return [
        ["13812345678", "王伟", "Apple", "iPhone 13", imei(3), "屏幕碎裂", "2025-05-01", "2025-05-03", "380"],  # noqa: E501
        ["13912345678", "李娜", "OPPO", "Find X7", imei(4), "电池", "2025-06-01", "2025-06-02", amount],  # noqa: E501
    ]  # fmt: skip


def test_bad_rows_are_highlighted_then_the_fixed_file_imports(
    qtbot, qtmodeltester, db, staff, tmp_path
):
    wizard = ImportWizard(db, staff.manager)
    qtbot.addWidget(wizard)
    wizard.kind.setCurrentIndex(wizard.kind.findData("repairs"))
    bad = write_csv(tmp_path / "bad.csv", HEADERS, rows("9.999"), "gb18030")
    wizard.path.setText(str(bad))
    wizard.check_button.click()
    qtbot.waitUntil(lambda: wizard.model.rowCount() == 2)
    qtmodeltester.check(wizard.model)

    first = wizard.model.index(0, 1)
    assert wizard.model.data(wizard.model.index(0, 0)) == "3"  # the bad line comes first
    assert "2 decimal places" in wizard.model.data(first)
    assert wizard.model.data(first, Qt.ItemDataRole.BackgroundRole) is not None
    assert wizard.model.data(wizard.model.index(1, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert wizard.model.headerData(2, Qt.Orientation.Horizontal) == "电话"
    assert "1 bad row (highlighted)" in wizard.summary.text()
    assert not wizard.import_button.isEnabled()
    assert customers.find_by_phone(db, "13812345678") is None

    good = write_csv(tmp_path / "good.csv", HEADERS, rows("199"), "gb18030")
    wizard.path.setText(str(good))
    wizard.check_button.click()
    qtbot.waitUntil(wizard.import_button.isEnabled)
    assert "Ready to import: 2 rows" in wizard.summary.text()
    with qtbot.waitSignal(wizard.imported) as done:
        wizard.import_button.click()
    assert done.args[0]["tickets_created"] == 2
    assert "Imported: 2 rows" in wizard.summary.text()
    assert [e.status for e in devices.history(db, imei(4)).entries] == ["collected"]


def test_a_file_that_cannot_be_read_is_said_so(qtbot, db, staff, tmp_path):
    wizard = ImportWizard(db, staff.manager)
    qtbot.addWidget(wizard)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,phone\nJosé,13812345678\n".encode("latin-1"))
    wizard.path.setText(str(latin))
    wizard.check_button.click()
    qtbot.waitUntil(lambda: "encoding" in wizard.summary.text())
    assert not wizard.import_button.isEnabled()


def test_manager_menu_opens_the_wizard(window, qtbot):
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if "Import" in a.text())
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is not None)
    window.findChild(ImportWizard).close()


def test_customer_data_export_from_the_customers_page(qtbot, db, staff, tmp_path, monkeypatch):
    csv_path = write_csv(tmp_path / "r.csv", HEADERS, rows("199"), "utf-8")
    from counter_app.exporting import tabular
    from counter_app.services.data_io import importing

    importing.apply(db, staff.manager, "repairs", tabular.read_table(csv_path))
    page = CustomersPage(db, staff.manager)
    qtbot.addWidget(page)
    page.search.setText("5678")
    page.refresh()
    qtbot.waitUntil(lambda: page.idle() and page.model.rowCount() > 0)  # read in the background
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == "王伟")
    page.view.setCurrentIndex(page.model.index(row, 0))
    target = tmp_path / "wang.json"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(target))
    page.export_button.click()
    qtbot.waitUntil(lambda: "Saved" in page.message.text())
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [t["fault"] for t in data["tables"]["tickets"]] == ["屏幕碎裂"]

    clerk_page = CustomersPage(db, staff.clerk)
    qtbot.addWidget(clerk_page)
    assert not clerk_page.export_button.isEnabled()
