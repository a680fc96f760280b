"""Complaints (投诉): recording, assigning, resolving, closing and reopening, with history.

States: open -> in_progress (assigned) -> resolved -> closed; a resolved or closed complaint
may be reopened by the manager. A complaint is due ``complaint_serious_hours`` (serious) or
``complaint_normal_days`` (normal) after it was recorded; it is overdue while open or in
progress past that time. Clerks record complaints; the manager assigns, closes and reopens;
the responsible person (or a clerk, while nobody is) resolves; a technician sees the
complaints about their own jobs or against them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, NotFound, ValidationError
from counter_app.models import (
    COMPLAINT_CHANNELS,
    COMPLAINT_SEVERITIES,
    COMPLAINT_STATES,
    FEEDBACK_CLASSES,
    Complaint,
    ComplaintEvent,
    Customer,
    FollowUp,
    Ticket,
    User,
)
from counter_app.services.aftercare.common import masked, timeline_note
from counter_app.services.base.common import audit, get_ticket, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.timeutil import utcnow
from counter_app.validation import clean_text, normalize_phone, one_of

COMPLAINT_CLASSES = tuple(c for c in FEEDBACK_CLASSES if c != "satisfied")
ACTIVE_STATES = ("open", "in_progress")
DESCRIPTION_MAX = 4000
UNKNOWN_CLASS = QT_TRANSLATE_NOOP("errors", "Unknown complaint class {value}; one of: {choices}")


@dataclass(frozen=True)
class ComplaintEventInfo:
    at: datetime
    user: str
    kind: str
    from_state: str | None
    to_state: str | None
    note: str


@dataclass(frozen=True)
class ComplaintInfo:
    id: int
    state: str
    severity: str
    channel: str
    feedback_class: str
    description: str
    customer_name: str
    phone_masked: str
    ticket_no: str | None
    against: str | None  # username
    responsible: str | None  # username
    due_at: datetime
    overdue: bool
    resolution: str
    customer_told: bool
    created_at: datetime
    created_by: str
    resolved_at: datetime | None
    closed_at: datetime | None
    from_call: bool
    events: tuple[ComplaintEventInfo, ...] = ()


def due_after(settings: ShopSettings, severity: str, moment: datetime) -> datetime:
    """When a complaint recorded at ``moment`` must be resolved (the shop's settings)."""
    if severity == "serious":
        return moment + timedelta(hours=settings.complaint_serious_hours)
    return moment + timedelta(days=settings.complaint_normal_days)


def _user(session: Session, username: str | None, field: str) -> User | None:
    if username is None or not username.strip():
        return None
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "No user {name}"), name=username)
    return user


def _event(
    session: Session,
    complaint: Complaint,
    actor: Actor,
    kind: str,
    from_state: str | None,
    note: str = "",
) -> None:
    session.add(
        ComplaintEvent(
            complaint_id=complaint.id,
            at=utcnow(),
            user_id=actor.id,
            kind=kind,
            from_state=from_state,
            to_state=complaint.state,
            note=note,
        )
    )
    audit(session, actor, f"complaint_{kind}", "complaint", complaint.id, note)
    if complaint.ticket_id is not None:
        timeline_note(
            session,
            session.get(Ticket, complaint.ticket_id),
            actor,
            "complaint",
            {
                "id": complaint.id,
                "kind": kind,
                "state": complaint.state,
                "class": complaint.feedback_class,
            },
        )


def opened_row(
    settings: ShopSettings,
    created_by_id: int,
    created_at: datetime,
    *,
    customer_id: int,
    ticket_id: int | None,
    followup_id: int | None,
    channel: str,
    feedback_class: str,
    severity: str,
    description: str,
    against_id: int | None,
) -> dict[str, Any]:
    """The columns of a complaint just recorded: open, nobody responsible yet, due by its
    severity (the services and the demo)."""
    return {
        "customer_id": customer_id,
        "ticket_id": ticket_id,
        "followup_id": followup_id,
        "channel": channel,
        "feedback_class": feedback_class,
        "severity": severity,
        "description": description,
        "against_id": against_id,
        "responsible_id": None,
        "state": "open",
        "due_at": due_after(settings, severity, created_at),
        "resolution": "",
        "customer_told": False,
        "created_by_id": created_by_id,
        "created_at": created_at,
    }


def _new(session: Session, settings: ShopSettings, actor: Actor, **fields: Any) -> Complaint:
    complaint = Complaint(**opened_row(settings, actor.id, utcnow(), **fields))
    session.add(complaint)
    session.flush()
    _event(session, complaint, actor, "opened", None, complaint.feedback_class)
    return complaint


