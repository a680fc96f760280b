"""The parts inventory as a ledger: on hand is the sum of a part's stock movements.

Receiving, using on a job, returning from a job, adjustments, faulty parts sent back to the
supplier (all counted), and faulty parts recovered from customers' devices (kept against
the ticket, not sellable stock). Stock never goes below zero unless the shop allows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, NotFound, ValidationError
from counter_app.models import (
    SELLABLE_KINDS,
    Money,
    Part,
    Quote,
    QuoteLine,
    StockMovement,
    Store,
    Ticket,
    User,
)
from counter_app.money import parse_money
from counter_app.services.base.common import (
    add_event,
    audit,
    check_version,
    get_ticket,
    require_role,
    require_works_at,
)
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.limits import check_quantity
from counter_app.services.stock import retention, usage
from counter_app.services.stores import chain as stores
from counter_app.timeutil import local_today, utcnow
from counter_app.validation import (
    LIKE_ESCAPE,
    clean_text,
    like_pattern,
    parse_quantity,
    parse_whole,
)

SKU_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,49}$")
USE_STATUSES = ("in_repair", "waiting_parts", "quality_check")


@dataclass(frozen=True)
class PartInfo:
    id: int
    sku: str
    barcode: str
    name: str
    category: str
    compatible_models: str
    cost: Decimal
    price: Decimal
    supplier: str
    bin_location: str
    low_stock_level: int
    discontinued: bool
    on_hand: int
    keep_until: date | None = None
    kept: bool = True  # stocked: not discontinued, or within its keep_until

    @property
    def low(self) -> bool:
        return self.on_hand <= self.low_stock_level

    @property
    def warn_low(self) -> bool:
        """Low and still to be stocked: a discontinued model's parts warn until keep_until."""
        return self.low and self.kept


@dataclass(frozen=True)
class MovementInfo:
    id: int
    at: datetime
    sku: str
    part_name: str
    kind: str
    quantity: int
    unit_cost: Decimal | None
    supplier: str
    ticket_no: str | None
    reason: str
    user: str


@dataclass
class PartData:
    """A part's fields as typed or imported (raw; validated by ``clean_part``)."""

    sku: str
    name: str
    cost: object = "0"
    price: object = "0"
    barcode: str = ""
    category: str = ""
    compatible_models: str = ""
    supplier: str = ""
    bin_location: str = ""
    low_stock_level: object = 0
    discontinued: bool = False


def clean_sku(raw: str | None) -> str:
    sku = (raw or "").strip()
    if not sku:
        raise ValidationError("sku", QT_TRANSLATE_NOOP("errors", "SKU: required"))
    if not SKU_PATTERN.match(sku):
        raise ValidationError(
            "sku",
            QT_TRANSLATE_NOOP("errors", "SKU {sku}: letters, digits, . _ / - only, at most 50"),
            sku=sku,
        )
    return sku


def clean_part(data: PartData) -> dict[str, Any]:
    """Validated column values; raises ValidationError naming the field."""
    low = parse_whole(
        str(data.low_stock_level).strip() or "0",
        "low_stock_level",
        QT_TRANSLATE_NOOP("errors", "Low stock level"),
    )
    if not 0 <= low <= 1_000_000:
        raise ValidationError(
            "low_stock_level",
            QT_TRANSLATE_NOOP("errors", "Low stock level: 0 to 1,000,000"),
        )
    name = clean_text(data.name, "part_name", 200, required=True)
    return {
        "sku": clean_sku(data.sku),
        "name": name,
        "cost": parse_money(data.cost, "cost"),
        "price": parse_money(data.price, "price"),
        "barcode": clean_text(data.barcode, "barcode", 64),
        "category": clean_text(data.category, "category", 50),
        "compatible_models": clean_text(data.compatible_models, "compatible_models", 1000),
        "supplier": clean_text(data.supplier, "supplier", 100),
        "bin_location": clean_text(data.bin_location, "bin_location", 30),
        "low_stock_level": low,
        "discontinued": bool(data.discontinued),
    }


def on_hand_column() -> Any:
    return func.coalesce(
        func.sum(case((StockMovement.kind.in_(SELLABLE_KINDS), StockMovement.quantity), else_=0)),
        0,
    )


def _on_hand_subquery(store_id: int | None = None) -> Any:
    query = select(StockMovement.part_id.label("part_id"), on_hand_column().label("on_hand"))
    if store_id is not None:
        query = query.where(StockMovement.store_id == store_id)
    return query.group_by(StockMovement.part_id).subquery()


