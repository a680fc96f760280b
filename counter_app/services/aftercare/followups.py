"""Follow-up calls (回访): which calls are due on a day, recording one, the retry rule.

A call falls due (each rule only for customers who consented to contact and are not erased):

- ``after_collection``: ``followup_days`` after a job is collected (the store's local days);
- ``first_service``: a customer's first ever job must bring at least one call within the
  first month: when no call has reached the customer since it was collected, a call is due
  one calendar month after the collection (clamped at the month's end); a reached call
  takes it off;
- ``quarterly``: when ``followup_quarterly`` is on, once per calendar quarter for every
  customer with a job collected in the last 12 months, unless a call already reached them
  in that quarter; due from the quarter's first day, gone when the quarter ends;
- ``callback``: a consultation that asked to be called back, at the time asked.

The calls a collection or a consultation brings are written ahead as "due" rows (``schedule``,
``schedule_callback``), so the day's list is one indexed range over the rows still open;
quarterly calls are computed, only when the shop turns them on. An item stays on the list
``followup_keep_days`` after its due day or its last try (a quarterly item: until the quarter
ends). A call not reached is tried again the next day, at most three tries by default, then
it is closed as unreachable (``followup_tries``). The list shows one call per customer (the most urgent); recording
it brings up the next. A reached call scoring 1–2, or given a class other than "satisfied",
opens a complaint linked to the call and the ticket.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    case,
    cast,
    delete,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from counter_app.models import (
    FEEDBACK_CLASSES,
    Consultation,
    Customer,
    Device,
    FollowUp,
    Quote,
    QuoteLine,
    Ticket,
    User,
)
from counter_app.services.aftercare.common import masked, timeline_note
from counter_app.services.base.common import audit, get_ticket, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.stores import chain as stores
from counter_app.timeutil import add_months, local_day_bounds, local_today, to_local, utcnow
from counter_app.validation import clean_text, mask_phone, one_of

COMMENT_MAX = 2000
# Which of a customer's due calls the list shows first.
REASON_ORDER = ("callback", "after_collection", "first_service", "quarterly")


def max_tries(settings: ShopSettings) -> int:
    """How often a call not reached is tried before it is closed as unreachable."""
    return max(1, settings.followup_tries)


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
    work_done: str  # the approved quote lines (else the fault), or the consultation's question
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


def calls_after_collection(
    collected_day: date, first_job: bool, followup_days: int
) -> list[tuple[str, date]]:
    """The calls a collection brings, as (reason, due day): ``after_collection`` the
    ``followup_days`` after the local day of collection, and ``first_service`` a calendar
    month after it when this was the customer's first job."""
    due = [("after_collection", collected_day + timedelta(days=followup_days))]
    if first_job:
        due.append(("first_service", add_months(collected_day, 1)))
    return due


def schedule(session: Session, ticket: Ticket, settings: ShopSettings) -> None:
    """Put the calls a collection brings on the list, in the collection's transaction: the
    after-collection call, and the first-month call when this is the customer's first job.
    Nothing for a customer who does not want to be contacted."""
    customer = session.get(Customer, ticket.customer_id)
    if ticket.collected_at is None or customer is None or not customer.contact_consent:
        return
    if customer.anonymised_at is not None:
        return
    day = _local_day(ticket.collected_at, stores.local_zone(session, store_id=ticket.store_id))
    first = session.scalar(
        select(Ticket.id)
        .where(Ticket.customer_id == ticket.customer_id)
        .order_by(Ticket.id)
        .limit(1)
    )
    due = calls_after_collection(day, first == ticket.id, settings.followup_days)
    for reason, due_on in due:
        _add_due(
            session,
            f"{reason}:{ticket.id}",
            reason,
            due_on,
            customer_id=customer.id,
            ticket_id=ticket.id,
        )


def schedule_callback(session: Session, consultation: Consultation, tz_name: str) -> None:
    """A consultation's callback on the list from the day asked (in its transaction)."""
    if consultation.callback_at is None:
        return
    _add_due(
        session,
        f"callback:{consultation.id}",
        "callback",
        _local_day(consultation.callback_at, tz_name),
        customer_id=consultation.customer_id,
        consultation_id=consultation.id,
    )


