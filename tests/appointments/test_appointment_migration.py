"""Migration 0004_appointments: a database of the previous schema, with tickets in it,
upgrades in place and keeps every row; a fresh database gets the table and its indexes."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from alembic import command
from sqlalchemy import create_engine

from counter_app.config import sqlite_url
from counter_app.db import Database, alembic_config
from counter_app.services.appointments import booking as appointments
from counter_app.services.appointments.booking import AppointmentData
from counter_app.services.people import users
from counter_app.timeutil import local_today


def test_upgrade_from_the_previous_schema_keeps_the_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    config = alembic_config()
    engine = create_engine(sqlite_url(path))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    raw = sqlite3.connect(path)
    assert "appointments" not in {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    raw.execute(
        "INSERT INTO users (username, display_name, role, active, created_at)"
        " VALUES ('li', 'Li Wei', 'technician', 1, '2026-01-01 00:00:00.000000')"
    )
    raw.execute(
        "INSERT INTO customers (name, phone, phone_reversed, notes, contact_consent, created_at)"
        " VALUES ('王芳', '+8613912345678', '87654321931', '', 1, '2026-01-01 00:00:00.000000')"
    )
    raw.commit()
    raw.close()

    upgraded = Database(sqlite_url(path))  # the app upgrades the schema on open
    manager = users.ensure_default_manager(upgraded)
    when = local_today("Asia/Shanghai") + timedelta(days=2)
    info = appointments.add(
        upgraded,
        manager,
        AppointmentData(
            name="王芳",
            phone="13912345678",
            kind="onsite",
            at=f"{when.isoformat()} 10:00",
            address="漕溪北路88号",
            engineer="li",
        ),
    )
    assert info.engineer_name == "Li Wei"  # the old user row, kept
    with upgraded.engine.connect() as conn:
        linked = conn.exec_driver_sql(
            "SELECT c.name FROM appointments a JOIN customers c ON c.id = a.customer_id"
        ).scalar()
        indexes = {
            r[1] for r in conn.exec_driver_sql("PRAGMA index_list('appointments')").fetchall()
        }
    assert linked == "王芳"  # the old customer row, found by phone
    assert {"ix_appointments_engineer_starts", "ix_appointments_starts_at"} <= indexes
    upgraded.close()


def test_downgrade_removes_only_the_appointments(tmp_path):
    path = tmp_path / "shop.sqlite3"
    db = Database(sqlite_url(path))
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003_aftercare")
    with db.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "appointments" not in tables and "tickets" in tables
    db.close()
