"""The job board's and the ticket page's poll: a cheap change stamp that moves whenever a
ticket changes (here or on another counter) and stays put while nobody changes anything."""

from __future__ import annotations

from counter_app.db import Database
from counter_app.services.people import users
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import workflow
from tests.services.helpers import IMEI_2, collect, take_in


def test_the_stamp_moves_with_every_ticket_change_and_only_then(db, staff):
    empty = tickets.board_stamp(db)
    first = take_in(db, staff.clerk)
    after_intake = tickets.board_stamp(db)
    assert after_intake != empty
    tickets.job_board(db)
    tickets.detail(db, staff.manager, first)
    assert tickets.board_stamp(db) == after_intake  # reading changes nothing
    tickets.add_note(db, staff.clerk, first, "Customer called")
    after_note = tickets.board_stamp(db)
    assert after_note != after_intake
    workflow.change_status(db, staff.technician, first, "diagnosing")
    assert tickets.board_stamp(db) != after_note


def test_a_ticket_closed_or_taken_in_on_another_counter_is_seen(db, staff):
    first = take_in(db, staff.clerk)
    other = Database(db.url)  # another counter: its own engine and connections
    try:
        clerk = users.get_actor(other, "amy")
        tech = users.get_actor(other, "li")
        seen = tickets.board_stamp(db)
        collect(other, clerk, tech, first)  # leaves the open tickets: the board must reload
        closed = tickets.board_stamp(db)
        assert closed != seen
        assert tickets.job_board_count(db) == 0
        take_in(other, clerk, imei=IMEI_2, phone="13900001111")
        assert tickets.board_stamp(db) != closed
        assert tickets.job_board_count(db) == 1
    finally:
        other.close()