def due_row(
    key: str, reason: str, due_on: date, created_at: datetime, **links: Any
) -> dict[str, Any]:
    """The columns of a call written ahead, not tried yet (the services and the demo)."""
    return {
        "due_key": key,
        "reason": reason,
        "period": "",
        "due_on": due_on,
        "state": "due",
        "attempts": 0,
        "next_try_on": due_on,
        "reached": False,
        "comment": "",
        "created_at": created_at,
        **links,
    }


def _add_due(session: Session, key: str, reason: str, due_on: date, **links: Any) -> None:
    if session.scalar(select(FollowUp.id).where(FollowUp.due_key == key)) is not None:
        return
    session.add(FollowUp(**due_row(key, reason, due_on, utcnow(), **links)))


def _due_rows(
    settings: ShopSettings,
    tz_name: str,
    day: date,
    *,
    ticket_id: int | None = None,
    early: bool = False,
) -> Any:
    """The one statement of the calls due on ``day`` (or before and still kept), before the
    one-per-customer pick: the calls written ahead still open, plus this quarter's computed
    calls when the shop turns them on. A subquery of keys only (what the clerk sees is joined
    on by ``_shown``, after the pick); ``due_calls``, ``due_list`` and ``due_page`` all read
    it. Its ``rank`` column is the reason's place in REASON_ORDER. ``tz_name``: the zone
    of the shop's quarters (stores.local_zone)."""
    keep = settings.followup_keep_days
    when = and_(FollowUp.next_try_on <= day, FollowUp.next_try_on >= day - timedelta(days=keep))
    if early:  # the after-collection call may be made ahead of its day
        when = or_(when, and_(FollowUp.state == "due", FollowUp.reason == "after_collection"))
    written = (
        select(
            FollowUp.due_key.label("due_key"),
            FollowUp.reason.label("reason"),
            FollowUp.due_on.label("due_on"),
            FollowUp.attempts.label("attempts"),
            FollowUp.consultation_id.label("consultation_id"),
            FollowUp.ticket_id.label("ticket_id"),
            FollowUp.customer_id.label("customer_id"),
            case(
                *((FollowUp.reason == r, i) for i, r in enumerate(REASON_ORDER)),
                else_=len(REASON_ORDER),
            ).label("rank"),
            literal(0).label("part"),
            FollowUp.next_try_on.label("try_on"),
            FollowUp.id.label("row_id"),
        )
        .outerjoin(Customer, Customer.id == FollowUp.customer_id)
        .outerjoin(Consultation, Consultation.id == FollowUp.consultation_id)
        .where(FollowUp.state.in_(("due", "retry")), when)
        .where(or_(FollowUp.customer_id.is_(None), _consenting()))
        .where(or_(FollowUp.consultation_id.is_(None), Consultation.phone.is_not(None)))
    )
    if ticket_id is not None:
        written = written.where(FollowUp.ticket_id == ticket_id)
    if not settings.followup_quarterly:
        return written.subquery("due_rows")
    return union_all(written, _quarterly(tz_name, day, ticket_id)).subquery("due_rows")


def _shown(rows: Any) -> Any:
    """``rows`` (a subquery of ``_due_rows``' columns) with what the clerk sees of each call."""
    tech = aliased(User)
    return (
        select(
            rows.c.due_key,
            rows.c.reason,
            rows.c.due_on,
            rows.c.attempts,
            rows.c.consultation_id,
            rows.c.customer_id,
            Ticket.ticket_no,
            Ticket.fault,
            Customer.name,
            Customer.phone_reversed,
            Device.brand,
            Device.model,
            tech.display_name.label("tech_name"),
            Consultation.name.label("caller"),
            Consultation.phone.label("caller_phone"),
            Consultation.question,
        )
        .select_from(rows)
        .outerjoin(Ticket, Ticket.id == rows.c.ticket_id)
        .outerjoin(Customer, Customer.id == rows.c.customer_id)
        .outerjoin(Device, Device.id == Ticket.device_id)
        .outerjoin(tech, tech.id == Ticket.technician_id)
        .outerjoin(Consultation, Consultation.id == rows.c.consultation_id)
    )


