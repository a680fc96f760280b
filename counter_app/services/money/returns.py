"""Returns and exchanges end properly: refund, exchange, warranty repair or no fault found,
each allowed only inside its window (services/warranty/engine.py), refused with the dates named."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, ValidationError
from counter_app.models import OPEN_STATUSES, Device, Ticket, TicketEvent
from counter_app.money import parse_money
from counter_app.services.base.common import add_event, check_version, get_ticket, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.money.payments import _check_method, check_offered, money_out
from counter_app.services.shop import settings as settings_service
from counter_app.services.stores import chain as stores
from counter_app.services.tickets.workflow import apply_status
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import to_local, utcnow
from counter_app.validation import normalize_imei, one_of

# A return is settled before any repair work starts.
RETURNABLE_STATUSES = ("received", "diagnosing")


@dataclass(frozen=True)
class ReturnResult:
    ticket_no: str
    outcome: str
    status: str
    refund_amount: Decimal | None = None
    exchange_imei: str | None = None
    service_type: str = "return_exchange"


@dataclass(frozen=True)
class ReturnChoices:
    """What the customer may choose on this ticket, and until when."""

    bought: date
    return_until: date
    exchange_until: date
    outcomes: tuple[str, ...]


def choices_for(purchase_date: date, request_date: date, policy: warranty.Policy) -> ReturnChoices:
    """Refund, exchange or repair within return_days; exchange or repair within
    exchange_days; repair only after that (no fault found is always possible)."""
    ret = warranty.return_until(purchase_date, policy)
    exc = warranty.exchange_until(purchase_date, policy)
    if request_date <= ret:
        outcomes: tuple[str, ...] = ("refund", "exchange", "repair", "no_fault")
    elif request_date <= exc:
        outcomes = ("exchange", "repair", "no_fault")
    else:
        outcomes = ("repair", "no_fault")
    return ReturnChoices(purchase_date, ret, exc, outcomes)


def record_return(
    db: Database,
    actor: Actor,
    ticket_no: str,
    outcome: str,
    *,
    amount: object | None = None,
    method: str = "",
    exchange_imei: str = "",
    expected_version: int | None = None,
) -> ReturnResult:
    """End a return/exchange ticket with the customer's choice.

    refund: a refund payment of the purchase price (not above it), the device stays with the
    shop, the ticket is closed; exchange: the new device's IMEI (Luhn-checked, not on another
    customer's open ticket) is recorded and the old device points to it; repair: the ticket
    continues as a free warranty repair; no_fault: returned as is (ready for collection).
    Raises ValidationError (outcome, window passed with its dates, amount, method, IMEI),
    NotAllowed (role, not a return ticket, already settled), Conflict (stale version).
    """
    require_role(actor, "clerk")  # a refund: the manager (_check_refund)
    outcome = one_of(
        outcome,
        warranty.RETURN_OUTCOMES,
        "outcome",
        QT_TRANSLATE_NOOP("errors", "Unknown return outcome {value}; use one of: {allowed}"),
    )
    value = parse_money(amount, "amount") if outcome == "refund" else None
    if value is not None and value <= 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "Amount: must be above zero"))
    pay_method = _check_method(method) if outcome == "refund" else ""
    new_imei = normalize_imei(exchange_imei, "exchange_imei") if outcome == "exchange" else None
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        if ticket.service_type != "return_exchange" or ticket.return_outcome is not None:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors", "Ticket {ticket_no} is not a return or exchange waiting for an answer"
                ),
                ticket_no=ticket.ticket_no,
            )
        if ticket.status not in RETURNABLE_STATUSES:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors", "Ticket {ticket_no} is {status}: the return can no longer be settled"
                ),
                ticket_no=ticket.ticket_no,
                status=ticket.status,
            )
        settings = settings_service.load_all(session)
        received = to_local(
            ticket.received_at, stores.local_zone(session, store_id=ticket.store_id)
        )
        request_date = received.date() if received is not None else utcnow().date()
        if ticket.purchase_date is None:
            _check_unproven(outcome, ticket.ticket_no)
        else:
            policy = warranty.Policy.from_settings(settings)
            allowed = choices_for(ticket.purchase_date, request_date, policy)
            _check_window(outcome, allowed, request_date)
        old_device = session.get(Device, ticket.device_id)
        if old_device is None:
            raise NotAllowed(
                QT_TRANSLATE_NOOP("errors", "Ticket {ticket_no} has no device"),
                ticket_no=ticket.ticket_no,
            )
        ticket.return_outcome = outcome
        if outcome == "refund":
            assert value is not None
            _check_refund(session, actor, ticket, value)
            check_offered(settings, pay_method)
            money_out(session, ticket, pay_method, -value, actor, kind="refund", note="return")
            ticket.warranty_decision = "free"
            note = names.event_note("return_refund", method=pay_method, amount=f"-{value:.2f}")
            add_event(session, ticket, actor, "return", note)
            apply_status(
                session,
                ticket,
                actor,
                "collected",
                names.event_note("refunded_kept"),
            )
        elif outcome == "exchange" and new_imei is not None:
            new_device = _exchange_device(session, ticket, old_device, new_imei, request_date)
            ticket.exchange_device_id = new_device.id
            # Damage the customer caused: exchanged at cost only, never free.
            ticket.warranty_decision = "paid" if ticket.warranty_exclusion else "free"
            add_event(
                session, ticket, actor, "return", names.event_note("return_exchange", imei=new_imei)
            )
            apply_status(
                session,
                ticket,
                actor,
                "collected",
                names.event_note("exchanged_new"),
            )
        elif outcome == "repair":
            ticket.service_type = "warranty"
            ticket.warranty_decision = "free"
            add_event(
                session,
                ticket,
                actor,
                "return",
                names.event_note("return_repair"),
            )
        else:
            ticket.warranty_decision = "free"
            add_event(
                session,
                ticket,
                actor,
                "return",
                names.event_note("return_no_fault"),
            )
            apply_status(session, ticket, actor, "ready", names.event_note("no_fault_found"))
        return ReturnResult(
            ticket_no=ticket.ticket_no,
            outcome=outcome,
            status=ticket.status,
            refund_amount=value,
            exchange_imei=new_imei,
            service_type=ticket.service_type,
        )


def _check_refund(session: Session, actor: Actor, ticket: Ticket, value: Decimal) -> None:
    """The rules of money back on a return (检测, 负责人审核, 人为损坏不予退换): a manager
    refunds, after a technician's inspection, never after a damage exclusion, never without
    a recorded purchase price nor above it. NotAllowed / ValidationError naming the reason."""
    if actor.role != "manager":
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "A refund needs a manager: ask the manager to sign in and settle {ticket_no}",
            ),
            ticket_no=ticket.ticket_no,
        )
    inspected = session.scalar(
        select(TicketEvent.id)
        .where(
            TicketEvent.ticket_id == ticket.id,
            TicketEvent.kind == "status",
            TicketEvent.to_status == "diagnosing",
        )
        .limit(1)
    )
    if inspected is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "No refund before a technician has inspected {ticket_no} (move it to diagnosing)",
            ),
            ticket_no=ticket.ticket_no,
        )
    if ticket.warranty_exclusion:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "No refund: the technician recorded {exclusion}; repair or exchange at cost only",
            ),
            exclusion=ticket.warranty_exclusion,
        )
    if ticket.purchase_price is None:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP(
                "errors", "No refund without the purchase price: record it on the ticket first"
            ),
        )
    if value > ticket.purchase_price:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP("errors", "A refund cannot be more than the purchase price {price}"),
            price=f"{ticket.purchase_price:.2f}",
        )


def _check_unproven(outcome: str, ticket_no: str) -> None:
    """Without a purchase date no return period can be counted: no refund, no exchange
    (AFTERSALES: a return needs proof of purchase); repair or no fault found remain."""
    if outcome in ("refund", "exchange"):
        raise ValidationError(
            outcome if outcome == "refund" else "exchange_imei",
            QT_TRANSLATE_NOOP(
                "errors",
                "Ticket {ticket_no} has no purchase date: no refund or exchange without proof "
                "of purchase; repair or no fault found instead",
            ),
            ticket_no=ticket_no,
        )


def _check_window(outcome: str, allowed: ReturnChoices, request_date: date) -> None:
    if outcome in allowed.outcomes:
        return
    if outcome == "refund":
        raise ValidationError(
            "refund",
            QT_TRANSLATE_NOOP(
                "errors",
                "No refund: bought on {bought}, the return period ended on {until} "
                "(asked on {asked}); exchange or repair instead",
            ),
            bought=allowed.bought.isoformat(),
            until=allowed.return_until.isoformat(),
            asked=request_date.isoformat(),
        )
    raise ValidationError(
        "exchange_imei",
        QT_TRANSLATE_NOOP(
            "errors",
            "No exchange: bought on {bought}, the exchange period ended on {until} "
            "(asked on {asked}); repair only",
        ),
        bought=allowed.bought.isoformat(),
        until=allowed.exchange_until.isoformat(),
        asked=request_date.isoformat(),
    )


def _exchange_device(
    session: Session, ticket: Ticket, old: Device, imei: str, today: date
) -> Device:
    if imei in (old.imei, old.imei2):
        raise ValidationError(
            "exchange_imei",
            QT_TRANSLATE_NOOP("errors", "The new device's IMEI repeats the returned one's"),
        )
    existing = session.scalar(select(Device).where(Device.imei == imei))
    if existing is not None:
        other_open = session.scalar(
            select(Ticket.ticket_no)
            .where(
                Ticket.device_id == existing.id,
                Ticket.status.in_(OPEN_STATUSES),
                Ticket.customer_id != ticket.customer_id,
            )
            .limit(1)
        )
        if other_open is not None or (
            existing.owner_id is not None and existing.owner_id != ticket.customer_id
        ):
            raise ValidationError(
                "exchange_imei",
                QT_TRANSLATE_NOOP("errors", "IMEI {imei} belongs to another customer's device"),
                imei=imei,
            )
        device = existing
        device.owner_id = ticket.customer_id
    else:
        device = Device(
            brand=old.brand,
            model=old.model,
            colour=old.colour,
            imei=imei,
            created_at=utcnow(),
            owner_id=ticket.customer_id,
            purchase_proof="",
        )
        session.add(device)
    # The three guarantees restart on the day of the exchange.
    device.purchase_date = today
    device.purchase_proof = f"{ticket.purchase_proof} / {ticket.ticket_no}".strip(" /")[:100]
    session.flush()
    old.replaced_by_id = device.id
    return device
