"""The round-3 rules on the command line: `ticket list` in the board's order, `ticket
diagnose`, `intake --production-date`, `ticket uncollected`, `complaint close`; time rules at
their boundaries with the clock moved (faketime)."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import snapshot
from tests.hardening.helpers import run_main
from tests.warranty.test_warranty_cli import IMEI, PHONE, run_at

needs_faketime = pytest.mark.skipif(
    shutil.which("faketime") is None, reason="needs the faketime package"
)
INTAKE = ("intake", "--name", "张伟", "--phone", PHONE, "--brand", "Apple", "--model")
INTAKE += ("iPhone 13", "--json")


def test_ticket_list_prints_the_boards_order(cli, db_path):
    numbers = {}
    for priority, imei in (
        ("normal", IMEI),
        ("urgent", "356938035643809"),
        ("high", "352099001761481"),
    ):
        made = cli(*INTAKE, "--imei", imei, "--fault", "Screen", "--priority", priority)
        assert made.returncode == 0, made.stderr
        numbers[priority] = made.json()["ticket_no"]
    listed = cli("ticket", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = listed.json()["tickets"]
    assert [r["ticket_no"] for r in rows] == [numbers[p] for p in ("urgent", "high", "normal")]
    assert {"ticket_no", "status", "priority", "promised_at"} <= set(rows[0])
    assert cli("ticket", "list", "--status", "ready", "--json").json() == {"tickets": []}
    assert cli("ticket", "list", "--overdue", "--json").json() == {"tickets": []}
    mine = cli("ticket", "list", "--technician", "", "--json").json()["tickets"]
    assert len(mine) == 3  # all unassigned
    before = snapshot(db_path)
    bad = cli("ticket", "list", "--status", "lost")
    assert bad.returncode == 2 and "Unknown status lost" in bad.stderr
    assert snapshot(db_path) == before


def test_ticket_diagnose_is_shown_with_the_ticket(cli, db_path):
    no = cli(*INTAKE, "--imei", IMEI, "--fault", "Dies at 30%").json()["ticket_no"]
    before = snapshot(db_path)
    assert cli("ticket", "diagnose", no, "--cause", "Battery", user="amy").returncode == 2
    assert cli("ticket", "diagnose", no, "--cause", " ", user="li").returncode == 2
    assert snapshot(db_path) == before
    done = cli("ticket", "diagnose", no, "--cause", "Battery worn", "--json", user="li")
    assert done.returncode == 0, done.stderr
    assert done.json() == {"ticket_no": no, "diagnosed_cause": "Battery worn"}
    shown = cli("ticket", "show", no, "--json").json()
    assert (shown["fault"], shown["diagnosed_cause"]) == ("Dies at 30%", "Battery worn")
    assert "Cause:    Battery worn" in cli("ticket", "show", no).stdout


@needs_faketime
@pytest.mark.parametrize(
    ("moment", "kind"),
    [
        # the clock runs on from the moment given while the program starts: minutes apart
        ("2026-04-01 15:50:00", "manufacturer"),  # 23:50 on 1 April in Shanghai
        ("2026-04-01 16:10:00", "out_of_warranty"),  # 00:10 on 2 April in Shanghai
    ],
)
def test_intake_without_proof_counts_from_the_production_date(db_path, moment, kind):
    """Made on 1 January 2025: warranty from 1 April 2025 (90 days) to 1 April 2026."""
    args = (*INTAKE, "--imei", IMEI, "--fault", "No sound", "--production-date", "2025-01-01")
    made = run_at(moment, db_path, *args)
    assert made.returncode == 0, made.stderr
    assert made.json()["warranty_kind"] == kind
    assert made.json()["warranty_ends"] == "2026-04-01"
    shown = run_at(moment, db_path, "ticket", "show", made.json()["ticket_no"], "--json").json()
    assert shown["production_date"] == "2025-01-01"
    assert (
        "made on 2025-01-01" in run_at(moment, db_path, "ticket", "show", shown["ticket_no"]).stdout
    )


@needs_faketime
def test_uncollected_counts_whole_local_days_and_the_notice_stages(db_path):
    at = "2026-12-07 15:30:00"  # ready at 23:30 on 7 December in Shanghai
    no = run_at(at, db_path, *INTAKE, "--imei", IMEI, "--fault", "Screen").json()["ticket_no"]
    for args, user in (
        (("ticket", "status", no, "diagnosing"), "li"),
        (("quote", no, "--labour", "Replace screen", "--price", "300"), "li"),
        (("ticket", "status", no, "awaiting_approval"), "li"),
        (("approve", no), "amy"),
        (("ticket", "status", no, "quality_check"), "li"),
        (("ticket", "status", no, "ready"), "li"),
    ):
        done = run_at(at, db_path, *args, user=user)
        assert done.returncode == 0, (args, done.stderr)

    def row(moment: str) -> dict:
        listed = run_at(moment, db_path, "ticket", "uncollected", "--json")
        assert listed.returncode == 0, listed.stderr
        [only] = listed.json()["tickets"]
        return only

    first = row("2026-12-07 15:50:00")
    assert (first["ticket_no"], first["days_waiting"], first["notices_sent"]) == (no, 0, 0)
    assert (first["ready_on"], first["disposal_on"]) == ("2026-12-07", "2027-03-07")
    assert row("2026-12-07 16:10:00")["days_waiting"] == 1  # past local midnight
    assert row("2026-12-09 15:50:00")["notice_due"] is False  # 2 days and 23 hours 50
    third = row("2026-12-09 16:10:00")
    assert (third["days_waiting"], third["notice_due"], third["next_notice_day"]) == (3, True, 3)
    told = run_at("2026-12-09 16:10:00", db_path, "ticket", "notice", no, "--note", "SMS")
    assert told.returncode == 0, told.stderr
    after = row("2026-12-09 16:20:00")
    assert (after["notices_sent"], after["notice_due"], after["next_notice_day"]) == (1, False, 30)
    assert row("2027-03-06 15:50:00")["disposal_due"] is False  # 23:50 on 6 March
    assert row("2027-03-06 16:10:00")["disposal_due"] is True  # 7 March: 90 days


def test_complaint_close_without_the_customer_told_is_refused(cli, db_path):
    cli(*INTAKE, "--imei", IMEI, "--fault", "Screen")
    added = cli(
        *("complaint", "add", "--phone", PHONE, "--class", "not_fixed_first_time"),
        *("--channel", "counter", "--severity", "normal", "--text", "Rude", "--json"),
        user="amy",
    )
    assert added.returncode == 0, added.stderr
    number = str(added.json()["id"])
    assert cli("complaint", "resolve", number, "--resolution", "Apologised").returncode == 0
    before = snapshot(db_path)
    refused = cli("complaint", "close", number)
    assert refused.returncode == 2 and "tell the customer the result first" in refused.stderr
    assert snapshot(db_path) == before
    assert cli("complaint", "reopen", number).returncode == 0
    told = cli("complaint", "resolve", number, "--resolution", "Called back", "--told")
    assert told.returncode == 0, told.stderr
    assert cli("complaint", "close", number, "--json").json()["state"] == "closed"


@pytest.mark.parametrize(
    "args",
    [
        ["ticket", "diagnose", "{no}", "--cause", "c" * 2001],
        ["ticket", "diagnose", "{no}", "--cause", "bell\x07"],
        ["ticket", "diagnose", "T999999-999", "--cause", "x"],
        ["ticket", "diagnose", "{no}", "--cause", "x", "--expect-version", "99"],
        ["ticket", "notice", "{no}"],  # not ready: nothing waits
        ["ticket", "list", "--status", "bogus"],
        [*INTAKE, "--imei", "356938035643809", "--fault", "x", "--production-date", "2099-01-01"],
        [*INTAKE, "--imei", "356938035643809", "--fault", "x", "--production-date", "2025-02-30"],
        ["settings", "set", "uncollected_notice_days", "3,abc"],
        ["settings", "set", "uncollected_notice_days", "3,9999"],
        ["settings", "set", "urgent_promise_hours", "-1"],
    ],
)
def test_bad_input_to_the_new_commands_exits_2_and_writes_nothing(capsys, db_path, args):
    made = run_main(capsys, *INTAKE, "--imei", IMEI, "--fault", "x", "--db", str(db_path))
    no = made.out.split()[0]
    before = snapshot(db_path)
    argv = [a.replace("{no}", no) for a in args]
    # each as someone allowed to try it: refused for the input only
    user = "manager" if args[0] in ("intake", "settings") else "li"
    user = "amy" if args[:2] == ["ticket", "notice"] else user
    run = run_main(capsys, *argv, "--db", str(db_path), "--user", user)
    assert run.code == 2, (run.out, run.err)
    assert len(run.err.strip().splitlines()) == 1
    assert snapshot(db_path) == before