def open_from_call(
    session: Session,
    settings: ShopSettings,
    actor: Actor,
    call: FollowUp,
    feedback_class: str,
    comment: str,
) -> int | None:
    """The complaint a dissatisfied follow-up answer opens (inside the call's transaction);
    None for a caller who is not a customer (a consultation's callback)."""
    if call.customer_id is None:
        return None
    complaint = _new(
        session,
        settings,
        actor,
        customer_id=call.customer_id,
        ticket_id=call.ticket_id,
        followup_id=call.id,
        channel="phone",
        feedback_class=feedback_class,
        severity="normal",
        description=comment,
        against_id=None,
    )
    return complaint.id


def add(
    db: Database,
    actor: Actor,
    *,
    feedback_class: str,
    channel: str,
    severity: str,
    description: str,
    ticket_no: str | None = None,
    phone: str | None = None,
    against: str | None = None,
) -> ComplaintInfo:
    """Record a complaint about a ticket (or a customer found by phone). Clerk or manager.
    Refuses an unknown class, channel, severity or user, an empty description, and a phone
    with no customer (ValidationError / NotFound)."""
    require_role(actor, "clerk")
    feedback_class = one_of(feedback_class, COMPLAINT_CLASSES, "feedback_class", UNKNOWN_CLASS)
    channel = one_of(
        channel,
        COMPLAINT_CHANNELS,
        "channel",
        QT_TRANSLATE_NOOP("errors", "Unknown channel {value}; one of: {choices}"),
    )
    severity = one_of(
        severity,
        COMPLAINT_SEVERITIES,
        "severity",
        QT_TRANSLATE_NOOP("errors", "Unknown severity {value}; one of: {choices}"),
    )
    description = clean_text(description, "description", DESCRIPTION_MAX, required=True)
    if not (ticket_no or "").strip() and not (phone or "").strip():
        raise ValidationError(
            "customer",
            QT_TRANSLATE_NOOP("errors", "Give the ticket or the customer's phone"),
        )
    with db.write() as session:
        settings = settings_service.load_all(session)
        against_user = _user(session, against, "against")
        ticket = get_ticket(session, ticket_no) if ticket_no and ticket_no.strip() else None
        if ticket is not None:
            customer_id = ticket.customer_id
        else:
            e164 = normalize_phone(phone, settings.phone_region)
            customer_id_found = session.scalar(
                select(Customer.id)
                .where(Customer.phone == e164, Customer.anonymised_at.is_(None))
                .order_by(Customer.id)
                .limit(1)
            )
            if customer_id_found is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "No customer with phone {phone}"), phone=phone
                )
            customer_id = customer_id_found
        complaint = _new(
            session,
            settings,
            actor,
            customer_id=customer_id,
            ticket_id=ticket.id if ticket else None,
            followup_id=None,
            channel=channel,
            feedback_class=feedback_class,
            severity=severity,
            description=description,
            against_id=against_user.id if against_user else None,
        )
        return _info(session, complaint)


def _get(session: Session, complaint_id: int) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No complaint {id}"), id=complaint_id)
    return complaint


def _require_state(complaint: Complaint, allowed: tuple[str, ...], template: str) -> None:
    """Refuse a transition not allowed from the complaint's state (nothing written)."""
    if complaint.state not in allowed:
        raise ValidationError("state", template, id=complaint.id, state=complaint.state)


def assign(db: Database, actor: Actor, complaint_id: int, username: str) -> ComplaintInfo:
    """Make a staff member responsible; an open complaint moves to in progress. Manager."""
    require_role(actor, "manager")
    with db.write() as session:
        complaint = _get(session, complaint_id)
        _require_state(
            complaint,
            ACTIVE_STATES,
            QT_TRANSLATE_NOOP(
                "errors", "Complaint {id} is {state}; only an unresolved one can be assigned"
            ),
        )
        user = _user(session, username, "responsible")
        if user is None:
            raise ValidationError(
                "responsible", QT_TRANSLATE_NOOP("errors", "Responsible person: required")
            )
        before = complaint.state
        complaint.responsible_id = user.id
        complaint.state = "in_progress"
        _event(session, complaint, actor, "assigned", before, user.username)
        return _info(session, complaint)


