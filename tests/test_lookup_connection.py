"""Database.lookup(): what one counter sees of another's work, and that the connection it
keeps between lookups (SQLite, the main thread) is let go of when the shop is closed."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.services.tickets import jobs
from tests.conftest import Staff
from tests.services.helpers import take_in

TICKETS = text("SELECT count(*) FROM tickets")


def test_a_lookup_sees_what_another_counter_saved_since_the_last_one(
    db: Database, staff: Staff
) -> None:
    other = Database(db.url)  # the counter next to this one, on the same shop
    try:
        with db.lookup() as conn:
            before = conn.execute(TICKETS).scalar_one()
        ticket_no = take_in(other, staff.clerk)
        with db.lookup() as conn:
            assert conn.execute(TICKETS).scalar_one() == before + 1
        assert jobs.detail(db, staff.clerk, ticket_no).ticket_no == ticket_no
    finally:
        other.close()


@pytest.mark.sqlite_only  # PostgreSQL reads at READ COMMITTED: each statement its own moment
def test_one_lookup_reads_one_moment_of_the_shop(db: Database, staff: Staff) -> None:
    """Its statements agree with each other even when another counter saves meanwhile."""
    other = Database(db.url)
    try:
        with db.lookup() as conn:
            first = conn.execute(TICKETS).scalar_one()
            take_in(other, staff.clerk)
            assert conn.execute(TICKETS).scalar_one() == first
            with db.lookup() as inner:  # a lookup inside a lookup: a moment of its own
                assert inner.execute(TICKETS).scalar_one() == first + 1
            assert conn.execute(TICKETS).scalar_one() == first
        with db.lookup() as conn:
            assert conn.execute(TICKETS).scalar_one() == first + 1
    finally:
        other.close()


def test_lookups_in_a_background_thread_see_the_same_shop(db: Database, staff: Staff) -> None:
    take_in(db, staff.clerk)
    with db.lookup() as conn:
        here = conn.execute(TICKETS).scalar_one()
    seen: list[int] = []

    def look() -> None:
        with db.lookup() as conn:
            seen.append(conn.execute(TICKETS).scalar_one())

    worker = threading.Thread(target=look)
    worker.start()
    worker.join()
    assert seen == [here]


def _open_files(path: Path) -> int:
    target = str(path.resolve())
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == target:
                count += 1
        except OSError:
            continue
    return count


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
def test_closing_the_shop_closes_its_file(db_path: Path) -> None:
    """Nothing keeps the file open once the shop is closed (a restore replaces it)."""
    assert _open_files(db_path) == 0
    db = Database(sqlite_url(db_path))
    for _ in range(3):
        with db.lookup() as conn:
            conn.execute(TICKETS).scalar_one()
    assert _open_files(db_path) >= 1
    db.close()
    assert _open_files(db_path) == 0
