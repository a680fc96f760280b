"""Device repair history by IMEI or serial number, newest first, with warranty status."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, or_, select

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from counter_app.models import (
    OPEN_STATUSES,
    Customer,
    Device,
    Money,
    Part,
    Quote,
    QuoteLine,
    Ticket,
)
from counter_app.services import settings as settings_service
from counter_app.services import warranty
from counter_app.services.dto import DeviceHistory, HistoryEntry
from counter_app.services.tickets import customer_info, device_info
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


def history(db: Database, identifier: str) -> DeviceHistory:
    """Every ticket of the device, newest first. Raises ValidationError / NotFound."""
    imei, serial = _identify(identifier)
    with db.read() as session:
        if imei:
            device = session.scalar(
                select(Device).where(or_(Device.imei == imei, Device.imei2 == imei)).limit(1)
            )
        else:
            device = session.scalar(select(Device).where(Device.serial == serial))
        if device is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No device with {identifier} has been in before"),
                identifier=imei or serial,
            )
        owner = session.get(Customer, device.owner_id) if device.owner_id else None
        tickets = session.execute(
            select(Ticket, Customer.name)
            .join(Customer, Customer.id == Ticket.customer_id)
            .where(Ticket.device_id == device.id)
            .order_by(Ticket.received_at.desc(), Ticket.id.desc())
        ).all()
        ids = [t.id for t, _ in tickets]
        parts: dict[int, list[str]] = {}
        totals: dict[int, Decimal] = {}
        if ids:
            for ticket_id, name, qty in session.execute(
                select(Quote.ticket_id, Part.name, QuoteLine.qty)
                .join(QuoteLine, QuoteLine.quote_id == Quote.id)
                .join(Part, Part.id == QuoteLine.part_id)
                .where(Quote.ticket_id.in_(ids), Quote.status != "declined")
            ):
                parts.setdefault(ticket_id, []).append(f"{name} ×{qty}" if qty > 1 else name)
            for ticket_id, total in session.execute(
                select(Quote.ticket_id, func.sum(QuoteLine.line_total, type_=Money))
                .join(QuoteLine, QuoteLine.quote_id == Quote.id)
                .where(Quote.ticket_id.in_(ids), Quote.status != "declined")
                .group_by(Quote.ticket_id)
            ):
                totals[ticket_id] = total
        today = local_today(settings_service.load_all(session)["time_zone"])
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
                customer_name=name,
            )
            for t, name in tickets
        )
        # Which earlier repair still covers the device today: the warranty engine's rule.
        covering = warranty.running_repair_warranty(
            [
                warranty.EarlierJob(
                    t.id, t.ticket_no, t.status, None, t.warranty_until, t.comeback_of_id, False
                )
                for t, _ in tickets
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
            owner=customer_info(owner) if owner else None,
            entries=entries,
            under_repair_warranty=running,
            open_ticket=open_ticket,
            replaced_by_imei=session.scalar(
                select(Device.imei).where(Device.id == device.replaced_by_id)
            )
            if device.replaced_by_id
            else None,
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