def resolve(
    db: Database, actor: Actor, complaint_id: int, resolution: str, *, told: bool = False
) -> ComplaintInfo:
    """Record the resolution (required) and whether the customer was told. The responsible
    person or the manager; a clerk while nobody is responsible."""
    require_role(actor, "clerk", "technician")
    resolution = clean_text(resolution, "resolution", DESCRIPTION_MAX, required=True)
    with db.write() as session:
        complaint = _get(session, complaint_id)
        _require_state(
            complaint,
            ACTIVE_STATES,
            QT_TRANSLATE_NOOP("errors", "Complaint {id} is {state}; it cannot be resolved again"),
        )
        responsible = complaint.responsible_id == actor.id
        clerk_may = complaint.responsible_id is None and actor.role == "clerk"
        if actor.role != "manager" and not responsible and not clerk_may:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors", "Only the responsible person or the manager may resolve it"
                )
            )
        before = complaint.state
        complaint.state = "resolved"
        complaint.resolution = resolution
        complaint.customer_told = told
        complaint.resolved_at = utcnow()
        _event(session, complaint, actor, "resolved", before, "told" if told else "")
        return _info(session, complaint)


def close(db: Database, actor: Actor, complaint_id: int) -> ComplaintInfo:
    """Close a resolved complaint whose customer was told the result (结果通报客户).
    Manager. Raises ValidationError for an unresolved one or a customer not told."""
    require_role(actor, "manager")
    with db.write() as session:
        complaint = _get(session, complaint_id)
        _require_state(
            complaint,
            ("resolved",),
            QT_TRANSLATE_NOOP(
                "errors", "Complaint {id} is {state}; only a resolved complaint can be closed"
            ),
        )
        if not complaint.customer_told:
            raise ValidationError(
                "told",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Complaint {id}: tell the customer the result first (reopen it and resolve "
                    "it with the customer told)",
                ),
                id=complaint.id,
            )
        complaint.state = "closed"
        complaint.closed_at = utcnow()
        _event(session, complaint, actor, "closed", "resolved")
        return _info(session, complaint)


def reopen(db: Database, actor: Actor, complaint_id: int) -> ComplaintInfo:
    """Reopen a resolved or closed complaint (back to in progress if someone is
    responsible, else open). Manager."""
    require_role(actor, "manager")
    with db.write() as session:
        complaint = _get(session, complaint_id)
        _require_state(
            complaint,
            ("resolved", "closed"),
            QT_TRANSLATE_NOOP(
                "errors", "Complaint {id} is {state}; only a resolved or closed one can be reopened"
            ),
        )
        before = complaint.state
        complaint.state = "in_progress" if complaint.responsible_id else "open"
        complaint.resolved_at = None
        complaint.closed_at = None
        complaint.customer_told = False
        _event(session, complaint, actor, "reopened", before)
        return _info(session, complaint)


def _visible_to(actor: Actor, query: Any) -> Any:
    if actor.role == "technician":
        return query.where(
            or_(
                Complaint.against_id == actor.id,
                Complaint.ticket_id.in_(select(Ticket.id).where(Ticket.technician_id == actor.id)),
            )
        )
    return query


def show(db: Database, actor: Actor, complaint_id: int) -> ComplaintInfo:
    """One complaint with its history. Clerk, manager, or the technician it concerns."""
    require_role(actor, "clerk", "technician")
    with db.read() as session:
        found = session.execute(
            _visible_to(actor, _listing().where(Complaint.id == complaint_id))
        ).first()
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No complaint {id}"), id=complaint_id)
        info = _row_info(found, utcnow())
        author = aliased(User)
        events = tuple(
            ComplaintEventInfo(at, user, kind, from_state, to_state, note)
            for at, user, kind, from_state, to_state, note in session.execute(
                select(
                    ComplaintEvent.at,
                    author.username,
                    ComplaintEvent.kind,
                    ComplaintEvent.from_state,
                    ComplaintEvent.to_state,
                    ComplaintEvent.note,
                )
                .join(author, author.id == ComplaintEvent.user_id)
                .where(ComplaintEvent.complaint_id == complaint_id)
                .order_by(ComplaintEvent.id)
            )
        )
        return dataclasses.replace(info, events=events)


