"""The demo shop has after-care over its 90 days, obeying the services' rules, so the
After-care page and the monthly assessment show data."""

import sqlite3
from datetime import timedelta

import pytest

from counter_app.services.aftercare import complaints, followups
from counter_app.services.reporting import reports
from counter_app.timeutil import local_today

# The checks read the SQLite file itself (sqlite3); the demo's rules run on PostgreSQL too
# through tests/stores and tests/export.
pytestmark = pytest.mark.sqlite_only


# Built once a session (tests/conftest.py); each test below gets its own copy.
DEMO_SHOP = pytest.mark.demo_shop(tickets=1500, seed=3)


@pytest.fixture
def demo_db(db, demo_summary):
    summary = demo_summary
    assert summary["followups"] > 500 and summary["complaints"] > 10
    assert summary["consultations"] > 50
    return db


def rows(db, sql):
    conn = sqlite3.connect(db.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@DEMO_SHOP
def test_calls_follow_the_rules(demo_db):
    # Only customers who consented, only collected tickets, at most three tries.
    assert rows(
        demo_db,
        "SELECT count(*) FROM followups f JOIN customers c ON c.id = f.customer_id "
        "WHERE c.contact_consent = 0",
    ) == [(0,)]
    assert rows(
        demo_db,
        "SELECT count(*) FROM followups f JOIN tickets t ON t.id = f.ticket_id "
        "WHERE t.status != 'collected'",
    ) == [(0,)]
    states = dict(rows(demo_db, "SELECT state, max(attempts) FROM followups GROUP BY state"))
    assert set(states) == {"due", "retry", "done", "unreachable"}
    assert states["due"] == 0 and states["retry"] < 3 and states["unreachable"] == 3
    # Calls still due are written ahead for every collection not yet called about.
    assert rows(
        demo_db,
        "SELECT count(*) FROM tickets t JOIN customers c ON c.id = t.customer_id "
        "WHERE t.status = 'collected' AND c.contact_consent = 1 AND NOT EXISTS "
        "(SELECT 1 FROM followups f WHERE f.ticket_id = t.id AND f.reason = 'after_collection')",
    ) == [(0,)]
    # Every dissatisfied answer opened exactly one complaint, linked to the call.
    assert rows(
        demo_db,
        "SELECT count(*) FROM followups f LEFT JOIN complaints k ON k.followup_id = f.id "
        "WHERE f.reached = 1 AND f.satisfaction <= 2 AND k.id IS NULL",
    ) == [(0,)]
    # A closed complaint was resolved first; every complaint has its opening event.
    assert rows(
        demo_db, "SELECT count(*) FROM complaints WHERE state = 'closed' AND resolved_at IS NULL"
    ) == [(0,)]
    assert rows(
        demo_db,
        "SELECT count(*) FROM complaints k WHERE NOT EXISTS (SELECT 1 FROM complaint_events e "
        "WHERE e.complaint_id = k.id AND e.kind = 'opened')",
    ) == [(0,)]


@DEMO_SHOP
def test_the_lists_and_the_month_show_data(demo_db):
    from counter_app.services.people import users

    manager = users.get_actor(demo_db, "manager")
    calls = followups.due_list(demo_db, manager)
    assert calls and any(c.overdue for c in calls) and any(not c.overdue for c in calls)
    assert any(c.attempts for c in calls)  # some are tried again today
    listed = complaints.list_complaints(demo_db, manager)
    assert {c.state for c in listed} == {"open", "in_progress", "resolved", "closed"}
    last_month = local_today("Asia/Shanghai").replace(day=1) - timedelta(days=1)
    report = reports.monthly(demo_db, manager, last_month.year, last_month.month)
    assert report.followups > 100 and 3.5 < report.satisfaction < 5
    assert report.complaints["satisfied"] > 0 and sum(report.complaints.values()) > 0
    assert any(s.satisfaction is not None for s in report.staff)
