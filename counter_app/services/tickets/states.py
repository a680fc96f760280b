"""When a ticket is open and when it is overdue: one rule each, in Python and in SQL.

Open: not collected or cancelled. Overdue: open, still in the shop's hands (not ``ready`` or
``declined``, which wait for the customer), and promised before now. Every screen, list,
report and export asks here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import TextClause, and_, text
from sqlalchemy.sql.elements import ColumnElement

from counter_app.models import CLOSED_STATUSES, OPEN_PREDICATE

# Finished by the shop, waiting for the customer to collect or answer: never overdue.
WAITING_FOR_CUSTOMER = ("ready", "declined")


def is_open(status: str) -> bool:
    return status not in CLOSED_STATUSES


def open_clause() -> TextClause:
    """SQL twin of ``is_open`` on the tickets table, worded exactly as the partial indexes of
    open tickets are (models.OPEN_PREDICATE), so the database uses them."""
    return text(f"tickets.{OPEN_PREDICATE}")


def is_overdue(status: str, promised_at: datetime | None, now: datetime) -> bool:
    return (
        promised_at is not None
        and is_open(status)
        and status not in WAITING_FOR_CUSTOMER
        and promised_at < now
    )


def overdue_clause(status: Any, promised_at: Any, now: Any) -> ColumnElement[bool]:
    """SQL twin of ``is_overdue`` (``now`` a value or a bind parameter)."""
    return and_(
        promised_at < now,
        open_clause(),
        status.not_in(WAITING_FOR_CUSTOMER),
    )
