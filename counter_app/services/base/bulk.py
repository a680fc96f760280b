"""Writing many rows fast inside one unit of work: the shop's import and the demo generator.

Rows are buffered per table and written parents first, with the driver's executemany on
SQLite (values converted the way the column types store them) and Core inserts elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from sqlalchemy import Boolean, Date, Table, func, insert, select
from sqlalchemy.orm import Session

from counter_app.models import (
    Customer,
    Device,
    Money,
    Part,
    Payment,
    Quote,
    QuoteLine,
    StockMovement,
    Ticket,
    TicketEvent,
    User,
    UTCDateTime,
)


def sqlite_converter(column: Any) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, Money):
        return lambda v: None if v is None else int(v * 100)
    if isinstance(kind, UTCDateTime):
        return lambda v: None if v is None else v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(kind, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else int(v)
    return lambda v: v


class BulkWriter:
    """Buffers rows per table and writes them in executemany batches, parents first."""

    ORDER = (
        User,
        Part,
        Customer,
        Device,
        Ticket,
        Quote,
        QuoteLine,
        Payment,
        TicketEvent,
        StockMovement,
    )

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.buffers: dict[Table, list[dict[str, Any]]] = {}
        self.counts: dict[str, int] = {}
        # Rows of tables that belong to a store (tickets, payments, stock) go to this one.
        self.store_id: int | None = None

    def add(self, model_class: Any, /, **row: Any) -> None:
        table = model_class.__table__
        if self.store_id is not None and "store_id" in table.c and "store_id" not in row:
            row["store_id"] = self.store_id
        self.buffers.setdefault(table, []).append(row)
        self.counts[table.name] = self.counts.get(table.name, 0) + 1

    def pending(self) -> int:
        return sum(len(rows) for rows in self.buffers.values())

    def flush(self) -> None:
        for model in self.ORDER:
            table: Table = model.__table__  # type: ignore[assignment]
            rows = self.buffers.pop(table, None)
            if not rows:
                continue
            if self.sqlite:
                names = list(rows[0])
                converters = [sqlite_converter(table.c[name]) for name in names]
                sql = (
                    f'INSERT INTO "{table.name}" ({", ".join(names)}) '
                    f"VALUES ({', '.join('?' * len(names))})"
                )
                data = [
                    tuple(conv(row[name]) for conv, name in zip(converters, names, strict=True))
                    for row in rows
                ]
                self.session.connection().exec_driver_sql(sql, data)
            else:
                self.session.execute(insert(table), rows)


@dataclass
class Ids:
    values: dict[str, int] = field(default_factory=dict)

    def next(self, name: str) -> int:
        self.values[name] += 1
        return self.values[name]


def max_ids(session: Session) -> Ids:
    ids = Ids()
    for model in (
        Customer,
        Device,
        Ticket,
        TicketEvent,
        Quote,
        QuoteLine,
        Payment,
        Part,
        StockMovement,
        User,
    ):
        ids.values[model.__tablename__] = int(session.scalar(select(func.max(model.id))) or 0)
    return ids
