"""backup DIR | restore FILE: consistent copies, 30-day retention, checked restores."""

from datetime import UTC, datetime, timedelta

import pytest

from counter_app.services.data_io import backup
from tests.conftest import snapshot

# Backups here copy the SQLite file; a PostgreSQL shop uses pg_dump (README).
pytestmark = pytest.mark.sqlite_only

INTAKE = [
    "intake",
    "--name",
    "Mary Wong",
    "--phone",
    "+85291234567",
    "--brand",
    "Samsung",
    "--model",
    "Galaxy S24",
    "--imei",
    "356938035643809",
    "--fault",
    "No sound",
]


def test_backup_then_restore_brings_back_the_tickets(cli, tmp_path, db_path):
    first = cli(*INTAKE).stdout.strip()
    made = cli("backup", str(tmp_path / "backups"), "--json")
    assert made.returncode == 0, made.stderr
    backup_file = made.json()["backup"]
    cli("ticket", "status", first, "cancelled")
    assert cli("ticket", "show", first, "--json").json()["status"] == "cancelled"
    restored = cli("restore", backup_file)
    assert restored.returncode == 0, restored.stderr
    assert cli("ticket", "show", first, "--json").json()["status"] == "received"
    assert list((db_path.parent / "before-restore").glob("counter-backup-*.sqlite3"))


def test_restore_refuses_a_bad_file_and_changes_nothing(cli, tmp_path, db_path):
    cli(*INTAKE)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    before = snapshot(db_path)
    result = cli("restore", str(bad))
    assert result.returncode == 2 and "not a database backup" in result.stderr
    missing = cli("restore", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 2 and "No backup file" in missing.stderr
    assert snapshot(db_path) == before


def test_clerk_cannot_restore(cli, tmp_path):
    path = cli("backup", str(tmp_path), "--json").json()["backup"]
    result = cli("restore", path, user="amy")
    assert result.returncode == 2 and "may not" in result.stderr


def test_backups_older_than_30_days_are_removed(db, tmp_path):
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    old = backup.backup(db, tmp_path, now - timedelta(days=31)).path
    recent = backup.backup(db, tmp_path, now - timedelta(days=29)).path
    result = backup.backup(db, tmp_path, now)
    assert result.removed == (old,)
    assert recent.exists() and not old.exists()


def test_automatic_daily_backup_runs_once_a_day(db, tmp_path):
    first = backup.backup_if_due(db, tmp_path / "auto")
    assert first is not None and first.path.exists()
    assert backup.backup_if_due(db, tmp_path / "auto") is None
