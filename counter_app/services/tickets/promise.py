"""Changing the promised completion time after intake, with the reason, in the history."""

from __future__ import annotations

from datetime import datetime, timedelta

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.services.base.common import (
    add_event,
    check_version,
    get_ticket,
    require_open,
    require_role,
)
from counter_app.services.base.dto import Actor
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.stores import chain as stores
from counter_app.timeutil import to_local, utcnow
from counter_app.validation import clean_text


def default_promise(settings: ShopSettings, priority: str, now: datetime) -> datetime:
    """When a job taken in at ``now`` is promised unless the clerk says otherwise: an urgent
    one sooner (紧急情况优先, ``urgent_promise_hours``), the rest ``default_promise_hours``."""
    if priority == "urgent":
        return now + timedelta(hours=settings.urgent_promise_hours)
    return now + timedelta(hours=settings.default_promise_hours)


def change_promise(
    db: Database,
    actor: Actor,
    ticket_no: str,
    promised_at: datetime,
    reason: str,
    expected_version: int | None = None,
) -> datetime:
    """Move the promised time of an open ticket; the old and new times and the reason go into
    its history. Raises ValidationError (no time zone, in the past, no reason), NotAllowed
    (role, a closed ticket), Conflict (stale version). Returns the new time (UTC)."""
    require_role(actor, "clerk", "technician")
    if promised_at.tzinfo is None:
        raise ValidationError(
            "promised_at", QT_TRANSLATE_NOOP("errors", "Promised time: give a time zone")
        )
    text = clean_text(reason, "reason", 500, required=True)
    now = utcnow()
    if promised_at <= now:
        raise ValidationError(
            "promised_at",
            QT_TRANSLATE_NOOP("errors", "Promised time: {at} is in the past"),
            at=promised_at.strftime("%Y-%m-%d %H:%M"),
        )
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        require_open(ticket)
        tz = stores.local_zone(session, store_id=ticket.store_id)
        old = to_local(ticket.promised_at, tz)
        new = to_local(promised_at, tz)
        assert new is not None
        ticket.promised_at = promised_at
        before = f"{old:%Y-%m-%d %H:%M}" if old else "—"
        after = f"{new:%Y-%m-%d %H:%M}"
        note = names.event_note("promise", before=before, after=after, reason=text)
        add_event(session, ticket, actor, "promise", note)
        return promised_at
