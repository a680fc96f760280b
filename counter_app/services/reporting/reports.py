"""The manager's daily close and the monthly staff assessment (绩效考核).

Every figure is an SQL aggregate over an indexed time range: the store's local business day
(or month) converted to UTC instants. Definitions:

- received: tickets whose intake (received_at) falls in the day;
- diagnosed: tickets moved from diagnosing to awaiting_approval (diagnosis done, quote sent);
- completed: tickets that reached "ready" for the first time (completed_at);
- collected / cancelled: status changes to collected / cancelled in the day;
- open by status, overdue: the open tickets as the report is made (overdue: promised time
  passed, not yet ready);
- takings: payments in the day by method, deposits / final payments / refunds apart, net;
- parts used: stock movements "used" less "returned" in the day, at quoted cost and price;
- comebacks: tickets received in the day flagged as comebacks;
- per clerk: intakes, payments taken, collections handed over; per technician: diagnoses,
  repairs completed (moved to ready).

Monthly, by completion date: per technician (tickets assigned to them) and per clerk
(tickets they took in) completed in the month: jobs, median and average turnaround
(intake to ready, hours), comeback rate (返修率: of those jobs, the share that came back
as a comeback); and the after-care figures of the month (services/aftercare/figures.py):
follow-up calls made, average satisfaction, share of satisfied answers, feedback by class,
complaints against them, overdue complaints. Staff with after-care figures but no completed
job get a row too. Satisfaction is None when no answer was scored. Per technician, on-site
visits arrived at in the month and the share on time (services/appointments/booking.py: within the
slot and the onsite_days promise).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from counter_app.audit_chain import GENESIS, HEAD_HASH
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from counter_app.models import (
    FEEDBACK_CLASSES,
    PAYMENT_METHODS,
    Customer,
    Device,
    Money,
    Part,
    Payment,
    Quote,
    QuoteLine,
    StockMovement,
    Store,
    Ticket,
    TicketEvent,
    TillSession,
    User,
)
from counter_app.money import round_line
from counter_app.services.aftercare.figures import monthly_figures
from counter_app.services.appointments.booking import VisitFigures, visit_figures
from counter_app.services.base.common import require_role
from counter_app.services.base.dto import Actor
from counter_app.services.money import till as till_service
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.stock import usage
from counter_app.services.stores import chain as stores
from counter_app.services.tickets import loaners, states
from counter_app.services.tickets.loaners import LoanerInfo
from counter_app.services.tickets.totals import charged_line
from counter_app.timeutil import local_day_bounds, local_today, utcnow

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class MethodTakings:
    method: str
    deposits: Decimal
    finals: Decimal
    refunds: Decimal  # negative or zero
    net: Decimal
    count: int


@dataclass(frozen=True)
class OverdueTicket:
    ticket_no: str
    status: str
    customer: str
    device: str
    promised_at: datetime
    technician: str | None


@dataclass(frozen=True)
class PartUsed:
    sku: str
    name: str
    qty: int
    cost: Decimal
    price: Decimal


@dataclass(frozen=True)
class Comeback:
    ticket_no: str
    comeback_of: str | None
    device: str
    fault: str


@dataclass(frozen=True)
class StaffDay:
    user: str
    role: str
    intakes: int
    payments: int
    takings: Decimal
    collections: int
    diagnosed: int
    completed: int


@dataclass(frozen=True)
class DailyReport:
    day: date
    store: str
    currency: str
    time_zone: str
    generated_at: datetime
    received: int
    diagnosed: int
    completed: int
    collected: int
    cancelled: int
    open_by_status: dict[str, int]
    overdue: tuple[OverdueTicket, ...]
    takings: tuple[MethodTakings, ...]
    deposits: Decimal
    finals: Decimal
    refunds: Decimal
    net: Decimal
    parts_used: tuple[PartUsed, ...]
    parts_cost: Decimal
    parts_price: Decimal
    comebacks: tuple[Comeback, ...]
    staff: tuple[StaffDay, ...]
    # Loaner phones: lent that day, given back that day, still out at its end.
    loaners: dict[str, list[LoanerInfo]] = field(default_factory=dict)
    # The till (services/money/till.py): each session opened in the day with its variance,
    # and the cash taken while no till was open.
    tills: tuple[till_service.TillSummary, ...] = ()
    cash_without_till: Decimal = ZERO
    # The audit chain's head when the report was made (counter-app audit verify --head).
    audit_head: str = GENESIS


@dataclass(frozen=True)
class StaffMonth:
    user: str
    role: str  # the person's role (their account's): a manager is a manager
    worked_as: str  # the capacity these figures count ("clerk": took in; "technician": repaired)
    jobs_completed: int
    median_turnaround_hours: float | None
    average_turnaround_hours: float | None
    comebacks: int
    comeback_rate: float | None
    satisfaction: float | None  # average follow-up score about their jobs
    complaints: dict[str, int | None]  # feedback by class (services/aftercare/figures.py)
    followups: int = 0
    satisfied_share: float | None = None
    complaints_against: int = 0
    overdue_complaints: int = 0
    visits: int = 0  # on-site visits arrived at in the month (technicians)
    visits_on_time_pct: float | None = None  # of those, % within the slot and the promise
    # Technicians: what their completed jobs' lines charged (labour; parts less their cost)
    # and the commission on the labour at the labour_commission_pct setting (提成).
    labour_revenue: Decimal | None = None
    parts_margin: Decimal | None = None
    commission: Decimal | None = None


@dataclass(frozen=True)
class MonthlyReport:
    year: int
    month: int
    store: str
    time_zone: str
    generated_at: datetime
    staff: tuple[StaffMonth, ...]
    jobs_completed: int
    median_turnaround_hours: float | None
    average_turnaround_hours: float | None
    comeback_rate: float | None
    satisfaction: float | None = None
    satisfied_share: float | None = None
    followups: int = 0
    complaints: dict[str, int] = field(default_factory=dict)
    complaints_against: int = 0
    overdue_complaints: int = 0


def complaint_count(feedback: dict[str, Any]) -> int:
    """The complaints among the feedback by class (every class but "satisfied")."""
    return sum(int(n or 0) for name, n in feedback.items() if name != "satisfied")


def _count(session: Session, query: Any) -> int:
    return int(session.scalar(query) or 0)


def _in_store(query: Any, column: Any, store_id: int | None) -> Any:
    """One store's rows (``store_id``), or every store's (None: the chain, or a one-store
    shop)."""
    return query if store_id is None else query.where(column == store_id)


def _events_in_store(query: Any, store_id: int | None) -> Any:
    if store_id is None:
        return query
    # Correlated, so the planner reads the day's events by (kind, at) and checks each one's
    # ticket by its key; ``ticket_id IN (that store's tickets)`` made SQLite walk every
    # ticket of the store (411 ms against 18 ms at 10k tickets).
    return query.where(
        select(Ticket.id)
        .where(Ticket.id == TicketEvent.ticket_id, Ticket.store_id == store_id)
        .exists()
    )


def _status_changes(
    to_status: str,
    start: datetime,
    end: datetime,
    from_status: str | None = None,
    store_id: int | None = None,
) -> Any:
    query = select(func.count(func.distinct(TicketEvent.ticket_id))).where(
        TicketEvent.kind == "status",
        TicketEvent.at >= start,
        TicketEvent.at < end,
        TicketEvent.to_status == to_status,
    )
    if from_status:
        query = query.where(TicketEvent.from_status == from_status)
    return _events_in_store(query, store_id)


def _store_scope(session: Session, settings: ShopSettings, store_id: int | None) -> tuple[str, str]:
    """The report's name and time zone: the store's own, else the shop's settings."""
    if store_id is None:
        return settings.store_name, stores.local_zone(session)
    store = session.get(Store, store_id)
    if store is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No store {code}"), code=str(store_id))
    return store.name or settings.store_name, stores.local_zone(session, store_id=store_id)


