"""Migration 0011_faulty_disposal: a fresh database has the table, and a shop at the
previous schema with recovered faulty parts upgrades with every one awaiting disposal."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from counter_app.config import sqlite_url
from counter_app.db import Database, alembic_config
from counter_app.services.people import users
from counter_app.services.stock import faulty_parts, inventory
from tests.services.helpers import take_in


def test_upgrade_from_the_previous_schema_keeps_recoveries_awaiting_disposal(tmp_path):
    path = tmp_path / "shop.sqlite3"
    db = Database(sqlite_url(path))  # a fresh database, at head
    manager = users.ensure_default_manager(db)
    inventory.create_part(
        db, manager, inventory.PartData(sku="CAM-1", name="Camera", cost="50", price="150")
    )
    no = take_in(db, manager)
    inventory.record_faulty_recovered(db, manager, no, "CAM-1", 2, "blurred")
    db.close()
    engine = sa.create_engine(sqlite_url(path))
    config = alembic_config()
    with engine.begin() as conn:  # back to the schema before this revision
        config.attributes["connection"] = conn
        command.downgrade(config, "0010_stores")
        assert "faulty_disposals" not in sa.inspect(conn).get_table_names()
    engine.dispose()

    db = Database(sqlite_url(path))  # upgrades on open
    try:
        waiting = faulty_parts.awaiting_disposal(db, manager)
        assert [(p.sku, p.quantity, p.ticket_no, p.note) for p in waiting] == [
            ("CAM-1", 2, no, "blurred")
        ]
        faulty_parts.dispose(db, manager, waiting[0].id, "scrap")
        assert faulty_parts.awaiting_disposal(db, manager) == []
        assert inventory.get_part(db, "CAM-1").on_hand == 0
    finally:
        db.close()
