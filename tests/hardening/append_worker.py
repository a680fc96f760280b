"""Work done by the append test's separate processes (imported by multiprocessing's spawn)."""

from __future__ import annotations

from counter_app.db import Database
from counter_app.errors import ServiceError
from counter_app.services.people import users
from counter_app.services.tickets import jobs as tickets


def add_notes(url: str, ticket_no: str, count: int, seed: int) -> dict:
    """``count`` notes on one ticket, each with the version just read; returns the notes
    acknowledged and the refusals."""
    db = Database(url)
    manager = users.get_actor(db, "manager")
    written: list[str] = []
    refused: list[str] = []
    try:
        for n in range(count):
            seen = tickets.detail(db, manager, ticket_no).version
            text = f"counter {seed} note {n}"
            try:
                tickets.add_note(db, manager, ticket_no, text, expected_version=seen)
            except ServiceError as exc:
                refused.append(exc.message)
                continue
            written.append(text)
    finally:
        db.close()
    return {"written": written, "refused": refused}
