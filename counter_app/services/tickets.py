"""Reading tickets (detail, job board, lists) and small edits: notes, technician, priority."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import (
    OPEN_PREDICATE,
    OPEN_STATUSES,
    SERVICE_TYPES,
    STATUSES,
    Customer,
    Device,
    Part,
    Payment,
    Quote,
    QuoteLine,
    StockMovement,
    Ticket,
    TicketEvent,
    User,
)
from counter_app.services.common import (
    add_event,
    check_version,
    get_ticket,
    require_open,
    require_role,
)
from counter_app.services.dto import (
    Actor,
    CustomerInfo,
    DeviceInfo,
    EventInfo,
    LineInfo,
    PaymentInfo,
    QuoteInfo,
    TicketDetail,
    TicketSummary,
)
from counter_app.services.totals import ticket_totals
from counter_app.services.workflow import allowed_next
from counter_app.timeutil import utcnow
from counter_app.validation import LIKE_ESCAPE, clean_text, like_pattern, mask_phone

PASSCODE_ROLES = ("technician", "manager")


def customer_info(customer: Customer, ticket_count: int = 0) -> CustomerInfo:
    return CustomerInfo(
        id=customer.id,
        name=customer.name,
        phone=customer.phone,
        phone_masked=mask_phone(customer.phone),
        email=customer.email,
        contact_consent=customer.contact_consent,
        anonymised=customer.anonymised_at is not None,
        ticket_count=ticket_count,
    )


def device_info(device: Device) -> DeviceInfo:
    return DeviceInfo(
        id=device.id,
        brand=device.brand,
        model=device.model,
        colour=device.colour,
        imei=device.imei,
        imei2=device.imei2,
        serial=device.serial,
        purchase_date=device.purchase_date,
        purchase_proof=device.purchase_proof,
    )


def _quotes(session: Session, ticket: Ticket) -> tuple[QuoteInfo, ...]:
    quotes = session.scalars(
        select(Quote).where(Quote.ticket_id == ticket.id).order_by(Quote.seq)
    ).all()
    if not quotes:
        return ()
    rows = session.execute(
        select(QuoteLine, Part.sku)
        .outerjoin(Part, Part.id == QuoteLine.part_id)
        .where(QuoteLine.quote_id.in_([q.id for q in quotes]))
        .order_by(QuoteLine.id)
    ).all()
    used = dict(
        session.execute(
            select(StockMovement.quote_line_id, func.sum(-StockMovement.quantity))
            .where(
                StockMovement.ticket_id == ticket.id,
                StockMovement.kind.in_(("used", "returned")),
            )
            .group_by(StockMovement.quote_line_id)
        ).all()
    )
    result = []
    for quote in quotes:
        lines = tuple(
            LineInfo(
                id=line.id,
                kind=line.kind,
                sku=sku,
                description=line.description,
                qty=line.qty,
                unit_price=line.unit_price,
                line_total=line.line_total,
                used_qty=int(used.get(line.id) or 0),
            )
            for line, sku in rows
            if line.quote_id == quote.id
        )
        result.append(
            QuoteInfo(
                id=quote.id,
                seq=quote.seq,
                status=quote.status,
                created_at=quote.created_at,
                decided_at=quote.decided_at,
                decision_method=quote.decision_method,
                lines=lines,
                total=_sum(lines),
            )
        )
    return tuple(result)


def _sum(lines: tuple[LineInfo, ...]) -> Decimal:
    return sum((line.line_total for line in lines), Decimal("0.00"))


def detail(db: Database, actor: Actor, ticket_no: str) -> TicketDetail:
    """Everything the ticket page and `ticket show` display. Raises NotFound."""
    with db.read() as session:
        return load_detail(session, actor, get_ticket(session, ticket_no))


def load_detail(session: Session, actor: Actor, ticket: Ticket) -> TicketDetail:
    customer = session.get(Customer, ticket.customer_id)
    device = session.get(Device, ticket.device_id)
    assert customer is not None and device is not None
    names = dict(session.execute(select(User.id, User.display_name)).all())
    totals = ticket_totals(session, ticket)
    quotes = _quotes(session, ticket)
    payments = session.scalars(
        select(Payment).where(Payment.ticket_id == ticket.id).order_by(Payment.id)
    ).all()
    events = session.scalars(
        select(TicketEvent).where(TicketEvent.ticket_id == ticket.id).order_by(TicketEvent.id)
    ).all()
    comeback_of = (
        session.scalar(select(Ticket.ticket_no).where(Ticket.id == ticket.comeback_of_id))
        if ticket.comeback_of_id
        else None
    )
    waiting_part = None
    if ticket.waiting_part_id:
        part = session.get(Part, ticket.waiting_part_id)
        waiting_part = f"{part.sku} {part.name}" if part else None
    may_see_passcode = actor.role in PASSCODE_ROLES
    return TicketDetail(
        id=ticket.id,
        ticket_no=ticket.ticket_no,
        status=ticket.status,
        service_type=ticket.service_type,
        priority=ticket.priority,
        customer=customer_info(customer),
        device=device_info(device),
        fault=ticket.fault,
        condition=json.loads(ticket.condition or "{}"),
        accessories=ticket.accessories,
        passcode=ticket.passcode if may_see_passcode else None,
        has_passcode=bool(ticket.passcode),
        promised_at=ticket.promised_at,
        technician=names.get(ticket.technician_id) if ticket.technician_id else None,
        received_at=ticket.received_at,
        completed_at=ticket.completed_at,
        collected_at=ticket.collected_at,
        warranty_decision=ticket.warranty_decision,
        warranty_reason=ticket.warranty_reason,
        warranty_until=ticket.warranty_until,
        is_comeback=ticket.is_comeback,
        comeback_of=comeback_of,
        purchase_date=ticket.purchase_date,
        purchase_proof=ticket.purchase_proof,
        waiting_part=waiting_part,
        quotes=quotes,
        lines=tuple(line for q in quotes if q.status != "declined" for line in q.lines),
        quoted_value=totals.quoted_value,
        total=totals.total,
        paid=totals.paid,
        balance=totals.balance,
        payments=tuple(
            PaymentInfo(
                id=p.id,
                kind=p.kind,
                method=p.method,
                amount=p.amount,
                tendered=p.tendered,
                change=(p.tendered - p.amount) if p.tendered is not None else None,
                refund_of_id=p.refund_of_id,
                reference=p.reference,
                at=p.at,
                user=names.get(p.user_id, ""),
            )
            for p in payments
        ),
        events=tuple(
            EventInfo(
                at=e.at,
                user=names.get(e.user_id, ""),
                kind=e.kind,
                from_status=e.from_status,
                to_status=e.to_status,
                note=e.note,
            )
            for e in events
        ),
        allowed_next=allowed_next(ticket.service_type, ticket.status),
        version=ticket.version,
        overdue=_is_overdue(ticket.status, ticket.promised_at, utcnow()),
    )


def _is_overdue(status: str, promised_at: datetime | None, now: datetime) -> bool:
    return (
        promised_at is not None
        and status in OPEN_STATUSES
        and status not in ("ready", "declined")
        and promised_at < now
    )


@dataclass(frozen=True)
class BoardFilter:
    """The job board's filters; every field optional."""

    statuses: tuple[str, ...] = ()
    technician: str | None = None  # username; "" = unassigned
    service_type: str | None = None
    overdue_only: bool = False
    search: str = ""
    include_closed: bool = False