def daily(
    db: Database, actor: Actor, day: date | None = None, store_id: int | None = None
) -> DailyReport:
    """The daily close for the store's local ``day`` (default: today). Manager or clerk.
    ``store_id``: that store's figures on its own business day (None: every store)."""
    require_role(actor, "clerk")
    with db.read() as session:
        settings = settings_service.load_all(session)
        store_name, tz_name = _store_scope(session, settings, store_id)
        day = day or local_today(tz_name)
        start, end = local_day_bounds(day, tz_name)
        now = utcnow()
        takings = _takings(session, start, end, store_id)
        parts_used = _parts_used(session, start, end, store_id)
        tills = _tills(session, start, end, store_id)
        return DailyReport(
            day=day,
            store=store_name,
            currency=settings.currency,
            time_zone=tz_name,
            generated_at=now,
            **_day_counts(session, start, end, store_id),
            overdue=_overdue(session, now, store_id),
            takings=takings,
            deposits=sum((t.deposits for t in takings), ZERO),
            finals=sum((t.finals for t in takings), ZERO),
            refunds=sum((t.refunds for t in takings), ZERO),
            net=sum((t.net for t in takings), ZERO),
            parts_used=parts_used,
            parts_cost=sum((p.cost for p in parts_used), ZERO),
            parts_price=sum((p.price for p in parts_used), ZERO),
            comebacks=_comebacks(session, start, end, store_id),
            staff=_staff_day(session, start, end, store_id),
            loaners=loaners.of_day(session, day, tz_name, store_id),
            tills=tills,
            cash_without_till=_cash_without_till(session, start, end, store_id),
            audit_head=session.scalar(HEAD_HASH) or GENESIS,
        )


