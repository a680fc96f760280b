"""Migration 0010_stores: a one-store shop upgraded with its data sees no difference: one
store made from its settings, every row and account assigned to it, numbering continues."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from counter_app.config import sqlite_url
from counter_app.db import Database, alembic_config
from counter_app.services.money import payments
from counter_app.services.people import users
from counter_app.services.shop import settings
from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from counter_app.services.stores import chain as stores
from tests.services.helpers import IMEI_2, take_in, to_ready


# The downgrade's batch rebuild reflects the tables (SQLAlchemy warns it skips an
# expression index of an untouched table).
@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")
def test_an_older_shop_with_data_is_upgraded_into_one_store(tmp_path):
    url = sqlite_url(tmp_path / "old.sqlite3")
    db = Database(url)
    manager = users.ensure_default_manager(db)
    settings.update(db, manager, {"store_name": "华强手机维修中心"})
    clerk = users.create_user(db, manager, "amy", "Amy", "clerk")
    first = take_in(db, clerk)
    to_ready(db, manager, manager, first)
    payments.pay(db, manager, first, "80.00", "cash")
    inventory.create_part(db, manager, PartData(sku="BAT-1", name="Battery", cost="40", price="99"))
    inventory.receive(db, manager, "BAT-1", 4)
    db.close()

    # Back to the schema before stores (foreign keys off, as Alembic's batch mode needs).
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006_hardening")
    with engine.connect() as conn:
        # SQLite keeps the emptied store_id columns (and an empty stores table they name):
        # it cannot drop a REFERENCES column in place.
        assert "user_stores" not in inspect(conn).get_table_names()
        counters = {c["name"] for c in inspect(conn).get_columns("ticket_counters")}
        assert counters == {"day_key", "last_value"}
        assert conn.execute(text("SELECT count(store_id) FROM tickets")).scalar() == 0
    engine.dispose()

    db = Database(url)  # upgrades to head on open
    try:
        listed = stores.list_stores(db)
        assert [(s.code, s.name, s.ticket_prefix, s.staff) for s in listed] == [
            ("MAIN", "华强手机维修中心", "T", 2)
        ]
        with db.read() as session:
            for table in ("tickets", "payments", "stock_movements"):
                owners = session.execute(text(f"SELECT DISTINCT store_id FROM {table}")).all()
                assert owners == [(listed[0].id,)], table
        clerk = users.get_actor(db, "amy")
        second = take_in(db, clerk, imei=IMEI_2, phone="13912345678")
        assert second == first[:-3] + "002"  # the day's sequence continues
        assert inventory.get_part(db, "BAT-1").on_hand == 4
    finally:
        db.close()
