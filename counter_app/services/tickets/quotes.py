"""Quotes: part lines priced from inventory, labour and other lines, supplementary quotes,
the customer's approval or decline (in person, by phone, by message), the warranty decision."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, NotFound, ValidationError
from counter_app.models import DECISION_METHODS, Part, Quote, QuoteLine, Ticket
from counter_app.money import parse_money, round_line
from counter_app.services.base.common import (
    add_event,
    check_version,
    get_ticket,
    require_open,
    require_role,
)
from counter_app.services.base.dto import Actor
from counter_app.services.shop.limits import check_line_amount, check_quantity
from counter_app.services.stock import usage
from counter_app.services.tickets.workflow import apply_status
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import utcnow
from counter_app.validation import clean_text, one_of, parse_quantity

# Statuses in which lines may be added to the pending quote.
QUOTABLE = ("received", "diagnosing", "awaiting_approval", "in_repair", "waiting_parts")
# Service types whose lines need no separate consent: a consultation, and a maintenance
# job's zero-price checks only (a priced maintenance line needs consent like any quote).
NO_CONSENT_TYPES = ("maintenance", "consultation")


def _pending_quote(session: Session, ticket: Ticket, actor: Actor) -> Quote:
    quote = session.scalar(
        select(Quote).where(Quote.ticket_id == ticket.id, Quote.status == "pending")
    )
    if quote is not None:
        return quote
    last_seq = session.scalar(
        select(func.coalesce(func.max(Quote.seq), 0)).where(Quote.ticket_id == ticket.id)
    )
    quote = Quote(
        ticket_id=ticket.id,
        seq=int(last_seq or 0) + 1,
        status="pending",
        created_at=utcnow(),
        created_by_id=actor.id,
    )
    session.add(quote)
    session.flush()
    return quote


def add_line(
    db: Database,
    actor: Actor,
    ticket_no: str,
    *,
    kind: str,
    qty: object = 1,
    sku: str | None = None,
    description: str = "",
    price: object | None = None,
    expected_version: int | None = None,
) -> int:
    """Add a line to the ticket's pending quote (a supplementary one once work has begun).

    Part lines take their price from the inventory unless ``price`` overrides it. Validates
    kind, quantity (positive whole), price (non-negative, 2 decimals), the ticket's status.
    Returns the new line's id.
    """
    require_role(actor, "technician", "clerk")
    if kind not in ("part", "labour", "other"):
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("errors", "Unknown line kind {kind}"), kind=kind
        )
    quantity = parse_quantity(qty)
    unit_price = parse_money(price, "price") if price is not None else None
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        if ticket.status not in QUOTABLE:
            raise NotAllowed(
                QT_TRANSLATE_NOOP("errors", "Ticket {ticket_no} is {status}: it cannot be quoted"),
                ticket_no=ticket.ticket_no,
                status=ticket.status,
            )
        part_id = None
        unit_cost = None
        if kind == "part":
            part = session.scalar(select(Part).where(Part.sku == (sku or "").strip()))
            if part is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No part {sku}"), sku=sku or "")
            part_id = part.id
            unit_cost = part.cost
            text = clean_text(description, "description", 200) or f"{part.name} ({part.sku})"
            if unit_price is None:
                unit_price = part.price
        else:
            text = clean_text(description, "description", 200, required=True)
            if unit_price is None:
                raise ValidationError("price", QT_TRANSLATE_NOOP("errors", "Amount: required"))
        check_quantity(session, quantity)
        check_line_amount(session, round_line(unit_price * quantity))
        quote = _pending_quote(session, ticket, actor)
        line = QuoteLine(
            quote_id=quote.id,
            kind=kind,
            part_id=part_id,
            description=text,
            qty=quantity,
            unit_price=unit_price,
            line_total=round_line(unit_price * quantity),
            unit_cost=unit_cost,
        )
        session.add(line)
        session.flush()
        add_event(
            session,
            ticket,
            actor,
            "quote_line",
            names.event_note(
                "quote_line",
                line=text,
                qty=str(quantity),
                price=f"{unit_price:.2f}",
                total=f"{line.line_total:.2f}",
            ),
        )
        if _needs_no_consent(session, ticket, quote):
            quote.status = "approved"
            quote.decided_at = utcnow()
            quote.decided_by_id = actor.id
            quote.decision_method = "in_person"
        return line.id


def _needs_no_consent(session: Session, ticket: Ticket, quote: Quote) -> bool:
    """A consultation's lines, or a maintenance quote that costs nothing (a free check)."""
    if ticket.service_type == "consultation":
        return True
    if ticket.service_type != "maintenance":
        return False
    priced = session.scalar(
        select(QuoteLine.id)
        .where(QuoteLine.quote_id == quote.id, QuoteLine.line_total > 0)
        .limit(1)
    )
    return priced is None


