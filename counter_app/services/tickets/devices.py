"""Device repair history by IMEI or serial number, newest first, with warranty status."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import BindParameter, bindparam, func, or_, select

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from counter_app.models import (
    OPEN_STATUSES,
    Customer,
    Device,
    Part,
    Quote,
    QuoteLine,
    Ticket,
)
from counter_app.services.base import reads
from counter_app.services.base.dto import DeviceHistory, HistoryEntry
from counter_app.services.stores import chain as stores
from counter_app.services.tickets.jobs import customer_info, device_info
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import local_today
from counter_app.validation import imei_digits, normalize_imei, normalize_serial


def _identify(identifier: str) -> tuple[str | None, str | None]:
    """(imei, serial) from what was typed or scanned: 15 digits is an IMEI (checked)."""
    raw = (identifier or "").strip()
    digits = imei_digits(raw)
    if digits.isdigit() and len(digits) >= 14:
        return normalize_imei(raw), None
    try:
        return None, normalize_serial(raw)
    except ValidationError:
        raise ValidationError(
            "identifier",
            QT_TRANSLATE_NOOP("errors", "'{text}' is neither an IMEI nor a serial number"),
            text=raw,
        ) from None


def find_device_id(db: Database, identifier: str) -> int | None:
    imei, serial = _identify(identifier)
    with db.read() as session:
        if imei:
            return session.scalar(
                select(Device.id).where(or_(Device.imei == imei, Device.imei2 == imei)).limit(1)
            )
        return session.scalar(select(Device.id).where(Device.serial == serial))


_DEV, _CUS, _TIC = Device.__table__, Customer.__table__, Ticket.__table__
_QUO, _LIN, _PAR = Quote.__table__, QuoteLine.__table__, Part.__table__
# Read-only lookups on SQLAlchemy Core, built once: each call only binds its parameters
# (the compiled SQL is cached), and rows become DTOs without ORM objects in between.
_DEVICE_COLUMNS = (
    _DEV.c.id,
    _DEV.c.brand,
    _DEV.c.model,
    _DEV.c.colour,
    _DEV.c.imei,
    _DEV.c.imei2,
    _DEV.c.serial,
    _DEV.c.purchase_date,
    _DEV.c.purchase_proof,
    _DEV.c.owner_id,
    _DEV.c.replaced_by_id,
)
# The device and its owner in one statement (a lookup by primary key joined on).
_OWNER_COLUMNS = (
    _CUS.c.id.label("owner_key"),
    _CUS.c.name.label("owner_name"),
    _CUS.c.phone.label("owner_phone"),
    _CUS.c.email.label("owner_email"),
    _CUS.c.contact_consent.label("owner_contact_consent"),
    _CUS.c.anonymised_at.label("owner_anonymised_at"),
)
_DEVICE_AND_OWNER = select(*_DEVICE_COLUMNS, *_OWNER_COLUMNS).outerjoin(
    _CUS, _CUS.c.id == _DEV.c.owner_id
)
_DEVICE_BY_IMEI = _DEVICE_AND_OWNER.where(
    or_(_DEV.c.imei == bindparam("imei"), _DEV.c.imei2 == bindparam("imei"))
).limit(1)
_DEVICE_BY_SERIAL = _DEVICE_AND_OWNER.where(_DEV.c.serial == bindparam("serial"))


def _owner(device: Any) -> SimpleNamespace | None:
    """The owner's columns of a _DEVICE_AND_OWNER row, named as customer_info reads them."""
    if device.owner_key is None:
        return None
    return SimpleNamespace(
        id=device.owner_key,
        name=device.owner_name,
        phone=device.owner_phone,
        email=device.owner_email,
        contact_consent=device.owner_contact_consent,
        anonymised_at=device.owner_anonymised_at,
    )


