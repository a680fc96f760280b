"""`backup` / `restore` of a PostgreSQL shop: pg_dump -Fc and pg_restore, a change after the
backup is gone after the restore, ticket numbers are never handed out twice."""

from __future__ import annotations

import pytest

from counter_app.errors import DatabaseError
from counter_app.services.data_io import pg_backup
from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def intake(url: str, serial: str) -> str:
    taken = run_cli(
        "intake", "--name", "Wang", "--phone", "13800138000", "--brand", "Apple",
        "--model", "iPhone 13", "--fault", "screen", "--serial", serial, "--db", url,
    )  # fmt: skip
    assert taken.returncode == 0, taken.stderr
    return taken.stdout.strip()


def test_backup_change_restore_and_the_change_is_gone(pg_url, tmp_path):
    kept = intake(pg_url, "KEPT1")
    made = run_cli("backup", str(tmp_path / "backups"), "--json", "--db", pg_url)
    assert made.returncode == 0, made.stderr
    dump = made.json()["backup"]
    assert dump.endswith(".dump") and pg_backup.is_dump(dump)
    lost = intake(pg_url, "LOST1")  # after the backup
    restored = run_cli("restore", dump, "--db", pg_url)
    assert restored.returncode == 0, restored.stderr
    assert run_cli("ticket", "show", kept, "--db", pg_url).returncode == 0
    gone = run_cli("ticket", "show", lost, "--db", pg_url)
    assert gone.returncode == 2 and lost in gone.stderr
    # The number handed out after the backup is not handed out again.
    assert intake(pg_url, "NEXT1") not in (kept, lost)
    # The safety dump taken before the restore still holds the lost ticket's state.
    assert list((tmp_path / "backups" / "before-restore").glob("*.dump"))
    # A file that is not a dump is refused, nothing changed.
    bogus = tmp_path / "bogus.dump"
    bogus.write_bytes(b"not a dump")
    refused = run_cli("restore", str(bogus), "--db", pg_url)
    assert refused.returncode == 2 and "not a PostgreSQL backup" in refused.stderr
    assert run_cli("ticket", "show", kept, "--db", pg_url).returncode == 0


def test_missing_tools_are_named(monkeypatch):
    monkeypatch.setattr(pg_backup.glob, "glob", lambda pattern: [])
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(DatabaseError) as raised:
        pg_backup.find_tool("pg_dump")
    assert "pg_dump was not found" in str(raised.value)
    assert "postgresql-client" in str(raised.value)
