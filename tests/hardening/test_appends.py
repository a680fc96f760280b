"""Appends never conflict: four counters adding notes to one ticket at once (SQLite and
PostgreSQL) all get them stored; the version still moves, so an edit based on what was
read before a note is still refused."""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import select

from counter_app.errors import Conflict
from counter_app.models import TicketEvent
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import workflow
from tests.hardening import append_worker
from tests.services.helpers import take_in

COUNTERS, NOTES = 4, 40


@pytest.mark.whole_machine  # four processes at once: scheduled last
def test_four_counters_add_notes_to_one_ticket_at_once(db, staff):
    no = take_in(db, staff.manager)
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(COUNTERS) as pool:
        results = pool.starmap(
            append_worker.add_notes, [(db.url, no, NOTES, seed) for seed in range(COUNTERS)]
        )
    refused = [m for r in results for m in r["refused"]]
    assert refused == []
    written = sorted(text for r in results for text in r["written"])
    assert len(written) == COUNTERS * NOTES
    with db.read() as session:
        stored = sorted(
            session.scalars(select(TicketEvent.note).where(TicketEvent.kind == "note")).all()
        )
    assert stored == written


def test_a_note_still_moves_the_version_for_edits(db, staff):
    no = take_in(db, staff.clerk)
    seen = tickets.detail(db, staff.technician, no).version
    tickets.add_note(db, staff.clerk, no, "customer called", expected_version=seen - 1)
    with pytest.raises(Conflict):
        workflow.change_status(db, staff.technician, no, "diagnosing", expected_version=seen)
