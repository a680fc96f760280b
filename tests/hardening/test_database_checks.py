"""Damaged, missing, empty and foreign database files are refused before anything is
changed; reads never wait for a writer; database errors are one line without SQL."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest
from sqlalchemy import exc as sa_exc

from counter_app.config import sqlite_url
from counter_app.db import Database, failure_from
from counter_app.errors import DatabaseError
from counter_app.services.data_io import backup
from tests.conftest import ROOT, snapshot
from tests.hardening.helpers import INTAKE, checkpoint, damage_pages, digest, run_main


def _demo_shop(capsys, db_path) -> str:
    made = run_main(capsys, *INTAKE, "--db", str(db_path))
    assert made.code == 0, made.err
    for _ in range(30):  # enough rows to spread over several pages
        assert (
            run_main(
                capsys, "ticket", "note", made.out.strip(), "x" * 300, "--db", str(db_path)
            ).code
            == 0
        )
    checkpoint(db_path)
    return made.out.strip()


def test_a_page_damaged_database_is_refused_and_left_untouched(capsys, db_path, tmp_path):
    _demo_shop(capsys, db_path)
    damage_pages(db_path)
    before = digest(db_path)
    for args in (("ticket", "show", "T000000-001"), tuple(INTAKE)):
        result = run_main(capsys, *args, "--db", str(db_path))
        assert result.code == 1
        assert "is damaged" in result.err and "counter-app restore" in result.err
        assert result.err.count("\n") == 1
    assert digest(db_path) == before  # intake wrote nothing into the damaged file
    # A backup of it is never reported written, and no copy is left behind.
    made = run_main(capsys, "backup", str(tmp_path / "copies"), "--db", str(db_path))
    assert made.code == 1 and "Backup written" not in made.out
    assert not list((tmp_path / "copies").glob("counter-backup-*"))


def test_a_backup_copy_that_is_damaged_is_deleted_and_reported(capsys, db_path, tmp_path):
    _demo_shop(capsys, db_path)
    db = Database(sqlite_url(db_path))  # opened while still sound (a long-running counter)
    try:
        damage_pages(db_path)
        with pytest.raises(DatabaseError) as caught:
            backup.backup_if_due(db, tmp_path / "daily")  # the GUI's automatic copy
    finally:
        db.close()
    assert "backup copy is damaged" in caught.value.message
    assert "counter-app restore" in caught.value.message
    assert list((tmp_path / "daily").iterdir()) == []


def test_a_mistyped_db_path_is_refused_and_nothing_is_created(capsys, tmp_path):
    missing = tmp_path / "typo" / "shop.sqlite3"
    result = run_main(capsys, "ticket", "show", "T1", "--db", str(missing))
    assert result.code == 2
    assert (
        result.err
        == f"counter-app: No shop database at {missing}; check --db, or create one with init\n"
    )
    assert not missing.parent.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    result = run_main(capsys, *INTAKE, "--db", str(empty))
    assert result.code == 2 and "No shop database at" in result.err
    assert empty.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == [
        "empty.sqlite3"
    ]


def test_init_creates_the_shop_in_a_private_folder(capsys, tmp_path):
    path = tmp_path / "new-shop" / "counter.sqlite3"
    result = run_main(capsys, "init", "--db", str(path))
    assert result.code == 0, result.err
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_another_programs_database_stays_byte_identical(capsys, tmp_path):
    foreign = tmp_path / "notes.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = digest(foreign)
    for args in (("init",), ("ticket", "show", "T1"), tuple(INTAKE)):
        result = run_main(capsys, *args, "--db", str(foreign))
        assert result.code == 1 and "another program's database" in result.err
    assert digest(foreign) == before
    conn = sqlite3.connect(foreign)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    conn.close()


HOLD_WRITE_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO settings (key, value, updated_at) VALUES ('lock_probe', '1', '2026-01-01')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_reads_complete_while_another_process_holds_the_write_lock(capsys, db_path):
    ticket_no = run_main(capsys, *INTAKE, "--db", str(db_path)).out.strip()
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        _read_while_locked(capsys, holder, db_path, ticket_no)


def _read_while_locked(capsys, holder, db_path, ticket_no) -> None:
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        # Without --user: finding the default manager must not take the write lock.
        shown = run_main(capsys, "ticket", "show", ticket_no, "--json", "--db", str(db_path))
        assert shown.code == 0, shown.err
        assert ticket_no in shown.out
        history = run_main(
            capsys, "history", INTAKE[INTAKE.index("--imei") + 1], "--db", str(db_path)
        )
        assert history.code == 0 and ticket_no in history.out
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_locked_database_is_one_translated_line_without_sql():
    locked = sa_exc.OperationalError(
        "BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked")
    )
    message = failure_from(locked).message
    assert "another counter is writing" in message and "Nothing was saved" in message
    assert "BEGIN" not in message and "SQL" not in message


FAILING_TRIGGER = """
CREATE TRIGGER refuse_tickets BEFORE INSERT ON tickets
BEGIN SELECT RAISE(ABORT, 'refused by test'); END;
"""


def test_a_database_error_shows_no_sql_and_logs_no_passcode(db_path, tmp_path):
    conn = sqlite3.connect(db_path)
    conn.executescript(FAILING_TRIGGER)
    conn.close()
    before = snapshot(db_path)
    log_dir = tmp_path / "log"
    env = dict(os.environ, COUNTER_LOG_DIR=str(log_dir))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "counter_app",
            *INTAKE,
            "--passcode",
            "864209",
            "--db",
            str(db_path),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert proc.stderr == (
        "counter-app: The database refused the change; nothing was saved (details in the log).\n"
    )
    log = (log_dir / "counter-app.log").read_text(encoding="utf-8")
    assert "database error" in log and "INSERT INTO tickets" in log  # the detail is logged
    for secret in ("864209", "13912345678", "+8613912345678", "Mary Wong"):
        assert secret not in log and secret not in proc.stderr
    assert snapshot(db_path) == before


def test_the_window_shows_a_database_error_without_sql(qapp):
    from counter_app import i18n

    error = sa_exc.IntegrityError(
        "INSERT INTO tickets (passcode) VALUES (?)", ("864209",), sqlite3.IntegrityError("boom")
    )
    text = i18n.error_text(error)
    assert text == "The database refused the change; nothing was saved (details in the log)."
