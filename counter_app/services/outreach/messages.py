"""Messages to customers: the text of a kind (ready, quote, uncollected, followup,
maintenance) for a ticket, handed to the shop's own sender (setting ``message_command``) and
logged on the ticket's timeline with its channel and outcome.

The sender is a program run without a shell, with two arguments: the customer's phone in
E.164 and the text (an SMS gateway's command line, a WeChat Work webhook script). Exit 0 is
"sent"; anything else (a missing program, a non-zero exit, no answer in time) is "failed".
A customer who did not consent to be contacted gets no message (refused, nothing written).
"""

from __future__ import annotations

import logging
import os
import shlex
import subprocess
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, ValidationError
from counter_app.models import MESSAGE_KINDS, Customer, CustomerMessage, Device, Ticket, User
from counter_app.money import ZERO, format_money
from counter_app.services.base.common import (
    add_event,
    get_ticket,
    require_role,
    require_works_at,
)
from counter_app.services.base.dto import Actor
from counter_app.services.shop import message_templates
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.tickets import uncollected
from counter_app.services.tickets.totals import ticket_totals
from counter_app.timeutil import utcnow

logger = logging.getLogger(__name__)

SEND_TIMEOUT_SECONDS = 60
# The ticket statuses a kind makes sense in (a "ready" message for a job still in repair
# would send the customer to the counter for nothing).
KIND_STATUSES: dict[str, tuple[str, ...] | None] = {
    "ready": ("ready",),
    "quote": ("awaiting_approval",),
    "uncollected": ("ready",),
    "followup": ("collected",),
    "maintenance": None,  # any: a reminder about the device, not the job
}


@dataclass(frozen=True)
class MessageText:
    ticket_no: str
    kind: str
    language: str
    phone: str  # E.164
    text: str
    contact_consent: bool


@dataclass(frozen=True)
class MessageRecord:
    id: int
    ticket_no: str
    kind: str
    channel: str
    outcome: str
    detail: str
    at: datetime
    user: str
    text: str


def check_kind(kind: str) -> str:
    key = (kind or "").strip().lower()
    if key not in MESSAGE_KINDS:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP("errors", "Message kind {value}: use one of {kinds}"),
            value=kind,
            kinds=", ".join(MESSAGE_KINDS),
        )
    return key


def language_of(settings: ShopSettings) -> str:
    """The language messages are written in: the setting, else the interface's, else
    Simplified Chinese."""
    for value in (settings.message_language, settings.language):
        if value in message_templates.LANGUAGES:
            return value
    return "zh_CN"


def _compose(session: Session, ticket: Ticket, kind: str) -> MessageText:
    key = check_kind(kind)
    allowed = KIND_STATUSES[key]
    if allowed is not None and ticket.status not in allowed:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP(
                "errors", "Ticket {ticket_no} is {status}: a {kind} message needs it {allowed}"
            ),
            ticket_no=ticket.ticket_no,
            status=ticket.status,
            kind=key,
            allowed=" / ".join(allowed),
        )
    settings = settings_service.load_all(session)
    customer = session.get(Customer, ticket.customer_id)
    device = session.get(Device, ticket.device_id)
    assert customer is not None and device is not None
    language = language_of(settings)
    balance = ticket_totals(session, ticket).balance
    values = {
        "shop": settings.store_name,
        "ticket": ticket.ticket_no,
        "device": f"{device.brand} {device.model}".strip(),
        "amount_due": format_money(max(balance, ZERO), settings.currency),
        "opening_hours": settings.opening_hours,
        "customer": customer.name,
        "disposal_days": str(settings.uncollected_disposal_days),
    }
    template = message_templates.template_for(key, language, settings)
    return MessageText(
        ticket_no=ticket.ticket_no,
        kind=key,
        language=language,
        phone=customer.phone or "",
        text=message_templates.render(template, values),
        contact_consent=bool(customer.contact_consent),
    )


def preview(db: Database, actor: Actor, ticket_no: str, kind: str) -> MessageText:
    """The text a ``kind`` message for the ticket would have. Refused: an unknown kind, a
    kind that does not fit the ticket's status, an unknown ticket."""
    require_role(actor, "clerk", "technician")
    with db.read() as session:
        return _compose(session, get_ticket(session, ticket_no), kind)


def _check_sendable(message: MessageText) -> None:
    if not message.contact_consent:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "The customer of {ticket_no} did not consent to be contacted"
            ),
            ticket_no=message.ticket_no,
        )
    if not message.phone:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("errors", "The customer of {ticket_no} has no phone number"),
            ticket_no=message.ticket_no,
        )


