"""The till (cash drawer) of a store's PC: opened with a float, petty cash paid out,
closed with the cash counted against what the drawer should hold.

expected = float + cash taken - cash refunded - payouts, over the session's cash payments
(each cash payment is tied to the till open at its store and PC when it is taken);
variance = counted - expected. A variance beyond the ``till_variance_limit`` setting is
flagged for the manager.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, ValidationError
from counter_app.models import Money, Payment, TillPayout, TillSession, User
from counter_app.money import parse_money
from counter_app.services.base.common import audit, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.stores import chain as stores
from counter_app.timeutil import utcnow
from counter_app.validation import clean_text

ZERO = Decimal("0.00")
ENV_STATION = "COUNTER_STATION"


def station_name() -> str:
    """This PC's name for its till: $COUNTER_STATION, else the host name."""
    name = os.environ.get(ENV_STATION) or socket.gethostname() or "counter"
    return name.strip()[:100] or "counter"


@dataclass(frozen=True)
class TillSummary:
    """A till session's figures; ``counted``/``variance`` once it is closed."""

    session_id: int
    store_id: int
    station: str
    opened_at: datetime
    opened_by: str
    float_amount: Decimal
    cash_taken: Decimal
    cash_refunded: Decimal  # positive: what went out of the drawer
    payouts: Decimal
    expected: Decimal
    is_open: bool
    closed_at: datetime | None = None
    closed_by: str | None = None
    counted: Decimal | None = None
    variance: Decimal | None = None
    flagged: bool = False
    note: str = ""


def open_session(session: Session, store_id: int, station: str | None = None) -> TillSession | None:
    """The till open at ``store_id`` on this PC (or ``station``), if any."""
    return session.scalar(
        select(TillSession).where(
            TillSession.store_id == store_id,
            TillSession.station == (station or station_name()),
            TillSession.closed_at.is_(None),
        )
    )


def till_for_cash(session: Session, store_id: int, settings: ShopSettings) -> int | None:
    """The till a cash payment or refund at ``store_id`` goes into: the one open on this
    PC; None when none is open, refused (ValidationError) when the shop requires a till."""
    till = open_session(session, store_id)
    if till is None and settings.till_required:
        raise ValidationError(
            "till",
            QT_TRANSLATE_NOOP(
                "errors", "Cash needs an open till: open it first (till open --float AMOUNT)"
            ),
        )
    return till.id if till is not None else None


def _figures(session: Session, till: TillSession, limit: Decimal) -> TillSummary:
    taken, refunded = session.execute(
        select(
            func.coalesce(func.sum(Payment.amount).filter(Payment.amount > 0), 0, type_=Money),
            func.coalesce(func.sum(Payment.amount).filter(Payment.amount < 0), 0, type_=Money),
        ).where(Payment.till_session_id == till.id, Payment.method == "cash")
    ).one()
    paid_out = session.scalar(
        select(func.coalesce(func.sum(TillPayout.amount), 0, type_=Money)).where(
            TillPayout.session_id == till.id
        )
    )
    taken, refunded, paid_out = Decimal(taken), -Decimal(refunded), Decimal(paid_out or 0)
    expected = till.float_amount + taken - refunded - paid_out
    names = dict(
        session.execute(
            select(User.id, User.display_name).where(
                User.id.in_([till.opened_by_id, till.closed_by_id or till.opened_by_id])
            )
        ).all()
    )
    variance = till.counted - expected if till.counted is not None else None
    return TillSummary(
        session_id=till.id,
        store_id=till.store_id,
        station=till.station,
        opened_at=till.opened_at,
        opened_by=names.get(till.opened_by_id, "?"),
        float_amount=till.float_amount,
        cash_taken=taken,
        cash_refunded=refunded,
        payouts=paid_out,
        expected=expected,
        is_open=till.closed_at is None,
        closed_at=till.closed_at,
        closed_by=names.get(till.closed_by_id) if till.closed_by_id else None,
        counted=till.counted,
        variance=variance,
        flagged=variance is not None and abs(variance) > limit,
        note=till.note,
    )


def summary(session: Session, till: TillSession) -> TillSummary:
    """A session's figures inside the caller's transaction (the daily report's too)."""
    limit = settings_service.load_all(session).till_variance_limit
    return _figures(session, till, limit)


