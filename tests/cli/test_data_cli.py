"""`counter-app import|export|customer export` as scripts use them: exit codes, one line on
stderr for bad input with nothing written, stable JSON keys."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from tests.conftest import snapshot
from tests.services.test_importing import imei, write_csv

REPAIRS = [
    "电话",
    "姓名",
    "品牌",
    "型号",
    "串号",
    "故障",
    "送修日期",
    "取机日期",
    "金额",
    "付款方式",
]


def test_import_dry_run_then_import_then_history(cli, tmp_path, db_path):
    rows = [
        ["13812345678", "王伟", "Apple", "iPhone 13", imei(1), "屏幕碎裂", "2025-05-01", "2025-05-03", "380", "微信"],  # noqa: E501
        ["13812345678", "王伟", "Apple", "iPhone 13", imei(1), "屏幕不亮", "2025-06-01", "2025-06-02", "0", ""],  # noqa: E501
    ]  # fmt: skip
    path = write_csv(tmp_path / "repairs.csv", REPAIRS, rows, "gb18030")
    before = snapshot(db_path)

    dry = cli("import", str(path), "--kind", "repairs", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert dry.json() == {
        "dry_run": True,
        "kind": "repairs",
        "rows": 2,
        "customers_created": 1,
        "customers_matched": 0,
        "devices_created": 1,
        "devices_matched": 0,
        "tickets_created": 2,
        "comebacks": 1,
    }
    assert snapshot(db_path) == before

    done = cli("import", str(path), "--kind", "repairs")
    assert done.returncode == 0, done.stderr
    assert "2 past repairs (1 comebacks)" in done.stdout
    history = cli("history", imei(1), "--json")
    tickets = history.json()["tickets"]
    assert [(t["status"], t["is_comeback"]) for t in tickets] == [
        ("collected", True),
        ("collected", False),
    ]


def test_bad_rows_exit_2_with_one_line_naming_them_and_nothing_written(cli, tmp_path, db_path):
    rows = [
        ["13812345678", "王伟", "Apple", "iPhone 13", imei(1), "屏幕", "2025-05-01", "2025-05-03", "380.123", "微信"],  # noqa: E501
        ["13812345678", "王伟", "Apple", "iPhone 13", imei(2), "屏幕", "2099-05-01", "2099-05-03", "1", "微信"],  # noqa: E501
    ]  # fmt: skip
    path = write_csv(tmp_path / "bad.csv", REPAIRS, rows, "utf-8-sig")
    before = snapshot(db_path)
    result = cli("import", str(path), "--kind", "repairs")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "line 2: Amount: at most 2 decimal places" in result.stderr
    assert "line 3: Received date: 2099-05-01 is in the future" in result.stderr
    assert snapshot(db_path) == before


def test_wrong_headers_and_bad_files_exit_2(cli, tmp_path, db_path):
    before = snapshot(db_path)
    wrong = write_csv(tmp_path / "w.csv", ["who", "number"], [["a", "1"]], "utf-8")
    result = cli("import", str(wrong), "--kind", "customers")
    assert result.returncode == 2
    assert "Unknown columns: who, number; the customers columns are: name (姓名)" in result.stderr
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,phone\nJosé,13812345678\n".encode("latin-1"))
    assert cli("import", str(latin), "--kind", "customers").returncode == 2
    assert cli("import", str(tmp_path / "missing.csv"), "--kind", "customers").returncode == 2
    assert cli("import", str(wrong)).returncode == 2  # no --kind
    mapped = cli("import", str(wrong), "--kind", "customers", "--map", "who=name,number=phone")
    assert mapped.returncode == 2 and "line 2: Phone" in mapped.stderr
    assert snapshot(db_path) == before


def test_template(cli, tmp_path):
    path = tmp_path / "template.xlsx"
    result = cli("import", "--template", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert result.json()["sheets"] == ["customers", "devices", "repairs"]
    assert load_workbook(path)["devices"]["A1"].value == "phone 电话"


def test_exports_and_customer_export(cli, tmp_path):
    rows = [["王伟", "13812345678", "wang@example.com"]]
    customers = write_csv(tmp_path / "c.csv", ["name", "phone", "email"], rows, "utf-8")
    assert cli("import", str(customers), "--kind", "customers").returncode == 0

    ords = cli("export", "ords", str(tmp_path / "o.csv"), "--from", "2025-01-01", "--json")
    assert ords.returncode == 0, ords.stderr
    assert set(ords.json()) == {
        "file",
        "records",
        "fixed",
        "repairable",
        "end_of_life",
        "unknown",
    }
    everything = cli("export", "all", str(tmp_path / "all"), "--json")
    assert everything.returncode == 0, everything.stderr
    assert everything.json()["tables"]["customers"] == 1

    out = tmp_path / "wang.json"
    exported = cli("customer", "export", "138 1234 5678", "--json", str(out))
    assert exported.returncode == 0, exported.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["tables"]["customers"][0]["email"] == "wang@example.com"
    unknown = cli("customer", "export", "13900000000", "--json", str(tmp_path / "x.json"))
    assert unknown.returncode == 2 and "No customer with phone" in unknown.stderr
    clerk = cli("customer", "export", "13812345678", "--json", str(out), user="amy")
    assert clerk.returncode == 2