def _parts_query(store_id: int | None = None) -> tuple[Select, Any]:
    """Parts with their stock on hand at ``store_id`` (None: every store of the chain)."""
    stock = _on_hand_subquery(store_id)
    on_hand = func.coalesce(stock.c.on_hand, 0)
    query = select(Part, on_hand).outerjoin(stock, stock.c.part_id == Part.id)
    return query, on_hand


def _info(part: Part, on_hand: int, today: date) -> PartInfo:
    return PartInfo(
        id=part.id,
        sku=part.sku,
        barcode=part.barcode,
        name=part.name,
        category=part.category,
        compatible_models=part.compatible_models,
        cost=part.cost,
        price=part.price,
        supplier=part.supplier,
        bin_location=part.bin_location,
        low_stock_level=part.low_stock_level,
        discontinued=part.discontinued,
        on_hand=int(on_hand or 0),
        keep_until=part.keep_until,
        kept=is_kept(part.discontinued, part.keep_until, today),
    )


def shop_today(session: Session) -> date:
    """The shop's local day, which the parts' retention rule counts in (the catalogue is
    the chain's: its zone is the shop's, see ``stores.local_zone``)."""
    return local_today(stores.local_zone(session))


# The retention rule (AFTERSALES: parts for discontinued models stay stocked for the
# warranty period) lives in retention.py; ``kept_clause`` is the same rule in SQL.
is_kept = retention.is_kept


def kept_clause(today: date) -> Any:
    return or_(Part.discontinued.is_(False), Part.keep_until.is_(None), Part.keep_until >= today)


def _set_retention(session: Session, part: Part) -> None:
    """A part newly discontinued is kept as long as the retention rule says from today."""
    if not part.discontinued:
        part.keep_until = None
    elif part.keep_until is None:
        settings = settings_service.load_all(session)
        part.keep_until = retention.keep_until_for(part.category, settings, shop_today(session))


def stock_of(session: Session, part_id: int, store_id: int | None = None) -> int:
    """On hand at ``store_id`` (None: the whole chain)."""
    query = select(on_hand_column()).where(StockMovement.part_id == part_id)
    if store_id is not None:
        query = query.where(StockMovement.store_id == store_id)
    return int(session.scalar(query) or 0)


def _part(session: Session, sku: str, lock: bool = False) -> Part:
    query = select(Part).where(Part.sku == (sku or "").strip())
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()  # SQLite writers are serialised by BEGIN IMMEDIATE
    part = session.scalar(query)
    if part is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No part {sku}"), sku=(sku or "").strip())
    return part


def _check_stock(
    session: Session, part: Part, change: int, store_id: int, *, always: bool = False
) -> None:
    """Stock at the store cannot go negative (unless the shop allows it; a transfer never)."""
    if change >= 0:
        return
    if not always and settings_service.load_all(session).allow_negative_stock:
        return
    have = stock_of(session, part.id, store_id)
    if have + change < 0:
        raise ValidationError(
            "qty",
            QT_TRANSLATE_NOOP(
                "errors",
                "Only {have} of {sku} in stock; {wanted} needed (stock cannot go negative)",
            ),
            have=have,
            sku=part.sku,
            wanted=-change,
        )


def _move(
    session: Session,
    actor: Actor,
    part: Part,
    kind: str,
    quantity: int,
    *,
    unit_cost: Decimal | None = None,
    supplier: str = "",
    ticket_id: int | None = None,
    quote_line_id: int | None = None,
    reason: str = "",
    store_id: int | None = None,
) -> StockMovement:
    """One ledger line on a store's shelf: the ticket's store for a ticket's part, else the
    store this PC acts for. The actor must work at that store."""
    check_quantity(session, quantity)
    if store_id is None and ticket_id is not None:
        store_id = session.scalar(select(Ticket.store_id).where(Ticket.id == ticket_id))
    if store_id is None:
        store_id = stores.acting_store_id(session, actor)
    require_works_at(session, actor, store_id)
    if kind in SELLABLE_KINDS:
        _check_stock(session, part, quantity, store_id, always=kind == "transfer")
    movement = StockMovement(
        part_id=part.id,
        store_id=store_id,
        kind=kind,
        quantity=quantity,
        unit_cost=unit_cost,
        supplier=supplier,
        ticket_id=ticket_id,
        quote_line_id=quote_line_id,
        reason=reason,
        at=utcnow(),
        user_id=actor.id,
    )
    session.add(movement)
    session.flush()
    return movement


