"""Imports never garble: Big5 and GB18030 CSVs import their Chinese exactly, Shift-JIS and
mixed files are refused naming the first bad line (nothing written), Excel's doubled quotes
are one quote; a second repairs batch on a day that has tickets continues its numbers, and
importing the same file again is recognised (no new tickets, no comebacks)."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from counter_app.timeutil import local_today
from tests.conftest import snapshot
from tests.hardening.helpers import INTAKE, run_main
from tests.services.test_importing import HEADERS, imei


def _names(db_path: Path) -> set[str]:
    conn = sqlite3.connect(db_path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM customers")}
    finally:
        conn.close()


def _import(capsys, db_path: Path, path: Path, kind: str, *extra: str):  # type: ignore[no-untyped-def]
    return run_main(
        capsys, "import", str(path), "--kind", kind, "--db", str(db_path), "--json", *extra
    )


@pytest.mark.parametrize("encoding", ["big5", "gb18030", "utf-8-sig"])
def test_chinese_csvs_import_exactly(capsys, db_path, tmp_path, encoding):
    path = tmp_path / "customers.csv"
    path.write_bytes("name,phone\n陳大文,13800138000\n黃志明,13900139000\n".encode(encoding))
    run = _import(capsys, db_path, path, "customers")
    assert run.code == 0, run.err
    assert {"陳大文", "黃志明"} <= _names(db_path)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("name,phone\n陳大文,13800138000\n".encode("shift_jis"), "cannot be recognised"),
        (
            "name,phone\n李四,13800138000\n".encode() + "张三,13900139000\n".encode("gbk"),
            "line 3",
        ),
    ],
    ids=["shift-jis", "utf-8 with one gbk line"],
)
def test_unknown_or_mixed_encodings_are_refused(capsys, db_path, tmp_path, data, words):
    path = tmp_path / "customers.csv"
    path.write_bytes(data)
    before = snapshot(db_path)
    run = _import(capsys, db_path, path, "customers")
    assert run.code == 2 and words in run.err, run.err
    assert snapshot(db_path) == before


def test_doubled_quotes_are_one_quote(capsys, db_path, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text('name,phone\n"Li ""Big"" Lei",13800138000\n', encoding="utf-8")
    assert _import(capsys, db_path, path, "customers").code == 0
    assert 'Li "Big" Lei' in _names(db_path)


def _repairs(path: Path, first: int, count: int, day) -> Path:  # type: ignore[no-untyped-def]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for n in range(first, first + count):
            writer.writerow(
                [f"137{n:08d}", f"客户{n}", "Apple", "iPhone 13", imei(500 + n), "", "屏幕碎裂",
                 day, day, "100", "cash"]
            )  # fmt: skip
    return path


def _ticket_numbers(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [row[0] for row in conn.execute("SELECT ticket_no FROM tickets ORDER BY id")]
    finally:
        conn.close()


def test_a_second_batch_on_a_busy_day_continues_the_numbers(capsys, db_path, tmp_path):
    today = local_today("Asia/Shanghai")
    assert run_main(capsys, *INTAKE, "--db", str(db_path)).code == 0  # a real intake today
    day = today - timedelta(days=1)
    first = _repairs(tmp_path / "a.csv", 0, 3, day)
    second = _repairs(tmp_path / "b.csv", 10, 3, day)
    assert _import(capsys, db_path, first, "repairs").code == 0
    run = _import(capsys, db_path, second, "repairs")
    assert run.code == 0, run.err
    assert json.loads(run.out)["tickets_created"] == 3
    numbers = _ticket_numbers(db_path)
    assert len(numbers) == len(set(numbers)) == 7
    stamp = f"{day:%y%m%d}"
    assert sorted(n for n in numbers if stamp in n)[-1].endswith("-006")
    # Received today, where intake already handed numbers out.
    third = _repairs(tmp_path / "c.csv", 20, 2, today)
    assert _import(capsys, db_path, third, "repairs").code == 0
    numbers = _ticket_numbers(db_path)
    assert len(numbers) == len(set(numbers)) == 9


def test_importing_the_same_file_again_is_recognised(capsys, db_path, tmp_path):
    day = local_today("Asia/Shanghai") - timedelta(days=20)
    path = _repairs(tmp_path / "a.csv", 0, 4, day)
    assert _import(capsys, db_path, path, "repairs").code == 0
    dry = _import(capsys, db_path, path, "repairs", "--dry-run")
    assert dry.code == 0
    plan = json.loads(dry.out)
    assert plan["tickets_created"] == 0 and plan["comebacks"] == 0
    assert plan["already_imported"] == 4
    before = snapshot(db_path)
    again = _import(capsys, db_path, path, "repairs")
    assert again.code == 0 and json.loads(again.out)["tickets_created"] == 0
    assert len(_ticket_numbers(db_path)) == 4
    assert snapshot(db_path)["tickets"] == before["tickets"]
