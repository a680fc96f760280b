"""Bad input, by the hundred: each is refused with exit 2 and one line on stderr, and the
database dump is unchanged afterwards (nothing written, no traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import snapshot
from tests.hardening.helpers import INTAKE, run_main

LONG = "x" * 100_000


def _with(args: list[str], option: str, value: str) -> list[str]:
    out = list(args)
    out[out.index(option) + 1] = value
    return out


def _intake_cases() -> list[list[str]]:
    bad = {
        "--name": [
            "",
            "   ",
            "Mary\x00Wong",
            "\x1b[2J",
            "N" * 101,
            "Mary\ud800",
            LONG,
            "\u200b\u200b",
            "Mary \u202eWong",
            "\u2067Mary",
        ],
        "--phone": [
            "",
            "abc",
            "123",
            "1" * 41,
            "1391234567\x00",
            "+999 999",
            "１２３",
            LONG,
            "139-1234-567",
            "+86 139 1234 567 89",
            "+1 650 253 0000",
            "+44 20 7946 0958",
            "+81 3-1234-5678",
        ],
        "--imei": [
            "",
            "12345",
            "35693803564380",
            "3569380356438091",
            "356938035643808",
            "35693803564380X",
            "9" * 100,
            "３５６９３８",
            "356938035643809\x00",
            "356 938 035 643 80",
            LONG,
            "000000000000000",
        ],
        "--brand": ["", "B" * 51, "Sam\x07sung", "\x7f"],
        "--model": ["", "M" * 101, "S24\x00"],
        "--fault": ["F" * 2001, "bad\x00", "esc\x1b[0m", "\x08", "screen \u202edaed"],
    }
    cases = [_with(INTAKE, option, value) for option, values in bad.items() for value in values]
    extra = {
        "--service": ["teleport", "REPAIR!"],
        "--purchase-date": [
            "2026-13-01",
            "9999-12-31",
            "yesterday",
            "0000-00-00",
            "2026-02-30",
            "1800-01-01",
            "2026-1-1",
            "２０２６-０１-０１x",
        ],
        "--colour": ["C" * 51, "red\x00"],
        "--accessories": ["A" * 501, "case\x01"],
        "--passcode": ["P" * 51, "12\x0034", "12\u202e34"],
        "--priority": ["meh", ""],
        "--technician": ["nobody"],
        "--proof": ["R" * 101, "INV\x02"],
        "--imei2": ["12345", "356938035643808"],
    }
    cases += [INTAKE + [option, value] for option, values in extra.items() for value in values]
    serial = [a for a in INTAKE]
    i = serial.index("--imei")
    for value in ("", "ab", "!!!!", "A" * 31, "AB\x00CD", "ⅧABC12"):
        cases.append(serial[:i] + ["--serial", value] + serial[i + 2 :])
    return cases


AMOUNTS = [
    "0,5",
    "1,50",
    "1_000",
    "1e309",
    "1" + "0" * 27,
    "-5",
    "abc",
    "",
    "NaN",
    "inf",
    "1.001",
    "1,0000",
    "1.000,00",
    "10000000",
    "0x10",
    "5\x00",
    LONG,
    "¥-3",
    "1$0",
    "1USD2",
    "⑤",
    "1²",
]
QUANTITIES = [
    "0",
    "-1",
    "1.5",
    "99999999999999999999",
    "10001",
    "1e3",
    "1_0",
    "",
    "one",
    "9223372036854775808",
]


def _ticket_cases(no: str) -> list[list[str]]:
    cases: list[list[str]] = []
    cases += [["pay", no, "--amount", a, "--method", "cash"] for a in AMOUNTS]
    cases += [["pay", no, "--amount", "10", "--method", m] for m in ("bitcoin", "", "CASH\x00")]
    cases += [["quote", no, "--labour", "Screen", "--price", "10", "--qty", q] for q in QUANTITIES]
    cases += [["quote", no, "--labour", "Screen", "--price", p] for p in AMOUNTS if p]
    cases += [
        ["quote", no, "--labour", "", "--price", "10"],
        ["quote", no, "--labour", "L" * 201, "--price", "10"],
        ["quote", no, "--labour", "fix\x00", "--price", "10"],
        ["quote", no, "--part", "NO-SUCH-SKU"],
        ["quote", no, "--other", "Case", "--price", "1000000.01"],
        ["ticket", "status", no, "bogus"],
        ["ticket", "status", no, "collected"],
        ["ticket", "status", no, "diagnosing", "--note", "n" * 2001],
        ["ticket", "status", no, "diagnosing", "--note", "bell\x07"],
        ["ticket", "status", no, "diagnosing", "--expect-version", "99"],
        ["ticket", "note", no, ""],
        ["ticket", "note", no, "\x00"],
        ["ticket", "note", no, "n" * 2001],
        ["ticket", "note", no, "x", "--expect-version", "abc"],
        ["ticket", "note", no, "x", "--expect-version", "99999999999999999999"],
        ["ticket", "assign", no, "nobody"],
        ["ticket", "warranty", no, "free", "--reason", ""],
        ["ticket", "warranty", no, "maybe", "--reason", "x"],
        ["ticket", "warranty", no, "free", "--reason", "r" * 501],
        ["approve", no],
        ["decline", no, "--method", "telepathy"],
        ["refund", no, "--payment", "abc", "--reason", "x"],
        ["refund", no, "--payment", "99999999999999999999", "--reason", "x"],
        ["refund", no, "--payment", "12345", "--reason", "x"],
        ["parts", "use", no, "99999999999999999999"],
        ["parts", "use", no, "77"],
    ]
    return cases


def _other_cases(tmp: Path) -> list[list[str]]:
    not_xlsx = tmp / "parts.xlsx"
    not_xlsx.write_text("sku,name\nA,B\n")
    return [
        ["ticket", "show", ""],
        ["ticket", "show", "T999999-999"],
        ["ticket", "show", LONG],
        ["ticket", "show", "T1\nX"],
        ["ticket", "show", "T1\x1b[31m"],
        ["history", ""],
        ["history", "123"],
        ["history", "abc!"],
        ["history", "9" * 200],
        ["history", "356938035643808"],
        ["settings", "set", "no_such_key", "1"],
        ["settings", "set", "currency", "XYZ"],
        ["settings", "set", "language", "klingon"],
        ["settings", "set", "phone_region", "ZZ"],
        ["settings", "set", "allow_negative_stock", "perhaps"],
        ["settings", "set", "repair_warranty_months", "1e3"],
        ["settings", "set", "repair_warranty_months", "99999999999999999999999"],
        ["settings", "set", "repair_warranty_months", "-5"],
        ["settings", "set", "store_name", "S" * 201],
        ["settings", "set", "store_name", "a\x00b"],
        ["settings", "set", "store_name", ""],
        ["settings", "set", "time_zone", "Mars/Base"],
        ["settings", "set", "intake_required_fields", "fault,wings"],
        ["settings", "set", "max_quantity", "100001"],
        ["settings", "set", "max_line_amount", "0"],
        ["settings", "set", "max_quantity", "0"],
        ["settings", "set", "phone_regions", "ZZ"],
        ["settings", "set", "phone_regions", "[]"],
        ["user", "add", "a", "--name", "A", "--role", "clerk"],
        ["user", "add", "with space", "--name", "A", "--role", "clerk"],
        ["user", "add", "bo", "--name", "", "--role", "clerk"],
        ["user", "add", "bo", "--name", "B\x00", "--role", "clerk"],
        ["user", "add", "bo", "--name", "Bo", "--role", "king"],
        ["user", "add", "bo", "--name", "Bo", "--role", "clerk", "--password", "x"],
        ["user", "add", "bo", "--name", "\u200b\u200b", "--role", "clerk"],
        ["user", "add", "amy", "--name", "Amy", "--role", "clerk"],
        ["user", "password", "nobody", "--password", "long enough"],
        ["user", "password", "amy", "--password", "x"],
        ["user", "password", "amy", "--password", "p" * 201],
        ["parts", "add", "", "--name", "N", "--cost", "1", "--price", "2"],
        ["parts", "add", "bad sku!", "--name", "N", "--cost", "1", "--price", "2"],
        ["parts", "add", "S" * 51, "--name", "N", "--cost", "1", "--price", "2"],
        ["parts", "add", "P-1", "--name", "Scr\x1b", "--cost", "1", "--price", "2"],
        ["parts", "add", "P-1", "--name", "N", "--cost", "1,5", "--price", "2"],
        ["parts", "add", "P-1", "--name", "N", "--cost", "1", "--price", "1e309"],
        ["parts", "add", "P-1", "--name", "N", "--cost", "1", "--price", "2", "--low", "1e3"],
        ["parts", "add", "P-1", "--name", "N", "--cost", "1", "--price", "2", "--low", "-1"],
        [
            "parts",
            "add",
            "P-1",
            "--name",
            "N",
            "--cost",
            "1",
            "--price",
            "2",
            "--low",
            "99999999999999999999",
        ],
        ["parts", "add", "P-1", "--name", "N" * 201, "--cost", "1", "--price", "2"],
        ["parts", "receive", "NO-SUCH", "1"],
        ["parts", "adjust", "NO-SUCH", "1", "--reason", "count"],
        ["parts", "import", str(tmp / "missing.xlsx")],
        ["parts", "import", str(not_xlsx)],
        ["report", "daily", "--date", "2026-02-30"],
        ["report", "daily", "--date", "9999-12-31"],
        ["report", "monthly", "--month", "2026-13"],
        ["report", "monthly", "--month", "9999-12"],
        ["report", "monthly", "--month", "soon"],
        ["restore", str(tmp / "missing.sqlite3")],
        ["restore", str(not_xlsx)],
        ["print", "label", "T999999-999", "--pdf", str(tmp / "l.pdf")],
        ["print", "receipt", "T999999-999", "--pdf", str(tmp / "r.pdf")],
        ["demo", "--tickets", "-1"],
        ["demo", "--tickets", "99999999999999999999"],
        ["no-such-command"],
        ["ticket"],
        ["intake", "--name", "only"],
    ]


@pytest.fixture
def shop(capsys, db_path):
    made = run_main(capsys, *INTAKE, "--db", str(db_path))
    assert made.code == 0, made.err
    parts = run_main(
        capsys,
        "parts",
        "add",
        "SCR-1",
        "--name",
        "Screen",
        "--cost",
        "100",
        "--price",
        "300",
        "--db",
        str(db_path),
    )
    assert parts.code == 0, parts.err
    return made.out.strip()


def test_at_least_150_bad_inputs_exit_2_with_one_line_and_write_nothing(
    capsys, db_path, tmp_path, shop
):
    cases = _intake_cases() + _ticket_cases(shop) + _other_cases(tmp_path)
    parts_cases = [["parts", "receive", "SCR-1", q] for q in QUANTITIES]
    parts_cases += [
        ["parts", "adjust", "SCR-1", q, "--reason", "count"]
        for q in ("0", "1.5", "99999999999999999999", "10001", "", "1e3")
    ]
    parts_cases += [["parts", "receive", "SCR-1", "1", "--cost", a] for a in AMOUNTS if a]
    cases += parts_cases
    assert len(cases) >= 150
    before = snapshot(db_path)
    failures = []
    for args in cases:
        result = run_main(capsys, *args, "--db", str(db_path))
        one_line = result.err.endswith("\n") and result.err.count("\n") == 1
        if result.code != 2 or not one_line or "Traceback" in result.err or result.out:
            failures.append(([a[:40] for a in args], result.code, result.err[:200]))
            before = snapshot(db_path)
        elif snapshot(db_path) != before:
            failures.append(([a[:40] for a in args], "wrote to the database", result.err[:200]))
            before = snapshot(db_path)
    assert failures == [], "\n".join(map(repr, failures))
    assert not list(tmp_path.glob("*.pdf"))


def test_a_sample_in_a_real_process(cli, db_path):
    before = snapshot(db_path)
    for args in (
        ["pay", "T999999-999", "--amount", "0,5", "--method", "cash"],
        _with(INTAKE, "--imei", "356938035643808"),
        ["report", "daily", "--date", "9999-12-31"],
    ):
        result = cli(*args)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert snapshot(db_path) == before
