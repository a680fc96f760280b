"""Reading tickets (detail, job board, lists) and small edits: notes, technician, priority."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Row,
    Select,
    bindparam,
    exists,
    func,
    literal_column,
    or_,
    select,
)

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import (
    BOARD_RANK,
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
    Store,
    Ticket,
    TicketEvent,
    User,
    UserStore,
)
from counter_app.names import event_note_plain, load_note_params
from counter_app.services.base import reads
from counter_app.services.base.common import (
    add_event,
    check_version,
    get_ticket,
    normalize_ticket_no,
    require_open,
    require_role,
    ticket_not_found,
)
from counter_app.services.base.dto import (
    Actor,
    CustomerInfo,
    DeviceInfo,
    EventInfo,
    LineInfo,
    PaymentInfo,
    QuoteInfo,
    TicketDetail,
    TicketSummary,
    many,
)
from counter_app.services.shop import settings as settings_service
from counter_app.services.stock import usage
from counter_app.services.stores import chain as stores
from counter_app.services.tickets import states
from counter_app.services.tickets.totals import ticket_totals
from counter_app.services.tickets.workflow import allowed_next
from counter_app.services.warranty import engine as warranty
from counter_app.services.warranty import records as warranty_records
from counter_app.timeutil import to_local, utcnow
from counter_app.validation import LIKE_ESCAPE, clean_text, like_pattern, mask_phone, one_of

PASSCODE_ROLES = ("technician", "manager")


def customer_info(customer: Customer | Row, ticket_count: int = 0) -> CustomerInfo:
    """From the ORM object or from a Core row with the same column names."""
    return CustomerInfo(
        id=customer.id,
        name=customer.name,
        phone=customer.phone,
        phone_masked=mask_phone(customer.phone),
        email=customer.email,
        contact_consent=customer.contact_consent,
        anonymised=customer.anonymised_at is not None,
        ticket_count=ticket_count,
        address=getattr(customer, "address", "") or "",
    )


def device_info(device: Device | Row) -> DeviceInfo:
    """From the ORM object or from a Core row with the same column names."""
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


_TIC, _CUS, _DEV, _USR = Ticket.__table__, Customer.__table__, Device.__table__, User.__table__
_QUO, _LIN, _PAR = Quote.__table__, QuoteLine.__table__, Part.__table__
_MOV, _PAY, _EVT = StockMovement.__table__, Payment.__table__, TicketEvent.__table__
_TECH = _USR.alias("tech")
# The ticket page's reads on Core, built once: a call binds the ticket and reads rows
# (named like the models' attributes) straight into the DTOs.
_TICKET_BY_NO = select(_TIC).where(_TIC.c.ticket_no == bindparam("ticket_no"))
_CUSTOMER_BY_ID = select(_CUS).where(_CUS.c.id == bindparam("id"))
_DEVICE_BY_ID = select(_DEV).where(_DEV.c.id == bindparam("id"))
_USER_NAMES = select(_USR.c.id, _USR.c.display_name)
_QUOTES = select(_QUO).where(_QUO.c.ticket_id == bindparam("ticket_id")).order_by(_QUO.c.seq)
_QUOTE_LINES = (
    select(_LIN, _PAR.c.sku)
    .outerjoin_from(_LIN, _PAR, _PAR.c.id == _LIN.c.part_id)
    .where(_LIN.c.quote_id.in_(bindparam("ids", expanding=True)))
    .order_by(_LIN.c.id)
)
_USED = (
    select(_MOV.c.quote_line_id, usage.used_qty_sql(_MOV.c.quantity))
    .where(_MOV.c.ticket_id == bindparam("ticket_id"), usage.use_clause(_MOV.c.kind))
    .group_by(_MOV.c.quote_line_id)
)
_PAYMENTS = select(_PAY).where(_PAY.c.ticket_id == bindparam("ticket_id")).order_by(_PAY.c.id)
_EVENTS = select(_EVT).where(_EVT.c.ticket_id == bindparam("ticket_id")).order_by(_EVT.c.id)
_TICKET_NO_BY_ID = select(_TIC.c.ticket_no).where(_TIC.c.id == bindparam("id"))
_PART_BY_ID = select(_PAR.c.sku, _PAR.c.name).where(_PAR.c.id == bindparam("id"))
# The ticket's store, and whether the user works there (else the ticket is read-only).
_STORE_BY_ID = select(
    Store.code,
    Store.name,
    exists()
    .where(UserStore.user_id == bindparam("user_id"), UserStore.store_id == Store.id)
    .label("works_here"),
).where(Store.id == bindparam("id"))


def _quotes(conn: Connection, ticket_id: int) -> tuple[QuoteInfo, ...]:
    quotes = reads.rows(conn, _QUOTES, {"ticket_id": ticket_id})
    if not quotes:
        return ()
    rows = reads.rows(conn, _QUOTE_LINES, {"ids": [q.id for q in quotes]})
    used = {line_id: n for line_id, n in reads.rows(conn, _USED, {"ticket_id": ticket_id})}
    result = []
    for quote in quotes:
        lines = tuple(
            LineInfo(
                id=line.id,
                kind=line.kind,
                sku=line.sku,
                description=line.description,
                qty=line.qty,
                unit_price=line.unit_price,
                line_total=line.line_total,
                used_qty=int(used.get(line.id) or 0),
                exclusion=line.exclusion,
            )
            for line in rows
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
    with db.lookup() as conn:
        ticket = reads.first(conn, _TICKET_BY_NO, {"ticket_no": normalize_ticket_no(ticket_no)})
        if ticket is None:
            raise ticket_not_found(ticket_no)
        return _detail_on(conn, actor, ticket)


def _detail_on(conn: Connection, actor: Actor, ticket: Ticket | Row) -> TicketDetail:
    customer = reads.first(conn, _CUSTOMER_BY_ID, {"id": ticket.customer_id})
    device = reads.first(conn, _DEVICE_BY_ID, {"id": ticket.device_id})
    names = {user_id: name for user_id, name in reads.rows(conn, _USER_NAMES)}
    totals = ticket_totals(conn, ticket)
    quotes = _quotes(conn, ticket.id)
    payments = reads.rows(conn, _PAYMENTS, {"ticket_id": ticket.id})
    events = reads.rows(conn, _EVENTS, {"ticket_id": ticket.id})
    comeback_of = (
        reads.scalar(conn, _TICKET_NO_BY_ID, {"id": ticket.comeback_of_id})
        if ticket.comeback_of_id
        else None
    )
    waiting_part = None
    if ticket.waiting_part_id:
        part = reads.first(conn, _PART_BY_ID, {"id": ticket.waiting_part_id})
        waiting_part = f"{part.sku} {part.name}" if part else None
    may_see_passcode = actor.role in PASSCODE_ROLES
    store = reads.first(conn, _STORE_BY_ID, {"id": ticket.store_id, "user_id": actor.id})
    read_only = store is None or not store.works_here
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
        events=tuple(_event_info(e, names.get(e.user_id, "")) for e in events),
        allowed_next=() if read_only else allowed_next(ticket.service_type, ticket.status),
        store=store.code if store else "",
        store_name=(store.name or settings_service.load_on(conn).store_name) if store else "",
        read_only=read_only,
        version=ticket.version,
        overdue=states.is_overdue(ticket.status, ticket.promised_at, utcnow()),
        outcome=ticket.outcome,
        outcome_barrier=ticket.outcome_barrier,
        outcome_fee=ticket.outcome_fee,
        diagnosed_cause=ticket.diagnosed_cause,
        production_date=ticket.production_date,
        **_warranty_fields(conn, ticket, device),
    )


def _event_info(e: Row, user: str) -> EventInfo:
    """A history line: a coded note (note_code, note_params) also in the English the
    command line prints."""
    params = load_note_params(e.note_params) if e.note_code else {}
    return EventInfo(
        at=e.at,
        user=user,
        kind=e.kind,
        from_status=e.from_status,
        to_status=e.to_status,
        note=event_note_plain(e.note_code, params) if e.note_code else e.note,
        note_code=e.note_code,
        note_params=params,
    )


def _warranty_fields(conn: Connection, ticket: Ticket | Row, device: Row) -> dict[str, Any]:
    exchange_imei = None
    if ticket.exchange_device_id is not None:
        exchange_imei = conn.scalar(
            select(_DEV.c.imei).where(_DEV.c.id == ticket.exchange_device_id)
        )
    offered, failed = False, 0
    if ticket.is_comeback and ticket.status in OPEN_STATUSES:
        # The exchange offer is the engine's, as of the day the device came back.
        settings = settings_service.load_on(conn)
        tz_name = stores.zone_on(conn, ticket.store_id)
        received = to_local(ticket.received_at, tz_name)
        assert received is not None
        decision = warranty_records.decide_for_device(
            conn,
            settings,
            device,
            received.date(),
            tz_name=tz_name,
            item=ticket.warranty_item,
            purchase_date=ticket.purchase_date,
            proof=ticket.purchase_proof,
            exclude_ticket_id=ticket.id,
            production_date=ticket.production_date,
        )
        offered, failed = decision.exchange_offered, decision.failed_repairs
    return {
        "warranty_item": ticket.warranty_item,
        "warranty_kind": ticket.warranty_kind,
        "warranty_code": ticket.warranty_code,
        "warranty_params": warranty.load_params(ticket.warranty_params),
        "warranty_ends": ticket.warranty_ends,
        "warranty_exclusion": ticket.warranty_exclusion,
        "purchase_price": ticket.purchase_price,
        "return_outcome": ticket.return_outcome,
        "exchange_imei": exchange_imei,
        "exchange_offered": offered,
        "failed_repairs": failed,
    }


@dataclass(frozen=True)
class BoardFilter:
    """The job board's filters; every field optional."""

    statuses: tuple[str, ...] = ()
    technician: str | None = None  # username; "" = unassigned
    service_type: str | None = None
    overdue_only: bool = False
    search: str = ""
    include_closed: bool = False