def _require_open(session: Session, actor: Actor) -> TillSession:
    store_id = stores.acting_store_id(session, actor)
    till = open_session(session, store_id)
    if till is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "No till is open on {station}: open it first (till open --float AMOUNT)"
            ),
            station=station_name(),
        )
    return till


def open_till(db: Database, actor: Actor, float_amount: object) -> TillSummary:
    """Open this PC's till at the acting store with the float counted in (clerk).
    ValidationError for a bad amount; NotAllowed when one is open already."""
    require_role(actor, "clerk")
    value = parse_money(float_amount, "float")
    with db.write() as session:
        store_id = stores.acting_store_id(session, actor)
        if open_session(session, store_id) is not None:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors", "The till on {station} is open already: close it first"
                ),
                station=station_name(),
            )
        till = TillSession(
            store_id=store_id,
            station=station_name(),
            opened_at=utcnow(),
            opened_by_id=actor.id,
            float_amount=value,
            note="",
        )
        session.add(till)
        session.flush()
        audit(session, actor, "till_opened", "till", till.id, f"{value:.2f}")
        return summary(session, till)


def payout(db: Database, actor: Actor, amount: object, reason: str) -> TillSummary:
    """Petty cash out of the open till, with the reason (clerk). Refuses more than the
    drawer should hold (ValidationError) and a closed till (NotAllowed)."""
    require_role(actor, "clerk")
    value = parse_money(amount, "amount")
    if value <= 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "Amount: must be above zero"))
    text = clean_text(reason, "reason", 500, required=True)
    with db.write() as session:
        till = _require_open(session, actor)
        before = summary(session, till)
        if value > before.expected:
            raise ValidationError(
                "amount",
                QT_TRANSLATE_NOOP("errors", "The till should hold only {expected}"),
                expected=f"{before.expected:.2f}",
            )
        session.add(
            TillPayout(session_id=till.id, amount=value, reason=text, at=utcnow(), user_id=actor.id)
        )
        session.flush()
        audit(session, actor, "till_payout", "till", till.id, f"{value:.2f}: {text}")
        return summary(session, till)


def close_till(db: Database, actor: Actor, counted: object, note: str = "") -> TillSummary:
    """Close this PC's till with the cash counted (clerk): the expected cash, the count
    and the variance are kept on the session. NotAllowed when no till is open."""
    require_role(actor, "clerk")
    value = parse_money(counted, "counted")
    text = clean_text(note, "note", 500)
    with db.write() as session:
        till = _require_open(session, actor)
        expected = summary(session, till).expected
        till.closed_at = utcnow()
        till.closed_by_id = actor.id
        till.expected = expected
        till.counted = value
        till.note = text
        session.flush()
        audit(
            session,
            actor,
            "till_closed",
            "till",
            till.id,
            f"expected {expected:.2f} counted {value:.2f}",
        )
        return summary(session, till)


def status(db: Database, actor: Actor) -> TillSummary | None:
    """This PC's open till with its running figures, or None."""
    require_role(actor, "clerk")
    with db.read() as session:
        till = open_session(session, stores.acting_store_id(session, actor))
        return summary(session, till) if till is not None else None


@dataclass(frozen=True)
class CashReadiness:
    """Whether this PC can take cash into a till now: the window asks before the first
    cash payment of the day when no till is open (and always when the shop requires one)."""

    till_open: bool
    required: bool
    station: str


def cash_readiness(db: Database, actor: Actor) -> CashReadiness:
    """Is a till open on this PC at the acting store, and does the shop require one?"""
    require_role(actor, "clerk")
    with db.read() as session:
        store_id = stores.acting_store_id(session, actor)
        required = bool(settings_service.load_all(session).till_required)
        return CashReadiness(open_session(session, store_id) is not None, required, station_name())


# Note by note (and coin) for the counting helper: value of each, largest first.
DENOMINATIONS = tuple(Decimal(v) for v in ("100", "50", "20", "10", "5", "1", "0.5", "0.1"))


def count_notes(pieces: dict[Decimal, int]) -> Decimal:
    """The cash in a drawer counted note by note: ``{Decimal("100"): 3, ...}``."""
    total = ZERO
    for value, number in pieces.items():
        if number < 0:
            raise ValidationError(
                "counted", QT_TRANSLATE_NOOP("errors", "A count cannot be negative")
            )
        total += value * number
    return total.quantize(Decimal("0.01"))