# -- parts ------------------------------------------------------------------------------
def create_part(db: Database, actor: Actor, data: PartData) -> PartInfo:
    """Add a part to the catalogue (inventory keeper or manager)."""
    require_role(actor, "inventory")
    values = clean_part(data)
    with db.write() as session:
        existing = session.scalar(
            select(Part.sku).where(func.lower(Part.sku) == values["sku"].lower())
        )
        if existing is not None:
            raise ValidationError(
                "sku", QT_TRANSLATE_NOOP("errors", "SKU {sku} exists already"), sku=existing
            )
        now = utcnow()
        part = Part(**values, created_at=now, updated_at=now)
        _set_retention(session, part)
        session.add(part)
        session.flush()
        audit(session, actor, "part_created", "part", part.sku)
        return _info(part, 0, shop_today(session))


def update_part(db: Database, actor: Actor, sku: str, data: PartData) -> PartInfo:
    require_role(actor, "inventory")
    values = clean_part(data)
    with db.write() as session:
        part = _part(session, sku)
        if values["sku"] != part.sku and session.scalar(
            select(Part.id).where(Part.sku == values["sku"])
        ):
            raise ValidationError(
                "sku", QT_TRANSLATE_NOOP("errors", "SKU {sku} exists already"), sku=values["sku"]
            )
        for key, value in values.items():
            setattr(part, key, value)
        _set_retention(session, part)
        part.updated_at = utcnow()
        audit(session, actor, "part_updated", "part", part.sku)
        return _info(part, stock_of(session, part.id), shop_today(session))


def get_part(db: Database, sku: str, store_id: int | None = None) -> PartInfo:
    """A part with its stock at ``store_id`` (None: the whole chain)."""
    with db.read() as session:
        part = _part(session, sku)
        return _info(part, stock_of(session, part.id, store_id), shop_today(session))


def find_by_code(db: Database, code: str, store_id: int | None = None) -> PartInfo | None:
    """A scanned code: the part's SKU or its barcode."""
    text = (code or "").strip()
    if not text:
        return None
    query, on_hand = _parts_query(store_id)
    with db.read() as session:
        row = session.execute(
            query.where(or_(Part.sku == text, Part.barcode == text)).limit(1)
        ).first()
        return _info(row[0], row[1], shop_today(session)) if row else None


def search_parts(
    db: Database,
    text: str = "",
    *,
    low_only: bool = False,
    limit: int = 200,
    offset: int = 0,
    store_id: int | None = None,
) -> list[PartInfo]:
    """By SKU/barcode, name or compatible model (contains), sorted by SKU; optionally only
    parts at or below their low-stock level. Stock at ``store_id`` (None: the chain)."""
    query, on_hand = _parts_query(store_id)
    needle = (text or "").strip()
    if needle:
        like = like_pattern(needle)  # '%' and '_' typed by the user match themselves
        query = query.where(
            or_(
                Part.sku.ilike(like, escape=LIKE_ESCAPE),
                Part.barcode == needle,
                Part.name.ilike(like, escape=LIKE_ESCAPE),
                Part.compatible_models.ilike(like, escape=LIKE_ESCAPE),
            )
        )
    with db.read() as session:
        today = shop_today(session)
        if low_only:
            query = query.where(and_(on_hand <= Part.low_stock_level, kept_clause(today)))
        rows = session.execute(query.order_by(Part.sku).offset(offset).limit(limit)).all()
        return [_info(part, stock, today) for part, stock in rows]


def count_parts(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(Part.id))) or 0)


def valuation(db: Database, store_id: int | None = None) -> Decimal:
    """Stock at cost: the sum over parts of on hand × cost (parts with stock only)."""
    stock = _on_hand_subquery(store_id)
    with db.read() as session:
        value = session.scalar(
            select(func.coalesce(func.sum(stock.c.on_hand * Part.cost), 0, type_=Money))
            .join(stock, stock.c.part_id == Part.id)
            .where(stock.c.on_hand > 0)
        )
        return value if value is not None else Decimal("0.00")


