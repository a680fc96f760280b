"""Complaints: the state machine with its refused transitions, roles, due times by severity,
the list order (serious and overdue first) and what a technician sees."""

import sqlite3
from datetime import timedelta

import pytest

from counter_app.errors import NotAllowed, NotFound, ValidationError
from counter_app.services.aftercare import complaints
from counter_app.services.people import users
from counter_app.services.shop import settings
from tests.conftest import snapshot
from tests.services.helpers import IMEI_2, collect, take_in


def add(db, actor, **overrides):
    data = dict(
        feedback_class="not_fixed_first_time",
        channel="counter",
        severity="normal",
        description="Screen still flickers",
        phone="13812345678",
    )
    data.update(overrides)
    return complaints.add(db, actor, **data)


@pytest.fixture
def ticket_no(db, staff):
    number = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, number)
    return number


def test_open_in_progress_resolved_closed_and_reopened(db, staff, ticket_no):
    c = add(db, staff.clerk, ticket_no=ticket_no, phone=None, against="li")
    assert (c.state, c.ticket_no, c.against, c.customer_name) == ("open", ticket_no, "li", "张伟")
    assert c.due_at - c.created_at == timedelta(days=3)
    c = complaints.assign(db, staff.manager, c.id, "zhao")
    assert (c.state, c.responsible) == ("in_progress", "zhao")
    c = complaints.resolve(db, staff.manager, c.id, "Replaced the screen free", told=True)
    assert c.state == "resolved" and c.customer_told and c.resolved_at is not None
    c = complaints.close(db, staff.manager, c.id)
    assert c.state == "closed" and c.closed_at is not None
    c = complaints.reopen(db, staff.manager, c.id)
    assert c.state == "in_progress" and c.closed_at is None and not c.customer_told
    history = complaints.show(db, staff.manager, c.id).events
    assert [(e.kind, e.from_state, e.to_state) for e in history] == [
        ("opened", None, "open"),
        ("assigned", "open", "in_progress"),
        ("resolved", "in_progress", "resolved"),
        ("closed", "resolved", "closed"),
        ("reopened", "closed", "in_progress"),
    ]


def test_refused_transitions_write_nothing(db, db_path, staff, ticket_no):
    c = add(db, staff.clerk)
    before = snapshot(db_path)
    with pytest.raises(ValidationError, match="only a resolved complaint can be closed"):
        complaints.close(db, staff.manager, c.id)
    with pytest.raises(ValidationError, match="only a resolved or closed one can be reopened"):
        complaints.reopen(db, staff.manager, c.id)
    with pytest.raises(ValidationError, match="Resolution: required"):
        complaints.resolve(db, staff.clerk, c.id, "  ")
    with pytest.raises(ValidationError, match="No user nobody"):
        complaints.assign(db, staff.manager, c.id, "nobody")
    assert snapshot(db_path) == before
    complaints.resolve(db, staff.clerk, c.id, "Refunded the labour")
    with pytest.raises(ValidationError, match="cannot be resolved again"):
        complaints.resolve(db, staff.clerk, c.id, "again")
    with pytest.raises(ValidationError, match="only an unresolved one can be assigned"):
        complaints.assign(db, staff.manager, c.id, "li")


def test_roles(db, staff, ticket_no):
    with pytest.raises(NotAllowed):
        add(db, staff.technician)
    c = add(db, staff.clerk)
    for action in (
        lambda: complaints.assign(db, staff.clerk, c.id, "li"),
        lambda: complaints.close(db, staff.clerk, c.id),
        lambda: complaints.reopen(db, staff.clerk, c.id),
    ):
        with pytest.raises(NotAllowed):
            action()
    complaints.assign(db, staff.manager, c.id, "li")
    # Once someone is responsible, a clerk no longer resolves it; the responsible person does.
    with pytest.raises(NotAllowed):
        complaints.resolve(db, staff.clerk, c.id, "Done")
    assert complaints.resolve(db, staff.technician, c.id, "Re-seated the connector").state == (
        "resolved"
    )


@pytest.mark.parametrize(
    "bad",
    [
        dict(feedback_class="angry"),
        dict(feedback_class="satisfied"),
        dict(channel="fax"),
        dict(severity="urgent"),
        dict(description=""),
        dict(against="nobody"),
        dict(phone=None),
        dict(phone="13000000000x"),
    ],
)
def test_bad_complaints_write_nothing(db, db_path, staff, bad):
    take_in(db, staff.clerk)
    before = snapshot(db_path)
    with pytest.raises((ValidationError, NotFound)):
        add(db, staff.clerk, **bad)
    assert snapshot(db_path) == before


def test_a_phone_with_no_customer_is_refused(db, staff):
    with pytest.raises(NotFound, match="No customer with phone"):
        add(db, staff.clerk, phone="13912345678")


