"""Test helper: a collection moved in time brings its follow-up calls for the new time."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from sqlalchemy import delete, select

from counter_app.models import FollowUp, Ticket
from counter_app.services import followups
from counter_app.services import settings as settings_service


def move_collection(db, db_path, ticket_no: str, moment: datetime, received: bool = False) -> None:
    """Set the ticket's collection (and with ``received`` its intake) to ``moment`` and write
    the calls the collection brings again, as the collection would have."""
    value = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE tickets SET collected_at = ? WHERE ticket_no = ?", (value, ticket_no))
    if received:
        conn.execute("UPDATE tickets SET received_at = ? WHERE ticket_no = ?", (value, ticket_no))
    conn.commit()
    conn.close()
    with db.write() as session:
        ticket = session.scalar(select(Ticket).where(Ticket.ticket_no == ticket_no))
        session.execute(delete(FollowUp).where(FollowUp.ticket_id == ticket.id))
        followups.schedule(session, ticket, settings_service.load_all(session))
