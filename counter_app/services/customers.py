"""Customers: lookup by phone (whole or tail) and name, edits, anonymisation on request."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from counter_app.models import Customer, Device, Ticket
from counter_app.services import consultations
from counter_app.services import settings as settings_service
from counter_app.services.common import audit, require_role
from counter_app.services.dto import Actor, CustomerInfo
from counter_app.services.intake import phone_reversed
from counter_app.services.tickets import customer_info
from counter_app.timeutil import utcnow
from counter_app.validation import clean_name, normalize_phone


def find_by_phone(db: Database, phone: str) -> CustomerInfo | None:
    """The customer with exactly this number (as the clerk types it), or None."""
    with db.read() as session:
        region = settings_service.load_all(session)["phone_region"]
        try:
            e164 = normalize_phone(phone, region)
        except ValidationError:
            return None
        customer = session.scalar(
            select(Customer).where(Customer.phone == e164).order_by(Customer.id).limit(1)
        )
        return customer_info(customer) if customer else None


def search(db: Database, text: str, limit: int = 50) -> list[CustomerInfo]:
    """By phone tail (4+ digits, an indexed range on the reversed number) or by name."""
    needle = (text or "").strip()
    if not needle:
        return []
    digits = re.sub(r"\D", "", needle)
    with db.read() as session:
        if digits and len(digits) >= 4 and len(digits) == len(re.sub(r"[\s\-+]", "", needle)):
            prefix = digits[::-1]
            # The reversed national number starts with the reversed tail.
            upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            query = (
                select(Customer)
                .where(Customer.phone_reversed >= prefix, Customer.phone_reversed < upper)
                .order_by(Customer.name)
                .limit(limit)
            )
        else:
            query = (
                select(Customer)
                .where(Customer.name.ilike(f"{needle}%"))
                .order_by(Customer.name)
                .limit(limit)
            )
        customers = session.scalars(query).all()
        counts = dict(
            session.execute(
                select(Ticket.customer_id, func.count())
                .where(Ticket.customer_id.in_([c.id for c in customers]))
                .group_by(Ticket.customer_id)
            ).all()
        )
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
) -> CustomerInfo:
    """Correct a customer's details; validates name and phone like intake does."""
    require_role(actor, "clerk")
    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.anonymised_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such customer"))
        if name is not None:
            customer.name = clean_name(name)
        if phone is not None:
            region = settings_service.load_all(session)["phone_region"]
            customer.phone = normalize_phone(phone, region)
            customer.phone_reversed = phone_reversed(customer.phone)
        if email is not None:
            customer.email = email.strip() or None
        if contact_consent is not None:
            customer.contact_consent = contact_consent
        audit(session, actor, "customer_updated", "customer", customer.id)
        return customer_info(customer)


def anonymise(db: Database, actor: Actor, customer_id: int) -> None:
    """Erase a customer's personal data on request; the repair records stay, anonymous.

    Manager only. Also erases passcodes of the customer's tickets and device ownership.
    """
    require_role(actor, "manager")
    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such customer"))
        consultations.erase_caller(session, customer.id, customer.phone)
        customer.name = f"Anonymised #{customer.id}"
        customer.phone = None
        customer.phone_reversed = None
        customer.email = None
        customer.notes = ""
        customer.contact_consent = False
        customer.anonymised_at = utcnow()
        for ticket in session.scalars(select(Ticket).where(Ticket.customer_id == customer.id)):
            ticket.passcode = None
        for device in session.scalars(select(Device).where(Device.owner_id == customer.id)):
            device.owner_id = None
        audit(session, actor, "customer_anonymised", "customer", customer.id)