def test_due_by_severity_from_the_shop_settings(db, staff, ticket_no):
    serious = add(db, staff.clerk, severity="serious")
    assert serious.due_at - serious.created_at == timedelta(hours=24)
    settings.update(db, staff.manager, {"complaint_serious_hours": 4, "complaint_normal_days": 1})
    serious = add(db, staff.clerk, severity="serious")
    normal = add(db, staff.clerk)
    assert serious.due_at - serious.created_at == timedelta(hours=4)
    assert normal.due_at - normal.created_at == timedelta(days=1)


def test_list_puts_serious_overdue_first_and_filters(db, db_path, staff, ticket_no):
    late_normal = add(db, staff.clerk, feedback_class="complaint_by_phone")
    fresh_serious = add(db, staff.clerk, severity="serious", feedback_class="staff_attitude")
    late_serious = add(db, staff.clerk, severity="serious", against="amy")
    done = add(db, staff.clerk)
    complaints.resolve(db, staff.clerk, done.id, "Sorted")
    conn = sqlite3.connect(db_path)
    conn.execute(
        "UPDATE complaints SET due_at = datetime(due_at, '-5 days') WHERE id IN (?, ?)",
        (late_normal.id, late_serious.id),
    )
    conn.commit()
    conn.close()
    listed = complaints.list_complaints(db, staff.manager)
    assert [c.id for c in listed] == [late_serious.id, late_normal.id, fresh_serious.id, done.id]
    assert [c.overdue for c in listed] == [True, True, False, False]
    assert [c.id for c in complaints.list_complaints(db, staff.clerk, open_only=True)] == [
        late_serious.id,
        late_normal.id,
        fresh_serious.id,
    ]
    assert [
        c.id for c in complaints.list_complaints(db, staff.clerk, feedback_class="staff_attitude")
    ] == [fresh_serious.id]
    assert [c.id for c in complaints.list_complaints(db, staff.clerk, staff="amy")] == [
        late_serious.id
    ]
    assert [c.id for c in complaints.list_complaints(db, staff.clerk, state="resolved")] == [
        done.id
    ]


def test_a_technician_sees_only_complaints_about_their_jobs(db, staff, ticket_no):
    zhao = users.get_actor(db, "zhao")
    other = take_in(db, staff.clerk, imei=IMEI_2)
    collect(db, staff.clerk, zhao, other)
    mine = add(db, staff.clerk, ticket_no=ticket_no, phone=None)
    against_me = add(db, staff.clerk, against="li")
    theirs = add(db, staff.clerk, ticket_no=other, phone=None)
    assert {c.id for c in complaints.list_complaints(db, staff.technician)} == {
        mine.id,
        against_me.id,
    }
    assert {c.id for c in complaints.list_complaints(db, zhao)} == {theirs.id}
    with pytest.raises(NotFound):
        complaints.show(db, staff.technician, theirs.id)
    with pytest.raises(NotAllowed):
        complaints.list_complaints(db, staff.inventory)


def test_a_short_list_is_the_head_of_the_whole_list_across_states(db, db_path, staff, ticket_no):
    # The list is read per state and rank; what a shorter list shows must still be the first
    # complaints of the whole order, wherever they sit (open or in progress, any due time).
    made = []
    for n in range(12):
        c = add(db, staff.clerk, severity="serious" if n % 3 == 0 else "normal")
        if n % 2:
            complaints.assign(db, staff.manager, c.id, "zhao")
        if n % 5 == 4:
            complaints.resolve(db, staff.manager, c.id, "Sorted")
        made.append(c.id)
    conn = sqlite3.connect(db_path)
    for n, complaint_id in enumerate(made):  # due times spread from 6 days late to 5 ahead
        conn.execute(
            "UPDATE complaints SET due_at = datetime('now', ?) WHERE id = ?",
            (f"{(n * 7) % 12 - 6} days", complaint_id),
        )
    conn.commit()
    conn.close()
    whole = complaints.list_complaints(db, staff.manager)
    assert len(whole) == 12

    def rank(c):
        active = c.state in ("open", "in_progress")
        return (
            0
            if active and c.overdue and c.severity == "serious"
            else 1
            if active and c.overdue
            else 2
            if active
            else 3,
            c.due_at,
            c.id,
        )

    assert [c.id for c in whole] == [c.id for c in sorted(whole, key=rank)]
    assert {c.state for c in whole} == {"open", "in_progress", "resolved"}
    assert whole[0].severity == "serious" and whole[0].overdue
    for limit in (1, 2, 3, 5, 8):
        assert [c.id for c in complaints.list_complaints(db, staff.manager, limit=limit)] == [
            c.id for c in whole[:limit]
        ]
