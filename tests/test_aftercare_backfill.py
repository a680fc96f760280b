"""Migration 0003_aftercare's data backfill, on SQLite and on PostgreSQL: a shop upgraded
from 0002 with collected jobs gets exactly the follow-up calls the app would have written at
those collections and that are still on the list (after-collection calls, first-month calls
of a customer's first job), none for customers without consent or erased, none too old."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from alembic import command
from sqlalchemy import inspect, select, text

from counter_app.db import alembic_config
from counter_app.models import Customer, Ticket
from counter_app.timeutil import add_months, local_today
from counter_app.validation import luhn_check_digit
from tests.services.helpers import IMEI_2, IMEI_3, collect, take_in

SHANGHAI = ZoneInfo("Asia/Shanghai")
IMEI_4 = "86123456789012" + luhn_check_digit("86123456789012")
IMEI_5 = "86123456789013" + luhn_check_digit("86123456789013")


def _collected_on(db, ticket_no: str, day: date) -> int:
    """Move the ticket's collection to noon (Shanghai) of ``day``; its id."""
    with db.write() as session:
        ticket = session.scalar(select(Ticket).where(Ticket.ticket_no == ticket_no))
        ticket.collected_at = datetime.combine(day, time(12), SHANGHAI).astimezone(UTC)
        return ticket.id


def _migrate(db, action, revision: str) -> None:
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        action(config, revision)


def test_upgrade_from_0002_backfills_the_calls_still_due(db, staff, engine):
    today = local_today("Asia/Shanghai")
    # 張 (first job 20 days ago, a second one 3 days ago), 李 (first job 100 days ago: too
    # old), 王 (no contact consent), 赵 (erased).
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    second = take_in(db, staff.clerk, imei=IMEI_2, fault="Battery drains")
    collect(db, staff.clerk, staff.technician, second)
    old = take_in(db, staff.clerk, imei=IMEI_3, name="李娜", phone="13912345678")
    collect(db, staff.clerk, staff.technician, old)
    no_consent = take_in(db, staff.clerk, imei=IMEI_4, name="王芳", phone="13712345678")
    collect(db, staff.clerk, staff.technician, no_consent)
    erased = take_in(db, staff.clerk, imei=IMEI_5, name="赵敏", phone="13612345678")
    collect(db, staff.clerk, staff.technician, erased)
    first_day, second_day = today - timedelta(days=20), today - timedelta(days=3)
    first_id = _collected_on(db, first, first_day)
    second_id = _collected_on(db, second, second_day)
    _collected_on(db, old, today - timedelta(days=100))
    with db.write() as session:
        for number, change in ((no_consent, "consent"), (erased, "erased")):
            ticket = session.scalar(select(Ticket).where(Ticket.ticket_no == number))
            customer = session.get(Customer, ticket.customer_id)
            if change == "consent":
                customer.contact_consent = False
            else:
                customer.anonymised_at = datetime.now(UTC)
        customer_id = session.scalar(select(Ticket.customer_id).where(Ticket.id == first_id))

    _migrate(db, command.downgrade, "0002_warranty")
    with db.engine.connect() as conn:
        assert "followups" not in inspect(conn).get_table_names()
    _migrate(db, command.upgrade, "0003_aftercare")

    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT due_key, reason, customer_id, ticket_id, due_on, next_try_on, state, "
                "attempts FROM followups ORDER BY due_key"
            )
        ).all()
    as_day = date.fromisoformat if engine == "sqlite" else (lambda d: d)
    found = [
        (key, reason, cid, tid, as_day(due), as_day(next_try), state, attempts)
        for key, reason, cid, tid, due, next_try, state, attempts in rows
    ]
    # Worked out by hand: 7 days after each collection (followup_days), one calendar month
    # after the customer's first job; nothing whose due day is more than 30 days gone
    # (followup_keep_days): the old job's calls were due 93 and about 70 days ago.
    after_first, after_second = first_day + timedelta(days=7), second_day + timedelta(days=7)
    first_month = add_months(first_day, 1)
    assert found == sorted(
        [
            (f"after_collection:{first_id}", "after_collection", customer_id, first_id)
            + (after_first, after_first, "due", 0),
            (f"after_collection:{second_id}", "after_collection", customer_id, second_id)
            + (after_second, after_second, "due", 0),
            (f"first_service:{first_id}", "first_service", customer_id, first_id)
            + (first_month, first_month, "due", 0),
        ]
    )

    _migrate(db, command.upgrade, "head")  # and the later revisions take the rows along
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM followups")).scalar() == 3