# The board's own order (紧急情况优先): urgent, then high, then the rest, each by promised
# time. Its one home: the GUI board opens in it, `ticket list` prints in it.
BOARD_ORDER = "priority"
SORT_COLUMNS: dict[str, tuple[Any, ...]] = {
    "ticket_no": (_TIC.c.ticket_no,),
    "status": (_TIC.c.status,),
    "received_at": (_TIC.c.received_at,),
    "promised_at": (_TIC.c.promised_at,),
    BOARD_ORDER: (literal_column(BOARD_RANK), _TIC.c.promised_at),
    "customer": (_CUS.c.name,),
    "model": (_DEV.c.model,),
}


def _check_filter(flt: BoardFilter) -> None:
    unknown = [s for s in flt.statuses if s not in STATUSES]
    if unknown:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("errors", "Unknown status {status}; statuses are: {statuses}"),
            status=", ".join(unknown),
            statuses=", ".join(STATUSES),
        )
    if flt.service_type:
        one_of(
            flt.service_type,
            SERVICE_TYPES,
            "service_type",
            QT_TRANSLATE_NOOP("errors", "Unknown service type {value}; use one of: {allowed}"),
        )


def _board_params(flt: BoardFilter, now: datetime) -> dict[str, Any]:
    needle = flt.search.strip()
    return {
        "now": now,
        "statuses": list(flt.statuses),
        "technician": flt.technician or "",
        "service_type": flt.service_type or "",
        "needle": needle,
        "like": like_pattern(needle),
        "tail": f"%{needle}",  # digits only (a phone tail)
    }


