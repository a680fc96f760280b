"""Imported past repairs and after-care: a repair collected recently brings its follow-up
calls (by the collection's own rule, followups.schedule); a repair of years ago brings none."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from counter_app.models import Customer, FollowUp, Ticket
from counter_app.services.aftercare import followups
from counter_app.services.data_io import importing
from counter_app.services.data_io.import_writer import recent_since
from counter_app.services.shop import settings as settings_service
from counter_app.services.stores import chain as stores
from counter_app.timeutil import local_today
from counter_app.validation import luhn_check_digit

HEADERS = importing.FIELDS["repairs"]


def _imei(n: int) -> str:
    body = f"35{n:012d}"
    return body + luhn_check_digit(body)


def _table(rows):
    return importing.SourceTable(
        name="repairs.csv",
        headers=tuple(HEADERS),
        rows=tuple((line, tuple(row)) for line, row in enumerate(rows, start=2)),
    )


def _row(n, received, collected, name):
    return (
        f"1380000{n:04d}", name, "Apple", "iPhone 13", _imei(n), "", "屏幕碎裂",
        received.isoformat(), collected.isoformat(), "380.00", "cash",
    )  # fmt: skip


def test_recent_imported_repairs_bring_their_calls_old_ones_do_not(db, staff):
    config = settings_service.get_all(db)
    tz_name = stores.time_zone_for(db, None)
    today = local_today(tz_name)
    since = recent_since(config, tz_name)
    assert since == today - timedelta(days=7 + 30)  # followup_days + followup_keep_days
    last_week = today - timedelta(days=5)
    rows = [
        _row(1, last_week - timedelta(days=2), last_week, "王芳"),  # collected last week
        _row(2, since - timedelta(days=3), since, "李娜"),  # the window's first day
        _row(3, since - timedelta(days=4), since - timedelta(days=1), "赵强"),  # just before
        _row(4, today - timedelta(days=900), today - timedelta(days=898), "陈静"),  # years ago
    ]
    summary = importing.apply(db, staff.manager, "repairs", _table(rows))
    assert summary["tickets_created"] == 4
    with db.read() as session:
        calls = sorted(
            session.execute(
                select(Customer.name, FollowUp.reason)
                .join(Ticket, Ticket.id == FollowUp.ticket_id)
                .join(Customer, Customer.id == Ticket.customer_id)
            ).all()
        )
    # The two recent repairs, each a new customer's first job: after-collection + first-month.
    assert summary["followups_due"] == 4
    assert [tuple(c) for c in calls] == [
        ("李娜", "after_collection"),
        ("李娜", "first_service"),
        ("王芳", "after_collection"),
        ("王芳", "first_service"),
    ]
    # Last week's call is due followup_days after its collection and shows on that day.
    due_day = last_week + timedelta(days=7)
    listed = followups.due_list(db, staff.clerk, due_day)
    assert [(c.customer_name, c.reason, c.due_on) for c in listed if c.customer_name == "王芳"] == [
        ("王芳", "after_collection", due_day)
    ]
    assert not [c for c in listed if c.customer_name in ("赵强", "陈静")]
