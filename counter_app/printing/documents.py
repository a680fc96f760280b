"""Documents as data: what each printed paper says, built from the services (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from counter_app.services.base.dto import Actor, TicketDetail
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.stores import chain as stores
from counter_app.services.tickets import jobs as ticket_service
from counter_app.services.warranty import engine as warranty
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
    repair_warranty_months: int
    care_instructions: str = ""


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
    # Hand-over (receipt) content: what is covered until when, who handed it over.
    settlement: tuple[str, str, tuple[tuple[str, str], ...]] = ("undecided", "", ())
    covered: tuple[tuple[str, date], ...] = ()  # (item code or "repair", last day covered)
    deposits: Decimal = Decimal("0.00")
    final_payments: Decimal = Decimal("0.00")
    tendered: Decimal = Decimal("0.00")
    clerk_name: str = ""


def worded(key: str, value: str) -> str:
    """A printed-words setting (terms, care instructions): its default in the language the
    document is printed in; what the shop wrote itself, as written."""
    default = settings_service.SPEC_BY_KEY[key].default
    if value != default:
        return value
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("settings", default)


def shop_of(settings: ShopSettings, time_zone: str) -> Shop:
    """The shop as printed; ``time_zone``: the store's (stores.time_zone_for)."""
    return Shop(
        name=settings.store_name,
        address=settings.store_address,
        phone=settings.store_phone,
        currency=settings.currency,
        time_zone=time_zone,
        intake_terms=worded("intake_terms", settings.intake_terms),
        receipt_terms=worded("receipt_terms", settings.receipt_terms),
        quote_valid_days=settings.quote_valid_days,
        repair_warranty_months=settings.repair_warranty_months,
        care_instructions=worded("care_instructions", settings.care_instructions),
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
    an unknown kind or a receipt of a ticket neither collected nor paid (nothing to put on
    it): every collected job gets its hand-over receipt, free or paid."""
    if kind not in KINDS:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP("errors", "Unknown document {kind}; use one of: {allowed}"),
            kind=kind,
            allowed=", ".join(KINDS),
        )
    ticket = ticket_service.detail(db, actor, ticket_no)
    settings = settings_service.get_all(db)
    shop = shop_of(settings, stores.time_zone_for(db, actor))
    if kind == "receipt" and not ticket.payments and ticket.status != "collected":
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
    if warranty_end is None and ticket.warranty_code == "comeback_same_fault":
        # A same-fault comeback keeps the first repair's end: the clock is not restarted.
        inherited = ticket.warranty_params.get("until")
        warranty_end = date.fromisoformat(inherited) if inherited else None
    if (
        warranty_end is None
        and ticket.status not in ("collected", "cancelled", "declined")
        and ticket.service_type != "consultation"
        and not ticket.is_comeback
        and ticket.outcome is None  # beyond repair: goes back unrepaired, no warranty
    ):
        warranty_end = warranty.repair_warranty_end(
            local_today(tz), warranty.Policy.from_settings(settings)
        )
        expected = True
    by_method: dict[str, Decimal] = {}
    for payment in ticket.payments:
        by_method[payment.method] = by_method.get(payment.method, Decimal("0.00")) + payment.amount
    change = sum((p.change for p in ticket.payments if p.change), Decimal("0.00"))
    covered: list[tuple[str, date]] = []
    if ticket.warranty_kind == "manufacturer" and ticket.warranty_ends is not None:
        covered.append((ticket.warranty_item, ticket.warranty_ends))
    if warranty_end is not None and not expected:
        covered.append(("repair", warranty_end))

    def paid_as(kind: str) -> Decimal:
        return sum((p.amount for p in ticket.payments if p.kind == kind), Decimal("0.00"))

    tendered = sum((p.tendered for p in ticket.payments if p.tendered), Decimal("0.00"))
    collector = next(
        (e.user for e in reversed(ticket.events) if e.to_status == "collected"), actor.display_name
    )
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
        settlement=(
            ticket.warranty_decision,
            ticket.warranty_code,
            tuple(sorted(ticket.warranty_params.items())),
        ),
        covered=tuple(covered),
        deposits=paid_as("deposit"),
        final_payments=paid_as("final"),
        tendered=tendered,
        clerk_name=collector,
    )