def _day_counts(
    session: Session, start: datetime, end: datetime, store_id: int | None
) -> dict[str, Any]:
    """Tickets received, diagnosed, completed, collected and cancelled in the day, and the
    open ones by status."""

    def tickets_between(column: Any) -> int:
        return _count(
            session,
            _in_store(
                select(func.count(Ticket.id)).where(column >= start, column < end),
                Ticket.store_id,
                store_id,
            ),
        )

    return {
        "received": tickets_between(Ticket.received_at),
        "diagnosed": _count(
            session, _status_changes("awaiting_approval", start, end, "diagnosing", store_id)
        ),
        "completed": tickets_between(Ticket.completed_at),
        "collected": _count(session, _status_changes("collected", start, end, None, store_id)),
        "cancelled": _count(session, _status_changes("cancelled", start, end, None, store_id)),
        "open_by_status": {
            status: int(n)
            for status, n in session.execute(
                _in_store(
                    select(Ticket.status, func.count(Ticket.id)).where(states.open_clause()),
                    Ticket.store_id,
                    store_id,
                ).group_by(Ticket.status)
            )
        },
    }


def _overdue(session: Session, now: datetime, store_id: int | None) -> tuple[OverdueTicket, ...]:
    tech = aliased(User)
    return tuple(
        OverdueTicket(no, status, name, f"{brand} {model}", promised, tech_name)  # type: ignore[arg-type]
        for no, status, name, brand, model, promised, tech_name in session.execute(
            select(
                Ticket.ticket_no,
                Ticket.status,
                Customer.name,
                Device.brand,
                Device.model,
                Ticket.promised_at,
                tech.display_name,
            )
            .join(Customer, Customer.id == Ticket.customer_id)
            .join(Device, Device.id == Ticket.device_id)
            .outerjoin(tech, tech.id == Ticket.technician_id)
            .where(
                states.overdue_clause(Ticket.status, Ticket.promised_at, now),
                *([Ticket.store_id == store_id] if store_id is not None else []),
            )
            .order_by(Ticket.promised_at)
        )
    )


def _takings(
    session: Session, start: datetime, end: datetime, store_id: int | None
) -> tuple[MethodTakings, ...]:
    """Payments in the day grouped by method (every method in PAYMENT_METHODS' order)."""
    sums: dict[tuple[str, str], tuple[Decimal, int]] = {}
    for method, kind, total, n in session.execute(
        select(
            Payment.method,
            Payment.kind,
            func.sum(Payment.amount, type_=Money),
            func.count(Payment.id),
        )
        .where(
            Payment.at >= start,
            Payment.at < end,
            *([Payment.store_id == store_id] if store_id is not None else []),
        )
        .group_by(Payment.method, Payment.kind)
    ):
        sums[(method, kind)] = (total or ZERO, int(n))
    takings = []
    for method in PAYMENT_METHODS:
        parts = {k: sums.get((method, k), (ZERO, 0)) for k in ("deposit", "final", "refund")}
        if not any(n for _, n in parts.values()):
            continue
        net = sum((v for v, _ in parts.values()), ZERO)
        takings.append(
            MethodTakings(
                method,
                parts["deposit"][0],
                parts["final"][0],
                parts["refund"][0],
                net,
                sum(n for _, n in parts.values()),
            )
        )
    return tuple(takings)


