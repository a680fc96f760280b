"""Faulty parts recovered from customers' devices (故障件回收) and their disposal later.

A recovery is a ``faulty_recovered`` stock movement (``inventory.record_faulty_recovered``):
kept apart from sellable stock, against the ticket. It then waits for its disposal — scrapped,
sent back to the supplier or recycled — recorded once, by the inventory keeper, audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from counter_app.models import (
    DISPOSAL_METHODS,
    FaultyDisposal,
    Part,
    StockMovement,
    Store,
    Ticket,
    User,
)
from counter_app.services.base.common import audit, require_role, require_works_at
from counter_app.services.base.dto import Actor
from counter_app.timeutil import utcnow
from counter_app.validation import clean_text

METHOD_TEXT = {
    "scrap": QT_TRANSLATE_NOOP("names", "Scrapped"),
    "return_supplier": QT_TRANSLATE_NOOP("names", "Returned to the supplier"),
    "recycle": QT_TRANSLATE_NOOP("names", "Recycled"),
}


@dataclass(frozen=True)
class FaultyPartInfo:
    """A recovered faulty part waiting for its disposal."""

    id: int  # the recovery's number (what `parts dispose ID` takes)
    recovered_at: datetime
    sku: str
    name: str
    quantity: int
    ticket_no: str | None
    note: str
    recorded_by: str
    store: str  # the store code whose shelf holds it


@dataclass(frozen=True)
class DisposalInfo:
    id: int  # the recovery's number
    sku: str
    name: str
    quantity: int
    ticket_no: str | None
    method: str
    note: str
    at: datetime
    by: str


_AWAITING = (
    select(
        StockMovement.id,
        StockMovement.at,
        Part.sku,
        Part.name,
        StockMovement.quantity,
        Ticket.ticket_no,
        StockMovement.reason,
        User.display_name,
        Store.code,
    )
    .join(Part, Part.id == StockMovement.part_id)
    .join(User, User.id == StockMovement.user_id)
    .outerjoin(Ticket, Ticket.id == StockMovement.ticket_id)
    .outerjoin(Store, Store.id == StockMovement.store_id)
    .outerjoin(FaultyDisposal, FaultyDisposal.movement_id == StockMovement.id)
    .where(StockMovement.kind == "faulty_recovered", FaultyDisposal.id.is_(None))
    .order_by(StockMovement.at, StockMovement.id)
)


def awaiting_disposal(db: Database, actor: Actor) -> list[FaultyPartInfo]:
    """Recovered faulty parts not yet disposed of, oldest first (inventory keeper)."""
    require_role(actor, "inventory")
    with db.read() as session:
        return [
            FaultyPartInfo(mid, at, sku, name, qty, no, note or "", by, store or "")
            for mid, at, sku, name, qty, no, note, by, store in session.execute(_AWAITING)
        ]


def _recovery(session: Session, recovery_id: int) -> StockMovement:
    movement = session.get(StockMovement, recovery_id)
    if movement is None or movement.kind != "faulty_recovered":
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No recovered faulty part number {id}"), id=recovery_id
        )
    return movement


def dispose(
    db: Database, actor: Actor, recovery_id: object, method: str, note: str = ""
) -> DisposalInfo:
    """Dispose of recovered faulty part ``recovery_id`` (scrap, return_supplier, recycle):
    once only; another disposal of it is refused and nothing is written."""
    require_role(actor, "inventory")
    try:
        number = int(str(recovery_id).strip().lstrip("#"))
    except ValueError:
        raise ValidationError(
            "id",
            QT_TRANSLATE_NOOP("errors", "No recovered faulty part number {id}"),
            id=recovery_id,
        ) from None
    how = (method or "").strip().lower()
    if how not in DISPOSAL_METHODS:
        raise ValidationError(
            "how",
            QT_TRANSLATE_NOOP("errors", "Disposal: choose one of {choices}"),
            choices=", ".join(DISPOSAL_METHODS),
        )
    text = clean_text(note, "note", 500)
    try:
        with db.write() as session:
            movement = _recovery(session, number)
            require_works_at(session, actor, movement.store_id)
            done = session.scalar(
                select(FaultyDisposal).where(FaultyDisposal.movement_id == movement.id)
            )
            if done is not None:
                raise _already(number)
            part = session.get(Part, movement.part_id)
            assert part is not None
            ticket_no = (
                session.scalar(select(Ticket.ticket_no).where(Ticket.id == movement.ticket_id))
                if movement.ticket_id
                else None
            )
            at = utcnow()
            session.add(
                FaultyDisposal(
                    movement_id=movement.id, method=how, note=text, at=at, user_id=actor.id
                )
            )
            audit(
                session,
                actor,
                "faulty_part_disposed",
                "part",
                part.sku,
                f"#{movement.id} ×{movement.quantity} {how}"
                + (f" ({ticket_no})" if ticket_no else "")
                + (f": {text}" if text else ""),
            )
            session.flush()
            return DisposalInfo(
                movement.id,
                part.sku,
                part.name,
                movement.quantity,
                ticket_no,
                how,
                text,
                at,
                actor.display_name,
            )
    except IntegrityError as exc:  # disposed of at another counter at the same moment
        raise _already(number) from exc


def _already(number: int) -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP("errors", "Recovered faulty part number {id} was already disposed of"),
        id=number,
    )
