"""Ticket numbers: T + local date + daily sequence, e.g. T261124-007; unique across counters."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.models import TicketCounter

TICKET_NO_PATTERN = re.compile(r"^T\d{6}-\d{3,}$")


def looks_like_ticket_no(text: str) -> bool:
    return bool(TICKET_NO_PATTERN.match((text or "").strip().upper()))


def next_ticket_no(session: Session, local_now: datetime) -> str:
    """Allocate the next number in one atomic upsert (row-locked until the intake commits)."""
    day_key = local_now.strftime("%y%m%d")
    values = {"day_key": day_key, "last_value": 1}
    bump = {"last_value": TicketCounter.last_value + 1}
    if session.get_bind().dialect.name == "postgresql":
        pg_statement = pg_insert(TicketCounter).values(values)
        statement = pg_statement.on_conflict_do_update(
            index_elements=[TicketCounter.day_key], set_=bump
        ).returning(TicketCounter.last_value)
    else:
        lite_statement = sqlite_insert(TicketCounter).values(values)
        statement = lite_statement.on_conflict_do_update(
            index_elements=[TicketCounter.day_key], set_=bump
        ).returning(TicketCounter.last_value)
    sequence = session.execute(statement).scalar_one()
    return f"T{day_key}-{sequence:03d}"
