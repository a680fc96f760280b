"""Round-trip check of `counter-app migrate --to`: build the demo shop in a temporary SQLite
file (100,000 tickets by default, like `counter-app demo --tickets 100000`), move it onto a
throwaway PostgreSQL server (tests/pg.py's, started and stopped here), then count the rows and
sum every money column of every table on both sides with our own queries, print them and exit
1 on any difference.

    PYTHONPATH=. .venv/bin/python tools/migrate_roundtrip.py [--tickets 100000]
    make check-migrate-roundtrip
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, func, select

from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.demo import shop as demo
from counter_app.models import AuditEvent, Base, Money
from counter_app.services.people import users
from counter_app.services.stores import moving
from tests.pg import PostgresServer


def figures(url: str) -> dict[str, tuple[int, dict[str, Decimal]]]:
    """Per table: row count and the total of each money column."""
    engine = create_engine(url)
    out: dict[str, tuple[int, dict[str, Decimal]]] = {}
    try:
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                money = [c for c in table.columns if isinstance(c.type, Money)]
                row = conn.execute(
                    select(
                        func.count(),
                        *(func.coalesce(func.sum(c), 0, type_=Money) for c in money),
                    ).select_from(table)
                ).one()
                out[table.name] = (
                    int(row[0]),
                    {c.name: Decimal(row[i + 1]) for i, c in enumerate(money)},
                )
    finally:
        engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="counter-roundtrip-") as folder:
        path = Path(folder) / "shop.sqlite3"
        db = Database(sqlite_url(path))
        demo.fill(db, tickets=args.tickets, seed=args.seed)
        built = time.perf_counter()
        print(f"built the demo shop ({args.tickets:,} tickets) in {built - started:.0f} s")
        server = PostgresServer()
        try:
            server.start()
            url = server.create_database()
            built = time.perf_counter()
            moved = moving.move_to(db, users.get_actor(db, "manager"), url)
            copied = time.perf_counter()
            print(f"migrated {moved.rows:,} rows in {copied - built:.0f} s")
            source = figures(sqlite_url(path))
            target = figures(url)
            engine = create_engine(url)
            with engine.connect() as conn:
                moved_events = conn.scalar(
                    select(func.count())
                    .select_from(AuditEvent)
                    .where(AuditEvent.action == "shop_moved")
                )
            engine.dispose()
        finally:
            db.close()
            server.stop()
    # The move records itself in the target's audit log: one row more, and only that one.
    rows, money = target["audit_events"]
    target["audit_events"] = (rows - (moved_events == 1), money)
    differences = 0
    print("(audit_events on postgresql: less the one 'shop_moved' record the move adds)")
    print(f"{'table':<20} {'sqlite rows':>12} {'postgresql':>12}  money totals (sqlite = pg)")
    for name, (rows, money) in source.items():
        pg_rows, pg_money = target[name]
        same = rows == pg_rows and money == pg_money
        differences += not same
        totals = "  ".join(
            f"{col} {money[col]:.2f}"
            + ("" if money[col] == pg_money[col] else f"/{pg_money[col]:.2f}")
            for col in money
        )
        print(f"{name:<20} {rows:>12,} {pg_rows:>12,}  {totals}{'' if same else '  DIFFERS'}")
    elapsed = time.perf_counter() - started
    if differences:
        print(f"FAILED: {differences} tables differ ({elapsed:.0f} s)")
        return 1
    print(f"OK: {len(source)} tables, identical counts and money totals ({elapsed:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
