"""Persistence: schema by Alembic, newer or foreign or corrupt databases refused untouched."""

import sqlite3
import subprocess
import sys
import warnings

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from counter_app.config import resolve_db_url, sqlite_url
from counter_app.db import Database, alembic_config
from counter_app.errors import DatabaseError
from tests.conftest import ROOT, run_cli


def test_empty_file_is_migrated_to_head_with_pragmas(tmp_path):
    db = Database(sqlite_url(tmp_path / "new.sqlite3"))
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert {
            "tickets",
            "ticket_events",
            "customers",
            "devices",
            "payments",
            "parts",
            "stock_movements",
            "quotes",
            "quote_lines",
            "users",
            "settings",
        } <= tables
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == ScriptDirectory.from_config(alembic_config()).get_current_head()
    db.close()


def test_lookup_indexes_exist(tmp_path):
    db = Database(sqlite_url(tmp_path / "new.sqlite3"))
    with db.engine.connect() as conn, warnings.catch_warnings():
        # SQLAlchemy does not reflect SQLite's expression indexes (the board's order): it
        # says so and skips it; sqlite_master lists it.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based")
        names = {
            ix["name"]
            for table in ("tickets", "customers", "devices", "ticket_events", "payments")
            for ix in inspect(conn).get_indexes(table)
        }
        names |= {
            name
            for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index'"
            )
        }
    assert {
        "ix_tickets_open_promised",
        "ix_tickets_open_board",
        "ix_customers_phone_reversed",
        "ix_devices_imei2",
        "ix_tickets_device_received",
        "ix_payments_at",
    } <= names
    db.close()


def test_newer_database_is_refused_and_left_alone(tmp_path, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError) as info:
        Database(sqlite_url(db_path))
    assert "newer version" in info.value.message
    result = run_cli("ticket", "show", "T1", db_path=db_path)
    assert result.returncode == 1 and "newer version" in result.stderr
    assert db_path.read_bytes() == before


def test_corrupt_file_gives_a_clear_message_and_is_untouched(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database\x00" * 200)
    before = path.read_bytes()
    result = run_cli("init", db_path=path)
    assert result.returncode == 1
    assert "not a Service Counter database, or it is damaged" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before
    assert not (tmp_path / "broken.sqlite3-wal").exists()


def test_damaged_pages_inside_a_real_database_are_reported(tmp_path, db_path):
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    db_path.write_bytes(bytes(data))
    result = run_cli("ticket", "show", "T1", db_path=db_path)
    assert result.returncode == 1 and "is damaged" in result.stderr and "restore" in result.stderr
    assert db_path.read_bytes() == bytes(data)


def test_another_programs_database_is_not_touched(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError) as info:
        Database(sqlite_url(path))
    assert "another program" in info.value.message
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["invoices"]
    conn.close()


def test_database_url_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("COUNTER_DB_URL", raising=False)
    assert resolve_db_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv("COUNTER_DB_URL", "postgresql+psycopg://u:p@localhost/shop")
    assert resolve_db_url(None) == "postgresql+psycopg://u:p@localhost/shop"
    assert resolve_db_url("sqlite:////x.db") == "sqlite:////x.db"


def test_init_is_idempotent_and_creates_the_manager(tmp_path):
    path = tmp_path / "shop.sqlite3"
    first = run_cli("init", "--json", db_path=path)
    second = run_cli("init", "--json", db_path=path)
    assert first.returncode == 0 and second.returncode == 0
    assert first.json()["manager"] == "manager"


def test_alembic_is_the_only_schema_path():
    """The migration history builds exactly the models' schema (no drift)."""
    script = (
        "from alembic.autogenerate import compare_metadata\n"
        "from alembic.runtime.migration import MigrationContext\n"
        "import tempfile, pathlib\n"
        "from counter_app.db import Database\n"
        "from counter_app.models import Base\n"
        "d = tempfile.mkdtemp()\n"
        "db = Database('sqlite:///' + str(pathlib.Path(d) / 'x.db'))\n"
        "with db.engine.connect() as c:\n"
        "    diff = compare_metadata(MigrationContext.configure(c), Base.metadata)\n"
        "print(len(diff)); print(diff)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "0", proc.stdout