def _parts_used(
    session: Session, start: datetime, end: datetime, store_id: int | None
) -> tuple[PartUsed, ...]:
    return tuple(
        PartUsed(sku, name, int(qty), Decimal(cost or ZERO), Decimal(price or ZERO))
        for sku, name, qty, cost, price in session.execute(
            select(
                Part.sku,
                Part.name,
                usage.used_qty_sql(StockMovement.quantity),
                func.sum(
                    -StockMovement.quantity * func.coalesce(QuoteLine.unit_cost, Part.cost),
                    type_=Money,
                ),
                func.sum(-StockMovement.quantity * QuoteLine.unit_price, type_=Money),
            )
            .join(Part, Part.id == StockMovement.part_id)
            .outerjoin(QuoteLine, QuoteLine.id == StockMovement.quote_line_id)
            .where(
                usage.use_clause(StockMovement.kind),
                StockMovement.at >= start,
                StockMovement.at < end,
                *([StockMovement.store_id == store_id] if store_id is not None else []),
            )
            .group_by(Part.sku, Part.name)
            .having(usage.used_qty_sql(StockMovement.quantity) != 0)
            .order_by(Part.sku)
        )
    )


def _comebacks(
    session: Session, start: datetime, end: datetime, store_id: int | None
) -> tuple[Comeback, ...]:
    earlier = aliased(Ticket)
    return tuple(
        Comeback(no, of, f"{brand} {model}", fault)
        for no, of, brand, model, fault in session.execute(
            select(Ticket.ticket_no, earlier.ticket_no, Device.brand, Device.model, Ticket.fault)
            .join(Device, Device.id == Ticket.device_id)
            .outerjoin(earlier, earlier.id == Ticket.comeback_of_id)
            .where(
                Ticket.received_at >= start,
                Ticket.received_at < end,
                Ticket.is_comeback.is_(True),
                *([Ticket.store_id == store_id] if store_id is not None else []),
            )
            .order_by(Ticket.ticket_no)
        )
    )


def _tills(
    session: Session, start: datetime, end: datetime, store_id: int | None
) -> tuple[till_service.TillSummary, ...]:
    """The till sessions opened in the day, each with its figures and variance."""
    found = session.scalars(
        select(TillSession)
        .where(
            TillSession.opened_at >= start,
            TillSession.opened_at < end,
            *([TillSession.store_id == store_id] if store_id is not None else []),
        )
        .order_by(TillSession.opened_at)
    ).all()
    return tuple(till_service.summary(session, till) for till in found)


def _cash_without_till(
    session: Session, start: datetime, end: datetime, store_id: int | None
) -> Decimal:
    """Cash taken (less cash refunded) in the day while no till was open."""
    total = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0, type_=Money)).where(
            Payment.at >= start,
            Payment.at < end,
            Payment.method == "cash",
            Payment.till_session_id.is_(None),
            *([Payment.store_id == store_id] if store_id is not None else []),
        )
    )
    return Decimal(total or ZERO)


