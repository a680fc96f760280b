"""Migration 0012_outcomes: a shop with tickets upgrades (its tickets keep an ordinary outcome,
NULL) and can then declare a device beyond repair; a fresh database has the columns too."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, inspect, text

from counter_app.config import sqlite_url
from counter_app.db import Database, alembic_config
from counter_app.services.people import users
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import outcomes, workflow
from tests.services.helpers import IMEI_2, take_in, to_ready

NEW = {"outcome", "outcome_barrier", "outcome_fee"}


def test_a_shop_with_tickets_upgrades_and_uses_the_outcome(tmp_path):
    url = sqlite_url(tmp_path / "old.sqlite3")
    db = Database(url)
    manager = users.ensure_default_manager(db)
    first = take_in(db, manager)
    to_ready(db, manager, manager, first)
    db.close()

    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0010_stores")
    with engine.connect() as conn:
        assert not NEW & {c["name"] for c in inspect(conn).get_columns("tickets")}
    engine.dispose()

    db = Database(url)  # upgrades to head on open
    try:
        kept = tickets.detail(db, manager, first)
        assert (kept.status, kept.outcome, str(kept.total)) == ("ready", None, "300.00")
        second = take_in(db, manager, imei=IMEI_2)
        workflow.change_status(db, manager, second, "diagnosing")
        outcomes.declare_beyond_repair(db, manager, second, "spare_parts_too_expensive")
        with db.read() as session:
            rows = session.execute(
                text("SELECT ticket_no, outcome, outcome_barrier FROM tickets ORDER BY id")
            ).all()
        assert [tuple(r) for r in rows] == [
            (first, None, None),
            (second, "beyond_repair", "spare_parts_too_expensive"),
        ]
    finally:
        db.close()


def test_a_fresh_database_has_the_outcome_columns(db):
    with db.read() as session:
        columns = {c["name"] for c in inspect(session.connection()).get_columns("tickets")}
    assert columns >= NEW
