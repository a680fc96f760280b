"""The page-by-page check of the shop file (PRAGMA quick_check: up to 1.5 s on a big shop)
runs once per state of the file, not once per command (issue 28): the state it was checked
in (size, modification time, last checkpoint) is remembered beside it, and an open that
finds the same state skips the check. A file changed by another program is checked again,
and refused when damaged."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from counter_app import db as db_module
from counter_app.config import sqlite_url
from counter_app.db import Database
from tests.hardening.helpers import INTAKE, checkpoint, damage_pages, run_main


@pytest.fixture
def checks(monkeypatch):
    """How many opens ran the page-by-page check (a budget above 0)."""
    ran: list[float] = []
    probe = db_module.probe_sqlite_file

    def spy(path, budget=db_module.QUICK_CHECK_SECONDS):  # type: ignore[no-untyped-def]
        if budget > 0:
            ran.append(budget)
        probe(path, budget)

    monkeypatch.setattr(db_module, "probe_sqlite_file", spy)
    return ran


def _written_by_another_program(path) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE other_program (x)")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def test_the_check_runs_on_the_first_open_and_not_on_an_unchanged_file(db_path, checks):
    Database(sqlite_url(db_path)).close()
    assert len(checks) == 1
    record = json.loads(db_module.checked_record(db_path).read_text(encoding="utf-8"))
    assert record["state"]["size"] == db_path.stat().st_size
    Database(sqlite_url(db_path)).close()
    Database(sqlite_url(db_path)).close()
    assert len(checks) == 1  # the same file: not read again


def test_a_file_changed_by_another_program_is_checked_again(db_path, checks):
    Database(sqlite_url(db_path)).close()
    _written_by_another_program(db_path)
    Database(sqlite_url(db_path)).close()
    assert len(checks) == 2
    Database(sqlite_url(db_path)).close()
    assert len(checks) == 2


def test_the_commands_of_a_script_check_the_file_once(capsys, db_path, checks):
    """A script's commands, writes among them: the first checks the file; what the program
    itself writes does not make the next command read every page again."""
    assert run_main(capsys, *INTAKE, "--db", str(db_path)).code == 0
    assert run_main(capsys, "ticket", "list", "--db", str(db_path)).code == 0
    assert run_main(capsys, *INTAKE, "--db", str(db_path)).code == 0
    assert run_main(capsys, "ticket", "list", "--json", "--db", str(db_path)).code == 0
    assert len(checks) == 1


def test_damage_after_the_check_is_found_at_the_next_open(capsys, db_path, checks):
    assert run_main(capsys, *INTAKE, "--db", str(db_path)).code == 0
    checkpoint(db_path)
    size = db_path.stat().st_size
    damage_pages(db_path)
    assert db_path.stat().st_size == size  # same size: the modification time tells
    result = run_main(capsys, "ticket", "list", "--db", str(db_path))
    assert result.code == 1 and "is damaged" in result.err
    assert len(checks) == 2


def test_a_restored_or_copied_file_is_checked(db_path, tmp_path, checks):
    Database(sqlite_url(db_path)).close()
    other = tmp_path / "other.sqlite3"
    other.write_bytes(db_path.read_bytes())
    os.utime(other, ns=(db_path.stat().st_atime_ns, db_path.stat().st_mtime_ns))
    Database(sqlite_url(other)).close()  # nothing remembered beside this one
    assert len(checks) == 2


def test_a_remembered_state_that_cannot_be_written_only_means_checking_again(
    db_path, checks, monkeypatch
):
    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(db_module.files, "write_text", refuse)
    Database(sqlite_url(db_path)).close()
    Database(sqlite_url(db_path)).close()
    assert len(checks) == 2