def remove_line(
    db: Database, actor: Actor, ticket_no: str, line_id: int, expected_version: int | None = None
) -> None:
    """Remove a line from a quote the customer has not answered yet."""
    require_role(actor, "technician", "clerk")
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        line = session.get(QuoteLine, line_id)
        quote = session.get(Quote, line.quote_id) if line is not None else None
        if line is None or quote is None or quote.ticket_id != ticket.id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such quote line"))
        if quote.status != "pending" and ticket.service_type not in NO_CONSENT_TYPES:
            raise NotAllowed(
                QT_TRANSLATE_NOOP("errors", "The customer has answered this quote already")
            )
        from counter_app.models import StockMovement

        used = session.scalar(
            select(usage.used_qty_sql(StockMovement.quantity)).where(
                StockMovement.quote_line_id == line.id, usage.use_clause(StockMovement.kind)
            )
        )
        if used:
            raise NotAllowed(
                QT_TRANSLATE_NOOP("errors", "Return the part to stock before removing its line")
            )
        add_event(session, ticket, actor, "quote_line_removed", line.description)
        session.delete(line)


def decide(
    db: Database,
    actor: Actor,
    ticket_no: str,
    approve: bool,
    method: str = "in_person",
    note: str = "",
    expected_version: int | None = None,
) -> str:
    """Record the customer's answer to the pending quote: approve -> in_repair,
    decline -> declined (or back to in_repair for a supplementary quote, keeping the
    approved work). Validates the method and that a quote awaits an answer."""
    require_role(actor, "clerk")
    method = one_of(
        method,
        DECISION_METHODS,
        "method",
        QT_TRANSLATE_NOOP("errors", "Unknown way of consent {value}; use one of: {allowed}"),
    )
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        if ticket.status != "awaiting_approval":
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors", "Ticket {ticket_no} is {status}: no quote awaits an answer"
                ),
                ticket_no=ticket.ticket_no,
                status=ticket.status,
            )
        quote = session.scalar(
            select(Quote).where(Quote.ticket_id == ticket.id, Quote.status == "pending")
        )
        if quote is None:
            raise NotAllowed(QT_TRANSLATE_NOOP("errors", "There is no quote to answer"))
        quote.status = "approved" if approve else "declined"
        quote.decided_at = utcnow()
        quote.decided_by_id = actor.id
        quote.decision_method = method
        text = clean_text(note, "note", 2000) or names.event_note("decision", method=method)
        add_event(session, ticket, actor, "quote_approved" if approve else "quote_declined", text)
        if approve:
            if ticket.warranty_decision == "undecided":
                ticket.warranty_decision = "paid"  # consent to a price is consent to pay it
            apply_status(session, ticket, actor, "in_repair", text)
        else:
            earlier_approved = session.scalar(
                select(Quote.id).where(Quote.ticket_id == ticket.id, Quote.status == "approved")
            )
            # A declined supplementary quote leaves the agreed repair going on.
            apply_status(
                session, ticket, actor, "in_repair" if earlier_approved else "declined", text
            )
        return ticket.status


