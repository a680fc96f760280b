"""The page-by-page check of the shop file (PRAGMA quick_check, seconds on a big shop)
runs at most once a day: not again while the daily backup, itself checked page by page, is
less than a day old. The cheap checks (header, schema) still refuse a damaged file on
every open."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from counter_app import db as db_module
from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.errors import DatabaseError
from counter_app.services.data_io import backup
from tests.hardening.helpers import INTAKE, checkpoint, run_main


@pytest.fixture
def budgets(monkeypatch):
    """The time budget each open gave the page-by-page check (0: not run)."""
    seen: list[float] = []
    probe = db_module.probe_sqlite_file

    def spy(path, budget=db_module.QUICK_CHECK_SECONDS):  # type: ignore[no-untyped-def]
        seen.append(budget)
        probe(path, budget)

    monkeypatch.setattr(db_module, "probe_sqlite_file", spy)
    return seen


def test_the_full_check_runs_until_the_daily_backup_is_made(db_path, budgets):
    Database(sqlite_url(db_path)).close()
    assert budgets == [db_module.QUICK_CHECK_SECONDS]  # no backup yet: every page read
    shop = Database(sqlite_url(db_path))
    try:
        made = backup.backup_if_due(shop, db_path.parent / "backups")  # the GUI's daily copy
    finally:
        shop.close()
    assert made is not None
    Database(sqlite_url(db_path)).close()
    assert budgets[-1] == 0  # checked today with the backup: not again
    # A day later the backup is old; once the file has changed since its last check (here
    # another program writes it), the next open reads every page again.
    day_old = time.time() - 25 * 3600
    os.utime(made.path, (day_old, day_old))
    _written_by_another_program(db_path)
    Database(sqlite_url(db_path)).close()
    assert budgets[-1] == db_module.QUICK_CHECK_SECONDS


def _written_by_another_program(path) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE other_program (x)")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def test_a_wrecked_schema_is_refused_even_right_after_the_backup(capsys, db_path, budgets):
    assert run_main(capsys, *INTAKE, "--db", str(db_path)).code == 0
    shop = Database(sqlite_url(db_path))
    try:
        backup.backup_if_due(shop, db_path.parent / "backups")
    finally:
        shop.close()
    checkpoint(db_path)
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, after the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as caught:
        Database(sqlite_url(db_path))
    assert "is damaged" in caught.value.message
    assert budgets[-1] == 0  # refused by the cheap checks alone
    assert db_path.read_bytes() == bytes(data)  # left untouched
    result = run_main(capsys, "ticket", "show", "T1", "--db", str(db_path))
    assert result.code == 1 and "is damaged" in result.err and "restore" in result.err