def _staff_day(
    session: Session, start: datetime, end: datetime, store_id: int | None = None
) -> tuple[StaffDay, ...]:
    users = {
        uid: (name, role)
        for uid, name, role in session.execute(select(User.id, User.display_name, User.role))
    }
    intakes = dict(
        session.execute(
            _in_store(
                select(Ticket.created_by_id, func.count(Ticket.id)).where(
                    Ticket.received_at >= start, Ticket.received_at < end
                ),
                Ticket.store_id,
                store_id,
            ).group_by(Ticket.created_by_id)
        ).all()
    )
    payments = {
        uid: (int(n), total or ZERO)
        for uid, n, total in session.execute(
            _in_store(
                select(
                    Payment.user_id, func.count(Payment.id), func.sum(Payment.amount, type_=Money)
                ).where(Payment.at >= start, Payment.at < end),
                Payment.store_id,
                store_id,
            ).group_by(Payment.user_id)
        )
    }
    moves: dict[tuple[int, str], int] = {
        (uid, str(to)): int(n)
        for uid, to, n in session.execute(
            _events_in_store(
                select(
                    TicketEvent.user_id, TicketEvent.to_status, func.count(TicketEvent.id)
                ).where(
                    TicketEvent.kind == "status",
                    TicketEvent.at >= start,
                    TicketEvent.at < end,
                    TicketEvent.to_status.in_(("collected", "awaiting_approval", "ready")),
                ),
                store_id,
            ).group_by(TicketEvent.user_id, TicketEvent.to_status)
        )
    }
    active = set(intakes) | set(payments) | {uid for uid, _ in moves}
    rows = []
    for uid in sorted(active, key=lambda u: users.get(u, ("", ""))[0]):
        name, role = users.get(uid, ("?", "?"))
        count, total = payments.get(uid, (0, ZERO))
        rows.append(
            StaffDay(
                name,
                role,
                int(intakes.get(uid, 0)),
                count,
                total,
                moves.get((uid, "collected"), 0),
                moves.get((uid, "awaiting_approval"), 0),
                moves.get((uid, "ready"), 0),
            )
        )
    return tuple(rows)


def month_bounds(year: int, month: int, tz_name: str) -> tuple[datetime, datetime]:
    if not (1 <= month <= 12) or not (2000 <= year <= 2100):
        raise ValidationError(
            "month",
            QT_TRANSLATE_NOOP("errors", "Month: give it as YYYY-MM"),
        )
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return local_day_bounds(first, tz_name)[0], local_day_bounds(following, tz_name)[0]


def parse_month(value: str) -> tuple[int, int]:
    try:
        year_text, month_text = value.strip().split("-")
        return int(year_text), int(month_text)
    except ValueError:
        raise ValidationError(
            "month", QT_TRANSLATE_NOOP("errors", "Month: give it as YYYY-MM")
        ) from None


def _turnaround_hours(dialect: str) -> Any:
    """Intake to ready in hours, computed by the database (no per-row conversion here)."""
    if dialect == "postgresql":
        return func.extract("epoch", Ticket.completed_at - Ticket.received_at) / 3600.0
    return (func.julianday(Ticket.completed_at) - func.julianday(Ticket.received_at)) * 24.0


def _hours(durations: list[float]) -> tuple[float | None, float | None]:
    if not durations:
        return None, None
    return round(statistics.median(durations), 1), round(sum(durations) / len(durations), 1)


def _visit_fields(visits: dict[int, VisitFigures], uid: int, role: str) -> dict[str, Any]:
    figures = visits.get(uid) if role == "technician" else None
    if figures is None:
        return {}
    return {"visits": figures.visits, "visits_on_time_pct": figures.on_time_pct}


def _earnings(
    session: Session, start: datetime, end: datetime, store_id: int | None
) -> dict[int, tuple[Decimal, Decimal]]:
    """Per technician, over their jobs completed in the month: the labour lines charged,
    and the part lines charged less the parts' cost (quotes not declined; what a line
    charges is totals.charged_line)."""
    charged = charged_line(Ticket, QuoteLine)
    cost = QuoteLine.qty * func.coalesce(QuoteLine.unit_cost, 0)
    found: dict[int, tuple[Decimal, Decimal]] = {}
    for tech_id, labour, margin in session.execute(
        select(
            Ticket.technician_id,
            func.sum(case((QuoteLine.kind == "labour", charged), else_=0), type_=Money),
            func.sum(case((QuoteLine.kind == "part", charged - cost), else_=0), type_=Money),
        )
        .join(Quote, Quote.ticket_id == Ticket.id)
        .join(QuoteLine, QuoteLine.quote_id == Quote.id)
        .where(
            Ticket.completed_at >= start,
            Ticket.completed_at < end,
            Ticket.technician_id.is_not(None),
            Quote.status != "declined",
            *([Ticket.store_id == store_id] if store_id is not None else []),
        )
        .group_by(Ticket.technician_id)
    ):
        found[int(tech_id)] = (Decimal(labour or ZERO), Decimal(margin or ZERO))
    return found


def _earning_fields(
    earnings: dict[int, tuple[Decimal, Decimal]], uid: int, role: str, pct: int
) -> dict[str, Any]:
    if role != "technician":
        return {}
    labour, margin = earnings.get(uid, (ZERO, ZERO))
    return {
        "labour_revenue": labour,
        "parts_margin": margin,
        "commission": round_line(labour * pct / 100) if pct else None,
    }


