"""Payments: deposits and final payments up to the balance, refunds as negative payments."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from counter_app.models import PAYMENT_METHODS, Money, Payment, Ticket
from counter_app.money import parse_money
from counter_app.services.base.common import (
    add_event,
    check_version,
    get_ticket,
    require_open,
    require_role,
)
from counter_app.services.base.dto import Actor
from counter_app.services.money import till as till_service
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.tickets import states
from counter_app.services.tickets.totals import ticket_totals
from counter_app.timeutil import utcnow
from counter_app.validation import clean_text, one_of


def _check_method(method: str) -> str:
    method = (method or "").strip().lower().replace("-", "_")
    aliases = {"wechat": "wechat_pay", "weixin": "wechat_pay", "alipay_pay": "alipay"}
    return one_of(
        aliases.get(method, method),
        PAYMENT_METHODS,
        "method",
        QT_TRANSLATE_NOOP("errors", "Unknown payment method {value}; use one of: {allowed}"),
    )


def offered_methods(settings: ShopSettings) -> tuple[str, ...]:
    """The methods the counter offers (the ``payment_methods`` setting), in their order."""
    chosen = settings.payment_methods or PAYMENT_METHODS
    return tuple(code for code in PAYMENT_METHODS if code in chosen)


def check_offered(settings: ShopSettings, method: str) -> str:
    """A known method the shop does not offer is refused (ValidationError naming them)."""
    offered = offered_methods(settings)
    if method not in offered:
        raise ValidationError(
            "method",
            QT_TRANSLATE_NOOP("errors", "This counter does not take {value}; it takes: {allowed}"),
            value=method,
            allowed=", ".join(offered),
        )
    return method


def money_out(
    session: Session, ticket: Ticket, method: str, value: Decimal, actor: Actor, **fields: Any
) -> Payment:
    """Add a payment row (``value`` negative for a refund) with its till for cash; the one
    place a payment row is made, so the till and the offered methods are never skipped."""
    settings = settings_service.load_all(session)
    if value > 0:  # money back goes the way it came, offered or not any more
        check_offered(settings, method)
    till_id = (
        till_service.till_for_cash(session, ticket.store_id, settings) if method == "cash" else None
    )
    payment = Payment(
        ticket_id=ticket.id,
        store_id=ticket.store_id,
        method=method,
        amount=value,
        at=utcnow(),
        user_id=actor.id,
        till_session_id=till_id,
        **fields,
    )
    session.add(payment)
    session.flush()
    return payment


def change_due(amount: object, tendered: object) -> Decimal:
    """The change to hand back when ``tendered`` cash pays ``amount`` (shown at the counter
    before the payment is taken). ValidationError when either is not money or the cash is
    less than the amount."""
    value = parse_money(amount, "amount")
    given = parse_money(tendered, "tendered")
    if given < value:
        raise ValidationError(
            "tendered", QT_TRANSLATE_NOOP("errors", "Cash given is less than the amount")
        )
    return given - value


def pay(
    db: Database,
    actor: Actor,
    ticket_no: str,
    amount: object,
    method: str,
    *,
    tendered: object | None = None,
    reference: str = "",
    expected_version: int | None = None,
) -> int:
    """Take a payment. Before the device is ready it is a deposit, then a final payment.

    Validates: amount positive with 2 decimals and not above the balance; method known;
    cash tendered not below the amount. Returns the payment id.
    """
    require_role(actor, "clerk")
    value = parse_money(amount, "amount")
    if value == 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "Amount: must be above zero"))
    method = _check_method(method)
    cash_given = parse_money(tendered, "tendered") if tendered not in (None, "") else None
    if cash_given is not None:
        change_due(value, cash_given)  # refuses cash below the amount
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        require_open(ticket)
        payment = record_payment(
            session, actor, ticket, value, method, tendered=cash_given, reference=reference
        )
        return payment.id


def record_payment(
    session: Session,
    actor: Actor,
    ticket: Ticket,
    value: Decimal,
    method: str,
    *,
    tendered: Decimal | None = None,
    reference: str = "",
) -> Payment:
    """Inside the caller's transaction: refuse more than the balance, add the payment (a
    final payment once the device is ready, else a deposit) and its ticket event."""
    totals = ticket_totals(session, ticket)
    if value > totals.balance:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP(
                "errors", "{amount} is more than the balance of {balance} on {ticket_no}"
            ),
            amount=f"{value:.2f}",
            balance=f"{totals.balance:.2f}",
            ticket_no=ticket.ticket_no,
        )
    kind = "final" if ticket.status in states.WAITING_FOR_CUSTOMER else "deposit"
    payment = money_out(
        session,
        ticket,
        method,
        value,
        actor,
        kind=kind,
        tendered=tendered if method == "cash" else None,
        reference=clean_text(reference, "reference", 100),
        note="",
    )
    add_event(
        session,
        ticket,
        actor,
        "payment",
        names.event_note("payment", kind=kind, method=method, amount=f"{value:.2f}"),
    )
    return payment


def refund(
    db: Database,
    actor: Actor,
    ticket_no: str,
    payment_id: int,
    amount: object | None = None,
    reason: str = "",
    expected_version: int | None = None,
) -> int:
    """Refund (part of) a payment, as a negative payment referencing it (manager only).

    Validates: the payment belongs to the ticket, the amount does not exceed what is left
    of it after earlier refunds, a reason is given. Returns the refund's id.
    """
    require_role(actor, "manager")
    text = clean_text(reason, "reason", 500, required=True)
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        original = session.get(Payment, payment_id)
        if original is None or original.ticket_id != ticket.id or original.amount <= 0:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No payment {payment_id} on {ticket_no}"),
                payment_id=payment_id,
                ticket_no=ticket.ticket_no,
            )
        refunded = session.scalar(
            select(func.coalesce(func.sum(Payment.amount), 0, type_=Money)).where(
                Payment.refund_of_id == original.id
            )
        ) or Decimal("0.00")
        refundable = original.amount + refunded
        value = parse_money(amount, "amount") if amount is not None else refundable
        if value <= 0 or value > refundable:
            raise ValidationError(
                "amount",
                QT_TRANSLATE_NOOP("errors", "At most {refundable} of that payment can be refunded"),
                refundable=f"{refundable:.2f}",
            )
        row = money_out(
            session,
            ticket,
            original.method,
            -value,
            actor,
            kind="refund",
            refund_of_id=original.id,
            reference="",
            note=text,
        )
        note = names.event_note(
            "refund", method=original.method, amount=f"-{value:.2f}", reason=text
        )
        add_event(session, ticket, actor, "refund", note)
        return row.id
