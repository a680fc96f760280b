"""The command-line contract of DESIGN §6, through a real subprocess."""

import io

import pytest

from tests.conftest import snapshot

IMEI = "490154203237518"
INTAKE = [
    "intake",
    "--name",
    "张伟",
    "--phone",
    "13812345678",
    "--brand",
    "Apple",
    "--model",
    "iPhone 13",
    "--imei",
    IMEI,
    "--fault",
    "Cracked screen",
]


def test_full_job_through_the_cli(cli):
    taken = cli(*INTAKE, "--json")
    assert taken.returncode == 0, taken.stderr
    no = taken.json()["ticket_no"]
    assert cli("ticket", "status", no, "diagnosing", user="li").returncode == 0
    quoted = cli(
        "quote", no, "--labour", "Replace screen", "--price", "450.00", "--json", user="li"
    )
    assert quoted.json()["total"] == "450.00"
    assert cli("ticket", "status", no, "awaiting_approval", user="li").returncode == 0
    assert cli("approve", no, "--method", "phone", user="amy").stdout.strip() == f"{no} in_repair"
    assert cli("pay", no, "--amount", "100", "--method", "wechat_pay", user="amy").returncode == 0
    for status in ("quality_check", "ready"):
        assert cli("ticket", "status", no, status, user="li").returncode == 0
    paid = cli("pay", no, "--amount", "350", "--method", "cash", "--json", user="amy").json()
    assert paid["balance"] == "0.00" and paid["paid"] == "450.00"
    assert cli("ticket", "status", no, "collected", user="amy").returncode == 0
    shown = cli("ticket", "show", no, "--json").json()
    assert shown["status"] == "collected"
    assert shown["customer"]["name"] == "张伟"
    assert shown["device"]["imei"] == IMEI
    assert shown["total"] == "450.00" and shown["paid"] == "450.00"
    assert [line["description"] for line in shown["lines"]] == ["Replace screen"]
    assert [e["to_status"] for e in shown["events"] if e["kind"] == "status"][-1] == "collected"
    # the notes the app writes (stored as codes) print in the English they always had
    assert {tuple(sorted(e)) for e in shown["events"]} == {
        ("at", "from_status", "kind", "note", "to_status", "user")
    }
    notes = [(e["kind"], e["note"]) for e in shown["events"] if e["kind"] != "status"]
    assert ("quote_approved", "phone") in notes
    assert ("payment", "deposit wechat_pay 100.00") in notes
    assert ("payment", "final cash 350.00") in notes
    assert "payment deposit wechat_pay 100.00" in cli("ticket", "show", no).stdout
    assert shown["warranty_until"]
    history = cli("history", IMEI, "--json").json()
    assert [t["ticket_no"] for t in history["tickets"]] == [no]
    assert "Replace screen" not in cli("history", IMEI).stdout  # faults, not quote text
    assert "Cracked screen" in cli("history", IMEI).stdout


def test_ticket_show_prints_a_readable_page(cli):
    no = cli(*INTAKE).stdout.strip()
    text = cli("ticket", "show", no).stdout
    assert no in text and "张伟" in text and "Next: diagnosing, cancelled" in text


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--imei", "490154203237519"], "check digit"),
        (["--imei", "49015420323751"], "15 digits"),
        (["--imei", "4901542032375180"], "IMEISV"),
        (["--imei", "49015420323751Z"], "only digits"),
        (["--name", ""], "Name"),
        (["--phone", "12"], "Phone"),
    ],
)
def test_bad_intake_exits_2_with_one_line_and_writes_nothing(cli, db_path, args, fragment):
    before = snapshot(db_path)
    command = list(INTAKE)
    for flag, value in zip(args[::2], args[1::2], strict=True):
        command[command.index(flag) + 1] = value
    result = cli(*command)
    assert result.returncode == 2
    assert fragment in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
    assert snapshot(db_path) == before


def _ticket(cli) -> str:
    no = cli(*INTAKE).stdout.strip()
    cli("ticket", "status", no, "diagnosing", user="li")
    return no


