"""Four processes changing the same tickets at once, on SQLite and on PostgreSQL: no update
is lost, every refused change is a conflict ("changed by someone else"), ticket numbers stay
unique under concurrent intakes; and a process killed at random moments while taking
devices in never damages the database nor loses a ticket it reported."""

from __future__ import annotations

import multiprocessing
import random
import signal
import sqlite3
import subprocess
import sys
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from counter_app.models import Payment, TicketEvent
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import quotes, workflow
from tests.conftest import ROOT
from tests.services.helpers import IMEI_2, IMEI_3, take_in
from tests.stores import concurrency_worker

pytestmark = pytest.mark.slow

WORKERS, CHANGES = 4, 200


def _in_repair(db, staff, **overrides) -> str:
    manager = staff.manager
    ticket_no = take_in(db, manager, **overrides)
    workflow.change_status(db, manager, ticket_no, "diagnosing")
    quotes.add_line(db, manager, ticket_no, kind="labour", description="Board", price="99999")
    workflow.change_status(db, manager, ticket_no, "awaiting_approval")
    quotes.decide(db, manager, ticket_no, True, "in_person")
    assert tickets.detail(db, manager, ticket_no).status == "in_repair"
    return ticket_no


@pytest.mark.whole_machine  # four processes at once: scheduled last
def test_four_processes_change_the_same_tickets_without_losing_an_update(db, staff):
    ticket_nos = [
        _in_repair(db, staff),
        _in_repair(db, staff, imei=IMEI_2, phone="13912345678"),
        _in_repair(db, staff, imei=IMEI_3, phone="13712345678"),
    ]
    with db.read() as session:
        notes_before = session.scalar(
            select(func.count(TicketEvent.id)).where(TicketEvent.kind == "note")
        )
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(WORKERS) as pool:
        results = pool.starmap(
            concurrency_worker.change_tickets,
            [(db.url, ticket_nos, CHANGES, seed) for seed in range(WORKERS)],
        )
    notes = sum(r["done"]["note"] for r in results)
    pays = sum(r["done"]["pay"] for r in results)
    conflicts = [m for r in results for m in r["conflicts"]]
    succeeded = notes + pays + sum(sum(r["done"]["status"].values()) for r in results)
    assert succeeded + len(conflicts) == WORKERS * CHANGES
    assert succeeded > WORKERS * CHANGES // 4  # they really worked side by side
    assert all("someone else" in m or "another counter" in m for m in conflicts), conflicts[:3]
    with db.read() as session:
        notes_after = session.scalar(
            select(func.count(TicketEvent.id)).where(TicketEvent.kind == "note")
        )
        paid = session.scalar(select(func.sum(Payment.amount)))
    assert notes_after - notes_before == notes  # every reported note is there, no more
    assert paid == Decimal(pays)  # 1.00 each
    for ticket_no in ticket_nos:
        toggles = sum(r["done"]["status"][ticket_no] for r in results)
        status = tickets.detail(db, staff.manager, ticket_no).status
        assert status == ("in_repair" if toggles % 2 == 0 else "quality_check"), ticket_no


@pytest.mark.whole_machine  # four processes at once: scheduled last
def test_ticket_numbers_stay_unique_under_four_intake_loops(db, staff):
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(WORKERS) as pool:
        numbers = pool.starmap(
            concurrency_worker.intake_loop, [(db.url, 25, seed) for seed in range(WORKERS)]
        )
    issued = [n for chunk in numbers for n in chunk]
    assert len(issued) == WORKERS * 25 == len(set(issued))
    sequences = sorted(int(n.rsplit("-", 1)[1]) for n in issued)
    assert sequences == list(range(1, WORKERS * 25 + 1))  # no gaps, no repeats (one day)


@pytest.mark.sqlite_only
def test_killing_an_intake_at_random_moments_loses_nothing_reported(db, staff):
    rng = random.Random(14)
    reported: list[str] = []
    kills = 0
    while kills < 50:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.stores.concurrency_worker", db.url],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        for _ in range(rng.randrange(0, 4)):  # a few intakes, then a kill mid-way
            line = proc.stdout.readline().strip()
            if line:
                reported.append(line)
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        reported += [line for line in rest.split() if line]
        kills += 1
    db.close()
    conn = sqlite3.connect(db.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {row[0] for row in conn.execute("SELECT ticket_no FROM tickets")}
    finally:
        conn.close()
    assert reported and set(reported) <= stored