def _call(row: Any, day: date) -> DueCall:
    """A row of ``_shown`` as the clerk sees it (the work done filled in later)."""
    cid = row.customer_id
    return DueCall(
        row.due_key,
        row.reason,
        row.due_on,
        row.due_on < day,
        row.attempts,
        cid,
        row.name if row.name is not None else row.caller,
        masked(row.phone_reversed) if cid is not None else mask_phone(row.caller_phone),
        row.ticket_no,
        f"{row.brand} {row.model}" if row.brand else "",
        row.fault if row.fault is not None else (row.question or ""),
        row.tech_name,
        row.consultation_id,
    )


def due_calls(
    session: Session,
    settings: ShopSettings,
    day: date,
    *,
    ticket_id: int | None = None,
    early: bool = False,
) -> list[DueCall]:
    """Every call due on ``day`` (or before and still kept), not de-duplicated. With
    ``ticket_id``: that ticket's calls; ``early`` adds its after-collection call not due yet."""
    tz_name = stores.local_zone(session)
    rows = _due_rows(settings, tz_name, day, ticket_id=ticket_id, early=early)
    query = _shown(rows).order_by(rows.c.part, rows.c.try_on, rows.c.row_id)
    return _with_work_done(session, [_call(row, day) for row in session.execute(query)])


def _with_work_done(session: Session, calls: list[DueCall]) -> list[DueCall]:
    """What was done on each call's ticket: its approved quote lines (else the fault)."""
    numbers = sorted({c.ticket_no for c in calls if c.ticket_no})
    done: dict[str, list[str]] = {}
    for start in range(0, len(numbers), 500):
        for ticket_no, description in session.execute(
            select(Ticket.ticket_no, QuoteLine.description)
            .join(Quote, Quote.ticket_id == Ticket.id)
            .join(QuoteLine, QuoteLine.quote_id == Quote.id)
            .where(Ticket.ticket_no.in_(numbers[start : start + 500]), Quote.status == "approved")
            .order_by(QuoteLine.id)
        ):
            done.setdefault(ticket_no, []).append(description)
    return [
        dataclasses.replace(c, work_done="; ".join(done[c.ticket_no])) if c.ticket_no in done else c
        for c in calls
    ]


def _quarterly(tz_name: str, day: date, ticket_id: int | None) -> Any:
    """Once a quarter, every customer with a job collected in the last 12 months (computed:
    these are not written ahead), unless a call reached them this quarter. The statement,
    with the columns of the calls written ahead."""
    period, first, following = quarter_of(day)
    quarter_start = local_day_bounds(first, tz_name)[0]
    quarter_end = local_day_bounds(following, tz_name)[0]
    year_ago = local_day_bounds(add_months(day, -12), tz_name)[0]
    day_end = local_day_bounds(day, tz_name)[1]
    only = [Ticket.id == ticket_id] if ticket_id is not None else []
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
    nothing = null()
    return (
        select(
            (
                literal("quarterly:", String)
                + cast(Customer.id, String)
                + literal(f":{period}", String)
            ).label("due_key"),
            literal("quarterly", String).label("reason"),
            literal(first, Date).label("due_on"),
            literal(0).label("attempts"),
            cast(nothing, Integer).label("consultation_id"),
            Ticket.id.label("ticket_id"),
            Customer.id.label("customer_id"),
            literal(REASON_ORDER.index("quarterly")).label("rank"),
            literal(1).label("part"),
            literal(first, Date).label("try_on"),
            Customer.id.label("row_id"),
        )
        .join(latest, latest.c.ticket_id == Ticket.id)
        .join(Customer, Customer.id == Ticket.customer_id)
        .where(
            ~exists().where(
                FollowUp.customer_id == Customer.id,
                FollowUp.reason == "quarterly",
                FollowUp.period == period,
            ),
            ~exists().where(
                FollowUp.customer_id == Customer.id,
                FollowUp.reached.is_(True),
                FollowUp.called_at >= quarter_start,
                FollowUp.called_at < quarter_end,
            ),
        )
    )


@dataclass(frozen=True)
class DuePage:
    calls: list[DueCall]
    total: int  # customers (or callers) with a call due: the whole list's length
    overdue: int  # of those, the calls due before the day
    next_after: str | None  # give it back as ``after`` for the next page; None: the last page


