"""The tamper-evident chain: every write to a money or history record appends a link.

Chained tables (CHAINED): payments, quote_lines, ticket_events, stock_movements,
audit_events (user and role changes, settings, restores...), till_sessions, till_payouts.
Each ORM flush notes the rows of them it inserted, changed or deleted (with their content's
hash); at the commit one link per noted row is appended to ``audit_chain``, inside the same
transaction (so a rolled-back write leaves no link).

Canonical serialisation of a row (``row_content``): the UTF-8 bytes of
``<table>|<id>|`` followed by a JSON object of every column of the row, keys sorted,
separators "," and ":", non-ASCII kept as is; values: null, true/false, integers, text as
is, amounts (Decimal) as plain decimal text without trailing zeros ("3999", "0.5",
"-12.3"), instants as UTC ISO 8601 with microseconds ("2026-12-07T20:05:23.000000+00:00"),
dates as YYYY-MM-DD. A deleted row's content is the empty string.

    row_hash = SHA-256(content) in hex (for a delete: 64 zeros)
    hash     = SHA-256("<seq>|<table>|<id>|<ticket_id or empty>|<op>|<row_hash>|<prev_hash>")

``prev_hash`` is the hash of the link ``seq - 1`` (64 zeros for the first). Appends are
serialised so the chain never forks: SQLite writers already hold the write lock
(BEGIN IMMEDIATE, db.py); PostgreSQL writers take a transaction-level advisory lock when
their transaction begins (so writers on PostgreSQL queue as they do on SQLite). services/money/audit.py walks the chain (``counter-app audit verify``).
Rows written by bulk Core inserts (the demo generator, importing, a shop joining a chain)
are chained by ``link_bulk`` in the same transaction, read back as verify reads them.
A migration that changes chained rows (a new column, a value rewritten) appends an "update"
link for each with its content's hash after the change, as the program would
(migrations/versions/0019_h23n_event_note_codes.py keeps a frozen copy of these rules).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, event, func, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from counter_app.models import (
    AuditEvent,
    ChainLink,
    Payment,
    Quote,
    QuoteLine,
    StockMovement,
    TicketEvent,
    TillPayout,
    TillSession,
)

GENESIS = "0" * 64
CHAINED: tuple[type, ...] = (
    Payment,
    QuoteLine,
    TicketEvent,
    StockMovement,
    AuditEvent,
    TillSession,
    TillPayout,
)
CHAINED_TABLES = {cls.__tablename__: cls for cls in CHAINED}  # type: ignore[attr-defined]
# PostgreSQL advisory lock key for appends ("audit" in ASCII).
LOCK_KEY = 0x6175646974
_LOCK = text("SELECT pg_advisory_xact_lock(:key)")
_LINKS = cast(Table, ChainLink.__table__)
_HEAD_SQL = "SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1"
_INSERT_SQL = (
    "INSERT INTO audit_chain (seq, table_name, row_id, ticket_id, op, row_hash, prev_hash, hash)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
# The chain's head hash (printed on the daily report); None when the chain is empty.
HEAD_HASH = select(_LINKS.c.hash).order_by(_LINKS.c.seq.desc()).limit(1)


def canonical(value: Any) -> Any:
    """A column value as it goes into the JSON (see the module docstring)."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        return "0" if value == 0 else format(value.normalize(), "f")
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def row_content(table: str, row_id: int, columns: dict[str, Any]) -> bytes:
    body = json.dumps(
        {key: canonical(value) for key, value in columns.items()},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return f"{table}|{row_id}|{body}".encode()


def row_hash(table: str, row_id: int, columns: dict[str, Any]) -> str:
    return hashlib.sha256(row_content(table, row_id, columns)).hexdigest()


def link_hash(
    seq: int, table: str, row_id: int, ticket_id: int | None, op: str, rhash: str, prev: str
) -> str:
    ticket = "" if ticket_id is None else str(ticket_id)
    return hashlib.sha256(
        f"{seq}|{table}|{row_id}|{ticket}|{op}|{rhash}|{prev}".encode()
    ).hexdigest()


def _columns(obj: Any) -> dict[str, Any]:
    mapper = sa_inspect(obj).mapper
    return {attr.columns[0].name: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _ticket_id(session: Session, obj: Any) -> int | None:
    if isinstance(obj, QuoteLine):
        with session.no_autoflush:
            quote = session.get(Quote, obj.quote_id)
        return quote.ticket_id if quote is not None else None
    return getattr(obj, "ticket_id", None)


def lock_on_begin(_session: Session, _transaction: Any, connection: Connection) -> None:
    """after_begin of a write: on PostgreSQL take the chain's advisory lock first thing, as
    SQLite's BEGIN IMMEDIATE takes the write lock. Taken later (at the first append) it
    deadlocked: a writer holding a ticket's row lock waited for it while the holder waited
    for that row."""
    if connection.dialect.name == "postgresql":
        connection.execute(_LOCK, {"key": LOCK_KEY})


_PENDING = "audit_chain.pending"


def note_changes(session: Session, _flush_context: Any = None) -> None:
    """after_flush: note each chained row this flush inserted, changed or deleted, with the
    hash of its content now (the links are written once, at the commit: append_links)."""
    changes: list[tuple[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, CHAINED):
            changes.append(("insert", obj))
    for obj in session.dirty:
        if isinstance(obj, CHAINED) and session.is_modified(obj, include_collections=False):
            changes.append(("update", obj))
    for obj in session.deleted:
        if isinstance(obj, CHAINED):
            changes.append(("delete", obj))
    if not changes:
        return
    changes.sort(key=lambda change: (change[1].__tablename__, change[1].id))
    pending = session.info.setdefault(_PENDING, [])
    for op, obj in changes:
        table = obj.__tablename__
        rhash = GENESIS if op == "delete" else row_hash(table, obj.id, _columns(obj))
        pending.append((table, obj.id, _ticket_id(session, obj), op, rhash))


def append_links(session: Session) -> None:
    """before_commit: flush what is left, then append one link per noted change after the
    chain's head (one read of the head and one insert per transaction)."""
    session.flush()
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    _append(session.connection(), pending)


def _append(conn: Connection, changes: Iterable[tuple[Any, ...]], batch: int = 20_000) -> int:
    """Append one link per change (table, row id, ticket id, op, row hash) after the chain's
    head, inside the caller's transaction, in batches; the number of links. Straight to the
    driver (the statements are fixed): the chain's cost is this read, the inserts and the
    hashing, on top of a transaction that is committing anyway."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    insert_sql = _INSERT_SQL.replace("?", "?" if conn.dialect.paramstyle == "qmark" else "%s")
    linked = 0
    try:
        cursor.execute(_HEAD_SQL)
        head = cursor.fetchone()
        seq, prev = (int(head[0]), str(head[1])) if head is not None else (0, GENESIS)
        rows: list[tuple[Any, ...]] = []
        for table, row_id, ticket_id, op, rhash in changes:
            seq += 1
            link = link_hash(seq, table, row_id, ticket_id, op, rhash, prev)
            rows.append((seq, table, row_id, ticket_id, op, rhash, prev, link))
            prev = link
            if len(rows) >= batch:
                cursor.executemany(insert_sql, rows)
                linked, rows = linked + len(rows), []
        if rows:
            cursor.executemany(insert_sql, rows)
            linked += len(rows)
    finally:
        cursor.close()
    return linked


def chained_max_ids(conn: Connection | Session) -> dict[str, int]:
    """The highest id of each chained table now: taken before bulk inserts, for link_bulk."""
    return {
        table: int(conn.scalar(select(func.max(model.__table__.c.id))) or 0)  # type: ignore[attr-defined]
        for table, model in CHAINED_TABLES.items()
    }


def link_bulk(session: Session, since: dict[str, int]) -> int:
    """Chain the rows that bulk Core inserts (the demo, an import) wrote in this session's
    transaction: every row of a chained table with an id above ``since`` (chained_max_ids
    before the inserts) that the ORM did not write (those are linked at the commit as
    always). Returns the number of links."""
    session.flush()
    noted = {(table, row_id) for table, row_id, *_ in session.info.get(_PENDING, ())}
    return link_rows(session.connection(), since, noted)


def link_rows(
    conn: Connection, since: dict[str, int], skip: set[tuple[str, int]] | None = None
) -> int:
    """Append an insert link for every row of a chained table with an id above ``since``
    (but those in ``skip``), in id order table by table, read back as ``audit verify``
    reads them; inside the caller's transaction (on PostgreSQL under the chain's lock, as
    every writer). Returns the number of links."""
    if conn.dialect.name == "postgresql":
        conn.execute(_LOCK, {"key": LOCK_KEY})
    return _append(conn, _bulk_changes(conn, since, skip or set()))


def _bulk_changes(
    conn: Connection, since: dict[str, int], skip: set[tuple[str, int]]
) -> Iterator[tuple[Any, ...]]:
    """Each row of a chained table above ``since`` (not in ``skip``) as an insert change."""
    for table, model in CHAINED_TABLES.items():
        source: Table = model.__table__  # type: ignore[attr-defined]
        names = [column.name for column in source.columns]
        if model is QuoteLine:
            quotes = cast(Table, Quote.__table__)
            query = select(source, quotes.c.ticket_id.label("_ticket")).join(
                quotes, quotes.c.id == source.c.quote_id
            )
        else:
            query = select(source)
        query = query.where(source.c.id > since.get(table, 0)).order_by(source.c.id)
        for row in conn.execute(query):
            values = row._mapping
            row_id = values["id"]
            if (table, row_id) in skip:
                continue
            ticket_id = values["_ticket"] if model is QuoteLine else values.get("ticket_id")
            yield (
                table,
                row_id,
                ticket_id,
                "insert",
                row_hash(table, row_id, {name: values[name] for name in names}),
            )


def forget_changes(session: Session, *_args: Any) -> None:
    """after_rollback: the noted changes were never written."""
    session.info.pop(_PENDING, None)


def chain_writes(factory: Any) -> None:
    """Chain every write made through the sessions of ``factory`` (db.py's writer)."""
    event.listen(factory, "after_begin", lock_on_begin)
    event.listen(factory, "after_flush", note_changes)
    event.listen(factory, "before_commit", append_links)
    event.listen(factory, "after_rollback", forget_changes)


def unchained(factory: Any) -> None:
    """Undo chain_writes (the bench's baseline)."""
    event.remove(factory, "after_begin", lock_on_begin)
    event.remove(factory, "after_flush", note_changes)
    event.remove(factory, "before_commit", append_links)
    event.remove(factory, "after_rollback", forget_changes)
