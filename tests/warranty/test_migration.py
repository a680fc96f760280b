"""Migration 0002_warranty: a fresh database and an upgrade of an 0001 shop with data."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from alembic import command

from counter_app.config import sqlite_url
from counter_app.db import Database, alembic_config
from counter_app.services.shop import settings as settings_service


def make_0001_shop(path, warranty_days: int | None) -> None:
    engine = sa.create_engine(sqlite_url(path))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        now = "2026-08-31 04:00:00+00:00"
        conn.exec_driver_sql(
            "INSERT INTO users (id, username, display_name, role, active, created_at) "
            f"VALUES (1, 'manager', 'Manager', 'manager', 1, '{now}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO customers (id, name, phone, notes, contact_consent, created_at) "
            f"VALUES (1, '张伟', '+8613812345678', '', 1, '{now}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO devices (id, brand, model, colour, imei, purchase_proof, owner_id, "
            f"created_at) VALUES (1, 'Apple', 'iPhone 13', '', '490154203237518', '', 1, '{now}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO tickets (id, ticket_no, service_type, status, customer_id, device_id, "
            "fault, condition, accessories, priority, created_by_id, received_at, "
            "warranty_decision, warranty_reason, warranty_until, is_comeback, purchase_proof, "
            "version, updated_at, collected_at) VALUES (1, 'T260831-001', 'repair', 'collected', "
            f"1, 1, 'Screen', '{{}}', '', 'normal', 1, '{now}', 'paid', '', '2027-02-27', 0, '', "
            f"1, '{now}', '{now}')"
        )
        if warranty_days is not None:
            conn.exec_driver_sql(
                "INSERT INTO settings (key, value, updated_at) "
                f"VALUES ('repair_warranty_days', '{json.dumps(warranty_days)}', '{now}')"
            )
    engine.dispose()


@pytest.mark.parametrize(
    ("days", "months"), [(180, 6), (90, 3), (365, 12), (100, 3), (10, 1), (None, 6)]
)
def test_upgrade_converts_the_repair_warranty_to_months_and_keeps_the_data(tmp_path, days, months):
    path = tmp_path / "old.sqlite3"
    make_0001_shop(path, days)
    db = Database(sqlite_url(path))  # upgrades to head on open
    try:
        assert settings_service.get_all(db).repair_warranty_months == months
        with db.engine.connect() as conn:
            keys = {r[0] for r in conn.exec_driver_sql("SELECT key FROM settings")}
            assert "repair_warranty_days" not in keys
            row = conn.exec_driver_sql(
                "SELECT ticket_no, warranty_until, warranty_item, warranty_code, "
                "warranty_params FROM tickets"
            ).one()
        assert tuple(row) == ("T260831-001", "2027-02-27", "handset", "", "{}")
    finally:
        db.close()
