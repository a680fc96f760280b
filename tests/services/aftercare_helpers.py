"""Test helpers: a collection moved in time brings its follow-up calls for the new time; the
small after-care month the monthly-figure tests count by hand."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from sqlalchemy import delete, select

from counter_app.models import FollowUp, Ticket
from counter_app.services.aftercare import complaints, followups
from counter_app.services.people import users
from counter_app.services.shop import settings as settings_service
from counter_app.validation import luhn_check_digit
from tests.services.helpers import IMEI_2, IMEI_3, collect, take_in

IMEI_4 = "86123456789012" + luhn_check_digit("86123456789012")


def move_collection(db, db_path, ticket_no: str, moment: datetime, received: bool = False) -> None:
    """Set the ticket's collection (and with ``received`` its intake) to ``moment`` and write
    the calls the collection brings again, as the collection would have."""
    value = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE tickets SET collected_at = ? WHERE ticket_no = ?", (value, ticket_no))
    if received:
        conn.execute("UPDATE tickets SET received_at = ? WHERE ticket_no = ?", (value, ticket_no))
    conn.commit()
    conn.close()
    with db.write() as session:
        ticket = session.scalar(select(Ticket).where(Ticket.ticket_no == ticket_no))
        session.execute(delete(FollowUp).where(FollowUp.ticket_id == ticket.id))
        followups.schedule(session, ticket, settings_service.load_all(session))


def small_month(db, staff) -> dict[str, object]:
    """Four collected jobs, their calls and three complaints, all recorded now:

    T1 taken in by Amy, repaired by Li: call by Amy, 5 (satisfied)
    T2 taken in by Amy, repaired by Li: call by Amy, 2 -> a complaint (dissatisfied), nobody
       responsible yet
    T3 taken in by the manager, repaired by Zhao: call by the manager, 4 (satisfied);
       a serious staff-attitude complaint against Amy, the manager responsible
    T4 taken in by Amy, repaired by Zhao: call not reached (counts nowhere)
    a complaint by phone without a ticket, resolved at once (in time)
    """
    zhao = users.get_actor(db, "zhao")
    t1 = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, t1)
    t2 = take_in(db, staff.clerk, imei=IMEI_2, name="李娜", phone="13912345678")
    collect(db, staff.clerk, staff.technician, t2)
    t3 = take_in(db, staff.manager, imei=IMEI_3, name="王芳", phone="13712345678")
    collect(db, staff.manager, zhao, t3)
    t4 = take_in(db, staff.clerk, imei=IMEI_4, name="赵敏", phone="13612345678")
    collect(db, staff.clerk, zhao, t4)
    followups.record_for_ticket(db, staff.clerk, t1, reached=True, satisfaction=5)
    dissatisfied = followups.record_for_ticket(
        db, staff.clerk, t2, reached=True, satisfaction=2, comment="Still slow"
    ).complaint_id
    followups.record_for_ticket(db, staff.manager, t3, reached=True, satisfaction=4)
    followups.record_for_ticket(db, staff.clerk, t4, reached=False)
    attitude = complaints.add(
        db,
        staff.clerk,
        ticket_no=t3,
        feedback_class="staff_attitude",
        channel="counter",
        severity="serious",
        description="Rude at collection",
        against="amy",
    ).id
    complaints.assign(db, staff.manager, attitude, "manager")
    by_phone = complaints.add(
        db,
        staff.clerk,
        phone="13812345678",
        feedback_class="complaint_by_phone",
        channel="phone",
        severity="normal",
        description="Waited on hold",
    ).id
    complaints.resolve(db, staff.clerk, by_phone, "Called back and apologised", told=True)
    return {
        "zhao": zhao,
        "tickets": (t1, t2, t3, t4),
        "dissatisfied": dissatisfied,
        "attitude": attitude,
        "by_phone": by_phone,
    }
