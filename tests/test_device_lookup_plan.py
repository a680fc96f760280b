"""A device look-up by IMEI ("imei = ? OR imei2 = ?") uses the indexes even after the
planner has statistics: most devices have no second IMEI, and with all their NULLs in a
plain index SQLite's ANALYZE made it scan the devices table (21 ms a look-up at 1M tickets)."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, text

from counter_app.models import Device
from counter_app.services.tickets import devices
from counter_app.services.warranty import records as warranty_records
from counter_app.timeutil import utcnow


@pytest.mark.sqlite_only
def test_imei_lookups_search_the_indexes_after_analyze(db):
    now = utcnow()
    rows = [
        dict(brand="Apple", model="iPhone 13", imei=f"35{n:013d}", created_at=now)
        for n in range(2000)
    ]
    with db.write() as session:
        session.execute(insert(Device), rows)
        session.execute(text("ANALYZE"))
    with db.engine.connect() as conn:
        for statement in (devices._DEVICE_BY_IMEI, warranty_records._BY_IMEI):
            params = {k: "35" for k in statement.compile().params}
            sql = statement.params(**params).compile(conn, compile_kwargs={"literal_binds": True})
            plan = " | ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
            assert "SCAN devices" not in plan, plan
            assert "ix_devices_imei2" in plan, plan
