"""Ticket numbers: the store's prefix + local date + daily sequence per store, e.g.
T261124-007 (a single-PC shop) or SZ1-261127-004; unique across counters and stores (a
prefix ends in a letter or "-", and every store has its own)."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.models import TicketCounter

TICKET_NO_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,6}-?\d{6}-\d{3,}$")


def looks_like_ticket_no(text: str) -> bool:
    return bool(TICKET_NO_PATTERN.match((text or "").strip().upper()))


def format_ticket_no(prefix: str, day_key: str, sequence: int) -> str:
    return f"{prefix}{day_key}-{sequence:03d}"


def next_ticket_no(session: Session, local_now: datetime, store_id: int, prefix: str) -> str:
    """Allocate the store's next number in one atomic upsert (row-locked until the intake
    commits)."""
    day_key = local_now.strftime("%y%m%d")
    values = {"store_id": store_id, "day_key": day_key, "last_value": 1}
    bump = {"last_value": TicketCounter.last_value + 1}
    keys = [TicketCounter.store_id, TicketCounter.day_key]
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert  # not on SQLite

        pg_statement = pg_insert(TicketCounter).values(values)
        statement = pg_statement.on_conflict_do_update(index_elements=keys, set_=bump).returning(
            TicketCounter.last_value
        )
    else:
        lite_statement = sqlite_insert(TicketCounter).values(values)
        statement = lite_statement.on_conflict_do_update(index_elements=keys, set_=bump).returning(
            TicketCounter.last_value
        )
    sequence = session.execute(statement).scalar_one()
    return format_ticket_no(prefix, day_key, sequence)
