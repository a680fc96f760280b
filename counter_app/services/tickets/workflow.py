"""The ticket workflow graph (DESIGN §3) and status changes with their side rules."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, NotFound, ValidationError
from counter_app.models import CLOSED_STATUSES, STATUSES, Part, Quote, QuoteLine, Ticket
from counter_app.services.aftercare import followups
from counter_app.services.base.common import add_event, check_version, get_ticket, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.stock import inventory
from counter_app.services.stores import chain as stores
from counter_app.services.tickets.totals import ticket_totals
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import to_local, utcnow
from counter_app.validation import clean_text

GRAPH: dict[str, frozenset[str]] = {
    "received": frozenset({"diagnosing"}),
    "diagnosing": frozenset({"awaiting_approval"}),
    "awaiting_approval": frozenset({"in_repair", "declined"}),
    "in_repair": frozenset({"waiting_parts", "quality_check", "awaiting_approval"}),
    "waiting_parts": frozenset({"in_repair"}),
    "quality_check": frozenset({"ready", "in_repair"}),
    "declined": frozenset({"ready"}),
    "ready": frozenset({"collected"}),
    "collected": frozenset(),
    "cancelled": frozenset(),
}
# Consultation and maintenance may skip diagnosis and quote.
SKIPS: dict[str, dict[str, frozenset[str]]] = {
    # A priced maintenance job asks the customer's consent like any quote (说明保养内容、费用).
    "maintenance": {
        "received": frozenset({"in_repair", "awaiting_approval"}),
        "diagnosing": frozenset({"in_repair"}),
    },
    "consultation": {
        "received": frozenset({"in_repair", "ready"}),
        "diagnosing": frozenset({"in_repair", "ready"}),
    },
}
# Who may move a ticket into a status (the manager may do everything).
ROLES_FOR: dict[str, tuple[str, ...]] = {
    "diagnosing": ("technician",),
    "awaiting_approval": ("technician",),
    "in_repair": ("technician",),
    "waiting_parts": ("technician",),
    "quality_check": ("technician",),
    "ready": ("technician",),
    "declined": ("clerk",),
    "collected": ("clerk",),
    "cancelled": (),
}
# Edges taken by a dedicated action (the customer's consent), not by a bare status change.
CONSENT_EDGES = {("awaiting_approval", "in_repair"), ("awaiting_approval", "declined")}


def allowed_next(service_type: str, status: str) -> tuple[str, ...]:
    """The statuses reachable in one step, in workflow order (cancel last)."""
    nxt = set(GRAPH.get(status, frozenset()))
    nxt |= SKIPS.get(service_type, {}).get(status, frozenset())
    if status not in CLOSED_STATUSES:
        nxt.add("cancelled")
    return tuple(s for s in STATUSES if s in nxt)


def allowed_for(actor: Actor, service_type: str, status: str) -> tuple[str, ...]:
    """The next statuses this actor may move the ticket to (what their screen offers)."""
    return tuple(
        s
        for s in allowed_next(service_type, status)
        if actor.role == "manager" or actor.role in ROLES_FOR.get(s, ())
    )


def check_transition(ticket: Ticket, to_status: str) -> None:
    """Raise ValidationError for an unknown status or a step not on the graph."""
    if to_status not in STATUSES:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("errors", "Unknown status {status}; statuses are: {statuses}"),
            status=to_status,
            statuses=", ".join(STATUSES),
        )
    allowed = allowed_next(ticket.service_type, ticket.status)
    if to_status not in allowed:
        if allowed:
            raise ValidationError(
                "status",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Ticket {ticket_no} cannot go from {current} to {status}; allowed: {allowed}",
                ),
                ticket_no=ticket.ticket_no,
                current=ticket.status,
                status=to_status,
                allowed=", ".join(allowed),
            )
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("errors", "Ticket {ticket_no} is {current}: it is closed"),
            ticket_no=ticket.ticket_no,
            current=ticket.status,
        )


def apply_status(
    session: Session,
    ticket: Ticket,
    actor: Actor,
    to_status: str,
    note: str | names.EventNote = "",
) -> None:
    """Move ``ticket`` along an edge (already checked) and record the event and side effects."""
    from_status = ticket.status
    now = utcnow()
    ticket.status = to_status
    if to_status == "ready" and ticket.completed_at is None:
        ticket.completed_at = now
    if to_status != "waiting_parts":
        ticket.waiting_part_id = None
    if to_status in ("collected", "cancelled"):
        ticket.passcode = None  # privacy rule: erased when the job ends, either way
    if to_status == "collected":
        ticket.collected_at = now
        settings = settings_service.load_all(session)
        followups.schedule(session, ticket, settings)  # the follow-up calls it brings
        if ticket.warranty_code == "comeback_same_fault" and ticket.comeback_of_id is not None:
            # A comeback fixed under warranty does not restart the clock.
            earlier = session.get(Ticket, ticket.comeback_of_id)
            ticket.warranty_until = earlier.warranty_until if earlier else None
        elif _had_repair_work(session, ticket):
            local = to_local(now, stores.local_zone(session, store_id=ticket.store_id))
            assert local is not None
            ticket.warranty_until = warranty.repair_warranty_end(
                local.date(), warranty.Policy.from_settings(settings)
            )
    add_event(session, ticket, actor, "status", note, from_status=from_status, to_status=to_status)


def _had_repair_work(session: Session, ticket: Ticket) -> bool:
    if ticket.service_type == "consultation" or ticket.completed_at is None:
        return False
    if ticket.outcome is not None:  # beyond repair (services/tickets/outcomes.py): nothing repaired
        return False
    went_to_repair = session.scalar(
        select(Quote.id).where(Quote.ticket_id == ticket.id, Quote.status == "approved").limit(1)
    )
    return went_to_repair is not None or ticket.service_type == "maintenance"


def _skips_consent(ticket: Ticket, to_status: str) -> bool:
    """A step that goes on with the work without asking the customer: the job's end, or a
    maintenance job started straight from intake."""
    return to_status in ("quality_check", "ready") or (
        to_status == "in_repair" and ticket.status in ("received", "diagnosing")
    )


def _priced_work_pending(session: Session, ticket: Ticket) -> bool:
    """A quote awaiting the customer's answer holds a line with a price."""
    priced = session.scalar(
        select(QuoteLine.id)
        .join(Quote, Quote.id == QuoteLine.quote_id)
        .where(Quote.ticket_id == ticket.id, Quote.status == "pending", QuoteLine.line_total > 0)
        .limit(1)
    )
    return priced is not None


