"""The monthly after-care figures (two grouped statements) on SQLite and on PostgreSQL, for
a small shop worked out by hand: this month, in the store's time zone.

  T1 taken in by Amy, repaired by Li: call by Amy, 5 (satisfied)
  T2 taken in by Amy, repaired by Li: call by Amy, 1 -> a complaint (dissatisfied), nobody
     responsible yet
  T3 taken in by the manager, repaired by Zhao: call by the manager, 4 (satisfied);
     a serious staff-attitude complaint against Amy, the manager responsible
  T4 taken in by Amy, repaired by Zhao: call not reached (counts nowhere)
  a complaint by phone without a ticket, resolved at once (in time)
Asked ten days from now, the two unresolved complaints are overdue.
"""

from datetime import timedelta

from counter_app.services import complaints, followups, reports, users
from counter_app.services.aftercare_figures import CLERK, TECHNICIAN, monthly_figures
from counter_app.timeutil import local_today, utcnow
from counter_app.validation import luhn_check_digit
from tests.services.helpers import IMEI_2, IMEI_3, collect, take_in

IMEI_4 = "86123456789012" + luhn_check_digit("86123456789012")


def test_the_month_against_hand_counts_on_every_engine(db, staff, engine):
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
    opened = followups.record_for_ticket(db, staff.clerk, t2, reached=True, satisfaction=1)
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
    assert opened.complaint_id is not None

    today = local_today("Asia/Shanghai")
    start, end = reports.month_bounds(today.year, today.month, "Asia/Shanghai")
    with db.lookup() as conn:
        per, shop = monthly_figures(conn, start, end, utcnow() + timedelta(days=10))

    def row(actor, role):
        f = per[(actor.id, role)]
        return (
            f.followups,
            f.satisfaction,
            f.satisfied_share,
            {k: v for k, v in f.feedback().items() if v},
            f.complaints_against,
            f.overdue_complaints,
        )

    assert set(per) == {
        (staff.technician.id, TECHNICIAN),
        (zhao.id, TECHNICIAN),
        (staff.clerk.id, CLERK),
        (staff.manager.id, CLERK),
    }
    assert row(staff.technician, TECHNICIAN) == (
        0,
        3.0,
        0.5,
        {"satisfied": 1, "dissatisfied_at_followup": 1},
        0,
        0,
    )
    assert row(zhao, TECHNICIAN) == (0, 4.0, 1.0, {"satisfied": 1, "staff_attitude": 1}, 0, 0)
    assert row(staff.clerk, CLERK) == (
        2,
        3.0,
        0.5,
        {"satisfied": 1, "dissatisfied_at_followup": 1},
        1,
        0,
    )
    assert row(staff.manager, CLERK) == (1, 4.0, 1.0, {"satisfied": 1, "staff_attitude": 1}, 0, 1)
    assert (shop.followups, shop.satisfaction, shop.satisfied_share) == (3, 3.33, 0.6667)
    assert {k: v for k, v in shop.feedback().items() if v} == {
        "satisfied": 2,
        "dissatisfied_at_followup": 1,
        "complaint_by_phone": 1,
        "staff_attitude": 1,
    }
    assert (shop.complaints_against, shop.overdue_complaints) == (1, 2)

    # Asked now, nothing is overdue yet; the report shows the same month.
    with db.lookup() as conn:
        _, shop_now = monthly_figures(conn, start, end, utcnow())
    assert shop_now.overdue_complaints == 0
    report = reports.monthly(db, staff.manager, today.year, today.month)
    assert (report.followups, report.satisfaction, report.complaints_against) == (3, 3.33, 1)
