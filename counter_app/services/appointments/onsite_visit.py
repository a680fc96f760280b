"""An on-site visit becoming a ticket: taken in through intake (same customer and device
history, same comeback warranty), its work and parts as a quote approved on the spot, parts
out of stock, the amount paid on site as the final payment, handed over (warranty starts).

A visit for a device under warranty (保修期内免费上门维修) is a free warranty job, as the
warranty engine decides for the booked IMEI or serial on the visit's day, unless the engineer
records an exclusion (drops, liquid...). A visit that could not fix the device opens the
ticket and leaves it in diagnosis: the job goes on at the shop or at another visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from counter_app import names
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import Appointment, Quote, QuoteLine, Ticket
from counter_app.money import ZERO, round_line
from counter_app.services.base.common import add_event
from counter_app.services.base.dto import Actor
from counter_app.services.money import payments as payment_service
from counter_app.services.shop import settings as settings_service
from counter_app.services.stock import inventory as inventory_service
from counter_app.services.stores import chain as stores
from counter_app.services.tickets import intake as intake_service
from counter_app.services.tickets.totals import ticket_totals
from counter_app.services.tickets.workflow import apply_status, check_transition
from counter_app.services.warranty import engine as warranty
from counter_app.services.warranty import records as warranty_records
from counter_app.timeutil import local_today, utcnow


@dataclass(frozen=True)
class VisitCover:
    """The booked device's warranty on the visit's day, as the engine decides it."""

    covered: bool
    kind: str
    code: str
    ends_on: date | None
    reason: str  # the engine's wording (English; screens translate by code)


def visit_cover(
    session: Session, imei: str | None, serial: str | None, day: date, tz_name: str
) -> VisitCover | None:
    """The warranty engine's decision for the device a visit is booked for on ``day``, the
    local day in ``tz_name`` (the visit's store's zone); None: no IMEI or serial booked. A
    device never seen has no purchase date: not covered."""
    if not imei and not serial:
        return None
    settings = settings_service.load_all(session)
    device = intake_service.find_device(session, imei, serial)
    decision = warranty_records.decide_for_device(session, settings, device, day, tz_name=tz_name)
    return VisitCover(
        covered=decision.covered,
        kind=decision.kind,
        code=decision.code,
        ends_on=decision.ends_on,
        reason=warranty.describe(decision),
    )


def _check_exclusion(exclusion: str) -> str | None:
    key = (exclusion or "").strip().lower()
    if not key:
        return None
    if key not in warranty.EXCLUSIONS:
        raise ValidationError(
            "exclusion",
            QT_TRANSLATE_NOOP("errors", "Unknown exclusion {value}; use one of: {allowed}"),
            value=exclusion,
            allowed=", ".join(warranty.EXCLUSIONS),
        )
    return key


# The path an on-site repair's ticket takes on the graph when the visit is done.
ONSITE_TICKET_PATH = (
    "diagnosing",
    "awaiting_approval",
    "in_repair",
    "quality_check",
    "ready",
)


def visit_ticket(
    session: Session,
    actor: Actor,
    row: Appointment,
    note: str,
    paid: Decimal | None,
    method: str,
    parts: list[tuple[str, int]],
    *,
    fixed: bool = True,
    exclusion: str = "",
) -> int:
    """The on-site visit as a ticket taken in, repaired and handed over on the spot, inside
    the caller's transaction; returns the ticket's id. A covered device (no exclusion) is a
    free warranty job. Raises ValidationError when the amount paid does not cover the parts,
    exceeds what is owed, or leaves a balance; or when a visit that did not fix the device
    records parts or a payment."""
    excluded = _check_exclusion(exclusion)
    tz_name = stores.local_zone(session, store_id=row.store_id)
    cover = visit_cover(session, row.imei, row.serial, local_today(tz_name), tz_name)
    covered = cover is not None and cover.covered and excluded is None
    if not fixed and (parts or paid):
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP(
                "errors",
                "The device was not fixed on site: record no parts or payment; the job goes "
                "on on its ticket",
            ),
        )
    data = intake_service.IntakeData(
        name=row.customer_name,
        phone=row.phone,
        brand=row.brand or "Unknown",
        model=row.model or "Unknown",
        fault=row.fault or note or "On-site service",
        imei=row.imei or "",
        serial=row.serial or "",
        service_type="warranty" if covered else "repair",
    )
    opened = intake_service.open_ticket_in(session, actor, data, row.engineer_id)
    ticket = session.get(Ticket, opened.ticket_id)
    assert ticket is not None
    row.customer_id = opened.customer_id
    if excluded is not None:
        ticket.warranty_exclusion = excluded
        ticket.warranty_decision = "paid"
        add_event(
            session,
            ticket,
            actor,
            "warranty",
            names.event_note("paid_excluded", exclusion=excluded),
        )
    if not fixed:
        add_event(session, ticket, actor, "note", names.event_note("not_fixed", note=note))
        check_transition(ticket, "diagnosing")
        apply_status(session, ticket, actor, "diagnosing", names.event_note("not_fixed_on_site"))
        return ticket.id
    quote = Quote(
        ticket_id=ticket.id, seq=1, status="pending", created_at=utcnow(), created_by_id=actor.id
    )
    session.add(quote)
    session.flush()
    parts_total = ZERO
    for sku, qty in parts:
        part = inventory_service._part(session, sku, lock=True)
        line = QuoteLine(
            quote_id=quote.id,
            kind="part",
            part_id=part.id,
            description=f"{part.name} ({part.sku})",
            qty=qty,
            unit_price=part.price,
            line_total=round_line(part.price * qty),
            unit_cost=part.cost,
        )
        session.add(line)
        session.flush()
        parts_total += line.line_total
        line_note = names.event_note("quote_line_qty", line=line.description, qty=str(qty))
        add_event(session, ticket, actor, "quote_line", line_note)
        inventory_service._move(
            session, actor, part, "used", -qty, ticket_id=ticket.id, quote_line_id=line.id
        )
        used = names.event_note("part_qty", sku=part.sku, name=part.name, qty=str(qty))
        add_event(session, ticket, actor, "part_used", used)
    free = ticket.warranty_decision == "free"
    labour = ZERO if free or paid is None else paid - parts_total
    if labour < 0:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP(
                "errors", "The parts used cost {parts}; the amount paid on site must cover them"
            ),
            parts=f"{parts_total:.2f}",
        )
    text = note or "On-site service"
    session.add(
        QuoteLine(
            quote_id=quote.id,
            kind="labour",
            part_id=None,
            description=text[:200],
            qty=1,
            unit_price=labour,
            line_total=round_line(labour),
            unit_cost=None,
        )
    )
    labour_note = names.event_note("quote_line_price", line=text[:200], price=f"{labour:.2f}")
    add_event(session, ticket, actor, "quote_line", labour_note)
    for status in ONSITE_TICKET_PATH:
        check_transition(ticket, status)
        if status == "in_repair":
            quote.status = "approved"
            quote.decided_at = utcnow()
            quote.decided_by_id = actor.id
            quote.decision_method = "in_person"
            add_event(
                session,
                ticket,
                actor,
                "quote_approved",
                names.event_note("consent_on_site"),
            )
        apply_status(session, ticket, actor, status, names.event_note("on_site"))
    session.flush()
    if paid:
        payment_service.record_payment(session, actor, ticket, paid, method)
    if ticket_totals(session, ticket).balance > 0:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP("errors", "Record what the customer paid on site"),
        )
    check_transition(ticket, "collected")
    apply_status(session, ticket, actor, "collected", names.event_note("on_site"))
    return ticket.id
