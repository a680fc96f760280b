"""Helpers every service uses: permission checks, ticket lookup, events and audit rows."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from counter_app.errors import QT_TRANSLATE_NOOP, Conflict, NotAllowed, NotFound
from counter_app.models import CLOSED_STATUSES, AuditEvent, Store, Ticket, TicketEvent, UserStore
from counter_app.names import EventNote
from counter_app.services.base.dto import Actor
from counter_app.timeutil import utcnow


def require_role(actor: Actor, *roles: str) -> None:
    """The manager may do everything; others only what their role lists."""
    if actor.role == "manager" or actor.role in roles:
        return
    raise NotAllowed(
        QT_TRANSLATE_NOOP("errors", "{user} ({role}) may not do this; it needs: {roles}"),
        user=actor.display_name,
        role=actor.role,
        roles=", ".join(("manager",) + tuple(r for r in roles if r != "manager")),
    )


def normalize_ticket_no(ticket_no: str) -> str:
    return (ticket_no or "").strip().upper()


def get_ticket(session: Session, ticket_no: str) -> Ticket:
    ticket = session.scalar(
        select(Ticket).where(Ticket.ticket_no == normalize_ticket_no(ticket_no))
    )
    if ticket is None:
        raise ticket_not_found(ticket_no)
    return ticket


def ticket_not_found(ticket_no: str) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("errors", "No ticket {ticket_no}"), ticket_no=ticket_no.strip()
    )


def require_open(ticket: Ticket) -> None:
    """Refuse changes to a collected or cancelled ticket."""
    if ticket.status in CLOSED_STATUSES:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("errors", "Ticket {ticket_no} is closed"), ticket_no=ticket.ticket_no
        )


def check_version(ticket: Ticket, expected_version: int | None) -> None:
    """Refuse a save based on a stale read (another counter saved in between)."""
    if expected_version is not None and ticket.version != expected_version:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "Ticket {ticket_no} was changed by someone else; reload it and try again.",
            ),
            ticket_no=ticket.ticket_no,
        )


def touch(ticket: Ticket) -> None:
    """Mark the ticket changed: bumps its version (optimistic lock) on flush."""
    ticket.updated_at = utcnow()


def touch_appended(session: Session, ticket: Ticket) -> None:
    """Mark the ticket changed by a pure append (a note): every screen sees a new version,
    but nothing is checked against the version read, so counters appending at once never
    refuse each other (one atomic increment; edits keep their optimistic check)."""
    table = cast(Table, Ticket.__table__)
    session.execute(
        update(table)
        .where(table.c.id == ticket.id)
        .values(version=table.c.version + 1, updated_at=utcnow())
    )


def works_at(session: Session, user_id: int, store_id: int) -> bool:
    return (
        session.scalar(
            select(UserStore.user_id).where(
                UserStore.user_id == user_id, UserStore.store_id == store_id
            )
        )
        is not None
    )


def require_works_at(session: Session, actor: Actor, store_id: int | None) -> None:
    """Writing at a store needs an account that works there (the manager included): another
    store's ticket is read-only, with the store named."""
    if store_id is None or works_at(session, actor.id, store_id):
        return
    store = session.get(Store, store_id)
    raise NotAllowed(
        QT_TRANSLATE_NOOP(
            "errors", "{user} does not work at store {store}; its records are read-only here"
        ),
        user=actor.display_name,
        store=f"{store.code} {store.name}" if store else str(store_id),
    )


def add_event(
    session: Session,
    ticket: Ticket,
    actor: Actor,
    kind: str,
    note: str | EventNote = "",
    *,
    from_status: str | None = None,
    to_status: str | None = None,
    append_only: bool = False,
) -> TicketEvent:
    """Every change to a ticket writes one: so this is where a ticket of a store the actor
    does not work at is refused (nothing is written). ``append_only``: the event is all the
    change (a note), made without the optimistic version check (``touch_appended``).
    ``note``: text a person typed, or a coded note (``names.event_note``)."""
    require_works_at(session, actor, ticket.store_id)
    event = TicketEvent(
        ticket_id=ticket.id,
        at=utcnow(),
        user_id=actor.id,
        kind=kind,
        from_status=from_status,
        to_status=to_status,
        note=note if isinstance(note, str) else "",
        note_code=None if isinstance(note, str) else note.code,
        note_params=None if isinstance(note, str) else note.params_json(),
    )
    session.add(event)
    if append_only:
        touch_appended(session, ticket)
    else:
        touch(ticket)
    return event


def audit(
    session: Session, actor: Actor | None, action: str, entity: str, entity_id: object, detail=""
) -> None:
    session.add(
        AuditEvent(
            at=utcnow(),
            user_id=actor.id if actor else None,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            detail=str(detail),
        )
    )
