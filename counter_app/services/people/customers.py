"""Customers: lookup by phone (whole or tail) and name, edits, anonymisation on request."""

from __future__ import annotations

import re

from sqlalchemy import bindparam, case, func, select

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from counter_app.models import Customer, Device, Ticket
from counter_app.services.aftercare import consultations
from counter_app.services.appointments import booking as appointments
from counter_app.services.base import reads
from counter_app.services.base.common import audit, require_role
from counter_app.services.base.dto import Actor, CustomerInfo
from counter_app.services.people import redaction
from counter_app.services.shop import settings as settings_service
from counter_app.services.tickets.intake import phone_reversed
from counter_app.services.tickets.jobs import customer_info
from counter_app.timeutil import utcnow
from counter_app.validation import (
    LIKE_ESCAPE,
    clean_email,
    clean_name,
    clean_text,
    like_pattern,
    normalize_phone,
)


def find_by_phone(db: Database, phone: str) -> CustomerInfo | None:
    """The customer with exactly this number (as the clerk types it), or None."""
    with db.read() as session:
        region = settings_service.load_all(session).phone_region
        try:
            e164 = normalize_phone(phone, region)
        except ValidationError:
            return None
        customer = session.scalar(
            select(Customer).where(Customer.phone == e164).order_by(Customer.id).limit(1)
        )
        return customer_info(customer) if customer else None


_CUS, _TIC = Customer.__table__, Ticket.__table__
# Built once (Core, bound parameters): a search only binds the needle.
_CUSTOMER_COLUMNS = (
    _CUS.c.id,
    _CUS.c.name,
    _CUS.c.phone,
    _CUS.c.email,
    _CUS.c.contact_consent,
    _CUS.c.anonymised_at,
)
_BY_PHONE_TAIL = (
    select(*_CUSTOMER_COLUMNS)
    .where(_CUS.c.phone_reversed >= bindparam("lower"), _CUS.c.phone_reversed < bindparam("upper"))
    .order_by(_CUS.c.name)
    .limit(bindparam("limit"))
)
# Any part of the name ("Lin" finds "Amy Lin", "伟" finds "张伟"); names that start with it first.
_BY_NAME = (
    select(*_CUSTOMER_COLUMNS)
    .where(_CUS.c.name.ilike(bindparam("pattern"), escape=LIKE_ESCAPE))
    .order_by(
        case((_CUS.c.name.ilike(bindparam("start"), escape=LIKE_ESCAPE), 0), else_=1),
        _CUS.c.name,
    )
    .limit(bindparam("limit"))
)
_TICKET_COUNTS = (
    select(_TIC.c.customer_id, func.count())
    .where(_TIC.c.customer_id.in_(bindparam("ids", expanding=True)))
    .group_by(_TIC.c.customer_id)
)


def search(db: Database, text: str, limit: int = 50) -> list[CustomerInfo]:
    """By phone tail (4+ digits, an indexed range on the reversed number) or by any part of
    the name."""
    needle = (text or "").strip()
    if not needle:
        return []
    digits = re.sub(r"\D", "", needle)
    with db.lookup() as conn:
        if digits and len(digits) >= 4 and len(digits) == len(re.sub(r"[\s\-+]", "", needle)):
            prefix = digits[::-1]
            # The reversed national number starts with the reversed tail.
            upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            params = {"lower": prefix, "upper": upper, "limit": limit}
            customers = reads.rows(conn, _BY_PHONE_TAIL, params)
        else:
            params = {
                "pattern": like_pattern(needle),
                "start": like_pattern(needle, prefix=True),
                "limit": limit,
            }
            customers = reads.rows(conn, _BY_NAME, params)
        counts: dict[int, int] = {}
        if customers:
            ids = [c.id for c in customers]
            counts = {cid: n for cid, n in reads.rows(conn, _TICKET_COUNTS, {"ids": ids})}
    return [customer_info(c, counts.get(c.id, 0)) for c in customers]


def tickets_of(db: Database, customer_id: int) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(Ticket.ticket_no)
                .where(Ticket.customer_id == customer_id)
                .order_by(Ticket.received_at.desc())
            )
        )


def update(
    db: Database,
    actor: Actor,
    customer_id: int,
    *,
    name: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    contact_consent: bool | None = None,
    address: str | None = None,
) -> CustomerInfo:
    """Correct a customer's details; validates name, phone and email like intake does (a
    required field cannot be emptied: ValidationError, nothing written). The audit row
    records who changed which field from what to what. Raises NotFound, NotAllowed."""
    require_role(actor, "clerk")
    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.anonymised_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such customer"))
        before = (
            customer.name,
            customer.phone,
            customer.email,
            customer.contact_consent,
            customer.address,
        )
        if name is not None:
            customer.name = clean_name(name)
        if phone is not None:
            settings = settings_service.load_all(session)
            customer.phone = normalize_phone(
                phone, settings.phone_region, accepted=settings.phone_regions
            )
            customer.phone_reversed = phone_reversed(customer.phone)
        if email is not None:
            customer.email = clean_email(email)
        if contact_consent is not None:
            customer.contact_consent = contact_consent
        if address is not None:
            customer.address = clean_text(address, "address", 500)
        after = (
            customer.name,
            customer.phone,
            customer.email,
            customer.contact_consent,
            customer.address,
        )
        changes = [
            f"{label}: {old!r} -> {new!r}"
            for label, old, new in zip(
                ("name", "phone", "email", "contact_consent", "address"),
                before,
                after,
                strict=True,
            )
            if old != new
        ]
        audit(session, actor, "customer_updated", "customer", customer.id, "; ".join(changes))
        return customer_info(customer)


def anonymise(db: Database, actor: Actor, customer_id: int) -> int:
    """Erase a customer's personal data on request; the repair records stay, anonymous.

    Manager only. Also erases passcodes of the customer's tickets and device ownership, and
    their name, e-mail and any phone-like number from every free-text field linked to them
    (faults, accessories, notes, complaints, consultations, bookings). Returns how many of
    those fields changed.
    """
    require_role(actor, "manager")
    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such customer"))
        scrubber = redaction.Scrubber.of([customer.name, customer.email])
        changed = redaction.scrub_customer_texts(session, customer.id, customer.phone, scrubber)
        consultations.erase_caller(session, customer.id, customer.phone)
        appointments.erase_customer(session, customer.id, customer.phone)
        customer.name = f"Anonymised #{customer.id}"
        customer.phone = None
        customer.phone_reversed = None
        customer.email = None
        customer.notes = ""
        customer.address = ""
        customer.contact_consent = False
        customer.anonymised_at = utcnow()
        for ticket in session.scalars(select(Ticket).where(Ticket.customer_id == customer.id)):
            ticket.passcode = None
        for device in session.scalars(select(Device).where(Device.owner_id == customer.id)):
            device.owner_id = None
        audit(session, actor, "customer_anonymised", "customer", customer.id, f"{changed} texts")
        return changed