SORT_COLUMNS = {
    "ticket_no": Ticket.ticket_no,
    "status": Ticket.status,
    "received_at": Ticket.received_at,
    "promised_at": Ticket.promised_at,
    "priority": Ticket.priority,
    "customer": Customer.name,
    "model": Device.model,
}


def _board_query(flt: BoardFilter, now: datetime) -> Select:
    tech = aliased(User)
    query = (
        select(
            Ticket.id,
            Ticket.ticket_no,
            Ticket.status,
            Ticket.service_type,
            Ticket.priority,
            Customer.name,
            Customer.phone,
            Device.brand,
            Device.model,
            Ticket.fault,
            tech.display_name,
            Ticket.received_at,
            Ticket.promised_at,
            Ticket.is_comeback,
            Ticket.version,
        )
        .join(Customer, Customer.id == Ticket.customer_id)
        .join(Device, Device.id == Ticket.device_id)
        .outerjoin(tech, tech.id == Ticket.technician_id)
    )
    if not flt.include_closed:
        query = query.where(text(f"tickets.{OPEN_PREDICATE}"))
    if flt.statuses:
        unknown = [s for s in flt.statuses if s not in STATUSES]
        if unknown:
            raise ValidationError(
                "status",
                QT_TRANSLATE_NOOP("errors", "Unknown status {status}; statuses are: {statuses}"),
                status=", ".join(unknown),
                statuses=", ".join(STATUSES),
            )
        query = query.where(Ticket.status.in_(flt.statuses))
    if flt.technician is not None:
        if flt.technician == "":
            query = query.where(Ticket.technician_id.is_(None))
        else:
            query = query.where(tech.username == flt.technician)
    if flt.service_type:
        if flt.service_type not in SERVICE_TYPES:
            raise ValidationError(
                "service_type",
                QT_TRANSLATE_NOOP("errors", "Unknown service type {value}; use one of: {allowed}"),
                value=flt.service_type,
                allowed=", ".join(SERVICE_TYPES),
            )
        query = query.where(Ticket.service_type == flt.service_type)
    if flt.overdue_only:
        query = query.where(Ticket.promised_at < now, Ticket.status.not_in(("ready", "declined")))
    needle = flt.search.strip()
    if needle:
        like = like_pattern(needle)  # '%' and '_' typed by the user match themselves
        matches = [
            Ticket.ticket_no.ilike(like, escape=LIKE_ESCAPE),
            Customer.name.ilike(like, escape=LIKE_ESCAPE),
            Device.model.ilike(like, escape=LIKE_ESCAPE),
            Device.brand.ilike(like, escape=LIKE_ESCAPE),
            Device.imei == needle,
            Ticket.fault.ilike(like, escape=LIKE_ESCAPE),
        ]
        if needle.isdigit():
            matches.append(Customer.phone.like(f"%{needle}"))
        query = query.where(or_(*matches))
    return query


