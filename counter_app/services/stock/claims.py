"""Discontinuing a part (kept in stock as retention.py says) and claims back to the supplier
or maker for parts that failed under warranty: the shop repairs the customer's device first
and claims afterwards (先行负责再追偿). A claim's states: open -> sent -> accepted | rejected,
accepted -> credited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, NotFound, ValidationError
from counter_app.models import CLAIM_STATES, Part, PartClaim, Ticket
from counter_app.services.base.common import add_event, audit, get_ticket, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.stock import inventory, retention
from counter_app.timeutil import utcnow
from counter_app.validation import clean_text

MAX_KEEP_YEARS = 20
# The states each state may move to (the claim's state machine, in one place).
NEXT_STATES: dict[str, tuple[str, ...]] = {
    "open": ("sent", "rejected"),
    "sent": ("accepted", "rejected"),
    "accepted": ("credited",),
    "rejected": (),
    "credited": (),
}


@dataclass(frozen=True)
class DiscontinuedInfo:
    sku: str
    name: str
    category: str
    keep_until: date
    kept_minimum: int
    on_hand: int


@dataclass(frozen=True)
class ClaimInfo:
    id: int
    sku: str
    part_name: str
    ticket_no: str
    supplier: str
    state: str
    note: str
    created_at: datetime
    updated_at: datetime


def discontinue(
    db: Database, actor: Actor, sku: str, keep_years: int | None = None
) -> DiscontinuedInfo:
    """Mark a part's model discontinued; it stays stocked until ``keep_years`` from today
    (default: the retention rule by its category). Inventory keeper or manager."""
    require_role(actor, "inventory")
    if keep_years is not None and not 0 <= keep_years <= MAX_KEEP_YEARS:
        raise ValidationError(
            "keep_years",
            QT_TRANSLATE_NOOP("errors", "Keep years: 0 to {max}"),
            max=MAX_KEEP_YEARS,
        )
    with db.write() as session:
        part = inventory._part(session, sku, lock=True)
        today = inventory.shop_today(session)
        settings = settings_service.load_all(session)
        part.discontinued = True
        part.keep_until = retention.keep_until_for(part.category, settings, today, keep_years)
        part.updated_at = utcnow()
        audit(session, actor, "part_discontinued", "part", part.sku, str(part.keep_until))
        return DiscontinuedInfo(
            sku=part.sku,
            name=part.name,
            category=part.category,
            keep_until=part.keep_until,
            kept_minimum=retention.kept_minimum(part, today),
            on_hand=inventory.stock_of(session, part.id),
        )


def _claim_info(row: PartClaim, part: Part, ticket_no: str) -> ClaimInfo:
    return ClaimInfo(
        id=row.id,
        sku=part.sku,
        part_name=part.name,
        ticket_no=ticket_no,
        supplier=row.supplier,
        state=row.state,
        note=row.note,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def claim(
    db: Database, actor: Actor, sku: str, ticket_no: str, supplier: str, note: str = ""
) -> ClaimInfo:
    """Open a claim to ``supplier`` for the part that failed on the ticket's device. Refused
    (nothing written): an unknown part or ticket, a job not repaired free under warranty, an
    open claim for the same part and ticket. Technician, inventory keeper or manager."""
    require_role(actor, "technician", "inventory")
    who = clean_text(supplier, "supplier", 100, required=True)
    text = clean_text(note, "note", 1000)
    with db.write() as session:
        part = inventory._part(session, sku)
        ticket = get_ticket(session, ticket_no)
        if ticket.warranty_decision != "free":
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Ticket {ticket_no} is not a free warranty job: nothing to claim back",
                ),
                ticket_no=ticket.ticket_no,
            )
        same = session.scalar(
            select(PartClaim.id).where(
                PartClaim.part_id == part.id,
                PartClaim.ticket_id == ticket.id,
                PartClaim.state.in_(("open", "sent", "accepted")),
            )
        )
        if same is not None:
            raise NotAllowed(
                QT_TRANSLATE_NOOP("errors", "Claim {id} for {sku} on {ticket_no} is already open"),
                id=same,
                sku=part.sku,
                ticket_no=ticket.ticket_no,
            )
        now = utcnow()
        row = PartClaim(
            part_id=part.id,
            ticket_id=ticket.id,
            supplier=who,
            state="open",
            note=text,
            created_at=now,
            created_by_id=actor.id,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        claimed = names.event_note("claim", id=str(row.id), sku=part.sku, supplier=who)
        add_event(session, ticket, actor, "note", claimed)
        audit(session, actor, "part_claim_opened", "part_claim", row.id, f"{part.sku} {who}")
        return _claim_info(row, part, ticket.ticket_no)


def move_claim(db: Database, actor: Actor, claim_id: int, state: str, note: str = "") -> ClaimInfo:
    """Move a claim on (open -> sent -> accepted | rejected, accepted -> credited)."""
    require_role(actor, "technician", "inventory")
    key = (state or "").strip().lower()
    if key not in CLAIM_STATES:
        raise ValidationError(
            "state",
            QT_TRANSLATE_NOOP("errors", "Claim state {value}: use one of {states}"),
            value=state,
            states=", ".join(CLAIM_STATES),
        )
    text = clean_text(note, "note", 1000)
    with db.write() as session:
        row = session.get(PartClaim, claim_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No claim {id}"), id=claim_id)
        if key not in NEXT_STATES[row.state]:
            raise ValidationError(
                "state",
                QT_TRANSLATE_NOOP("errors", "Claim {id} is {current}: it cannot become {state}"),
                id=row.id,
                current=row.state,
                state=key,
            )
        row.state = key
        if text:
            row.note = f"{row.note}\n{text}".strip()
        row.updated_at = utcnow()
        audit(session, actor, f"part_claim_{key}", "part_claim", row.id, text)
        part = session.get(Part, row.part_id)
        ticket_no = session.scalar(select(Ticket.ticket_no).where(Ticket.id == row.ticket_id))
        assert part is not None and ticket_no is not None
        return _claim_info(row, part, ticket_no)


def claims(db: Database, state: str | None = None) -> list[ClaimInfo]:
    """Claims, newest first (only those in ``state`` when given)."""
    with db.read() as session:
        query = (
            select(PartClaim, Part, Ticket.ticket_no)
            .join(Part, Part.id == PartClaim.part_id)
            .join(Ticket, Ticket.id == PartClaim.ticket_id)
        )
        if state:
            query = query.where(PartClaim.state == state.strip().lower())
        rows = session.execute(query.order_by(PartClaim.id.desc()).limit(1000)).all()
        return [_claim_info(r, p, no) for r, p, no in rows]