def list_complaints(
    db: Database,
    actor: Actor,
    *,
    open_only: bool = False,
    state: str | None = None,
    feedback_class: str | None = None,
    staff: str | None = None,
    limit: int = 500,
) -> list[ComplaintInfo]:
    """Complaints, serious-and-overdue first, then overdue, then by due time. Filters: state,
    class, staff member (complained about or responsible). A technician sees only those
    about their jobs or against them."""
    require_role(actor, "clerk", "technician")
    if state is not None:
        state = one_of(
            state,
            COMPLAINT_STATES,
            "state",
            QT_TRANSLATE_NOOP("errors", "Unknown state {value}; one of: {choices}"),
        )
    if feedback_class is not None:
        feedback_class = one_of(feedback_class, COMPLAINT_CLASSES, "feedback_class", UNKNOWN_CLASS)
    now = utcnow()
    states = [
        s for s in ([state] if state else COMPLAINT_STATES) if s in ACTIVE_STATES or not open_only
    ]
    with db.read() as session:
        filters = []
        if feedback_class:
            filters.append(Complaint.feedback_class == feedback_class)
        if staff:
            user = _user(session, staff, "staff")
            assert user is not None
            filters.append(
                or_(Complaint.against_id == user.id, Complaint.responsible_id == user.id)
            )
        if not states:
            return []
        picked = _ranked(actor, states, filters, now, limit)
        query = (
            _listing()
            .join(picked, picked.c.id == Complaint.id)
            .order_by(picked.c.rank, Complaint.due_at, Complaint.id)
        )
        return [_row_info(row, now) for row in session.execute(query)]


def _ranked(actor: Actor, states: list[str], filters: list[Any], now: datetime, limit: int) -> Any:
    """The ids of the first ``limit`` complaints in the list's order, with their rank: 0
    serious and overdue, 1 overdue, 2 still open, 3 resolved or closed; then by due time.
    Each (state, rank) part reads the (state, due_at) index in order and stops at ``limit``,
    so the list costs the same with ten complaints or a hundred thousand."""
    parts = []
    for one_state in states:
        if one_state in ACTIVE_STATES:
            tiers = [
                (0, [Complaint.severity == "serious", Complaint.due_at < now]),
                (1, [Complaint.severity != "serious", Complaint.due_at < now]),
                (2, [Complaint.due_at >= now]),
            ]
        else:
            tiers = [(3, [])]
        for rank, conditions in tiers:
            part = _visible_to(
                actor,
                select(Complaint.id, literal(rank).label("rank"), Complaint.due_at)
                .where(Complaint.state == one_state, *conditions, *filters)
                .order_by(Complaint.due_at, Complaint.id)
                .limit(limit),
            ).subquery()
            parts.append(select(part.c.id, part.c.rank, part.c.due_at))
    every = union_all(*parts).subquery("every")
    return (
        select(every.c.id, every.c.rank)
        .order_by(every.c.rank, every.c.due_at, every.c.id)
        .limit(limit)
        .subquery("picked")
    )


_AGAINST, _RESPONSIBLE, _AUTHOR = aliased(User), aliased(User), aliased(User)


def _listing() -> Any:
    """The complaint rows with their customer, ticket and people, in one query."""
    return (
        select(
            Complaint.id,
            Complaint.state,
            Complaint.severity,
            Complaint.channel,
            Complaint.feedback_class,
            Complaint.description,
            Customer.name,
            Customer.phone_reversed,
            Ticket.ticket_no,
            _AGAINST.username,
            _RESPONSIBLE.username,
            Complaint.due_at,
            Complaint.resolution,
            Complaint.customer_told,
            Complaint.created_at,
            _AUTHOR.username,
            Complaint.resolved_at,
            Complaint.closed_at,
            Complaint.followup_id,
        )
        .join(Customer, Customer.id == Complaint.customer_id)
        .join(_AUTHOR, _AUTHOR.id == Complaint.created_by_id)
        .outerjoin(Ticket, Ticket.id == Complaint.ticket_id)
        .outerjoin(_AGAINST, _AGAINST.id == Complaint.against_id)
        .outerjoin(_RESPONSIBLE, _RESPONSIBLE.id == Complaint.responsible_id)
    )


def _row_info(row: Any, now: datetime) -> ComplaintInfo:
    (
        complaint_id,
        state,
        severity,
        channel,
        feedback_class,
        description,
        customer_name,
        reversed_digits,
        ticket_no,
        against,
        responsible,
        due_at,
        resolution,
        told,
        created_at,
        created_by,
        resolved_at,
        closed_at,
        followup_id,
    ) = row
    return ComplaintInfo(
        id=complaint_id,
        state=state,
        severity=severity,
        channel=channel,
        feedback_class=feedback_class,
        description=description,
        customer_name=customer_name,
        phone_masked=masked(reversed_digits),
        ticket_no=ticket_no,
        against=against,
        responsible=responsible,
        due_at=due_at,
        overdue=state in ACTIVE_STATES and due_at < now,
        resolution=resolution,
        customer_told=told,
        created_at=created_at,
        created_by=created_by,
        resolved_at=resolved_at,
        closed_at=closed_at,
        from_call=followup_id is not None,
    )


def _info(session: Session, complaint: Complaint) -> ComplaintInfo:
    session.flush()
    row = session.execute(_listing().where(Complaint.id == complaint.id)).one()
    return _row_info(row, utcnow())
