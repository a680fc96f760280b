"""Follow-up calls (回访): which calls are due on a day, recording one, the retry rule.

A call falls due (each rule only for customers who consented to contact and are not erased):

- ``after_collection``: ``followup_days`` after a job is collected (the store's local days);
- ``first_service``: a customer's first ever job must bring at least one call within the
  first month: when no call has reached the customer since it was collected, a call is due
  one calendar month after the collection (clamped at the month's end);
- ``quarterly``: when ``followup_quarterly`` is on, once per calendar quarter for every
  customer with a job collected in the last 12 months, unless a call already reached them
  in that quarter; due from the quarter's first day, gone when the quarter ends;
- ``callback``: a consultation that asked to be called back, at the time asked.

An item stays on the list ``followup_keep_days`` after its due day (a quarterly item: until
the quarter ends). A call not reached is tried again the next day, at most three tries, then
it is closed as unreachable. The list shows one call per customer (the most urgent); recording
it brings up the next. A reached call scoring 1–2, or given a class other than "satisfied",
opens a complaint linked to the call and the ticket.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from counter_app.models import (
    FEEDBACK_CLASSES,
    Consultation,
    Customer,
    Device,
    FollowUp,
    Ticket,
    User,
)
from counter_app.services import settings as settings_service
from counter_app.services.common import add_event, audit, get_ticket, require_role
from counter_app.services.dto import Actor
from counter_app.timeutil import add_months, local_day_bounds, local_today, to_local, utcnow
from counter_app.validation import clean_text, mask_digits, mask_phone

MAX_TRIES = 3
COMMENT_MAX = 2000
# Which of a customer's due calls the list shows first.
REASON_ORDER = ("callback", "after_collection", "first_service", "quarterly")


@dataclass(frozen=True)
class DueCall:
    due_key: str
    reason: str
    due_on: date
    overdue: bool
    attempts: int
    customer_id: int | None
    customer_name: str
    phone_masked: str
    ticket_no: str | None
    device: str
    work_done: str  # the fault taken in, or the consultation's question
    technician: str | None
    consultation_id: int | None = None


@dataclass(frozen=True)
class CallResult:
    due_key: str
    reason: str
    ticket_no: str | None
    state: str  # done | retry | unreachable
    attempts: int
    next_try_on: date | None
    satisfaction: int | None
    feedback_class: str | None
    complaint_id: int | None


def quarter_of(day: date) -> tuple[str, date, date]:
    """("2026Q4", first day, first day of the next quarter)."""
    index = (day.month - 1) // 3
    first = date(day.year, index * 3 + 1, 1)
    return f"{day.year}Q{index + 1}", first, add_months(first, 3)


def _local_day(moment: datetime, tz_name: str) -> date:
    local = to_local(moment, tz_name)
    assert local is not None
    return local.date()


def _consenting() -> Any:
    return and_(Customer.contact_consent.is_(True), Customer.anonymised_at.is_(None))


def _ticket_columns() -> tuple[Any, ...]:
    tech = aliased(User)
    return (
        tech,
        (
            Ticket.id,
            Ticket.ticket_no,
            Ticket.fault,
            Ticket.collected_at,
            Ticket.received_at,
            Customer.id,
            Customer.name,
            Customer.phone_reversed,
            Device.brand,
            Device.model,
            tech.display_name,
        ),
    )


def _ticket_query(columns: tuple[Any, ...], tech: Any) -> Any:
    return (
        select(*columns)
        .join(Customer, Customer.id == Ticket.customer_id)
        .join(Device, Device.id == Ticket.device_id)
        .outerjoin(tech, tech.id == Ticket.technician_id)
        .where(Ticket.status == "collected", _consenting())
    )


def _by_collection(query: Any) -> Any:
    """Drive the query by the collection-time range: SQLite would otherwise walk every
    collected ticket through the status index."""
    return query.with_hint(Ticket, "INDEXED BY ix_tickets_collected_at", "sqlite")


def _ticket_call(key: str, reason: str, due_on: date, day: date, row: Any, attempts: int = 0):
    _tid, no, fault, _col, _rec, cid, name, reversed_digits, brand, model, tech_name = row
    return DueCall(
        due_key=key,
        reason=reason,
        due_on=due_on,
        overdue=due_on < day,
        attempts=attempts,
        customer_id=cid,
        customer_name=name,
        phone_masked=_masked(reversed_digits),
        ticket_no=no,
        device=f"{brand} {model}",
        work_done=fault,
        technician=tech_name,
    )


def _masked(reversed_digits: str | None) -> str:
    """The masked phone from the stored reversed national digits (no number parsing)."""
    return mask_digits(reversed_digits[::-1]) if reversed_digits else ""


def _not_recorded(**match: Any) -> Any:
    return ~exists().where(*(getattr(FollowUp, column) == value for column, value in match.items()))


def due_calls(
    session: Session, settings: dict[str, Any], day: date, *, ticket_id: int | None = None
) -> list[DueCall]:
    """Every call due on ``day`` (or before and still kept), all reasons, not de-duplicated."""
    tz_name = settings["time_zone"]
    after_days = int(settings["followup_days"])
    keep = int(settings["followup_keep_days"])
    day_end = local_day_bounds(day, tz_name)[1]
    calls: list[DueCall] = []

    tech, columns = _ticket_columns()
    only = [Ticket.id == ticket_id] if ticket_id is not None else []

    # (a) after collection
    start = local_day_bounds(day - timedelta(days=after_days + keep), tz_name)[0]
    end = local_day_bounds(day - timedelta(days=after_days), tz_name)[1]
    for row in session.execute(
        _by_collection(_ticket_query(columns, tech))
        .where(Ticket.collected_at >= start, Ticket.collected_at < end, *only)
        .where(_not_recorded(ticket_id=Ticket.id, reason="after_collection"))
        .order_by(Ticket.collected_at)
    ):
        due_on = _local_day(row[3], tz_name) + timedelta(days=after_days)
        calls.append(
            _ticket_call(f"after_collection:{row[0]}", "after_collection", due_on, day, row)
        )

    # (b) the first month after a customer's first ever job
    earliest = add_months(day - timedelta(days=keep), -1) - timedelta(days=3)
    start = local_day_bounds(earliest, tz_name)[0]
    earlier = aliased(Ticket)
    for row in session.execute(
        _by_collection(_ticket_query(columns, tech))
        .where(Ticket.collected_at >= start, Ticket.collected_at < day_end, *only)
        .where(
            ~exists().where(earlier.customer_id == Ticket.customer_id, earlier.id < Ticket.id),
            _not_recorded(ticket_id=Ticket.id, reason="first_service"),
            ~exists().where(
                FollowUp.customer_id == Ticket.customer_id,
                FollowUp.reached.is_(True),
                FollowUp.called_at >= Ticket.collected_at,
            ),
        )
        .order_by(Ticket.collected_at)
    ):
        due_on = add_months(_local_day(row[3], tz_name), 1)
        if day - timedelta(days=keep) <= due_on <= day:
            calls.append(_ticket_call(f"first_service:{row[0]}", "first_service", due_on, day, row))

    # (c) once a quarter, for the shop that wants it
    if settings["followup_quarterly"]:
        period, first, following = quarter_of(day)
        quarter_start = local_day_bounds(first, tz_name)[0]
        quarter_end = local_day_bounds(following, tz_name)[0]
        year_ago = local_day_bounds(add_months(day, -12), tz_name)[0]
        latest = (
            select(func.max(Ticket.id).label("ticket_id"))
            .join(Customer, Customer.id == Ticket.customer_id)
            .where(
                Ticket.status == "collected",
                Ticket.collected_at >= year_ago,
                Ticket.collected_at < day_end,
                _consenting(),
                *only,
            )
            .group_by(Ticket.customer_id)
            .subquery()
        )
        for row in session.execute(
            _ticket_query(columns, tech)
            .join(latest, latest.c.ticket_id == Ticket.id)
            .where(
                _not_recorded(customer_id=Customer.id, reason="quarterly", period=period),
                ~exists().where(
                    FollowUp.customer_id == Customer.id,
                    FollowUp.reached.is_(True),
                    FollowUp.called_at >= quarter_start,
                    FollowUp.called_at < quarter_end,
                ),
            )
            .order_by(Customer.id)
        ):
            calls.append(_ticket_call(f"quarterly:{row[5]}:{period}", "quarterly", first, day, row))

    # callbacks asked for in a consultation
    if ticket_id is None:
        start = local_day_bounds(day - timedelta(days=keep), tz_name)[0]
        for cons_id, name, phone, question, callback_at, customer_id in session.execute(
            select(
                Consultation.id,
                Consultation.name,
                Consultation.phone,
                Consultation.question,
                Consultation.callback_at,
                Consultation.customer_id,
            )
            .where(
                Consultation.callback_at >= start,
                Consultation.callback_at < day_end,
                Consultation.phone.is_not(None),
                _not_recorded(consultation_id=Consultation.id, reason="callback"),
            )
            .order_by(Consultation.callback_at)
        ):
            assert callback_at is not None  # the query's range
            due_on = _local_day(callback_at, tz_name)
            calls.append(
                DueCall(
                    f"callback:{cons_id}",
                    "callback",
                    due_on,
                    due_on < day,
                    0,
                    customer_id,
                    name,
                    mask_phone(phone),
                    None,
                    "",
                    question,
                    None,
                    cons_id,
                )
            )

    # calls not reached yet, to be tried again
    retry = (
        select(
            FollowUp.due_key,
            FollowUp.reason,
            FollowUp.due_on,
            FollowUp.attempts,
            FollowUp.consultation_id,
            Ticket.ticket_no,
            Ticket.fault,
            Customer.id,
            Customer.name,
            Customer.phone_reversed,
            Device.brand,
            Device.model,
            tech.display_name,
            Consultation.name,
            Consultation.phone,
            Consultation.question,
        )
        .outerjoin(Ticket, Ticket.id == FollowUp.ticket_id)
        .outerjoin(Customer, Customer.id == FollowUp.customer_id)
        .outerjoin(Device, Device.id == Ticket.device_id)
        .outerjoin(tech, tech.id == Ticket.technician_id)
        .outerjoin(Consultation, Consultation.id == FollowUp.consultation_id)
        .where(
            FollowUp.state == "retry",
            FollowUp.next_try_on <= day,
            *([FollowUp.ticket_id == ticket_id] if ticket_id is not None else []),
        )
        .where((FollowUp.customer_id.is_(None)) | _consenting())
        .order_by(FollowUp.due_on)
    )
    for (
        key,
        reason,
        due_on,
        attempts,
        retry_consultation,
        no,
        fault,
        cid,
        name,
        phone,
        brand,
        model,
        tech_name,
        caller,
        caller_phone,
        question,
    ) in session.execute(retry):
        calls.append(
            DueCall(
                key,
                reason,
                due_on,
                due_on < day,
                attempts,
                cid,
                name if name is not None else caller,
                _masked(phone) if phone is not None else mask_phone(caller_phone),
                no,
                f"{brand} {model}" if brand else "",
                fault if fault is not None else (question or ""),
                tech_name,
                retry_consultation,
            )
        )
    return calls


def _one_per_customer(calls: list[DueCall]) -> list[DueCall]:
    """One call per customer (or caller), the most urgent: earliest due, then by reason."""
    calls = sorted(calls, key=lambda c: (c.due_on, REASON_ORDER.index(c.reason), c.due_key))
    seen: set[object] = set()
    shown = []
    for call in calls:
        who = call.customer_id if call.customer_id is not None else call.due_key
        if who in seen:
            continue
        seen.add(who)
        shown.append(call)
    return shown


def due_list(db: Database, actor: Actor, day: date | None = None) -> list[DueCall]:
    """The clerk's work list for the store's local ``day`` (default today): due and overdue
    calls, one per customer, earliest due first. Clerk or manager."""
    require_role(actor, "clerk")
    with db.read() as session:
        settings = settings_service.load_all(session)
        day = day or local_today(settings["time_zone"])
        return _one_per_customer(due_calls(session, settings, day))


def reveal_phone(db: Database, actor: Actor, due_key: str) -> str:
    """The full number of a due call, when the clerk presses "call". Clerk or manager;
    the look is audited."""
    require_role(actor, "clerk")
    with db.write() as session:
        reason, _, rest = due_key.partition(":")
        phone: str | None = None
        if reason == "callback":
            consultation = session.get(Consultation, _int(rest.split(":")[0]))
            phone = consultation.phone if consultation else None
        elif reason == "quarterly":
            customer = session.get(Customer, _int(rest.split(":")[0]))
            phone = customer.phone if customer and customer.contact_consent else None
        else:
            ticket = session.get(Ticket, _int(rest))
            customer = session.get(Customer, ticket.customer_id) if ticket else None
            phone = customer.phone if customer and customer.contact_consent else None
        if not phone:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No phone number for this call"))
        audit(session, actor, "phone_shown", "followup", due_key)
        return phone


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such call")) from None


def _check_answer(
    reached: bool, satisfaction: int | None, feedback_class: str | None
) -> tuple[int | None, str | None]:
    if satisfaction is not None and not (isinstance(satisfaction, int) and 1 <= satisfaction <= 5):
        raise ValidationError(
            "satisfaction",
            QT_TRANSLATE_NOOP("errors", "Satisfaction: a score from 1 to 5, not {value}"),
            value=satisfaction,
        )
    if feedback_class is not None and feedback_class not in FEEDBACK_CLASSES:
        raise ValidationError(
            "feedback_class",
            QT_TRANSLATE_NOOP("errors", "Unknown feedback class {value}; one of: {choices}"),
            value=feedback_class,
            choices=", ".join(FEEDBACK_CLASSES),
        )
    if not reached:
        if satisfaction is not None or feedback_class is not None:
            raise ValidationError(
                "reached",
                QT_TRANSLATE_NOOP(
                    "errors", "A call that did not reach the customer has no answer to record"
                ),
            )
        return None, None
    if feedback_class is None and satisfaction is not None:
        feedback_class = (
            "satisfied"
            if satisfaction >= 4
            else "dissatisfied_at_followup"
            if satisfaction <= 2
            else None
        )
    if feedback_class == "satisfied" and satisfaction is not None and satisfaction <= 2:
        raise ValidationError(
            "feedback_class",
            QT_TRANSLATE_NOOP(
                "errors", "A score of {value} is not satisfied; choose the class that fits"
            ),
            value=satisfaction,
        )
    return satisfaction, feedback_class


def opens_complaint(satisfaction: int | None, feedback_class: str | None) -> bool:
    """A dissatisfied answer: a score of 1–2 or any class but "satisfied"."""
    return (satisfaction is not None and satisfaction <= 2) or (
        feedback_class is not None and feedback_class != "satisfied"
    )


def record(
    db: Database,
    actor: Actor,
    due_key: str,
    *,
    reached: bool,
    satisfaction: int | None = None,
    feedback_class: str | None = None,
    comment: str = "",
    day: date | None = None,
) -> CallResult:
    """Record one call of a due item (as listed). Clerk or manager. Refuses a bad score or
    class, an item that is not due, and an item already recorded (ValidationError)."""
    require_role(actor, "clerk")
    satisfaction, feedback_class = _check_answer(reached, satisfaction, feedback_class)
    comment = clean_text(comment, "comment", COMMENT_MAX)
    with db.write() as session:
        settings = settings_service.load_all(session)
        day = day or local_today(settings["time_zone"])
        call = next((c for c in due_calls(session, settings, day) if c.due_key == due_key), None)
        if call is None:
            _refuse_not_due(session, due_key)
        assert call is not None
        return _record(
            session, settings, actor, call, day, reached, satisfaction, feedback_class, comment
        )


def record_for_ticket(
    db: Database,
    actor: Actor,
    ticket_no: str,
    *,
    reached: bool,
    satisfaction: int | None = None,
    feedback_class: str | None = None,
    comment: str = "",
    day: date | None = None,
) -> CallResult:
    """Record the call about a collected ticket: the earliest of its due calls, or its
    after-collection call ahead of time. Refuses a ticket not collected and a call already
    recorded (ValidationError), and everything ``record`` refuses."""
    require_role(actor, "clerk")
    satisfaction, feedback_class = _check_answer(reached, satisfaction, feedback_class)
    comment = clean_text(comment, "comment", COMMENT_MAX)
    with db.write() as session:
        settings = settings_service.load_all(session)
        day = day or local_today(settings["time_zone"])
        ticket = get_ticket(session, ticket_no)
        if ticket.status != "collected":
            raise ValidationError(
                "ticket",
                QT_TRANSLATE_NOOP(
                    "errors", "Ticket {ticket_no} is not collected; no follow-up call is due"
                ),
                ticket_no=ticket.ticket_no,
            )
        customer = session.get(Customer, ticket.customer_id)
        if customer is None or not customer.contact_consent or customer.anonymised_at:
            raise ValidationError(
                "ticket",
                QT_TRANSLATE_NOOP(
                    "errors", "The customer of {ticket_no} does not want to be contacted"
                ),
                ticket_no=ticket.ticket_no,
            )
        calls = sorted(
            due_calls(session, settings, day, ticket_id=ticket.id),
            key=lambda c: (c.due_on, REASON_ORDER.index(c.reason)),
        )
        if not calls:
            key = f"after_collection:{ticket.id}"
            if session.scalar(select(FollowUp.id).where(FollowUp.due_key == key)) is not None:
                _refuse_not_due(session, key, ticket.ticket_no)
            tech, columns = _ticket_columns()
            row = session.execute(_ticket_query(columns, tech).where(Ticket.id == ticket.id)).one()
            due_on = _local_day(row[3], settings["time_zone"]) + timedelta(
                days=int(settings["followup_days"])
            )
            calls = [_ticket_call(key, "after_collection", due_on, day, row)]
        return _record(
            session, settings, actor, calls[0], day, reached, satisfaction, feedback_class, comment
        )


def _refuse_not_due(session: Session, due_key: str, ticket_no: str = "") -> None:
    row = session.scalar(select(FollowUp).where(FollowUp.due_key == due_key))
    if row is not None and row.state != "retry":
        raise ValidationError(
            "due_key",
            QT_TRANSLATE_NOOP(
                "errors", "This follow-up call {ticket_no} has already been recorded"
            ),
            ticket_no=ticket_no,
        )
    raise ValidationError(
        "due_key",
        QT_TRANSLATE_NOOP("errors", "This follow-up call {ticket_no} is not due now"),
        ticket_no=ticket_no,
    )


def _record(
    session: Session,
    settings: dict[str, Any],
    actor: Actor,
    call: DueCall,
    day: date,
    reached: bool,
    satisfaction: int | None,
    feedback_class: str | None,
    comment: str,
) -> CallResult:
    from counter_app.services import complaints

    now = utcnow()
    row = session.scalar(select(FollowUp).where(FollowUp.due_key == call.due_key))
    ticket = (
        session.scalar(select(Ticket).where(Ticket.ticket_no == call.ticket_no))
        if (call.ticket_no)
        else None
    )
    if row is None:
        reason = call.reason
        row = FollowUp(
            due_key=call.due_key,
            reason=reason,
            customer_id=call.customer_id,
            ticket_id=ticket.id if ticket else None,
            consultation_id=call.consultation_id,
            period=call.due_key.split(":")[2] if reason == "quarterly" else "",
            due_on=call.due_on,
            attempts=0,
            reached=False,
            comment="",
            created_at=now,
        )
        session.add(row)
    elif row.state != "retry":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This follow-up call has already been recorded"))
    row.attempts += 1
    row.called_by_id = actor.id
    row.called_at = now
    row.comment = comment
    complaint_id = None
    if reached:
        row.state = "done"
        row.reached = True
        row.next_try_on = None
        row.satisfaction = satisfaction
        row.feedback_class = feedback_class
    elif row.attempts >= MAX_TRIES:
        row.state = "unreachable"
        row.next_try_on = None
    else:
        row.state = "retry"
        row.next_try_on = day + timedelta(days=1)
    session.flush()
    # The timeline shows this in the reader's language (counter_app.aftercare_names).
    note = json.dumps(
        {
            "reason": row.reason,
            "state": row.state,
            "attempt": row.attempts,
            "satisfaction": row.satisfaction,
            "class": row.feedback_class,
            "comment": comment,
        },
        ensure_ascii=False,
    )
    if ticket is not None:
        add_event(session, ticket, actor, "followup", note)
    audit(session, actor, "followup_recorded", "followup", row.id, note)
    if reached and opens_complaint(satisfaction, feedback_class):
        complaint_id = complaints.open_from_call(
            session,
            settings,
            actor,
            row,
            feedback_class or "dissatisfied_at_followup",
            comment,
        )
    return CallResult(
        row.due_key,
        row.reason,
        call.ticket_no,
        row.state,
        row.attempts,
        row.next_try_on,
        row.satisfaction,
        row.feedback_class,
        complaint_id,
    )
