"""A customer's full phone number, for calling about approval or pickup: shown to the
clerk and the manager when they ask for it (each time written to the audit log), masked
everywhere else, on screen and on paper."""

from __future__ import annotations

from dataclasses import replace

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound
from counter_app.models import Customer
from counter_app.services.base.common import audit, get_ticket, require_role
from counter_app.services.base.dto import Actor, CustomerInfo
from counter_app.validation import format_phone

PHONE_ROLES = ("clerk",)  # and the manager, who may do everything


def may_see_phone(actor: Actor) -> bool:
    return actor.role == "manager" or actor.role in PHONE_ROLES


def mask_email(email: str | None) -> str | None:
    """a***@example.com: enough to recognise, not enough to write to."""
    if not email:
        return email
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def as_seen_by(actor: Actor, customer: CustomerInfo) -> CustomerInfo:
    """The customer as this role may read them: technicians and the inventory keeper get
    the masked phone and e-mail in place of the full ones (screen, command line, files)."""
    if may_see_phone(actor):
        return customer
    return replace(customer, phone=customer.phone_masked, email=mask_email(customer.email))


def full_phone(db: Database, actor: Actor, ticket_no: str) -> str:
    """The full number of the ticket's customer, formatted for dialling. NotAllowed for
    other roles; NotFound when the customer has no number (anonymised)."""
    require_role(actor, *PHONE_ROLES)
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        customer = session.get(Customer, ticket.customer_id)
        if customer is None or not customer.phone:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No phone number on record for {ticket_no}"),
                ticket_no=ticket.ticket_no,
            )
        audit(session, actor, "phone_shown", "customer", customer.id, ticket.ticket_no)
        return format_phone(customer.phone)
