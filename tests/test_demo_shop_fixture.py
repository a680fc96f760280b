"""The demo shops that tests/conftest.py builds once a session: every test marked
``@pytest.mark.demo_shop(...)`` starts from the same demo, on a database of its own, so what
one test writes is never seen by another, nor by the shop kept for the next test."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from counter_app.db import Database
from tests.conftest import snapshot
from tests.services.helpers import take_in

FILL = {"tickets": 25, "seed": 1, "days": 5}


def ticket_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM tickets")).scalar_one()


@pytest.mark.demo_shop(**FILL)
@pytest.mark.parametrize("turn", [1, 2])
def test_each_test_starts_from_the_demo_and_writes_to_its_own_copy(db, staff, demo_summary, turn):
    assert demo_summary["tickets"] == FILL["tickets"]
    assert ticket_count(db) == FILL["tickets"]  # the other turn's ticket is not here
    take_in(db, staff.clerk)
    assert ticket_count(db) == FILL["tickets"] + 1


@pytest.mark.demo_shop(**FILL)
def test_the_kept_demo_shop_is_a_different_file_left_as_built(db, db_path, staff, demo_shops):
    kept = demo_shops.sqlite(FILL)
    assert kept != db_path
    before = snapshot(kept)
    take_in(db, staff.clerk)
    assert snapshot(kept) == before
    assert ticket_count(db) == FILL["tickets"] + 1


def test_a_test_without_the_marker_gets_the_empty_shop(db):
    assert ticket_count(db) == 0