def _binary(column: Any, session: Session) -> Any:
    """Compare due keys byte by byte on every database (PostgreSQL's locale order differs)."""
    return column.collate("C") if session.get_bind().dialect.name == "postgresql" else column


def _one_per_customer(
    session: Session,
    settings: ShopSettings,
    day: date,
    limit: int | None = None,
    after: str | None = None,
) -> tuple[list[DueCall], tuple[int, int]]:
    """One call per customer (or caller), the most urgent: earliest due, then by reason, then
    by key; the list in that order. ``limit``/``after``: one page of it (keyset) and the
    numbers of calls and of overdue calls in the whole list."""
    rows = _due_rows(settings, stores.local_zone(session), day)
    who = (rows.c.customer_id, case((rows.c.customer_id.is_(None), rows.c.due_key)))
    key = _binary(rows.c.due_key, session)
    picked = select(
        rows,
        func.row_number()
        .over(partition_by=who, order_by=(rows.c.due_on, rows.c.rank, key))
        .label("pick"),
    ).subquery("picked")
    listed: Any = select(picked).where(picked.c.pick == 1)
    if limit is not None:
        # The whole list's length and overdue count ride along on every row of the page
        # (window sums over the picked calls, before the cursor and the limit): one pass.
        late = func.sum(case((picked.c.due_on < day, 1), else_=0))
        listed = listed.add_columns(func.count().over().label("total"), late.over().label("late"))
    listed = listed.subquery("listed")
    shown = select(listed)
    if after:
        due_on, rank, due_key = _cursor(after)
        later = _binary(listed.c.due_key, session) > due_key
        shown = shown.where(
            or_(
                listed.c.due_on > due_on,
                and_(
                    listed.c.due_on == due_on,
                    or_(listed.c.rank > rank, and_(listed.c.rank == rank, later)),
                ),
            )
        )
    order = (listed.c.due_on, listed.c.rank, _binary(listed.c.due_key, session))
    shown = shown.order_by(*order)
    if limit is not None:
        shown = shown.limit(limit)
    page = shown.subquery("page")
    query = _shown(page).order_by(page.c.due_on, page.c.rank, _binary(page.c.due_key, session))
    if limit is not None:
        query = query.add_columns(page.c.total, page.c.late)
    result = list(session.execute(query))
    calls = [_call(row, day) for row in result]
    total = (0, 0)
    if result and limit is not None:
        total = (int(result[0].total), int(result[0].late or 0))
    elif after and limit is not None:  # a page past the end: count the list on its own
        whole = select(picked).where(picked.c.pick == 1).subquery()
        late_count = func.coalesce(func.sum(case((whole.c.due_on < day, 1), else_=0)), 0)
        counted = session.execute(select(func.count(), late_count).select_from(whole)).one()
        total = (int(counted[0]), int(counted[1]))
    return _with_work_done(session, calls), total


def _cursor(after: str) -> tuple[date, int, str]:
    due_on, rank, due_key = after.split("|", 2)
    return date.fromisoformat(due_on), int(rank), due_key


def due_list(db: Database, actor: Actor, day: date | None = None) -> list[DueCall]:
    """The clerk's work list for the store's local ``day`` (default today): due and overdue
    calls, one per customer, earliest due first. Clerk or manager."""
    require_role(actor, "clerk")
    with db.read() as session:
        settings = settings_service.load_all(session)
        day = day or local_today(stores.local_zone(session, actor=actor))
        return _one_per_customer(session, settings, day)[0]


