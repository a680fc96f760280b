"""`counter-app customer show|update|erase PHONE`: look a customer up, correct the details,
erase the personal data on request (manager)."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound
from counter_app.services.base.dto import CustomerInfo
from counter_app.services.people import contact
from counter_app.services.people import customers as customer_service
from counter_app.validation import format_phone


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    customer = subparsers.add_parser(
        "customer", parents=[parent], help="show, correct or erase a customer (by phone)"
    )
    sub = customer.add_subparsers(dest="customer_command", metavar="ACTION", required=True)
    p = sub.add_parser("show", parents=[parent], help="the customer and their tickets")
    p.add_argument("phone", metavar="PHONE")
    p.set_defaults(handler=cmd_show)
    p = sub.add_parser(
        "update", parents=[parent], help="correct name, phone, email, address or contact consent"
    )
    p.add_argument("phone", metavar="PHONE")
    p.add_argument("--name")
    p.add_argument("--new-phone", metavar="PHONE")
    p.add_argument("--email", help="'' to remove it")
    p.add_argument("--consent", choices=("yes", "no"), help="may the shop contact them")
    p.add_argument("--address", help="the address for on-site visits ('' to remove it)")
    p.set_defaults(handler=cmd_update)
    p = sub.add_parser(
        "erase",
        parents=[parent],
        help="erase the personal data on request (manager); the repair records stay, anonymous",
    )
    p.add_argument("phone", metavar="PHONE")
    p.set_defaults(handler=cmd_erase)


def _find(ctx: Context, phone: str) -> CustomerInfo:
    found = customer_service.find_by_phone(ctx.db, phone)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No customer with phone {phone}"), phone=phone)
    return found


def _json(c: CustomerInfo, tickets: list[str]) -> dict[str, Any]:
    return {
        "customer_id": c.id,
        "name": c.name,
        "phone": c.phone,
        "email": c.email,
        "contact_consent": c.contact_consent,
        "address": c.address,
        "anonymised": c.anonymised,
        "tickets": tickets,
    }


def cmd_show(ctx: Context) -> int:
    c = contact.as_seen_by(ctx.actor, _find(ctx, ctx.args.phone))
    tickets = customer_service.tickets_of(ctx.db, c.id)
    emit(
        ctx,
        _json(c, tickets),
        lambda: "\n".join(
            [
                f"{c.name}  {format_phone(c.phone)}  {c.email or ''}".rstrip(),
                f"Contact consent: {'yes' if c.contact_consent else 'no'}",
                *([f"Address: {c.address}"] if c.address else []),
                "Tickets: " + (", ".join(tickets) or "none"),
            ]
        ),
    )
    return 0


def cmd_update(ctx: Context) -> int:
    a = ctx.args
    c = _find(ctx, a.phone)
    updated = customer_service.update(
        ctx.db,
        ctx.actor,
        c.id,
        name=a.name,
        phone=a.new_phone,
        email=a.email,
        contact_consent=None if a.consent is None else a.consent == "yes",
        address=a.address,
    )
    tickets = customer_service.tickets_of(ctx.db, c.id)
    emit(ctx, _json(updated, tickets), f"updated: {updated.name} {format_phone(updated.phone)}")
    return 0


def cmd_erase(ctx: Context) -> int:
    c = _find(ctx, ctx.args.phone)
    changed = customer_service.anonymise(ctx.db, ctx.actor, c.id)
    emit(
        ctx,
        {"customer_id": c.id, "erased": True, "texts_changed": changed},
        f"erased customer #{c.id}; their details removed from {changed} text fields",
    )
    return 0