@pytest.mark.parametrize(
    ("command", "fragment"),
    [
        (["quote", "{no}", "--labour", "Fit", "--price", "-5"], "negative"),
        (["quote", "{no}", "--labour", "Fit", "--price", "five"], "not a number"),
        (["quote", "{no}", "--labour", "Fit", "--price", "5", "--qty", "0"], "at least 1"),
        (["ticket", "show", "T000000-999"], "No ticket T000000-999"),
        (["ticket", "status", "{no}", "fixed"], "Unknown status fixed"),
        (["ticket", "status", "{no}", "collected"], "cannot go from diagnosing to collected"),
        (["pay", "{no}", "--amount", "10", "--method", "cash"], "more than the balance"),
        (
            ["ticket", "status", "{no}", "awaiting_approval", "--expect-version", "1"],
            "changed by someone else",
        ),
        (["pay", "{no}", "--amount", "10", "--method", "bitcoin"], "Unknown payment method"),
    ],
)
def test_invalid_input_exits_2_and_changes_nothing(cli, db_path, command, fragment):
    no = _ticket(cli)
    before = snapshot(db_path)
    user = "amy" if command[0] == "pay" else "li"
    result = cli(*[part.replace("{no}", no) for part in command], user=user)
    assert result.returncode == 2, result.stderr
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(db_path) == before


def test_usage_errors_are_one_line_exit_2(cli):
    result = cli("intake", "--name", "x")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "required" in result.stderr


def test_unknown_user_is_refused(cli, db_path):
    before = snapshot(db_path)
    result = cli(*INTAKE, "--password", "guess", user="nobody")
    assert result.returncode == 2 and "Wrong user name or password" in result.stderr
    assert snapshot(db_path) == before


def test_permissions_enforced_from_the_cli_too(cli):
    no = cli(*INTAKE).stdout.strip()
    result = cli("ticket", "status", no, "cancelled", user="amy")
    assert result.returncode == 2 and "may not" in result.stderr


def test_help_texts_list_every_command(cli):
    text = cli("--help").stdout
    for command in (
        "init",
        "demo",
        "intake",
        "ticket",
        "quote",
        "approve",
        "decline",
        "pay",
        "history",
    ):
        assert f"    {command}" in text
    intake_help = cli("intake", "--help").stdout
    assert "--imei" in intake_help and "--purchase-date" in intake_help


def test_settings_from_the_cli(cli):
    assert cli("settings", "set", "repair_warranty_months", "3").returncode == 0
    assert cli("settings", "list", "--json").json()["repair_warranty_months"] == 3
    bad = cli("settings", "set", "repair_warranty_months", "six")
    assert bad.returncode == 2 and "whole number" in bad.stderr
    clerk = cli("settings", "set", "store_name", "x", user="amy")
    assert clerk.returncode == 2


def test_passwords_are_set_by_the_user_or_a_manager(capsys, db_path, monkeypatch):
    from counter_app.config import sqlite_url
    from counter_app.db import Database
    from counter_app.services.people import users
    from tests.hardening.helpers import run_main

    on = ("--db", str(db_path))
    monkeypatch.setenv("COUNTER_NEW_PASSWORD", "s3cret")
    assert run_main(capsys, "user", "password", "amy", "--user", "amy", *on).code == 0
    # amy now has a password: she gives it to act at all.
    other = run_main(capsys, "user", "password", "li", "--user", "amy", "--password", "s3cret", *on)
    assert other.code == 2 and "may not" in other.err
    monkeypatch.setenv("COUNTER_NEW_PASSWORD", "x")
    short = run_main(capsys, "user", "password", "amy", *on)
    assert short.code == 2 and "4 to 200" in short.err
    monkeypatch.delenv("COUNTER_NEW_PASSWORD")
    # A new password is never taken from the command line (it would show in `ps`).
    argv = run_main(capsys, "user", "password", "li", "--password", "visible", *on)
    assert argv.code == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("from-stdin\n"))
    assert run_main(capsys, "user", "password", "li", "--password-stdin", *on).code == 0
    db = Database(sqlite_url(db_path))
    assert users.sign_in(db, "amy", "s3cret").username == "amy"
    assert users.sign_in(db, "li", "from-stdin").username == "li"
    db.close()


def test_each_command_imports_only_the_modules_that_make_it():
    """`counter-app COMMAND` builds its parser from cli.COMMANDS; the table must name every
    module that adds to a subcommand, or that subcommand would lose options."""
    from counter_app.cli import COMMAND_MODULES, COMMANDS, command_table, parser_for

    assert command_table() == COMMANDS
    assert set(COMMAND_MODULES) == {m for modules in COMMANDS.values() for m in modules}
    for command in COMMANDS:
        actions = parser_for([command])._subparsers._group_actions[0]  # type: ignore[union-attr]
        assert command in actions.choices