def movements(
    db: Database,
    sku: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = 1000,
) -> list[MovementInfo]:
    """A part's (or every part's) movements, newest first, optionally in [since, until)."""
    query = (
        select(StockMovement, Part.sku, Part.name, Ticket.ticket_no, User.display_name)
        .join(Part, Part.id == StockMovement.part_id)
        .outerjoin(Ticket, Ticket.id == StockMovement.ticket_id)
        .join(User, User.id == StockMovement.user_id)
        .order_by(StockMovement.at.desc(), StockMovement.id.desc())
    )
    if sku:
        query = query.where(Part.sku == sku.strip())
    if since is not None:
        query = query.where(StockMovement.at >= since)
    if until is not None:
        query = query.where(StockMovement.at < until)
    if limit:
        query = query.limit(limit)
    with db.read() as session:
        return [
            MovementInfo(
                m.id,
                m.at,
                part_sku,
                name,
                m.kind,
                m.quantity,
                m.unit_cost,
                m.supplier,
                ticket_no,
                m.reason,
                user,
            )
            for m, part_sku, name, ticket_no, user in session.execute(query)
        ]


# -- movements --------------------------------------------------------------------------
def receive(
    db: Database,
    actor: Actor,
    sku: str,
    qty: object,
    cost: object | None = None,
    supplier: str = "",
) -> PartInfo:
    """Parts in from a supplier (inventory keeper). ``cost`` defaults to the part's cost and,
    when given, becomes the part's cost."""
    require_role(actor, "inventory")
    quantity = parse_quantity(qty)
    unit_cost = parse_money(cost, "cost") if cost not in (None, "") else None
    with db.write() as session:
        part = _part(session, sku, lock=True)
        if unit_cost is not None:
            part.cost = unit_cost
            part.updated_at = utcnow()
        movement = _move(
            session,
            actor,
            part,
            "received",
            quantity,
            unit_cost=unit_cost or part.cost,
            supplier=clean_text(supplier, "supplier", 100) or part.supplier,
        )
        return _info(part, stock_of(session, part.id, movement.store_id), shop_today(session))


def adjust(db: Database, actor: Actor, sku: str, change: object, reason: str) -> PartInfo:
    """A stock-count correction (+/-), with its reason (inventory keeper or manager)."""
    require_role(actor, "inventory")
    text = clean_text(reason, "reason", 500, required=True)
    delta = parse_whole(change, "qty", QT_TRANSLATE_NOOP("errors", "Quantity"))
    if delta == 0:
        raise ValidationError("qty", QT_TRANSLATE_NOOP("errors", "Quantity: cannot be zero"))
    with db.write() as session:
        part = _part(session, sku, lock=True)
        movement = _move(session, actor, part, "adjusted", delta, reason=text)
        audit(session, actor, "stock_adjusted", "part", part.sku, f"{delta:+d} {text}")
        return _info(part, stock_of(session, part.id, movement.store_id), shop_today(session))


def supplier_return(db: Database, actor: Actor, sku: str, qty: object, reason: str) -> PartInfo:
    """Faulty stock sent back to the supplier (leaves sellable stock). Refused when it would
    take a discontinued model's kept part below its minimum (retention.py)."""
    require_role(actor, "inventory")
    quantity = parse_quantity(qty)
    text = clean_text(reason, "reason", 500, required=True)
    with db.write() as session:
        part = _part(session, sku, lock=True)
        store_id = stores.acting_store_id(session, actor)
        retention.check_supplier_return(
            part, stock_of(session, part.id, store_id), quantity, shop_today(session)
        )
        movement = _move(
            session, actor, part, "supplier_return", -quantity, reason=text, supplier=part.supplier
        )
        return _info(part, stock_of(session, part.id, movement.store_id), shop_today(session))


def record_faulty_recovered(
    db: Database, actor: Actor, ticket_no: str, sku: str, qty: object = 1, note: str = ""
) -> None:
    """A faulty part taken out of a customer's device, kept for recovery (故障件回收):
    recorded against the ticket, not counted as sellable stock. The technician who takes it
    out or the inventory keeper who collects it records it."""
    require_role(actor, "technician", "inventory")
    quantity = parse_quantity(qty)
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        part = _part(session, sku)
        _move(
            session,
            actor,
            part,
            "faulty_recovered",
            quantity,
            ticket_id=ticket.id,
            reason=clean_text(note, "note", 500),
        )
        recovered = names.event_note("recovered", part=part.name, qty=str(quantity))
        add_event(session, ticket, actor, "note", recovered)


