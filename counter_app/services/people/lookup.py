"""One box for everything: what a scanned or typed text means (ticket, IMEI, phone, name)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from counter_app.db import Database
from counter_app.models import Ticket
from counter_app.services.base.dto import CustomerInfo
from counter_app.services.people import customers as customer_service
from counter_app.services.tickets import devices as device_service
from counter_app.services.tickets.numbering import looks_like_ticket_no
from counter_app.validation import imei_digits, looks_like_imei


@dataclass(frozen=True)
class LookupResult:
    kind: str  # "ticket" | "device" | "new_device" | "customers" | "none"
    ticket_no: str | None = None
    identifier: str | None = None  # IMEI/serial for device kinds
    customers: tuple[CustomerInfo, ...] = ()


def resolve(db: Database, text: str) -> LookupResult:
    """Classify ``text`` and find what it names; never raises for odd input."""
    raw = (text or "").strip()
    if not raw:
        return LookupResult("none")
    if looks_like_ticket_no(raw):
        with db.read() as session:
            found = session.scalar(select(Ticket.ticket_no).where(Ticket.ticket_no == raw.upper()))
        return LookupResult("ticket", ticket_no=found) if found else LookupResult("none")
    if looks_like_imei(raw):
        imei = imei_digits(raw)
        device_id = device_service.find_device_id(db, imei)
        return LookupResult("device" if device_id else "new_device", identifier=imei)
    customers = tuple(customer_service.search(db, raw))
    if customers:
        return LookupResult("customers", customers=customers)
    try:
        if device_service.find_device_id(db, raw):
            return LookupResult("device", identifier=raw.upper())
    except Exception:  # not a serial number either
        pass
    return LookupResult("none")