def change_status(
    db: Database,
    actor: Actor,
    ticket_no: str,
    to_status: str,
    note: str = "",
    *,
    expected_version: int | None = None,
    waiting_part_sku: str | None = None,
) -> str:
    """Move a ticket to ``to_status``; returns the new status.

    Validates: the status exists, the edge is on the graph for this service type, the actor's
    role, the rules of the target (a quote to approve, nothing owed at collection, nothing
    paid at cancellation), the version read (Conflict when stale).
    """
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        to_status = (to_status or "").strip().lower()
        check_transition(ticket, to_status)
        require_role(actor, *ROLES_FOR.get(to_status, ()))
        if (ticket.status, to_status) in CONSENT_EDGES:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Ticket {ticket_no} awaits the customer's answer: record it with approve "
                    "or decline",
                ),
                ticket_no=ticket.ticket_no,
            )
        if to_status == "awaiting_approval":
            pending = session.scalar(
                select(Quote.id)
                .join(QuoteLine, QuoteLine.quote_id == Quote.id)
                .where(Quote.ticket_id == ticket.id, Quote.status == "pending")
                .limit(1)
            )
            if pending is None:
                raise ValidationError(
                    "status",
                    QT_TRANSLATE_NOOP(
                        "errors", "Add the quote lines first: there is nothing to approve"
                    ),
                )
        if _skips_consent(ticket, to_status) and _priced_work_pending(session, ticket):
            raise ValidationError(
                "status",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Ticket {ticket_no} has priced work the customer has not approved: send "
                    "the quote for approval first",
                ),
                ticket_no=ticket.ticket_no,
            )
        totals = ticket_totals(session, ticket)
        if to_status == "collected" and totals.balance > 0:
            raise ValidationError(
                "status",
                QT_TRANSLATE_NOOP(
                    "errors", "Ticket {ticket_no} still has {balance} to pay before collection"
                ),
                ticket_no=ticket.ticket_no,
                balance=f"{totals.balance:.2f}",
            )
        if to_status == "cancelled" and totals.paid > 0:
            raise ValidationError(
                "status",
                QT_TRANSLATE_NOOP(
                    "errors", "Refund the {paid} paid on {ticket_no} before cancelling it"
                ),
                ticket_no=ticket.ticket_no,
                paid=f"{totals.paid:.2f}",
            )
        if to_status == "quality_check":
            # Parts leave stock: whatever was approved and not yet marked used was fitted.
            inventory.use_approved_parts(session, actor, ticket)
        apply_status(session, ticket, actor, to_status, clean_text(note, "note", 2000))
        if (
            to_status in ("diagnosing", "in_repair")
            and ticket.technician_id is None
            and actor.role == "technician"
        ):
            # Whoever picks up an unassigned job owns it (and is credited for it).
            ticket.technician_id = actor.id
            add_event(session, ticket, actor, "assigned", actor.display_name)
        if to_status == "waiting_parts" and waiting_part_sku:
            part = session.scalar(select(Part).where(Part.sku == waiting_part_sku.strip()))
            if part is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "No part {sku}"), sku=waiting_part_sku.strip()
                )
            ticket.waiting_part_id = part.id
        return ticket.status