def set_warranty(
    db: Database,
    actor: Actor,
    ticket_no: str,
    decision: str,
    reason: str,
    expected_version: int | None = None,
    *,
    exclusion: str | None = None,
    same_fault: bool | None = None,
    line_id: int | None = None,
) -> None:
    """Technician's warranty decision: "free" or "paid" with the reason, and for a paid one
    the exclusion found (warranty.EXCLUSIONS). A comeback is free only when the technician
    confirms the same fault (``same_fault``); otherwise it is a paid repair, still linked.
    With ``line_id`` only that quote line is found not covered (paid + exclusion): on a free
    job the covered lines stay free and that line is charged.

    Raises ValidationError (decision, exclusion, reason, a free comeback not confirmed as the
    same fault), NotAllowed (role, a closed ticket), Conflict (stale version)."""
    require_role(actor, "technician")
    if decision not in ("free", "paid"):
        raise ValidationError(
            "decision", QT_TRANSLATE_NOOP("errors", "Warranty decision: free or paid")
        )
    kind = (exclusion or "").strip().lower() or None
    if kind is not None:
        one_of(
            kind,
            warranty.EXCLUSIONS,
            "exclusion",
            QT_TRANSLATE_NOOP("errors", "Unknown exclusion {value}; use one of: {allowed}"),
        )
    if kind is not None and decision == "free":
        raise ValidationError(
            "exclusion",
            QT_TRANSLATE_NOOP("errors", "An excluded repair is paid: record it as paid"),
        )
    if line_id is not None and (decision != "paid" or kind is None):
        raise ValidationError(
            "exclusion",
            QT_TRANSLATE_NOOP(
                "errors", "A line is charged for what is not covered: give paid and the exclusion"
            ),
        )
    text = clean_text(reason, "reason", 500, required=True)
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        require_open(ticket)
        if line_id is not None:
            assert kind is not None
            _exclude_line(session, ticket, actor, line_id, kind, text)
            return
        params = warranty.load_params(ticket.warranty_params)
        if ticket.is_comeback and ticket.comeback_of_id is not None:
            if decision == "free" and not same_fault:
                raise ValidationError(
                    "same_fault",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "A comeback is free only for the same fault: confirm the same fault "
                        "or record it as paid",
                    ),
                )
            earlier = session.get(Ticket, ticket.comeback_of_id)
            if earlier is not None:
                params["ticket"] = earlier.ticket_no
                if earlier.warranty_until is not None:
                    params["until"] = earlier.warranty_until.isoformat()
            if decision == "free":
                ticket.warranty_code = "comeback_same_fault"
            elif kind is None:
                ticket.warranty_code = "comeback_other_fault"
        elif decision == "free" and ticket.warranty_kind not in warranty.COVERED_KINDS:
            ticket.warranty_code = "technician"
        if kind is not None:
            ticket.warranty_code = "excluded"
            params["exclusion"] = kind
        ticket.warranty_params = json.dumps(params, ensure_ascii=False, sort_keys=True)
        ticket.warranty_exclusion = kind
        ticket.warranty_decision = decision
        ticket.warranty_reason = text
        if kind:
            note = names.event_note(
                "settlement_excluded", decision=decision, exclusion=kind, reason=text
            )
        else:
            note = names.event_note("settlement", decision=decision, reason=text)
        add_event(session, ticket, actor, "warranty", note)


def _exclude_line(
    session: Session, ticket: Ticket, actor: Actor, line_id: int, kind: str, text: str
) -> None:
    line = session.scalar(
        select(QuoteLine)
        .join(Quote, Quote.id == QuoteLine.quote_id)
        .where(QuoteLine.id == line_id, Quote.ticket_id == ticket.id)
    )
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such quote line"))
    line.exclusion = kind
    if ticket.warranty_decision == "undecided":
        ticket.warranty_decision = "paid"
    note = names.event_note("line_paid", line=line.description, exclusion=kind, reason=text)
    add_event(session, ticket, actor, "warranty", note)