def _board_query(flt: BoardFilter) -> Select:
    """The board's rows for this filter, on Core with bound parameters (_board_params):
    one statement per shape of filter, so the compiled SQL is reused."""
    return _board_statement(
        bool(flt.statuses),
        flt.technician,
        bool(flt.service_type),
        flt.overdue_only,
        flt.search.strip().isdigit() if flt.search.strip() else None,
        flt.include_closed,
    )


@lru_cache(maxsize=128)
def _board_statement(
    statuses: bool,
    technician: str | None,
    service_type: bool,
    overdue_only: bool,
    search: bool | None,  # None: no search; True: digits (also a phone tail)
    include_closed: bool,
) -> Select:
    query = (
        select(
            _TIC.c.id,
            _TIC.c.ticket_no,
            _TIC.c.status,
            _TIC.c.service_type,
            _TIC.c.priority,
            _CUS.c.name,
            _CUS.c.phone,
            _DEV.c.brand,
            _DEV.c.model,
            _TIC.c.fault,
            _TECH.c.display_name,
            _TIC.c.received_at,
            _TIC.c.promised_at,
            _TIC.c.is_comeback,
            _TIC.c.version,
        )
        .join_from(_TIC, _CUS, _CUS.c.id == _TIC.c.customer_id)
        .join(_DEV, _DEV.c.id == _TIC.c.device_id)
        .outerjoin(_TECH, _TECH.c.id == _TIC.c.technician_id)
    )
    if not include_closed:
        query = query.where(states.open_clause())
    if statuses:
        query = query.where(_TIC.c.status.in_(bindparam("statuses", expanding=True)))
    if technician is not None:
        if technician == "":
            query = query.where(_TIC.c.technician_id.is_(None))
        else:
            query = query.where(_TECH.c.username == bindparam("technician"))
    if service_type:
        query = query.where(_TIC.c.service_type == bindparam("service_type"))
    if overdue_only:
        query = query.where(
            states.overdue_clause(
                _TIC.c.status,
                _TIC.c.promised_at,
                bindparam("now", type_=_TIC.c.promised_at.type),
            )
        )
    if search is not None:
        # '%' and '_' typed by the user match themselves (_board_params escapes them)
        like: BindParameter[str] = bindparam("like")
        matches = [
            _TIC.c.ticket_no.ilike(like, escape=LIKE_ESCAPE),
            _CUS.c.name.ilike(like, escape=LIKE_ESCAPE),
            _DEV.c.model.ilike(like, escape=LIKE_ESCAPE),
            _DEV.c.brand.ilike(like, escape=LIKE_ESCAPE),
            _DEV.c.imei == bindparam("needle"),
            _TIC.c.fault.ilike(like, escape=LIKE_ESCAPE),
        ]
        if search:
            matches.append(_CUS.c.phone.like(bindparam("tail")))
        query = query.where(or_(*matches))
    return query


