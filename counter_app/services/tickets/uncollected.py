"""Devices ready but not collected: how long each has waited, the notices the customer was
sent, and the day it may be disposed of (the intake slip's promise, tracked)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed
from counter_app.models import Customer, Device, Ticket, TicketEvent
from counter_app.services.base.common import add_event, get_ticket, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.stores import chain as stores
from counter_app.timeutil import to_local, utcnow
from counter_app.validation import clean_text, mask_phone

NOTICE_KIND = "notice"  # the ticket event of a notice sent for a device not collected


@dataclass(frozen=True)
class UncollectedTicket:
    ticket_no: str
    customer_name: str
    phone_masked: str
    device: str
    ready_on: date  # the store's local day the job became ready
    days_waiting: int  # whole local days since then
    notices_sent: int
    next_notice_day: int | None  # the next stage (days after ready); None: all were sent
    notice_due: bool  # a stage has come that has no notice yet
    disposal_on: date  # from this day the device may be disposed of
    disposal_due: bool


def notice_stages(settings: ShopSettings) -> list[int]:
    """The notice stages, days after ready (setting ``uncollected_notice_days``)."""
    return sorted({int(day) for day in settings.uncollected_notice_days})


def waiting_days(ready_at: datetime, today: date, tz: str) -> tuple[date, int]:
    """The local day the job became ready and the whole local days since (0 on that day)."""
    local = to_local(ready_at, tz)
    assert local is not None
    return local.date(), (today - local.date()).days


def uncollected(db: Database, actor: Actor, now: datetime | None = None) -> list[UncollectedTicket]:
    """Every ready ticket not collected, longest waiting first. Any role may read it."""
    now = now or utcnow()
    with db.read() as session:
        settings = settings_service.load_all(session)
        tz = stores.local_zone(session, actor=actor)
        local_now = to_local(now, tz)
        assert local_now is not None
        today = local_now.date()
        stages = notice_stages(settings)
        keep_days = settings.uncollected_disposal_days
        notices = _notices_since_ready(Ticket.id, Ticket.completed_at).scalar_subquery()
        rows = session.execute(
            select(
                Ticket.ticket_no,
                Customer.name,
                Customer.phone,
                Device.brand,
                Device.model,
                Ticket.completed_at,
                notices,
            )
            .join(Customer, Customer.id == Ticket.customer_id)
            .join(Device, Device.id == Ticket.device_id)
            .where(Ticket.status == "ready", Ticket.completed_at.is_not(None))
            .order_by(Ticket.completed_at, Ticket.id)
        ).all()
    result = []
    for ticket_no, name, phone, brand, model, ready_at, sent in rows:
        ready_on, days = waiting_days(ready_at, today, tz)
        sent = int(sent or 0)
        reached = sum(1 for day in stages if day <= days)
        disposal_on = ready_on + timedelta(days=keep_days)
        result.append(
            UncollectedTicket(
                ticket_no=ticket_no,
                customer_name=name,
                phone_masked=mask_phone(phone) if phone else "",
                device=f"{brand} {model}",
                ready_on=ready_on,
                days_waiting=days,
                notices_sent=sent,
                next_notice_day=stages[sent] if sent < len(stages) else None,
                notice_due=reached > sent,
                disposal_on=disposal_on,
                disposal_due=today >= disposal_on,
            )
        )
    return result


def _notices_since_ready(ticket_id: Any, ready_at: Any) -> Any:
    return select(func.count(TicketEvent.id)).where(
        TicketEvent.ticket_id == ticket_id,
        TicketEvent.kind == NOTICE_KIND,
        TicketEvent.at >= ready_at,
    )


def record_notice(
    session: Session, ticket: Ticket, actor: Actor, note: str | names.EventNote
) -> int:
    """A notice about the device waiting was sent (a message, a call), inside the caller's
    transaction; returns the notices since the job became ready."""
    add_event(session, ticket, actor, NOTICE_KIND, note)
    session.flush()
    assert ticket.completed_at is not None
    return int(session.scalar(_notices_since_ready(ticket.id, ticket.completed_at)) or 0)


def notice_given(db: Database, actor: Actor, ticket_no: str, note: str = "") -> int:
    """Record a notice sent by hand about a ready ticket. Clerk (or manager). Raises
    NotAllowed (role, a ticket not ready), NotFound. Returns the notices sent so far."""
    require_role(actor, "clerk")
    text = clean_text(note, "note", 500)
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        if ticket.status != "ready" or ticket.completed_at is None:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors", "Ticket {ticket_no} is {status}: only a ready device waits"
                ),
                ticket_no=ticket.ticket_no,
                status=ticket.status,
            )
        return record_notice(session, ticket, actor, text)