def _line_for(session: Session, ticket: Ticket, line_id: int) -> tuple[QuoteLine, Quote]:
    row = session.execute(
        select(QuoteLine, Quote)
        .join(Quote, Quote.id == QuoteLine.quote_id)
        .where(QuoteLine.id == line_id, Quote.ticket_id == ticket.id)
    ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such quote line"))
    line, quote = row
    if line.kind != "part" or line.part_id is None:
        raise ValidationError(
            "line", QT_TRANSLATE_NOOP("errors", "That line is not a part from the inventory")
        )
    return line, quote


def _used_on_line(session: Session, line_id: int) -> int:
    return int(
        session.scalar(
            select(usage.used_qty_sql(StockMovement.quantity)).where(
                StockMovement.quote_line_id == line_id, usage.use_clause(StockMovement.kind)
            )
        )
        or 0
    )


def use_on_ticket(
    db: Database, actor: Actor, ticket_no: str, line_id: int, expected_version: int | None = None
) -> int:
    """The technician fits the part of an approved quote line: its quantity leaves stock.
    Returns the quantity consumed. Refused while the quote awaits consent, outside repair,
    twice for the same line, or without stock."""
    require_role(actor, "technician")
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        line, quote = _line_for(session, ticket, line_id)
        if quote.status != "approved":
            raise NotAllowed(
                QT_TRANSLATE_NOOP("errors", "The customer has not approved this part yet")
            )
        if ticket.status not in USE_STATUSES:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors", "Ticket {ticket_no} is {status}: parts are fitted during repair"
                ),
                ticket_no=ticket.ticket_no,
                status=ticket.status,
            )
        remaining = line.qty - _used_on_line(session, line.id)
        if remaining <= 0:
            raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This part is already marked as used"))
        _use_line(session, actor, ticket, line, remaining)
        return remaining


def _use_line(
    session: Session, actor: Actor, ticket: Ticket, line: QuoteLine, quantity: int
) -> None:
    """``quantity`` of the line's part leaves stock for the ticket (refused, the part named,
    when stock is short and the shop does not allow negative stock)."""
    part = session.get(Part, line.part_id)
    assert part is not None
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(Part.id).where(Part.id == part.id).with_for_update())
    _move(session, actor, part, "used", -quantity, ticket_id=ticket.id, quote_line_id=line.id)
    used = names.event_note("part_qty", sku=part.sku, name=part.name, qty=str(quantity))
    add_event(session, ticket, actor, "part_used", used)


def use_approved_parts(session: Session, actor: Actor, ticket: Ticket) -> int:
    """Every approved part line not yet (fully) marked used leaves stock now, one movement
    each, inside the caller's transaction (the job goes to quality check: the parts were
    fitted). Raises ValidationError naming the part when stock is short. Returns the number
    of lines moved."""
    lines = session.scalars(
        select(QuoteLine)
        .join(Quote, Quote.id == QuoteLine.quote_id)
        .where(
            Quote.ticket_id == ticket.id,
            Quote.status == "approved",
            QuoteLine.kind == "part",
            QuoteLine.part_id.is_not(None),
        )
        .order_by(QuoteLine.id)
    ).all()
    moved = 0
    for line in lines:
        remaining = line.qty - _used_on_line(session, line.id)
        if remaining > 0:
            _use_line(session, actor, ticket, line, remaining)
            moved += 1
    return moved


def return_from_ticket(
    db: Database, actor: Actor, ticket_no: str, line_id: int, expected_version: int | None = None
) -> int:
    """Undo ``use_on_ticket``: the part (not fitted after all) goes back to stock."""
    require_role(actor, "technician")
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        line, _quote = _line_for(session, ticket, line_id)
        used = _used_on_line(session, line.id)
        if used <= 0:
            raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This part was not used on the ticket"))
        part = session.get(Part, line.part_id)
        assert part is not None
        _move(session, actor, part, "returned", used, ticket_id=ticket.id, quote_line_id=line.id)
        back = names.event_note("part_qty", sku=part.sku, name=part.name, qty=str(used))
        add_event(session, ticket, actor, "part_returned", back)
        return used


def iter_parts(db: Database, batch: int = 2000, store_id: int | None = None) -> Any:
    """Every part with its stock (at ``store_id``; None: the chain), by SKU, for exports: the
    ledger is summed once (one GROUP BY over all movements), the parts are then read in
    keyset-paged batches."""
    with db.read() as session:
        query = select(StockMovement.part_id, on_hand_column()).group_by(StockMovement.part_id)
        if store_id is not None:
            query = query.where(StockMovement.store_id == store_id)
        stock: dict[int, int] = dict(session.execute(query).all())
    last = ""
    while True:
        with db.read() as session:
            parts = session.scalars(
                select(Part).where(Part.sku > last).order_by(Part.sku).limit(batch)
            ).all()
            today = shop_today(session)
            infos = [_info(part, stock.get(part.id, 0), today) for part in parts]
        if not infos:
            return
        yield from infos
        last = infos[-1].sku


