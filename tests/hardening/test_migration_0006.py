"""The hardening migration: a fresh shop and an upgrade of an older one (with data) both
end with the sign-in lockout columns, existing accounts unlocked."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, inspect, text

from counter_app.config import sqlite_url
from counter_app.db import Database, alembic_config
from counter_app.services.people import users


def test_fresh_shop_has_the_lockout_columns(tmp_path):
    db = Database(sqlite_url(tmp_path / "fresh.sqlite3"))
    try:
        with db.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("users")}
        assert {"failed_sign_ins", "locked_until"} <= columns
    finally:
        db.close()


def test_an_older_shop_with_accounts_is_upgraded(tmp_path):
    url = sqlite_url(tmp_path / "old.sqlite3")
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(
            text(
                "INSERT INTO users (username, display_name, role, password_hash, active, "
                "created_at) VALUES ('boss', 'Boss', 'manager', NULL, 1, '2026-01-01 00:00:00')"
            )
        )
    engine.dispose()
    db = Database(url)  # upgrades to head on open
    try:
        with db.read() as session:
            row = session.execute(
                text("SELECT failed_sign_ins, locked_until FROM users WHERE username = 'boss'")
            ).one()
        assert tuple(row) == (0, None)
        manager = users.sign_in(db, "boss", "")
        users.set_password(db, manager, "boss", "till-key")
        assert users.sign_in(db, "boss", "till-key").username == "boss"
    finally:
        db.close()
