"""How many pieces of a part a job used: one rule, in Python and in SQL.

A part fitted on a ticket leaves stock as a ``used`` movement (a negative quantity); one
taken back out goes back as ``returned`` (positive). The quantity used is minus the sum of
those two kinds of movement, for a quote line, a ticket or a day's report alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement

USE_KINDS = ("used", "returned")


def used_qty(movements: Iterable[tuple[str, int]]) -> int:
    """(kind, quantity) movements -> pieces used."""
    return -sum(quantity for kind, quantity in movements if kind in USE_KINDS)


def use_clause(kind: Any) -> ColumnElement[bool]:
    """The movements that count (SQL twin of the filter in ``used_qty``)."""
    return kind.in_(USE_KINDS)


def used_qty_sql(quantity: Any) -> ColumnElement[int]:
    """Pieces used over the selected movements (filter them with ``use_clause``)."""
    return -func.coalesce(func.sum(quantity), 0)
