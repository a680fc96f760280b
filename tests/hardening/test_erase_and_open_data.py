"""Nothing personal leaks: an erased customer leaves no trace in the database, the ORDS
open-data file holds no personal value of the shop in any spelling and no live formula,
and `export all` holds no passcode, no formula and is readable by its owner only."""

from __future__ import annotations

import csv
import re
import sqlite3
import stat
import unicodedata

from tests.hardening.helpers import run_main

NAME, PHONE, EMAIL = "Wang Fang", "13700137001", "wang.fang@example.com"
# The phone as people write it: separators, grouped, full width, Chinese numerals.
SPELLINGS = (
    "137/0013/7001",
    "137,0013,7001",
    "137-0013-7001",
    "１３７００１３７００１",
    "一三七零零一三七零零一",
)
IMEI = "356938035643809"
PASSCODE = "pass-4711"


def _intake(capsys, db: str, name: str, phone: str, fault: str, *extra: str) -> str:
    made = run_main(
        capsys, "intake", "--name", name, "--phone", phone, "--brand", "Apple",
        "--model", "iPhone 12", *extra, "--fault", fault, "--db", db,
    )  # fmt: skip
    assert made.code == 0, made.err
    return made.out.strip().splitlines()[0]


def _dump_text(path) -> str:
    conn = sqlite3.connect(path)
    try:
        out = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                out.append(" ".join(str(v) for v in row))
        return "\n".join(out)
    finally:
        conn.close()


def _plain(text: str) -> str:
    """Case, spacing, width and Chinese numerals folded away, for searching."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans("〇零一二三四五六七八九", "00123456789"))
    return re.sub(r"[\s/,.\-]", "", text)


def test_erase_leaves_no_trace_of_the_person_in_the_database(capsys, db_path):
    db = str(db_path)
    fault = f"{NAME} says call {SPELLINGS[0]} or {EMAIL}; {SPELLINGS[4]}"
    ticket_no = _intake(
        capsys, db, NAME, PHONE, fault, "--imei", IMEI, "--passcode", PASSCODE,
        "--accessories", f"case marked {NAME.upper()}",
    )  # fmt: skip
    assert run_main(capsys, "customer", "update", PHONE, "--email", EMAIL, "--db", db).code == 0
    steps = [
        ["ticket", "note", ticket_no, f"rang {NAME} on {SPELLINGS[1]}"],
        ["complaint", "add", "--phone", PHONE, "--class", "complaint_by_phone", "--channel", "phone",
         "--severity", "normal", "--text", f"{NAME}  ({SPELLINGS[2]}) was kept waiting"],
        ["consult", "add", "--name", NAME, "--phone", PHONE, "--question",
         f"Can {NAME} get a quote? mail {EMAIL}"],
        ["appointment", "add", "--phone", PHONE, "--name", NAME, "--kind", "dropoff",
         "--at", "2030-01-07 10:00", "--fault", f"for {NAME.lower()}, {SPELLINGS[3]}"],
    ]  # fmt: skip
    for step in steps:
        done = run_main(capsys, *step, "--db", db)
        assert done.code == 0, (step, done.err)
    erased = run_main(capsys, "customer", "erase", PHONE, "--json", "--db", db)
    assert erased.code == 0, erased.err
    assert '"texts_changed": ' in erased.out and '"texts_changed": 0' not in erased.out
    dump = _plain(_dump_text(db_path))
    for value in (NAME, EMAIL, PHONE, PASSCODE):
        assert _plain(value) not in dump, value


def test_ords_and_export_all_hold_nothing_personal_and_no_formula(capsys, db_path, tmp_path):
    db = str(db_path)
    faults = [
        "=1+1 screen dead", "@SUM(A1) no sound", "\t=1+1 tab first", "+86 13700137002 calls",
        "CHEN JIE dropped it", "Chen  Jie again", "serial C02XK1ZZJGH5 on the box",
        f"mine is {SPELLINGS[4]}",
    ]  # fmt: skip
    _intake(capsys, db, "Chen Jie", "13700137003", "no power", "--serial", "C02XK1ZZJGH5")
    for n, fault in enumerate(faults):
        ticket_no = _intake(
            capsys, db, f"Li Na {n}", f"1370013710{n}", fault, "--serial", f"SN-TEST{n:04d}",
            "--passcode", PASSCODE,
        )  # fmt: skip
        for status in ("cancelled",):
            assert run_main(capsys, "ticket", "status", ticket_no, status, "--db", db).code == 0
    ords_file = tmp_path / "ords.csv"
    exported = run_main(capsys, "export", "ords", str(ords_file), "--db", db)
    assert exported.code == 0, exported.err
    with ords_file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(faults)
    text = _plain(ords_file.read_text(encoding="utf-8"))
    for value in ("chenjie", "lina", "c02xk1zzjgh5", "sntest", _plain(PASSCODE)):
        assert value not in text, value
    for row in rows:  # no phone or IMEI in any spelling
        assert not re.search(r"\d{7}", _plain(row["problem"])), row["problem"]
    for row in rows:
        for cell in row.values():
            assert not cell.lstrip().startswith(("=", "+", "-", "@")) and cell[:1] != "\t"
    folder = tmp_path / "all"
    assert run_main(capsys, "export", "all", str(folder), "--db", db).code == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in folder.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        with file.open(encoding="utf-8", newline="") as handle:
            content = handle.read()
        assert PASSCODE not in content, file
        if file.suffix == ".csv":
            for row in csv.reader(content.splitlines()):
                for cell in row:
                    assert cell[:1] not in ("=", "+", "@", "\t"), (file.name, cell)