_TICKETS = (
    select(
        _TIC.c.id,
        _TIC.c.ticket_no,
        _TIC.c.status,
        _TIC.c.service_type,
        _TIC.c.received_at,
        _TIC.c.collected_at,
        _TIC.c.fault,
        _TIC.c.warranty_decision,
        _TIC.c.warranty_until,
        _TIC.c.is_comeback,
        _TIC.c.comeback_of_id,
        _CUS.c.name.label("customer_name"),
    )
    .join_from(_TIC, _CUS, _CUS.c.id == _TIC.c.customer_id)
    .where(_TIC.c.device_id == bindparam("device_id"))
    .order_by(_TIC.c.received_at.desc(), _TIC.c.id.desc())
)
_REPLACEMENT_IMEI = select(_DEV.c.imei).where(_DEV.c.id == bindparam("id"))
_IDS: BindParameter[Any] = bindparam("ids", expanding=True)
# The charged lines of the device's tickets: what each cost (the total) and which part it
# used, if any (the parts column), in one statement.
_LINES = (
    select(_QUO.c.ticket_id, _PAR.c.name, _LIN.c.qty, _LIN.c.line_total)
    .join_from(_QUO, _LIN, _LIN.c.quote_id == _QUO.c.id)
    .outerjoin(_PAR, _PAR.c.id == _LIN.c.part_id)
    .where(_QUO.c.ticket_id.in_(_IDS), _QUO.c.status != "declined")
    .order_by(_LIN.c.id)
)


def history(db: Database, identifier: str) -> DeviceHistory:
    """Every ticket of the device, newest first. Raises ValidationError / NotFound."""
    imei, serial = _identify(identifier)
    with db.lookup() as conn:
        if imei:
            device = reads.first(conn, _DEVICE_BY_IMEI, {"imei": imei})
        else:
            device = reads.first(conn, _DEVICE_BY_SERIAL, {"serial": serial})
        if device is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No device with {identifier} has been in before"),
                identifier=imei or serial,
            )
        owner = _owner(device)
        tickets = reads.rows(conn, _TICKETS, {"device_id": device.id})
        ids = [t.id for t in tickets]
        parts: dict[int, list[str]] = {}
        totals: dict[int, Decimal] = {}
        for ticket_id, name, qty, line_total in (
            reads.rows(conn, _LINES, {"ids": ids}) if ids else []
        ):
            totals[ticket_id] = totals.get(ticket_id, Decimal("0.00")) + line_total
            if name is not None:
                parts.setdefault(ticket_id, []).append(f"{name} ×{qty}" if qty > 1 else name)
        today = local_today(stores.zone_on(conn, None))
        replaced_by_imei = (
            reads.scalar(conn, _REPLACEMENT_IMEI, {"id": device.replaced_by_id})
            if device.replaced_by_id
            else None
        )
    entries = tuple(
        HistoryEntry(
            ticket_no=t.ticket_no,
            status=t.status,
            service_type=t.service_type,
            received_at=t.received_at,
            collected_at=t.collected_at,
            fault=t.fault,
            parts=tuple(parts.get(t.id, ())),
            total=Decimal("0.00")
            if t.warranty_decision == "free"
            else totals.get(t.id, Decimal("0.00")),
            warranty_decision=t.warranty_decision,
            warranty_until=t.warranty_until,
            is_comeback=t.is_comeback,
            customer_name=t.customer_name,
        )
        for t in tickets
    )
    # Which earlier repair still covers the device today: the warranty engine's rule.
    covering = warranty.running_repair_warranty(
        [
            warranty.EarlierJob(
                t.id, t.ticket_no, t.status, None, t.warranty_until, t.comeback_of_id, False
            )
            for t in tickets
        ],
        today,
    )
    running = next(
        (e for e in entries if covering is not None and e.ticket_no == covering.ticket_no),
        None,
    )
    open_ticket = next((e.ticket_no for e in entries if e.status in OPEN_STATUSES), None)
    return DeviceHistory(
        device=device_info(device),
        owner=customer_info(owner) if owner else None,  # type: ignore[arg-type]
        entries=entries,
        under_repair_warranty=running,
        open_ticket=open_ticket,
        replaced_by_imei=replaced_by_imei,
    )


def brand_models(db: Database, brand: str = "", limit: int = 200) -> list[tuple[str, str]]:
    """Known (brand, model) pairs, most used first: for completion on the intake form."""
    with db.read() as session:
        query = (
            select(Device.brand, Device.model, func.count().label("n"))
            .group_by(Device.brand, Device.model)
            .order_by(func.count().desc())
            .limit(limit)
        )
        if brand:
            query = query.where(Device.brand == brand)
        return [(b, m) for b, m, _ in session.execute(query)]
