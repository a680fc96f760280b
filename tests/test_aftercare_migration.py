"""Migration 0003_aftercare: a shop's database from before after-care (with its tickets) is
upgraded in place on opening, and keeps every row; the revision also downgrades."""

import sqlite3
from datetime import timedelta

from alembic import command

from counter_app.config import sqlite_url
from counter_app.db import Database, alembic_config
from counter_app.services.aftercare import followups
from counter_app.timeutil import local_today
from tests.services.helpers import collect, take_in

NEW_TABLES = {"followups", "complaints", "complaint_events", "consultations"}


def tables(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_upgrade_from_the_schema_before_aftercare_keeps_the_data(db, db_path, staff):
    ticket_no = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, ticket_no)
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002_warranty")
    db.close()
    assert not NEW_TABLES & tables(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002_warranty",)
    conn.close()

    reopened = Database(sqlite_url(db_path))  # upgrades on opening
    try:
        assert tables(db_path) >= NEW_TABLES
        day = local_today("Asia/Shanghai") + timedelta(days=7)
        [call] = followups.due_list(reopened, staff.clerk, day)
        assert call.ticket_no == ticket_no
        result = followups.record(reopened, staff.clerk, call.due_key, reached=True, day=day)
        assert result.state == "done"
    finally:
        reopened.close()
