"""What the after-care services (follow-up calls, complaints) share, written once: the masked
phone of a list row, and a line on the ticket's
timeline (stored as JSON, shown in the reader's language by counter_app.names)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from counter_app import names
from counter_app.models import Ticket
from counter_app.services.base.common import add_event
from counter_app.services.base.dto import Actor
from counter_app.validation import mask_digits


def masked(reversed_digits: str | None) -> str:
    """The masked phone from the stored reversed national digits (no number parsing)."""
    return mask_digits(reversed_digits[::-1]) if reversed_digits else ""


def timeline_note(
    session: Session, ticket: Ticket | None, actor: Actor, kind: str, data: dict[str, Any]
) -> str:
    """Put a follow-up or complaint line on ``ticket``'s timeline (if any); the note."""
    coded = names.EventNote(kind, data)  # "followup" or "complaint"
    if ticket is not None:
        add_event(session, ticket, actor, kind, coded)
    return names.event_note_plain(kind, data)