def job_board(
    db: Database,
    flt: BoardFilter | None = None,
    *,
    sort: str = "promised_at",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[TicketSummary]:
    """A page of tickets for the job board (open ones unless asked), sorted in SQL."""
    flt = flt or BoardFilter()
    now = utcnow()
    column = SORT_COLUMNS.get(sort, Ticket.promised_at)
    order = column.desc() if descending else column.asc()
    tie = Ticket.id.desc() if descending else Ticket.id.asc()
    with db.read() as session:
        rows = session.execute(
            _board_query(flt, now).order_by(order, tie).offset(offset).limit(limit)
        ).all()
    return [
        TicketSummary(
            id=r[0],
            ticket_no=r[1],
            status=r[2],
            service_type=r[3],
            priority=r[4],
            customer_name=r[5],
            phone_masked=mask_phone(r[6]),
            brand=r[7],
            model=r[8],
            fault=r[9],
            technician=r[10],
            received_at=r[11],
            promised_at=r[12],
            overdue=_is_overdue(r[2], r[12], now),
            is_comeback=r[13],
            version=r[14],
        )
        for r in rows
    ]


def job_board_count(db: Database, flt: BoardFilter | None = None) -> int:
    flt = flt or BoardFilter()
    with db.read() as session:
        subquery = _board_query(flt, utcnow()).with_only_columns(Ticket.id).subquery()
        return int(session.scalar(select(func.count()).select_from(subquery)) or 0)


def board_stamp(db: Database) -> tuple[int, int]:
    """A cheap fingerprint of ticket changes: (latest event id, open ticket count).

    The job board polls it to refresh when another counter changed something.
    """
    with db.read() as session:
        last_event = session.scalar(select(func.max(TicketEvent.id))) or 0
        open_count = session.scalar(
            select(func.count()).select_from(Ticket).where(text(OPEN_PREDICATE))
        )
        return int(last_event), int(open_count or 0)


def add_note(
    db: Database, actor: Actor, ticket_no: str, note: str, expected_version: int | None = None
) -> None:
    """Append a note to the ticket's history (any role)."""
    body = clean_text(note, "note", 2000, required=True)
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        add_event(session, ticket, actor, "note", body)


def assign(
    db: Database,
    actor: Actor,
    ticket_no: str,
    technician: str | None,
    expected_version: int | None = None,
) -> None:
    """Assign the ticket to a technician (or None to unassign). Not for the inventory role."""
    require_role(actor, "technician", "clerk")
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        require_open(ticket)
        tech = None
        if technician:
            tech = session.scalar(select(User).where(User.username == technician.lower()))
            if tech is None or tech.role not in ("technician", "manager") or not tech.active:
                raise ValidationError(
                    "technician",
                    QT_TRANSLATE_NOOP("errors", "No technician {name}"),
                    name=technician,
                )
        ticket.technician_id = tech.id if tech else None
        add_event(session, ticket, actor, "assigned", tech.display_name if tech else "")