def monthly(
    db: Database, actor: Actor, year: int, month: int, store_id: int | None = None
) -> MonthlyReport:
    """The staff assessment of a month, by completion date. Manager only. ``store_id``: the
    jobs of that store, its month in its own time zone (None: the whole chain). After-care
    and on-site figures are the chain's."""
    require_role(actor, "manager")
    with db.read() as session:
        settings = settings_service.load_all(session)
        store_name, tz_name = _store_scope(session, settings, store_id)
        start, end = month_bounds(year, month, tz_name)
        later = aliased(Ticket)
        came_back = select(later.id).where(later.comeback_of_id == Ticket.id).limit(1).exists()
        conn = session.connection()  # Core rows: no ORM loading for plain columns
        rows = conn.execute(
            select(
                Ticket.technician_id,
                Ticket.created_by_id,
                _turnaround_hours(conn.dialect.name),
                came_back,
            ).where(
                Ticket.completed_at >= start,
                Ticket.completed_at < end,
                *([Ticket.store_id == store_id] if store_id is not None else []),
            )
        ).all()
        users = {
            uid: (name, role)
            for uid, name, role in conn.execute(select(User.id, User.display_name, User.role))
        }
        # Per person and role: the jobs' hours, and how many came back (one pass).
        per: dict[tuple[int, str], list[float]] = {}
        returned: dict[tuple[int, str], int] = {}
        everything: list[float] = []
        backs = 0
        for tech_id, clerk_id, hours, back in rows:
            spent = float(hours)
            everything.append(spent)
            keys = ((tech_id, "technician"), (clerk_id, "clerk"))
            for key in keys if tech_id is not None else keys[1:]:
                per.setdefault(key, []).append(spent)
                if back:
                    returned[key] = returned.get(key, 0) + 1
            if back:
                backs += 1
        now = utcnow()
        care, shop_care = monthly_figures(session.connection(), start, end, now)
        for key in care:
            per.setdefault(key, [])
        visits = visit_figures(session, start, end, tz_name)
        for uid in visits:
            per.setdefault((uid, "technician"), [])
        earnings = _earnings(session, start, end, store_id)
        pct = settings.labour_commission_pct
        staff = []
        for (uid, as_role), jobs in sorted(
            per.items(), key=lambda item: (item[0][1], users.get(item[0][0], ("",))[0])
        ):
            median, average = _hours(jobs)
            theirs = returned.get((uid, as_role), 0)
            figures = care.get((uid, as_role))
            staff.append(
                StaffMonth(
                    user=users.get(uid, ("?", "?"))[0],
                    role=users.get(uid, ("?", as_role))[1],
                    worked_as=as_role,
                    jobs_completed=len(jobs),
                    median_turnaround_hours=median,
                    average_turnaround_hours=average,
                    comebacks=theirs,
                    comeback_rate=round(theirs / len(jobs), 4) if jobs else None,
                    satisfaction=figures.satisfaction if figures else None,
                    complaints=dict(figures.feedback())
                    if figures
                    else dict.fromkeys(FEEDBACK_CLASSES, 0),
                    followups=figures.followups if figures else 0,
                    satisfied_share=figures.satisfied_share if figures else None,
                    complaints_against=figures.complaints_against if figures else 0,
                    overdue_complaints=figures.overdue_complaints if figures else 0,
                    **_visit_fields(visits, uid, as_role),
                    **_earning_fields(earnings, uid, as_role, pct),
                )
            )
        median, average = _hours(everything)
        return MonthlyReport(
            year=year,
            month=month,
            store=store_name,
            time_zone=tz_name,
            generated_at=now,
            staff=tuple(staff),
            jobs_completed=len(everything),
            median_turnaround_hours=median,
            average_turnaround_hours=average,
            comeback_rate=round(backs / len(everything), 4) if everything else None,
            satisfaction=shop_care.satisfaction,
            satisfied_share=shop_care.satisfied_share,
            followups=shop_care.followups,
            complaints=shop_care.feedback(),
            complaints_against=shop_care.complaints_against,
            overdue_complaints=shop_care.overdue_complaints,
        )
