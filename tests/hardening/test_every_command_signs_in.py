"""Every subcommand signs in before it does anything: the table of commands comes from the
argparse definitions, so a command added later is covered without touching this test."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from counter_app.cli import build_parser
from counter_app.services.people import users
from tests.conftest import snapshot
from tests.hardening.helpers import INTAKE, run_main

WRONG = "counter-app: Wrong user name or password\n"
# Values that parse for each argument name; anything else gets a plain word.
VALUES = {
    "phone": "13912345678",
    "new_phone": "13912345679",
    "imei": "356938035643809",
    "identifier": "356938035643809",
    "amount": "10",
    "price": "10",
    "cost": "10",
    "qty": "1",
    "change": "1",
    "month": "2026-01",
    "at": "2026-01-05 10:00",
    "to": "SZ2",
    "target": "postgresql+psycopg://nobody@localhost/none",
    "username": "amy",
    "technician": "li",
}


def _value(action: argparse.Action, tmp: Path, ticket_no: str) -> str:
    if action.choices:
        return str(next(iter(action.choices)))
    type_name = getattr(action.type, "__name__", "")
    if type_name in ("whole_number", "int"):
        return "1"
    if type_name == "iso_date":
        return "2026-01-05"
    if action.dest in ("file", "folder", "json_file") or type_name == "Path":
        return str(tmp / f"out-{action.dest}")
    if action.dest == "ticket_no" or action.dest == "ticket":
        return ticket_no
    return VALUES.get(action.dest, "Word")


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, sub in subs[0].choices.items():
        yield from _leaves(sub, (*path, name))


def every_command(tmp: Path, ticket_no: str) -> list[list[str]]:
    """Each subcommand with values for its required arguments (the first of each
    required either-or group)."""
    commands = []
    for path, parser in _leaves(build_parser()):
        args = list(path)
        for action in parser._actions:
            if not action.option_strings:
                args.append(_value(action, tmp, ticket_no))
            elif action.required:
                args += [action.option_strings[0], _value(action, tmp, ticket_no)]
        for group in parser._mutually_exclusive_groups:
            if group.required:
                first = group._group_actions[0]
                args.append(first.option_strings[0])
                if first.nargs != 0:
                    args.append(_value(first, tmp, ticket_no))
        commands.append(args)
    return commands


@pytest.fixture
def cheap_hashes(monkeypatch):
    """Argon2 at its smallest cost: the same checks, a test that runs in seconds."""
    monkeypatch.setattr(
        users, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )


def _unlock(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE users SET failed_sign_ins = 0, locked_until = NULL")
        conn.commit()
    finally:
        conn.close()


def test_every_subcommand_refuses_a_wrong_sign_in_and_writes_nothing(
    capsys, db_path, tmp_path, cheap_hashes, monkeypatch
):
    db = str(db_path)
    made = run_main(capsys, *INTAKE, "--db", db)
    assert made.code == 0, made.err
    monkeypatch.setenv("COUNTER_NEW_PASSWORD", "till-key")
    assert run_main(capsys, "user", "password", "manager", "--db", db).code == 0
    out = tmp_path / "out"
    out.mkdir()
    commands = every_command(out, made.out.strip())
    assert len(commands) >= 60 and ["backup", str(out / "out-folder")] in commands
    before = snapshot(db_path)
    failures = []
    for args in commands:
        for who in (["--user", "ghost"], ["--user", "manager"]):
            result = run_main(capsys, *args, *who, "--password", "wrong", "--db", db)
            if (result.code, result.err, result.out) != (2, WRONG, ""):
                failures.append((args, who, result.code, result.err[:200]))
            _unlock(db_path)
    after = snapshot(db_path)
    # Only the failed sign-ins were recorded (and the locks they caused).
    assert {row[3] for row in after.pop("audit_events")} - {
        row[3] for row in before.pop("audit_events")
    } <= {"user_locked"}
    assert after == before
    assert failures == [], "\n".join(map(repr, failures))
    assert list(out.iterdir()) == [], "a refused command wrote a file"


def test_init_on_a_new_shop_needs_no_sign_in_but_on_a_real_one_does(capsys, tmp_path, db_path):
    fresh = str(tmp_path / "new.sqlite3")
    assert run_main(capsys, "init", "--user", "ghost", "--password", "x", "--db", fresh).code == 0
    again = run_main(capsys, "init", "--user", "ghost", "--password", "x", "--db", fresh)
    assert (again.code, again.err) == (2, WRONG)
    assert run_main(capsys, "--help").code == 0 and run_main(capsys, "--version").code == 0
