"""Loaner phones (备用机): a shop phone lent to the customer while their device is in repair,
with an optional deposit, given back before (or when) the repaired device is collected.

One loaner out per ticket at a time; a loaner (by IMEI) is out on one ticket at a time; only
an open ticket lends one. The deposit is held, not a payment of the job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, ValidationError
from counter_app.models import CLOSED_STATUSES, Loaner, Ticket
from counter_app.money import ZERO, parse_money
from counter_app.services.base.common import add_event, get_ticket, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.stores import chain as stores
from counter_app.timeutil import local_day_bounds, utcnow
from counter_app.validation import normalize_imei


@dataclass(frozen=True)
class LoanerInfo:
    id: int
    ticket_no: str
    imei: str
    deposit: Decimal
    out_at: datetime
    back_at: datetime | None

    @property
    def out(self) -> bool:
        return self.back_at is None


def _info(row: Loaner, ticket_no: str) -> LoanerInfo:
    return LoanerInfo(
        id=row.id,
        ticket_no=ticket_no,
        imei=row.imei,
        deposit=row.deposit,
        out_at=row.out_at,
        back_at=row.back_at,
    )


def _out_on(session: Session, ticket_id: int) -> Loaner | None:
    return session.scalar(
        select(Loaner).where(Loaner.ticket_id == ticket_id, Loaner.back_at.is_(None)).limit(1)
    )


def lend(
    db: Database, actor: Actor, ticket_no: str, imei: str, deposit: object = None
) -> LoanerInfo:
    """Lend the loaner ``imei`` on the ticket. Refused (nothing written): a bad IMEI or
    deposit, a closed ticket, a loaner already out on this ticket, that phone out on another
    ticket. Clerk."""
    require_role(actor, "clerk")
    code = normalize_imei(imei)
    amount = parse_money(deposit, "deposit") if deposit not in (None, "") else ZERO
    if amount < 0:
        raise ValidationError("deposit", QT_TRANSLATE_NOOP("errors", "Deposit: cannot be negative"))
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        if ticket.status in CLOSED_STATUSES:
            raise NotAllowed(
                QT_TRANSLATE_NOOP("errors", "Ticket {ticket_no} is {status}: no loaner now"),
                ticket_no=ticket.ticket_no,
                status=ticket.status,
            )
        if _out_on(session, ticket.id) is not None:
            raise NotAllowed(
                QT_TRANSLATE_NOOP("errors", "A loaner is already out on {ticket_no}"),
                ticket_no=ticket.ticket_no,
            )
        elsewhere = session.execute(
            select(Ticket.ticket_no)
            .join(Loaner, Loaner.ticket_id == Ticket.id)
            .where(Loaner.imei == code, Loaner.back_at.is_(None))
            .limit(1)
        ).scalar()
        if elsewhere is not None:
            raise NotAllowed(
                QT_TRANSLATE_NOOP("errors", "Loaner {imei} is out on {ticket_no}"),
                imei=code,
                ticket_no=elsewhere,
            )
        row = Loaner(
            ticket_id=ticket.id, imei=code, deposit=amount, out_at=utcnow(), out_by_id=actor.id
        )
        session.add(row)
        add_event(
            session,
            ticket,
            actor,
            "loaner",
            names.event_note("loaner_out", imei=code, deposit=f"{amount:.2f}"),
        )
        session.flush()
        return _info(row, ticket.ticket_no)


def give_back(db: Database, actor: Actor, ticket_no: str) -> LoanerInfo:
    """The loaner out on the ticket came back. Refused: no loaner out on it. Clerk."""
    require_role(actor, "clerk")
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        row = _out_on(session, ticket.id)
        if row is None:
            raise NotAllowed(
                QT_TRANSLATE_NOOP("errors", "No loaner is out on {ticket_no}"),
                ticket_no=ticket.ticket_no,
            )
        row.back_at = utcnow()
        row.back_by_id = actor.id
        add_event(session, ticket, actor, "loaner", names.event_note("loaner_back", imei=row.imei))
        session.flush()
        return _info(row, ticket.ticket_no)


def of_ticket(db: Database, ticket_no: str) -> list[LoanerInfo]:
    """The ticket's loaners, the latest first."""
    with db.read() as session:
        ticket = get_ticket(session, ticket_no)
        rows = session.scalars(
            select(Loaner).where(Loaner.ticket_id == ticket.id).order_by(Loaner.out_at.desc())
        ).all()
        return [_info(r, ticket.ticket_no) for r in rows]


def of_day(
    session: Session, day: date, tz_name: str, store_id: int | None = None
) -> dict[str, list[LoanerInfo]]:
    """A local business day's loaners for the daily report (one store's tickets, or all):
    lent that day, given back that day, and every one still out at the end of the day."""
    start, end = local_day_bounds(day, tz_name)
    query = (
        select(Loaner, Ticket.ticket_no)
        .join(Ticket, Ticket.id == Loaner.ticket_id)
        .where(Loaner.out_at < end, or_(Loaner.back_at.is_(None), Loaner.back_at >= start))
        .order_by(Loaner.out_at, Loaner.id)
    )
    if store_id is not None:
        query = query.where(Ticket.store_id == store_id)
    rows = session.execute(query).all()
    lent = [_info(r, no) for r, no in rows if r.out_at >= start]
    back = [_info(r, no) for r, no in rows if r.back_at is not None and start <= r.back_at < end]
    still_out = [_info(r, no) for r, no in rows if r.back_at is None or r.back_at >= end]
    return {"lent": lent, "returned": back, "out": still_out}


def of_day_listed(day: dict[str, list[LoanerInfo]]) -> list[LoanerInfo]:
    """``of_day``'s loaners once each (lent, given back or still out), in lending order:
    the rows the printed and Excel daily reports list."""
    seen: dict[int, LoanerInfo] = {}
    for kind in ("lent", "returned", "out"):
        for loan in day.get(kind, []):
            seen.setdefault(loan.id, loan)
    return sorted(seen.values(), key=lambda loan: (loan.out_at, loan.id))


def day_report(db: Database, actor: Actor, day: date) -> dict[str, list[LoanerInfo]]:
    """``of_day`` in the actor's store's time zone."""
    with db.read() as session:
        return of_day(session, day, stores.local_zone(session, actor=actor))
