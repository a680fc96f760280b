"""Beyond repair: the technician records that a device cannot be repaired, and why.

From diagnosis or during the repair (waiting for a part included) the technician declares the
device beyond repair with one of the barriers of the Open Repair Data Standard (models
BARRIERS) and a note. The device goes back to the customer unrepaired: the ticket moves to
``ready``, the customer then owes only the shop's diagnosis fee (setting
``beyond_repair_fee``, whole units; 0 means none; nothing when the job is a free warranty
job) instead of the quoted work, and the collection gives no repair warranty. The ORDS export
reports the job as End of life with its barrier.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed
from counter_app.models import StockMovement
from counter_app.models.ticket import BARRIERS
from counter_app.services.base.common import add_event, check_version, get_ticket, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.stock import usage
from counter_app.services.tickets.workflow import apply_status
from counter_app.validation import clean_text, one_of

BEYOND_REPAIR = "beyond_repair"
# Where the technician may find it: in diagnosis or in the repair.
FROM_STATUSES = ("diagnosing", "in_repair", "waiting_parts")
# Jobs that are repair attempts (a consultation or a return is not).
SERVICE_TYPES = ("repair", "warranty", "maintenance")


@dataclass(frozen=True)
class BeyondRepairResult:
    ticket_no: str
    status: str
    outcome: str
    barrier: str
    fee: Decimal


def can_declare(service_type: str, status: str) -> bool:
    """Whether a job in this state may be declared beyond repair (what the screen offers)."""
    return service_type in SERVICE_TYPES and status in FROM_STATUSES


def check_barrier(barrier: str) -> str:
    """The barrier key, normalised; ValidationError naming the keys when unknown."""
    return one_of(
        (barrier or "").replace("-", "_"),
        BARRIERS,
        "barrier",
        QT_TRANSLATE_NOOP("errors", "Unknown barrier {value}; use one of: {allowed}"),
    )


def declare_beyond_repair(
    db: Database,
    actor: Actor,
    ticket_no: str,
    barrier: str,
    note: str = "",
    *,
    expected_version: int | None = None,
) -> BeyondRepairResult:
    """Record that the device cannot be repaired and why; the ticket becomes ready to go back.

    Refused (nothing written): an unknown barrier, a job that is not a repair or not in
    diagnosis/repair, parts still fitted from stock (return them first), a stale version."""
    require_role(actor, "technician")
    key = check_barrier(barrier)
    text = clean_text(note, "note", 2000)
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        if not can_declare(ticket.service_type, ticket.status):
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Ticket {ticket_no} is {status}: only a repair in diagnosis or in repair "
                    "can be declared beyond repair",
                ),
                ticket_no=ticket.ticket_no,
                status=ticket.status,
            )
        fitted = session.scalar(
            select(usage.used_qty_sql(StockMovement.quantity)).where(
                StockMovement.ticket_id == ticket.id, usage.use_clause(StockMovement.kind)
            )
        )
        if fitted and fitted > 0:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Parts from stock are used on {ticket_no}: return them to stock before "
                    "the device goes back unrepaired",
                ),
                ticket_no=ticket.ticket_no,
            )
        settings = settings_service.load_all(session)
        fee = Decimal(settings.beyond_repair_fee).quantize(Decimal("0.01"))
        if ticket.warranty_decision == "free":
            fee = Decimal("0.00")  # a covered job costs the customer nothing
        ticket.outcome = BEYOND_REPAIR
        ticket.outcome_barrier = key
        ticket.outcome_fee = fee
        add_event(session, ticket, actor, BEYOND_REPAIR, names.event_note("barrier", key=key))
        apply_status(session, ticket, actor, "ready", text)
        if ticket.technician_id is None and actor.role == "technician":
            ticket.technician_id = actor.id  # the diagnosis is their work
        return BeyondRepairResult(
            ticket_no=ticket.ticket_no,
            status=ticket.status,
            outcome=BEYOND_REPAIR,
            barrier=key,
            fee=fee,
        )
