"""Every number and text case at its boundary: amounts, quantities, 64-bit ids, dates,
Unicode digits, control characters, length limits, settings by type and list."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from counter_app.errors import ValidationError
from counter_app.exporting import parts_excel
from counter_app.money import parse_money
from counter_app.services.shop import settings
from counter_app.validation import normalize_imei, normalize_phone, parse_quantity
from tests.conftest import snapshot
from tests.hardening.helpers import INTAKE, run_main


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("0.5", "0.50"),
        ("1,000.50", "1000.50"),
        ("12,345,678", None),  # syntax fine, above the 9,999,999.99 ceiling
        ("9,999,999.99", "9999999.99"),
        ("¥12.30", "12.30"),
        ("１２３．５", "123.50"),  # full-width digits and point
        ("٣٤", "34.00"),  # Arabic-Indic digits
        (".5", "0.50"),
    ],
)
def test_amounts_that_are_read(text, amount):
    if amount is None:
        with pytest.raises(ValidationError, match="too large"):
            parse_money(text)
    else:
        assert parse_money(text) == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "0,5",
        "1,50",
        "1_000",
        "1,0000.00",
        ",500",
        "1.000,50",
        "1e3",
        "1e309",
        "NaN",
        "Infinity",
        "1.2.3",
        "--1",
        "1 000",
        "0x10",
        "1.005",
    ],
)
def test_amounts_that_are_refused_not_guessed(text):
    with pytest.raises(ValidationError) as caught:
        parse_money(text, "amount")
    assert caught.value.field == "amount"


def test_amount_ceiling_and_huge_numbers():
    assert parse_money("9999999.99") == Decimal("9999999.99")
    for text in ("10000000.00", "1" + "0" * 27, "9" * 40):
        with pytest.raises(ValidationError, match="too large"):
            parse_money(text)
    with pytest.raises(ValidationError, match="not a number"):
        parse_money("9" * 41)  # not even parsed


def test_quantity_boundaries():
    assert parse_quantity("１００") == 100
    assert parse_quantity("100000") == 100000
    for bad, why in (
        ("100001", "too large"),
        ("0", "at least 1"),
        ("1_0", "whole number"),
        ("2.0", "whole number"),
        ("9" * 30, "whole number"),
        ("9223372036854775808", "too large"),
    ):
        with pytest.raises(ValidationError, match=why):
            parse_quantity(bad)


def test_unicode_digits_in_imei_and_phone_are_stored_as_ascii(capsys, db_path):
    wide_imei = "３５６９３８０３５６４３８０９"
    wide_phone = "１３９１２３４５６７８"
    args = list(INTAKE)
    args[args.index("--imei") + 1] = wide_imei
    args[args.index("--phone") + 1] = wide_phone
    made = run_main(capsys, *args, "--db", str(db_path))
    assert made.code == 0, made.err
    found = run_main(capsys, "history", "356938035643809", "--json", "--db", str(db_path))
    assert found.code == 0 and made.out.strip() in found.out
    assert run_main(capsys, "history", wide_imei, "--db", str(db_path)).code == 0
    assert normalize_imei(wide_imei) == "356938035643809"
    assert normalize_phone(wide_phone) == "+8613912345678"


def _ticket(capsys, db_path) -> str:
    made = run_main(capsys, *INTAKE, "--db", str(db_path))
    assert made.code == 0, made.err
    return made.out.strip()


def test_plausibility_limits_are_shop_settings(capsys, db_path):
    db = str(db_path)
    no = _ticket(capsys, db_path)
    ok = run_main(capsys, "quote", no, "--labour", "Board", "--price", "1,000,000.00", "--db", db)
    assert ok.code == 0, ok.err
    before = snapshot(db_path)
    over = run_main(capsys, "quote", no, "--labour", "Board", "--price", "1000000.01", "--db", db)
    assert over.code == 2 and "max_line_amount" in over.err and "1,000,000.00" in over.err
    many = run_main(
        capsys, "quote", no, "--other", "Screws", "--price", "0.01", "--qty", "10001", "--db", db
    )
    assert many.code == 2 and "limit of 10,000" in many.err
    assert snapshot(db_path) == before
    fine = run_main(
        capsys, "quote", no, "--other", "Screws", "--price", "0.01", "--qty", "10000", "--db", db
    )
    assert fine.code == 0, fine.err
    assert run_main(capsys, "settings", "set", "max_quantity", "20000", "--db", db).code == 0
    more = run_main(
        capsys, "quote", no, "--other", "Screws", "--price", "0.01", "--qty", "10001", "--db", db
    )
    assert more.code == 0, more.err


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["report", "daily", "--date", "9999-12-31"], "--date"),
        (["report", "daily", "--date", "0001-01-01"], "--date"),
        (["refund", "T1", "--payment", "99999999999999999999", "--reason", "x"], "--payment"),
        (["refund", "T1", "--payment", "2147483648", "--reason", "x"], "--payment"),
        (["ticket", "note", "T1", "x", "--expect-version", "1e5"], "--expect-version"),
        (["demo", "--tickets", "99999999999999999999999"], "--tickets"),
    ],
)
def test_out_of_range_numbers_and_dates_name_the_option(capsys, db_path, args, named):
    result = run_main(capsys, *args, "--db", str(db_path))
    assert result.code == 2 and named in result.err and result.err.count("\n") == 1


def test_purchase_date_out_of_range_is_refused(capsys, db_path):
    before = snapshot(db_path)
    result = run_main(capsys, *INTAKE, "--purchase-date", "9999-12-31", "--db", str(db_path))
    assert result.code == 2 and "--purchase-date" in result.err and "out of range" in result.err
    assert snapshot(db_path) == before


def test_control_characters_and_lengths(capsys, db_path):
    db = str(db_path)
    no = _ticket(capsys, db_path)
    before = snapshot(db_path)
    for args, message in (
        (["ticket", "note", no, "bell\x07here"], "Note: contains a control character (U+0007)"),
        (["ticket", "status", no, "diagnosing", "--note", "n" * 2001], "Note: at most 2000"),
        (
            ["parts", "add", "SCR-1", "--name", "Screen\x1b[31m", "--cost", "1", "--price", "2"],
            "Part name: contains a control character (U+001B)",
        ),
        (["settings", "set", "store_name", "S" * 201], "Store name: at most 200"),
        (["settings", "set", "store_name", "Two\nlines"], "store_name: one line only"),
    ):
        result = run_main(capsys, *args, "--db", db)
        assert result.code == 2 and message in result.err, result.err
        assert result.err.count("\n") == 1
    intake = list(INTAKE)
    intake[intake.index("--name") + 1] = "Mary\x00Wong"
    assert run_main(capsys, *intake, "--db", db).code == 2
    assert snapshot(db_path) == before
    # At the limit and with tabs/newlines in long text: accepted.
    assert (
        run_main(
            capsys, "ticket", "status", no, "diagnosing", "--note", "n" * 2000, "--db", db
        ).code
        == 0
    )
    assert run_main(capsys, "ticket", "note", no, "line 1\n\tline 2", "--db", db).code == 0


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("currency", "XYZ", "is not one of"),
        ("language", "fr", "is not one of"),
        ("phone_region", "ZZ", "is not one of"),
        ("allow_negative_stock", "maybe", "use yes or no"),
        ("repair_warranty_months", "99999999999999999999999", "not a whole number"),
        ("repair_warranty_months", "121", "at most 120"),
        ("battery_warranty_months", "121", "at most 120"),
        ("max_quantity", "-1", "cannot be negative"),
        ("time_zone", "Mars/Olympus", "Unknown time zone"),
    ],
)
def test_settings_are_checked_by_type_and_list(key, value, message):
    with pytest.raises(ValidationError, match=message):
        settings.validate_value(key, value)


def test_settings_accept_known_values():
    assert settings.validate_value("currency", "hkd") == "HKD"
    assert settings.validate_value("language", "zh_TW") == "zh_TW"
    assert settings.validate_value("phone_region", "hk") == "HK"
    assert settings.validate_value("allow_negative_stock", "No") is False
    assert settings.validate_value("receipt_terms", "Line 1\nLine 2") == "Line 1\nLine 2"


def test_parts_export_survives_a_control_character_stored_earlier(db, staff, db_path, tmp_path):
    from counter_app.services.stock import inventory

    inventory.create_part(
        db, staff.inventory, inventory.PartData(sku="OLD-1", name="Old", cost="1", price="2")
    )
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE parts SET name = 'Old\x01part' WHERE sku = 'OLD-1'")
    conn.commit()
    conn.close()
    out = tmp_path / "parts.xlsx"
    assert parts_excel.export(db, out)["parts"] == 1
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    names = [row[2] for row in book["Parts"].iter_rows(min_row=2, values_only=True)]
    book.close()
    assert names == ["Oldpart"]


@pytest.mark.sqlite_only  # reads SQLite's own catalogue / file
def test_skus_are_unique_whatever_their_case(db, staff, tmp_path):
    from openpyxl import Workbook

    from counter_app.services.stock import inventory

    inventory.create_part(
        db, staff.inventory, inventory.PartData(sku="SCR-1", name="Screen", cost="1", price="2")
    )
    with pytest.raises(ValidationError, match="SKU SCR-1 exists already"):
        inventory.create_part(
            db, staff.inventory, inventory.PartData(sku="scr-1", name="Other", cost="1", price="2")
        )
    book = Workbook()
    sheet = book.active
    sheet.title = "Parts"
    sheet.append(["SKU", "Name", "Cost", "Price"])
    sheet.append(["scr-1", "Screen", 1, 2])
    sheet.append(["BAT-1", "Battery", 1, 2])
    sheet.append(["bat-1", "Battery", 1, 2])
    book.save(tmp_path / "parts.xlsx")
    plan = parts_excel.plan_import(db, tmp_path / "parts.xlsx")
    assert [(e.row, e.message) for e in plan.errors] == [
        (2, "SKU scr-1 is the existing part SCR-1: write it so"),
        (4, "SKU bat-1 repeats row 3"),
    ]
    with db.engine.connect() as conn:  # the database holds the rule too
        names = [row[1] for row in conn.exec_driver_sql("PRAGMA index_list(parts)")]
    assert "uq_parts_sku_lower" in names


def test_the_settings_dialog_offers_each_whole_number_settings_full_range(qtbot, db, staff):
    from PySide6.QtWidgets import QSpinBox

    from counter_app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(db, staff.manager)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.idle)  # the values are read in the background
    line_limit = dialog.findChild(QSpinBox, "max_line_amount")
    assert line_limit.value() == 1_000_000 and line_limit.maximum() == 9_999_999
    assert dialog.findChild(QSpinBox, "battery_warranty_months").maximum() == 120
