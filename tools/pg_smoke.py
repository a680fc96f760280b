"""Smoke run of the services on a real PostgreSQL (an empty database you may throw away):

    PYTHONPATH=. .venv/bin/python tools/pg_smoke.py postgresql+psycopg://user:pw@127.0.0.1/scratch

A full PostgreSQL test suite is a later issue; this proves the same code runs there:
migrations, the ticket-number upsert under 4 concurrent processes, the optimistic version
check, Decimal money and timezone-aware times.
"""

import multiprocessing
import sys
from decimal import Decimal

from counter_app.db import Database
from counter_app.errors import Conflict
from counter_app.services.money import payments
from counter_app.services.people import customers, users
from counter_app.services.tickets import devices, intake, quotes, workflow
from counter_app.services.tickets import jobs as tickets

URL = (
    sys.argv[1]
    if len(sys.argv) > 1
    else "postgresql+psycopg://counter:counter@127.0.0.1/counter_smoke"
)


def worker(i):
    from counter_app.validation import luhn_check_digit

    db = Database(URL)
    clerk = users.get_actor(db, "amy")
    out = []
    for n in range(5):
        body = f"35{i:06d}{n:06d}"
        out.append(
            intake.take_in(
                db,
                clerk,
                intake.IntakeData(
                    name=f"C{i}",
                    phone=f"1391234{i:02d}{n:02d}",
                    brand="OPPO",
                    model="X",
                    imei=body + luhn_check_digit(body),
                    fault="f",
                ),
            ).ticket_no
        )
    return out


if __name__ == "__main__":
    db = Database(URL)
    m = users.ensure_default_manager(db)
    t = users.create_user(db, m, "li", "Li Wei", "technician")
    c = users.create_user(db, m, "amy", "Amy", "clerk")
    no = intake.take_in(
        db,
        c,
        intake.IntakeData(
            name="张伟",
            phone="13812345678",
            brand="Apple",
            model="iPhone 13",
            imei="490154203237518",
            fault="Cracked",
            passcode="1111",
        ),
    ).ticket_no
    workflow.change_status(db, t, no, "diagnosing")
    quotes.add_line(db, t, no, kind="labour", description="Screen", price="450.50")
    workflow.change_status(db, t, no, "awaiting_approval")
    quotes.decide(db, c, no, True, "phone")
    workflow.change_status(db, t, no, "quality_check")
    workflow.change_status(db, t, no, "ready")
    v = tickets.detail(db, c, no).version
    payments.pay(db, c, no, "450.50", "alipay", expected_version=v)
    try:
        workflow.change_status(db, c, no, "collected", expected_version=v)
        print("NO CONFLICT?!")
        sys.exit(1)
    except Conflict as e:
        print("conflict ok:", e)
    workflow.change_status(db, c, no, "collected")
    d = tickets.detail(db, m, no)
    assert d.total == Decimal("450.50") and d.balance == 0 and d.passcode is None, d
    print(d.status, d.warranty_until, d.received_at.tzinfo)
    print(devices.history(db, "490154203237518").entries[0].ticket_no)
    print([x.name for x in customers.search(db, "5678")])
    print(len(tickets.job_board(db)), tickets.board_stamp(db))
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        nums = [n for b in pool.map(worker, range(4)) for n in b]
    assert len(set(nums)) == 20, nums
    print("20 concurrent intakes, unique numbers:", sorted(nums)[:3], "...")
    db.close()
    db2 = Database(URL)  # reopen: schema at head, no upgrade
    print("reopen ok", db2.describe())