def due_page(
    db: Database,
    actor: Actor,
    day: date | None = None,
    *,
    limit: int = 200,
    after: str | None = None,
) -> DuePage:
    """One page of ``due_list``: the first ``limit`` calls after the ``after`` cursor (None:
    the most urgent), the number of calls due in all, and the cursor of the next page.
    Clerk or manager."""
    require_role(actor, "clerk")
    if limit < 1:
        raise ValidationError("limit", QT_TRANSLATE_NOOP("errors", "Enter a positive number"))
    if after is not None:
        try:
            _cursor(after)
        except ValueError:
            raise ValidationError(
                "after", QT_TRANSLATE_NOOP("errors", "This page of the list is not valid")
            ) from None
    with db.read() as session:
        settings = settings_service.load_all(session)
        day = day or local_today(stores.local_zone(session, actor=actor))
        calls, (total, overdue) = _one_per_customer(session, settings, day, limit, after)
    next_after = None
    if len(calls) == limit:
        last = calls[-1]
        next_after = f"{last.due_on.isoformat()}|{REASON_ORDER.index(last.reason)}|{last.due_key}"
    return DuePage(calls, total, overdue, next_after)


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
    if feedback_class is not None:
        feedback_class = one_of(
            feedback_class,
            FEEDBACK_CLASSES,
            "feedback_class",
            QT_TRANSLATE_NOOP("errors", "Unknown feedback class {value}; one of: {choices}"),
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


PickCall = Callable[[Session, ShopSettings, date], DueCall]


def _record_picked(
    db: Database,
    actor: Actor,
    pick: PickCall,
    day: date | None,
    reached: bool,
    satisfaction: int | None,
    feedback_class: str | None,
    comment: str,
) -> CallResult:
    """Check the answer, then in one transaction record it on the call ``pick`` finds due
    on ``day`` (the store's today by default)."""
    require_role(actor, "clerk")
    satisfaction, feedback_class = _check_answer(reached, satisfaction, feedback_class)
    comment = clean_text(comment, "comment", COMMENT_MAX)
    with db.write() as session:
        settings = settings_service.load_all(session)
        day = day or local_today(stores.local_zone(session, actor=actor))
        call = pick(session, settings, day)
        return _record(
            session, settings, actor, call, day, reached, satisfaction, feedback_class, comment
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

    def pick(session: Session, settings: ShopSettings, day: date) -> DueCall:
        call = next((c for c in due_calls(session, settings, day) if c.due_key == due_key), None)
        if call is None:
            _refuse_not_due(session, due_key)
        assert call is not None
        return call

    return _record_picked(db, actor, pick, day, reached, satisfaction, feedback_class, comment)


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
    """Record the call about a collected ticket: the earliest of its calls on the list (one
    not due yet may be made ahead of time). Refuses a ticket not collected and a call already
    recorded (ValidationError), and everything ``record`` refuses."""

    def pick(session: Session, settings: ShopSettings, day: date) -> DueCall:
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
            due_calls(session, settings, day, ticket_id=ticket.id, early=True),
            key=lambda c: (c.due_on, REASON_ORDER.index(c.reason)),
        )
        if not calls:
            _refuse_not_due(session, f"after_collection:{ticket.id}", ticket.ticket_no)
        return calls[0]

    return _record_picked(db, actor, pick, day, reached, satisfaction, feedback_class, comment)


def _refuse_not_due(session: Session, due_key: str, ticket_no: str = "") -> None:
    row = session.scalar(select(FollowUp).where(FollowUp.due_key == due_key))
    if row is not None and row.state not in ("due", "retry"):
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
    settings: ShopSettings,
    actor: Actor,
    call: DueCall,
    day: date,
    reached: bool,
    satisfaction: int | None,
    feedback_class: str | None,
    comment: str,
) -> CallResult:
    from counter_app.services.aftercare import complaints

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
    elif row.state not in ("due", "retry"):
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
    elif row.attempts >= max_tries(settings):
        row.state = "unreachable"
        row.next_try_on = None
    else:
        row.state = "retry"
        row.next_try_on = day + timedelta(days=1)
    session.flush()
    note = timeline_note(
        session,
        ticket,
        actor,
        "followup",
        {
            "reason": row.reason,
            "state": row.state,
            "attempt": row.attempts,
            "satisfaction": row.satisfaction,
            "class": row.feedback_class,
            "comment": comment,
        },
    )
    audit(session, actor, "followup_recorded", "followup", row.id, note)
    if reached and row.customer_id is not None:
        # The customer has been reached: their first-month call is no longer needed.
        session.execute(
            delete(FollowUp).where(
                FollowUp.customer_id == row.customer_id,
                FollowUp.reason == "first_service",
                FollowUp.state == "due",
            )
        )
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