@lru_cache(maxsize=256)
def _board_page(shape: Select, sort: str, descending: bool) -> Select:
    columns = (*SORT_COLUMNS.get(sort, (_TIC.c.promised_at,)), _TIC.c.id)
    order = [column.desc() if descending else column.asc() for column in columns]
    return shape.order_by(*order).offset(bindparam("offset")).limit(bindparam("limit"))


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
    _check_filter(flt)
    now = utcnow()
    statement = _board_page(_board_query(flt), sort, descending)
    params = _board_params(flt, now) | {"offset": offset, "limit": limit}
    with db.lookup() as conn:
        rows = reads.rows(conn, statement, params, named=False)
    # TicketSummary's fields in order: the row's, with the phone masked and overdue added.
    return many(
        TicketSummary,
        (
            (*r[:6], mask_phone(r[6]), *r[7:13], states.is_overdue(r[2], r[12], now), r[13], r[14])
            for r in rows
        ),
    )


def job_board_count(db: Database, flt: BoardFilter | None = None) -> int:
    flt = flt or BoardFilter()
    _check_filter(flt)
    subquery = _board_query(flt).with_only_columns(_TIC.c.id).subquery()
    with db.lookup() as conn:
        count = conn.execute(
            select(func.count()).select_from(subquery), _board_params(flt, utcnow())
        ).scalar()
    return int(count or 0)


# Both are the newest primary key of a table (a lookup at one end of an index, whatever
# the shop's size): every change to a ticket writes a ticket event (status, notes, quotes,
# payments, edits) and a new ticket a new row, in the same transaction, on any counter.
_BOARD_STAMP = select(
    select(func.max(TicketEvent.id)).scalar_subquery(),
    select(func.max(Ticket.id)).scalar_subquery(),
)


def board_stamp(db: Database) -> tuple[int, int]:
    """A cheap fingerprint of ticket changes: (latest ticket event id, latest ticket id).

    The job board and the ticket page poll it every few seconds to refresh when another
    counter changed something; it no longer counts the open tickets (an index scan that
    grows with the shop).
    """
    with db.lookup() as conn:
        last_event, last_ticket = conn.execute(_BOARD_STAMP).one()
    return int(last_event or 0), int(last_ticket or 0)


def add_note(
    db: Database, actor: Actor, ticket_no: str, note: str, expected_version: int | None = None
) -> None:
    """Append a note to the ticket's history (any role). A pure append: never refused
    because the ticket changed meanwhile (``expected_version`` is accepted and ignored)."""
    body = clean_text(note, "note", 2000, required=True)
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        add_event(session, ticket, actor, "note", body, append_only=True)


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
