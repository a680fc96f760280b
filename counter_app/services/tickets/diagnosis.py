"""The cause the technician found (确认故障原因): recorded on the ticket, beside the fault
the customer reported, and printed on the quote."""

from __future__ import annotations

from counter_app.db import Database
from counter_app.services.base.common import (
    add_event,
    check_version,
    get_ticket,
    require_open,
    require_role,
)
from counter_app.services.base.dto import Actor
from counter_app.validation import clean_text

CAUSE_MAX = 2000


def diagnose(
    db: Database, actor: Actor, ticket_no: str, cause: str, expected_version: int | None = None
) -> str:
    """Record (or correct) the diagnosed cause of an open ticket; the history keeps each one.
    Technician (or manager). Raises ValidationError (no cause), NotAllowed (role, a closed
    ticket), NotFound, Conflict (stale version). Returns the cause as stored."""
    require_role(actor, "technician")
    text = clean_text(cause, "cause", CAUSE_MAX, required=True)
    with db.write() as session:
        ticket = get_ticket(session, ticket_no)
        check_version(ticket, expected_version)
        require_open(ticket)
        ticket.diagnosed_cause = text
        add_event(session, ticket, actor, "diagnosis", text)
        return text