def apply_part_rows(
    db: Database, actor: Actor, rows: list[tuple[PartData, int | None]], reason: str
) -> dict[str, int]:
    """Upsert already-validated parts by SKU in ONE transaction; a given on-hand count that
    differs from the ledger becomes an adjustment with ``reason``. Returns counts."""
    require_role(actor, "inventory")
    counts = {"created": 0, "updated": 0, "adjusted": 0, "unchanged": 0}
    cleaned = [(clean_part(data), count) for data, count in rows]
    with db.write() as session:
        existing = {
            part.sku: part
            for part in session.scalars(
                select(Part).where(Part.sku.in_([values["sku"] for values, _ in cleaned]))
            )
        }
        now = utcnow()
        for values, count in cleaned:
            part = existing.get(values["sku"])
            if part is None:
                part = Part(**values, created_at=now, updated_at=now)
                _set_retention(session, part)
                session.add(part)
                session.flush()
                audit(session, actor, "part_created", "part", part.sku, reason)
                counts["created"] += 1
                changed = True
            else:
                changed = any(getattr(part, key) != value for key, value in values.items())
                if changed:
                    for key, value in values.items():
                        setattr(part, key, value)
                    _set_retention(session, part)
                    part.updated_at = now
                    audit(session, actor, "part_updated", "part", part.sku, reason)
                    counts["updated"] += 1
            if count is not None:
                store_id = stores.acting_store_id(session, actor)
                delta = count - stock_of(session, part.id, store_id)
                if delta:
                    _move(session, actor, part, "adjusted", delta, reason=reason, store_id=store_id)
                    counts["adjusted"] += 1
                    changed = True
            if not changed:
                counts["unchanged"] += 1
    return counts


# -- stock per store --------------------------------------------------------------------
@dataclass(frozen=True)
class TransferResult:
    sku: str
    quantity: int
    from_store: str
    to_store: str
    from_on_hand: int  # after the transfer
    to_on_hand: int


def transfer(db: Database, actor: Actor, sku: str, qty: object, to_store: str) -> TransferResult:
    """Parts sent from this PC's store to another store of the chain: two movements in one
    transaction (out here, in there); never below zero here, whatever the shop allows."""
    require_role(actor, "inventory")
    quantity = parse_quantity(qty)
    with db.write() as session:
        source = stores.acting_store(session, actor)
        target = stores.store_by_code(session, to_store)
        if target.id == source.id:
            raise ValidationError(
                "store",
                QT_TRANSLATE_NOOP("errors", "{sku} is already at store {code}"),
                sku=(sku or "").strip(),
                code=target.code,
            )
        part = _part(session, sku, lock=True)
        _move(session, actor, part, "transfer", -quantity, reason=target.code, store_id=source.id)
        session.add(
            StockMovement(
                part_id=part.id,
                store_id=target.id,
                kind="transfer",
                quantity=quantity,
                unit_cost=part.cost,
                supplier="",
                reason=source.code,
                at=utcnow(),
                user_id=actor.id,
            )
        )
        session.flush()
        audit(
            session,
            actor,
            "stock_transferred",
            "part",
            part.sku,
            f"{quantity} {source.code}->{target.code}",
        )
        return TransferResult(
            sku=part.sku,
            quantity=quantity,
            from_store=source.code,
            to_store=target.code,
            from_on_hand=stock_of(session, part.id, source.id),
            to_on_hand=stock_of(session, part.id, target.id),
        )


def stock_per_store(db: Database, part_ids: list[int] | None = None) -> dict[int, dict[str, int]]:
    """Part id -> {store code: on hand} for every store with movements of the part."""
    query = (
        select(StockMovement.part_id, Store.code, on_hand_column())
        .join(Store, Store.id == StockMovement.store_id)
        .group_by(StockMovement.part_id, Store.code)
    )
    if part_ids is not None:
        query = query.where(StockMovement.part_id.in_(part_ids))
    result: dict[int, dict[str, int]] = {}
    with db.read() as session:
        for part_id, code, on_hand in session.execute(query):
            result.setdefault(part_id, {})[code] = int(on_hand or 0)
    return result