def sender_command(settings: ShopSettings) -> list[str]:
    """The sender program and its own arguments (setting message_command); empty: none."""
    text = settings.message_command.strip()
    try:
        return shlex.split(text)
    except ValueError:
        raise ValidationError(
            "message_command",
            QT_TRANSLATE_NOOP("errors", "message_command: unbalanced quotes"),
        ) from None


def can_send(db: Database) -> bool:
    """A sender is set (the GUI shows its send button only then)."""
    return bool(sender_command(settings_service.get_all(db)))


def _run(command: list[str], phone: str, text: str) -> tuple[str, str]:
    """(outcome, detail) of handing one message to the sender."""
    try:
        done = subprocess.run(
            [*command, phone, text],
            capture_output=True,
            text=True,
            timeout=SEND_TIMEOUT_SECONDS,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "failed", f"no answer in {SEND_TIMEOUT_SECONDS} s"
    except OSError as exc:
        return "failed", f"{exc.strerror or exc}: {command[0]}"
    if done.returncode != 0:
        tail = (done.stderr or done.stdout or "").strip().splitlines()[-1:] or [""]
        return "failed", f"exit {done.returncode} {tail[0]}".strip()[:500]
    return "sent", ""


def send(db: Database, actor: Actor, ticket_no: str, kind: str) -> MessageRecord:
    """Hand a ``kind`` message for the ticket to the shop's sender and log it on the ticket
    (one transaction, after the sender answered). Refused, nothing written or sent: what
    ``preview`` refuses, a customer without contact consent or phone, no sender set. A
    sender that fails is logged as failed (the record's outcome)."""
    require_role(actor, "clerk", "technician")
    with db.read() as session:
        ticket = get_ticket(session, ticket_no)
        require_works_at(session, actor, ticket.store_id)  # before anything leaves the shop
        message = _compose(session, ticket, kind)
        command = sender_command(settings_service.load_all(session))
    _check_sendable(message)
    if not command:
        raise ValidationError(
            "message_command",
            QT_TRANSLATE_NOOP(
                "errors", "No message sender is set: a manager sets message_command first"
            ),
        )
    outcome, detail = _run(command, message.phone, message.text)
    channel = os.path.basename(command[0])[:100]
    if outcome != "sent":
        logger.warning("message %s for %s failed: %s", message.kind, message.ticket_no, detail)
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        row = CustomerMessage(
            ticket_id=ticket.id,
            kind=message.kind,
            channel=channel,
            phone=message.phone,
            text=message.text,
            outcome=outcome,
            detail=detail,
            at=utcnow(),
            user_id=actor.id,
        )
        session.add(row)
        add_event(
            session,
            ticket,
            actor,
            "message",
            names.event_note("message", kind=message.kind, channel=channel, outcome=outcome),
        )
        if message.kind == "uncollected" and outcome == "sent":  # counts as a notice given
            notice = names.event_note("notice_message", channel=channel)
            uncollected.record_notice(session, ticket, actor, notice)
        session.flush()
        return MessageRecord(
            id=row.id,
            ticket_no=ticket.ticket_no,
            kind=row.kind,
            channel=channel,
            outcome=outcome,
            detail=detail,
            at=row.at,
            user=actor.username,
            text=row.text,
        )


def log(db: Database, actor: Actor, ticket_no: str = "", limit: int = 200) -> list[MessageRecord]:
    """Messages handed to the sender, newest first (one ticket's, or the shop's latest)."""
    require_role(actor, "clerk", "technician")
    with db.read() as session:
        query = (
            select(CustomerMessage, Ticket.ticket_no, User.username)
            .join(Ticket, Ticket.id == CustomerMessage.ticket_id)
            .join(User, User.id == CustomerMessage.user_id)
        )
        if ticket_no.strip():
            query = query.where(CustomerMessage.ticket_id == get_ticket(session, ticket_no).id)
        rows = session.execute(
            query.order_by(CustomerMessage.at.desc(), CustomerMessage.id.desc()).limit(limit)
        ).all()
        return [
            MessageRecord(
                id=m.id,
                ticket_no=no,
                kind=m.kind,
                channel=m.channel,
                outcome=m.outcome,
                detail=m.detail,
                at=m.at,
                user=user,
                text=m.text,
            )
            for m, no, user in rows
        ]
