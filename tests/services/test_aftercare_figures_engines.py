"""The monthly after-care figures (two grouped statements) on SQLite and on PostgreSQL, for
a small shop worked out by hand: this month, in the store's time zone.

tests/services/aftercare_helpers.small_month: T1 (Amy, Li) 5; T2 (Amy, Li) 2 -> a complaint
nobody is responsible for yet; T3 (the manager, Zhao) 4 and a serious staff-attitude
complaint against Amy, the manager responsible; T4 (Amy, Zhao) not reached; a complaint by
phone without a ticket, resolved at once. Asked ten days from now, the two unresolved
complaints are overdue.
"""

from datetime import timedelta

from counter_app.services.aftercare.figures import CLERK, TECHNICIAN, monthly_figures
from counter_app.services.reporting import reports
from counter_app.timeutil import local_today, utcnow
from tests.services.aftercare_helpers import small_month


def test_the_month_against_hand_counts_on_every_engine(db, staff, engine):
    made = small_month(db, staff)
    zhao = made["zhao"]
    assert made["dissatisfied"] is not None

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
        3.5,
        0.5,
        {"satisfied": 1, "dissatisfied_at_followup": 1},
        0,
        0,
    )
    assert row(zhao, TECHNICIAN) == (0, 4.0, 1.0, {"satisfied": 1, "staff_attitude": 1}, 0, 0)
    assert row(staff.clerk, CLERK) == (
        2,
        3.5,
        0.5,
        {"satisfied": 1, "dissatisfied_at_followup": 1},
        1,
        0,
    )
    assert row(staff.manager, CLERK) == (1, 4.0, 1.0, {"satisfied": 1, "staff_attitude": 1}, 0, 1)
    assert (shop.followups, shop.satisfaction, shop.satisfied_share) == (3, 3.67, 0.6667)
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
    assert (report.followups, report.satisfaction, report.complaints_against) == (3, 3.67, 1)
