"""Importing a shop's records: every bad row named and nothing written, then the fixed file
creates customers, devices and collected past repairs whose warranty and comebacks work."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from counter_app.errors import NotAllowed, ValidationError
from counter_app.exporting import tabular
from counter_app.services.data_io import importing
from counter_app.services.people import customers
from counter_app.services.shop import settings
from counter_app.services.tickets import devices, intake
from counter_app.services.tickets import jobs as tickets
from counter_app.timeutil import add_months, local_today
from counter_app.validation import luhn_check_digit
from tests.conftest import snapshot

HEADERS = [
    "phone",
    "name",
    "brand",
    "model",
    "imei",
    "serial",
    "fault",
    "received_date",
    "collected_date",
    "amount",
    "method",
]


def imei(n: int) -> str:
    body = f"35{n:012d}"
    return body + luhn_check_digit(body)


def repair_rows(today: date, count: int = 5000) -> list[list[object]]:
    """Past repairs: 2,500 devices, two repairs each; every 10th device came back within
    the repair warranty (30 days after collection), the others after more than a year."""
    rows: list[list[object]] = []
    for device in range(count // 2):
        phone = f"138{device:08d}"
        name = f"客户{device}"
        first = today - timedelta(days=700 - device % 200)
        second_gap = 30 if device % 10 == 0 else 400
        for visit, received in enumerate((first, first + timedelta(days=second_gap))):
            rows.append(
                [
                    phone,
                    name,
                    "Apple" if device % 3 else "Huawei",
                    "iPhone 13" if device % 3 else "Mate 50",
                    imei(device),
                    "",
                    "屏幕碎裂" if visit == 0 else "屏幕又不亮了",
                    received,
                    received + timedelta(days=2),
                    "380.00" if visit == 0 or device % 10 else "0",
                    "微信" if device % 2 else "cash",
                ]
            )
    return rows


def write_xlsx(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, headers: list[str], rows: list[list[object]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def load(db, staff, kind, path, mapping=None):  # type: ignore[no-untyped-def]
    return importing.apply(db, staff.manager, kind, tabular.read_table(path, sheet=kind), mapping)


def test_5000_rows_with_bad_ones_name_every_bad_row_and_write_nothing(db, staff, db_path, tmp_path):
    today = local_today("Asia/Shanghai")
    rows = repair_rows(today)
    # Spreadsheet row numbers: the header is row 1, so rows[i] is row i + 2.
    rows[10][4] = rows[10][4][:-1] + str((int(rows[10][4][-1]) + 1) % 10)  # Luhn
    rows[100][7] = today + timedelta(days=3)  # received in the future
    rows[100][8] = today + timedelta(days=4)
    rows[200][9] = "12.345"  # three decimals
    rows[300][9] = "=100+200"  # formula
    rows[401][3] = "iPhone 14"  # same IMEI as the row above it, another model
    rows[501][1] = "别人"  # same phone as the row above it, another name
    rows[600][0] = "12345"  # not a phone
    rows[700][8] = rows[700][7] - timedelta(days=1)  # collected before received
    path = write_xlsx(tmp_path / "repairs.xlsx", HEADERS, rows)
    before = snapshot(db_path)

    plan = importing.plan(db, "repairs", tabular.read_table(path))
    bad = {e.line: e.message for e in plan.errors}
    assert sorted(bad) == [12, 102, 202, 302, 403, 503, 602, 702]
    assert "check digit" in bad[12]
    assert "in the future" in bad[102]
    assert "2 decimal places" in bad[202]
    assert "formula" in bad[302]
    assert "IMEI" in bad[403] and "repeats line 402" in bad[403]
    assert "repeats line 502" in bad[503]
    assert "12345" in bad[602]
    assert "before it was received" in bad[702]

    with pytest.raises(ValidationError) as caught:
        load(db, staff, "repairs", path)
    assert "Nothing imported: 8 bad rows" in caught.value.message
    assert "line 702:" in caught.value.message
    assert snapshot(db_path) == before


def test_the_fixed_file_creates_history_with_warranty_and_comebacks(db, staff, tmp_path):
    today = local_today("Asia/Shanghai")
    path = write_xlsx(tmp_path / "repairs.xlsx", HEADERS, repair_rows(today))

    summary = load(db, staff, "repairs", path)

    assert summary == {
        "kind": "repairs",
        "rows": 5000,
        "customers_created": 2500,
        "customers_matched": 0,
        "devices_created": 2500,
        "devices_matched": 0,
        "tickets_created": 5000,
        "comebacks": 250,
        "followups_due": 0,  # every repair in the file is months old: no calls
    }
    history = devices.history(db, imei(0))  # device 0 came back 30 days after collection
    assert [e.status for e in history.entries] == ["collected", "collected"]
    comeback, first = history.entries
    assert comeback.is_comeback and not first.is_comeback
    assert comeback.total == Decimal("0.00") and first.total == Decimal("380.00")
    # A free comeback does not restart the warranty clock.
    assert comeback.warranty_until == first.warranty_until
    first_day = today - timedelta(days=700)
    # six calendar months from the collection day (the warranty engine's rule)
    assert first.warranty_until == add_months(first_day + timedelta(days=2), 6)
    shown = tickets.detail(db, staff.clerk, first_ticket_no(history))
    assert shown.status == "collected" and shown.paid == Decimal("380.00")

    later = devices.history(db, imei(1))  # came back after more than a year
    assert not any(e.is_comeback for e in later.entries)


def first_ticket_no(history):  # type: ignore[no-untyped-def]
    return history.entries[-1].ticket_no


def test_an_imported_repair_under_warranty_makes_todays_intake_a_comeback(db, staff, tmp_path):
    today = local_today("Asia/Shanghai")
    received = today - timedelta(days=20)
    rows = [
        [
            "13900001111",
            "陈静",
            "Xiaomi",
            "14",
            imei(77),
            "",
            "无法充电",
            received,
            received + timedelta(days=1),
            "99",
            "支付宝",
        ]
    ]
    load(db, staff, "repairs", write_csv(tmp_path / "r.csv", HEADERS, rows, "utf-8"))

    result = intake.take_in(
        db,
        staff.clerk,
        intake.IntakeData(
            name="陈静", phone="13900001111", brand="Xiaomi", model="14", imei=imei(77),
            fault="又无法充电",
        ),
    )  # fmt: skip
    assert result.customer_reused and result.device_reused
    # a comeback inside the imported repair's warranty: linked, and free only once the
    # technician confirms the same fault (issue 11), so undecided at the counter
    assert result.is_comeback and result.warranty_decision == "undecided"


def test_gb18030_csv_with_chinese_headers(db, staff, tmp_path):
    path = write_csv(
        tmp_path / "customers.csv",
        ["姓名", "电话", "邮箱"],
        [["王伟", "138 1234 5678", "wang@example.com"], ["李娜", "+852 5123 4567", ""]],
        "gb18030",
    )
    assert path.read_bytes().decode("gb18030").startswith("姓名")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")

    assert load(db, staff, "customers", path)["customers_created"] == 2
    found = customers.find_by_phone(db, "13812345678")
    assert found is not None and found.name == "王伟" and found.email == "wang@example.com"
    hong_kong = customers.find_by_phone(db, "+85251234567")
    assert hong_kong is not None and hong_kong.name == "李娜"


def test_utf8_bom_csv_semicolons_and_english_headers_match_existing_customers(db, staff, tmp_path):
    phone = "13812345678"
    intake.take_in(
        db,
        staff.clerk,
        intake.IntakeData(
            name="王伟", phone=phone, brand="Apple", model="iPhone 12", imei=imei(5),
            fault="屏幕",
        ),
    )  # fmt: skip
    path = tmp_path / "devices.csv"
    path.write_bytes(
        "\ufeffPhone;Brand;Model;IMEI;Serial;Purchase date\n"
        f"{phone};Apple;iPhone 12;{imei(5)};;2025-01-02\n"
        f"{phone};Apple;iPad Air 5;;DMPQ12345;2025/03/04\n".encode()
    )
    table = tabular.read_table(path)
    assert table.headers[0] == "Phone"  # the BOM is not part of the first header

    plan = importing.plan(db, "devices", table)
    assert plan.ok, plan.errors
    assert plan.summary()["devices_matched"] == 1
    assert plan.summary()["devices_created"] == 1
    assert plan.summary()["customers_matched"] == 1
    importing.apply(db, staff.manager, "devices", table)
    ipad = devices.history(db, "DMPQ12345")
    assert ipad.device.model == "iPad Air 5" and ipad.device.purchase_date == date(2025, 3, 4)
    assert ipad.owner is not None and ipad.owner.name == "王伟"


def test_devices_need_their_customer_first(db, staff, tmp_path):
    path = write_csv(
        tmp_path / "d.csv",
        ["phone", "brand", "model", "imei"],
        [["13700000000", "OPPO", "Find X7", imei(9)]],
        "utf-8",
    )
    plan = importing.plan(db, "devices", tabular.read_table(path))
    assert [(e.line, e.message) for e in plan.errors] == [
        (2, "No customer with phone +8613700000000: import the customers first")
    ]


def test_undetectable_encoding_is_refused(db, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("name,phone\nJosé Müller,13812345678\n".encode("latin-1"))
    with pytest.raises(ValidationError, match="encoding cannot be recognised"):
        tabular.read_table(path)


def test_wrong_headers_name_the_expected_ones_and_map_fixes_them(db, staff, tmp_path):
    path = write_csv(tmp_path / "c.csv", ["Kunde", "Handy"], [["王伟", "13812345678"]], "utf-8")
    table = tabular.read_table(path)
    with pytest.raises(ValidationError) as caught:
        importing.plan(db, "customers", table)
    assert "Unknown columns: Kunde, Handy" in caught.value.message
    assert "name (姓名), phone (电话), email (邮箱)" in caught.value.message

    mapping = importing.parse_mapping("Kunde=name, Handy=phone", "customers")
    assert importing.apply(db, staff.manager, "customers", table, mapping)["customers_created"] == 1
    with pytest.raises(ValidationError, match="column=field"):
        importing.parse_mapping("Kunde=nickname", "customers")


def test_missing_required_column_is_named(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", ["name", "email"], [["王伟", "a@b.cn"]], "utf-8")
    with pytest.raises(ValidationError, match="Missing columns: phone"):
        importing.plan(db, "customers", tabular.read_table(path))


def test_duplicate_phone_with_the_same_data_is_one_customer(db, staff, tmp_path):
    rows = [["王伟", "13812345678", ""], ["王伟", "138-1234-5678", ""]]
    path = write_csv(tmp_path / "c.csv", ["name", "phone", "email"], rows, "utf-8")
    assert load(db, staff, "customers", path)["customers_created"] == 1


def test_password_protected_and_corrupt_workbooks_are_refused(db, tmp_path):
    protected = tmp_path / "locked.xlsx"
    # An encrypted .xlsx is an OLE compound file, not a zip.
    protected.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504)
    with pytest.raises(ValidationError, match="password-protected"):
        tabular.read_table(protected)
    corrupt = tmp_path / "broken.xlsx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(ValidationError, match="not an Excel .xlsx workbook"):
        tabular.read_table(corrupt)


def test_template_has_english_and_chinese_headers_and_imports_back(db, staff, tmp_path):
    path = tmp_path / "template.xlsx"
    tabular.write_template(path)
    book = load_workbook(path)
    assert book.sheetnames == ["customers", "devices", "repairs"]
    assert [c.value for c in book["customers"][1]] == ["name 姓名", "phone 电话", "email 邮箱"]
    assert [c.value for c in book["repairs"][1]][7:9] == ["received_date 送修日期", "collected_date 取机日期"]  # fmt: skip
    book["customers"].append(["周杰", "13600001234", "zhou@example.com"])
    book.save(path)
    assert load(db, staff, "customers", path)["customers_created"] == 1


def test_only_the_manager_imports(db, staff, tmp_path):
    path = write_csv(tmp_path / "c.csv", ["name", "phone"], [["王伟", "13812345678"]], "utf-8")
    with pytest.raises(NotAllowed):
        load(db, staff.__class__(staff.clerk, staff.clerk, staff.clerk, staff.clerk), "customers", path)  # fmt: skip


def test_repair_warranty_end_follows_the_setting(db, staff):
    settings.update(db, staff.manager, {"repair_warranty_months": 3})
    shop = settings.get_all(db)
    assert importing.repair_warranty_end(date(2026, 1, 10), shop) == date(2026, 4, 10)
    # calendar months, as the warranty engine counts them: 31 Aug + 6 months = 28 Feb
    settings.update(db, staff.manager, {"repair_warranty_months": 6})
    shop = settings.get_all(db)
    assert importing.repair_warranty_end(date(2025, 8, 31), shop) == date(2026, 2, 28)


def test_cancelling_the_import_writes_nothing(db, staff, db_path, tmp_path):
    today = local_today("Asia/Shanghai")
    path = write_csv(tmp_path / "r.csv", HEADERS, repair_rows(today, 4000), "utf-8")
    before = snapshot(db_path)
    seen: list[tuple[int, int]] = []

    def stop_at_once(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(importing.ImportCancelled, match="nothing was written"):
        importing.apply(db, staff.manager, "repairs", tabular.read_table(path), None, stop_at_once)
    assert seen == [(2000, 4000)]
    assert snapshot(db_path) == before


def test_a_workbook_over_the_row_limit_is_refused_before_parsing(db, staff, tmp_path, monkeypatch):
    from counter_app.exporting import excel_common

    path = tmp_path / "customers.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "phone"])
    for n in range(30):
        sheet.append([f"客户{n}", f"1381234{n:04d}"])
    book.save(path)
    monkeypatch.setattr(excel_common, "MAX_ROWS", 20)
    with pytest.raises(ValidationError, match="20"):
        tabular.read_table(path)
