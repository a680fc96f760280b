"""Documents as data: what each printed paper says, built from the services (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from counter_app.services import settings as settings_service
from counter_app.services import tickets as ticket_service
from counter_app.services.dto import Actor, TicketDetail
from counter_app.timeutil import local_today, to_local
from counter_app.validation import mask_phone

KINDS = ("label", "intake", "quote", "receipt")


@dataclass(frozen=True)
class Shop:
    name: str
    address: str
    phone: str
    currency: str
    time_zone: str
    intake_terms: str
    receipt_terms: str
    quote_valid_days: int
    repair_warranty_days: int


@dataclass(frozen=True)
class Document:
    """Everything any of the four papers prints about one ticket."""

    kind: str
    shop: Shop
    ticket: TicketDetail
    phone_masked: str
    received_local: datetime
    promised_local: datetime | None
    printed_local: datetime
    warranty_end: date | None  # the repair warranty's end (expected, if not yet collected)
    warranty_expected: bool
    paid_by_method: tuple[tuple[str, Decimal], ...]
    change_given: Decimal
    quote_valid_until: date


def shop_of(settings: dict[str, Any]) -> Shop:
    return Shop(
        name=settings["store_name"],
        address=settings["store_address"],
        phone=settings["store_phone"],
        currency=settings["currency"],
        time_zone=settings["time_zone"],
        intake_terms=settings["intake_terms"],
        receipt_terms=settings["receipt_terms"],
        quote_valid_days=int(settings["quote_valid_days"]),
        repair_warranty_days=int(settings["repair_warranty_days"]),
    )


def _quote_valid_until(ticket: TicketDetail, shop: Shop, printed: datetime) -> date:
    """A quote is valid for the shop's days from when it was sent (the latest quote's own
    time), so a reprint does not extend it; the print date only when there is no quote."""
    sent = max((q.created_at for q in ticket.quotes), default=None)
    start = to_local(sent, shop.time_zone) if sent else printed
    assert start is not None
    return start.date() + timedelta(days=shop.quote_valid_days)


def build(
    db: Database, actor: Actor, kind: str, ticket_no: str, now: datetime | None = None
) -> Document:
    """The data of one document. Raises NotFound for an unknown ticket, ValidationError for
    an unknown kind or a receipt of a ticket with no payments (nothing to put on it)."""
    if kind not in KINDS:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP("errors", "Unknown document {kind}; use one of: {allowed}"),
            kind=kind,
            allowed=", ".join(KINDS),
        )
    ticket = ticket_service.detail(db, actor, ticket_no)
    settings = settings_service.get_all(db)
    shop = shop_of(settings)
    if kind == "receipt" and not ticket.payments:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP(
                "errors", "Ticket {ticket_no} has no payments yet: there is no receipt to print"
            ),
            ticket_no=ticket.ticket_no,
        )
    if kind == "quote" and not ticket.quotes:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Ticket {ticket_no} has no quote yet"),
            ticket_no=ticket.ticket_no,
        )
    tz = shop.time_zone
    printed = to_local(now, tz) if now else to_local(datetime.now().astimezone(), tz)
    assert printed is not None
    received = to_local(ticket.received_at, tz)
    assert received is not None
    warranty_end = ticket.warranty_until
    expected = False
    if (
        warranty_end is None
        and ticket.status not in ("collected", "cancelled", "declined")
        and ticket.service_type != "consultation"
        and not ticket.is_comeback
    ):
        warranty_end = local_today(tz) + timedelta(days=shop.repair_warranty_days)
        expected = True
    by_method: dict[str, Decimal] = {}
    for payment in ticket.payments:
        by_method[payment.method] = by_method.get(payment.method, Decimal("0.00")) + payment.amount
    change = sum((p.change for p in ticket.payments if p.change), Decimal("0.00"))
    return Document(
        kind=kind,
        shop=shop,
        ticket=ticket,
        phone_masked=mask_phone(ticket.customer.phone),
        received_local=received,
        promised_local=to_local(ticket.promised_at, tz),
        printed_local=printed,
        warranty_end=warranty_end,
        warranty_expected=expected,
        paid_by_method=tuple(by_method.items()),
        change_given=change,
        quote_valid_until=_quote_valid_until(ticket, shop, printed),
    )
