"""Parts workbook: round trip, edits, bad rows (nothing written), formulas as text."""

import zipfile
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from counter_app.errors import ValidationError
from counter_app.exporting import parts_excel
from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from tests.conftest import snapshot


@pytest.fixture
def stocked(db, staff):
    for index in range(1, 6):
        inventory.create_part(
            db,
            staff.inventory,
            PartData(
                sku=f"SCR-{index:03d}",
                name=f"屏幕总成 {index}",
                cost=f"{100 + index}.50",
                price=f"{200 + index}.00",
                supplier="深圳华强北配件行",
                low_stock_level=2,
            ),
        )
        inventory.receive(db, staff.inventory, f"SCR-{index:03d}", index)
    inventory.create_part(
        db,
        staff.inventory,
        PartData(
            sku="EVIL-1",
            name='=HYPERLINK("http://x","y")',
            cost="1",
            price="2",
            supplier="@attacker",
            category="-1+1",
        ),
    )
    return db


def test_export_has_three_styled_sheets_with_real_types(stocked, tmp_path):
    path = tmp_path / "parts.xlsx"
    counts = parts_excel.export(stocked, path)
    assert counts == {"parts": 6, "movements": 5, "low_stock": 3}
    book = load_workbook(path)
    assert book.sheetnames == ["Parts", "Movements", "Low stock"]
    parts = book["Parts"]
    assert [c.value for c in parts[1]][:3] == ["SKU", "Barcode", "Name"]
    assert parts["A1"].font.b and parts.freeze_panes == "A2" and parts.auto_filter.ref
    row = {parts.cell(1, i).value: parts.cell(3, i) for i in range(1, 13)}
    assert row["Name"].value == "屏幕总成 1"
    assert row["Cost"].value == pytest.approx(101.5) and row["Cost"].number_format == "#,##0.00"
    assert row["On hand"].value == 1
    assert book["Movements"]["A2"].is_date
    assert [r[0].value for r in book["Low stock"].iter_rows(min_row=2)] == [
        "EVIL-1",
        "SCR-001",
        "SCR-002",
    ]


def test_formula_looking_text_is_stored_as_text(stocked, tmp_path):
    path = tmp_path / "parts.xlsx"
    parts_excel.export(stocked, path)
    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml  # no formula anywhere: Excel will not evaluate them
    parts = load_workbook(path)["Parts"]
    evil = next(r for r in parts.iter_rows(min_row=2) if r[0].value == "EVIL-1")
    assert evil[2].value == '=HYPERLINK("http://x","y")' and evil[2].data_type == "s"
    assert evil[7].value == "@attacker" and evil[3].value == "-1+1"


def test_export_then_import_changes_nothing(stocked, staff, tmp_path, db_path):
    path = tmp_path / "parts.xlsx"
    parts_excel.export(stocked, path)
    before = snapshot(db_path)
    plan = parts_excel.plan_import(stocked, path)
    assert plan.ok and not plan.creates and not plan.updates and not plan.adjustments
    parts_excel.apply_import(stocked, staff.inventory, path)
    after = snapshot(db_path)
    assert (
        after["parts"] == before["parts"] and after["stock_movements"] == before["stock_movements"]
    )
    assert inventory.get_part(stocked, "EVIL-1").name == '=HYPERLINK("http://x","y")'


def test_edited_file_updates_exactly_the_edited_rows(stocked, staff, tmp_path):
    path = tmp_path / "parts.xlsx"
    parts_excel.export(stocked, path)
    book = load_workbook(path)
    sheet = book["Parts"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "SCR-002":
            row[6].value = 219.9  # price
        if row[0].value == "SCR-004":
            row[11].value = 9  # counted on the shelf
    sheet.append(["NEW-1", "", "新电池", "Battery", "", 50, 120, "", "B-1", 1, False, 3])
    book.save(path)
    plan = parts_excel.plan_import(stocked, path)
    assert plan.updates == ["SCR-002"] and plan.creates == ["NEW-1"]
    assert plan.adjustments == [("SCR-004", 4, 9), ("NEW-1", 0, 3)]
    counts = parts_excel.apply_import(stocked, staff.inventory, path)
    assert counts == {"created": 1, "updated": 1, "adjusted": 2, "unchanged": 4}
    assert inventory.get_part(stocked, "SCR-002").price == Decimal("219.90")
    assert inventory.get_part(stocked, "SCR-004").on_hand == 9
    assert inventory.get_part(stocked, "NEW-1").on_hand == 3
    assert inventory.get_part(stocked, "SCR-003").price == Decimal("203.00")


def test_one_bad_row_among_a_thousand_writes_nothing_and_is_named(db, staff, tmp_path, db_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Parts"
    sheet.append([title for title, _, _ in parts_excel.PARTS_COLUMNS])
    for index in range(1000):
        price = "abc" if index == 637 else 10 + index
        sheet.append([f"P-{index:04d}", "", f"Part {index}", "", "", 5, price, "", "", 1, "no", 2])
    path = tmp_path / "big.xlsx"
    book.save(path)
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        parts_excel.apply_import(db, staff.inventory, path)
    assert "1 bad row:" in info.value.message and "row 639" in info.value.message
    assert "not a number" in info.value.message
    assert snapshot(db_path) == before


@pytest.mark.parametrize(
    ("rows", "fragment"),
    [
        ([["SKU", "Name", "Price"], ["A-1", "", 5]], "Part name: required"),
        ([["SKU", "Name", "Price"], ["", "x", 5]], "SKU: required"),
        ([["SKU", "Name", "Price"], ["A-1", "x", -5]], "negative"),
        ([["SKU", "Name", "On hand"], ["A-1", "x", 1.5]], "On hand"),
        ([["SKU", "Name"], ["A-1", "x"], ["A-1", "y"]], "repeats row 2"),
        ([["SKU", "Name", "Colour"], ["A-1", "x", "red"]], "Unknown columns: Colour"),
    ],
)
def test_bad_rows_are_reported_with_reasons(db, staff, tmp_path, rows, fragment):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "p.xlsx"
    book.save(path)
    with pytest.raises(ValidationError) as info:
        parts_excel.apply_import(db, staff.inventory, path)
    assert fragment in info.value.message


def test_wrong_files_get_a_clear_message(db, staff, tmp_path):
    csv = tmp_path / "parts.xlsx"
    csv.write_text("SKU,Name\nA-1,x\n")
    with pytest.raises(ValidationError) as info:
        parts_excel.plan_import(db, csv)
    assert "not an Excel .xlsx workbook" in info.value.message
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ValidationError) as info:
        parts_excel.plan_import(db, xls)
    assert "save as .xlsx" in info.value.message
    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    with pytest.raises(ValidationError) as info:
        parts_excel.plan_import(db, empty)
    assert "empty" in info.value.message


def test_export_can_be_cancelled(db, staff, tmp_path):
    for index in range(600):
        inventory.create_part(db, staff.inventory, PartData(sku=f"C-{index}", name="x"))
    with pytest.raises(parts_excel.Cancelled):
        parts_excel.export(db, tmp_path / "c.xlsx", report=lambda done, total: False)
    assert not (tmp_path / "c.xlsx").exists()
