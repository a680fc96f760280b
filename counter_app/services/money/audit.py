"""Verifying the tamper-evident chain (counter_app/audit_chain.py defines it): every link
follows the one before it, and every chained record still holds what its last link says."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from counter_app.audit_chain import CHAINED_TABLES, GENESIS, HEAD_HASH, link_hash, row_hash
from counter_app.db import Database
from counter_app.models import ChainLink, Ticket
from counter_app.services.base.common import require_role
from counter_app.services.base.dto import Actor


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of a walk: ``intact`` or the first broken record and why."""

    records: int
    intact: bool
    head: str
    broken_seq: int | None = None
    table: str | None = None
    record_id: int | None = None
    ticket_no: str | None = None
    problem: str | None = None  # link, changed, deleted, truncated


def head_hash(db: Database) -> str:
    """The hash of the chain's last link (printed on the daily report), GENESIS if empty."""
    with db.lookup() as conn:
        value = conn.scalar(HEAD_HASH)
    return value or GENESIS


def verify(db: Database, actor: Actor, head: str | None = None) -> ChainCheck:
    """Walk the chain: links in order, each hash over the one before; every chained row as
    its latest link recorded it (changed: a different hash; deleted: gone without a delete
    link). ``head``: a hash printed earlier (a daily report) that must still be in the
    chain, else its tail was cut. Manager only."""
    require_role(actor, "manager")
    wanted = (head or "").strip().lower() or None
    with db.read() as session:
        conn = session.connection()
        latest: dict[tuple[str, int], tuple[int, str, str, int | None]] = {}
        prev, count, last, seen_head = GENESIS, 0, GENESIS, wanted is None
        broken: tuple[int, str, int, int | None, str] | None = None
        for seq, table, row_id, ticket_id, op, rhash, prev_hash, link in conn.execute(
            select(
                ChainLink.seq,
                ChainLink.table_name,
                ChainLink.row_id,
                ChainLink.ticket_id,
                ChainLink.op,
                ChainLink.row_hash,
                ChainLink.prev_hash,
                ChainLink.hash,
            ).order_by(ChainLink.seq)
        ):
            count += 1
            expected = link_hash(seq, table, row_id, ticket_id, op, rhash, prev)
            if seq != count or prev_hash != prev or link != expected:
                broken = (seq, table, row_id, ticket_id, "link")
                break
            latest[(table, row_id)] = (seq, op, rhash, ticket_id)
            prev = last = link
            seen_head = seen_head or link == wanted
        if broken is None:
            broken = _first_changed_row(conn, latest)
        ticket_no = None
        if broken is not None and broken[3] is not None:
            ticket_no = session.scalar(select(Ticket.ticket_no).where(Ticket.id == broken[3]))
        if broken is not None:
            return ChainCheck(
                records=count,
                intact=False,
                head=last,
                broken_seq=broken[0],
                table=broken[1],
                record_id=broken[2],
                ticket_no=ticket_no,
                problem=broken[4],
            )
        if not seen_head:
            return ChainCheck(records=count, intact=False, head=last, problem="truncated")
        return ChainCheck(records=count, intact=True, head=last)


def _first_changed_row(
    conn: object, latest: dict[tuple[str, int], tuple[int, str, str, int | None]]
) -> tuple[int, str, int, int | None, str] | None:
    """The chained row (lowest link seq) whose content no longer matches its last link."""
    first: tuple[int, str, int, int | None, str] | None = None
    by_table: dict[str, dict[int, tuple[int, str, str, int | None]]] = {}
    for (table, row_id), value in latest.items():
        by_table.setdefault(table, {})[row_id] = value
    for table, links in by_table.items():
        model = CHAINED_TABLES[table]
        columns = model.__table__.columns  # type: ignore[attr-defined]
        present: set[int] = set()
        for row in conn.execute(select(model.__table__)):  # type: ignore[attr-defined]
            values = dict(row._mapping)
            row_id = values["id"]
            link = links.get(row_id)
            if link is None:
                continue  # written before the chain, or by a bulk insert
            present.add(row_id)
            seq, op, rhash, ticket_id = link
            now = row_hash(table, row_id, {c.name: values[c.name] for c in columns})
            if (op == "delete" or now != rhash) and (first is None or seq < first[0]):
                first = (seq, table, row_id, ticket_id, "changed")
        for row_id, (seq, op, _rhash, ticket_id) in links.items():
            if row_id not in present and op != "delete" and (first is None or seq < first[0]):
                first = (seq, table, row_id, ticket_id, "deleted")
    return first
