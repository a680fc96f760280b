"""Restore never runs under another counter's feet, and never rolls ticket numbers back."""

from __future__ import annotations

import sqlite3

import pytest

from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.errors import DatabaseError
from counter_app.services.data_io import backup
from tests.conftest import snapshot
from tests.hardening.helpers import INTAKE, run_main


def _intake(capsys, db_path) -> str:
    made = run_main(capsys, *INTAKE, "--db", str(db_path))
    assert made.code == 0, made.err
    return made.out.strip()


def test_restore_is_refused_while_another_connection_is_open(capsys, db_path, tmp_path):
    _intake(capsys, db_path)
    shop = Database(sqlite_url(db_path))
    copy = backup.backup(shop, tmp_path / "copies").path
    shop.close()
    _intake(capsys, db_path)
    before = snapshot(db_path)
    other_counter = sqlite3.connect(db_path)  # e.g. the GUI open on another PC
    other_counter.execute("SELECT count(*) FROM tickets").fetchone()
    try:
        result = run_main(capsys, "restore", str(copy), "--db", str(db_path))
    finally:
        other_counter.close()
    assert result.code == 1
    assert result.err == (
        "counter-app: The database is open on another counter or program: close it there, "
        "then restore. Nothing was changed.\n"
    )
    assert snapshot(db_path) == before
    assert not (db_path.parent / "before-restore").exists()
    # Once the other counter has closed, the same restore goes through.
    assert run_main(capsys, "restore", str(copy), "--db", str(db_path)).code == 0


def test_ticket_numbers_are_never_issued_twice_after_a_restore(capsys, db_path, tmp_path):
    first = _intake(capsys, db_path)
    db = Database(sqlite_url(db_path))
    copy = backup.backup(db, tmp_path / "copies").path
    db.close()
    second = _intake(capsys, db_path)
    third = _intake(capsys, db_path)
    assert run_main(capsys, "restore", str(copy), "--db", str(db_path)).code == 0
    shown = run_main(capsys, "ticket", "show", second, "--db", str(db_path))
    assert shown.code == 2  # the restored shop predates it
    after = _intake(capsys, db_path)
    assert after not in (first, second, third)
    assert int(after.rsplit("-", 1)[1]) == int(third.rsplit("-", 1)[1]) + 1


def test_service_restore_refuses_with_the_database_in_use(db, staff, db_path, tmp_path):
    copy = backup.backup(db, tmp_path).path
    holder = Database(sqlite_url(db_path))  # a second engine: another counter in this process
    try:
        with holder.read() as session:
            session.connection()
            with pytest.raises(DatabaseError, match="open on another counter"):
                backup.restore(db, staff.manager, copy)
    finally:
        holder.close()


def test_the_restore_that_the_damage_message_names_works(capsys, db_path, tmp_path):
    from tests.hardening.helpers import checkpoint, damage_pages

    no = _intake(capsys, db_path)
    for _ in range(30):
        assert run_main(capsys, "ticket", "note", no, "x" * 300, "--db", str(db_path)).code == 0
    made = run_main(capsys, "backup", str(tmp_path / "copies"), "--json", "--db", str(db_path))
    assert made.code == 0, made.err
    checkpoint(db_path)
    damage_pages(db_path, first=8)
    refused = run_main(capsys, "ticket", "show", no, "--db", str(db_path))
    assert refused.code == 1 and "counter-app restore" in refused.err
    copy = made.out.split('"backup": "')[1].split('"')[0]
    restored = run_main(capsys, "restore", copy, "--db", str(db_path))
    assert restored.code == 0, restored.err
    assert run_main(capsys, "ticket", "show", no, "--db", str(db_path)).code == 0
    assert list((db_path.parent / "before-restore").glob("counter-backup-*.sqlite3"))
