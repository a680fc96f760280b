"""The demo shop is realistic and obeys the same rules as real work."""

import sqlite3
from collections import Counter
from datetime import UTC, datetime

import pytest

from counter_app.demo import shop as demo
from counter_app.models import PAYMENT_METHODS, STATUSES
from counter_app.services.tickets import devices, intake
from counter_app.services.tickets import jobs as tickets
from counter_app.validation import luhn_ok, normalize_phone

# The checks read the SQLite file itself (sqlite3); the demo's rules run on PostgreSQL too
# through tests/stores and tests/export.
pytestmark = pytest.mark.sqlite_only


# A fixed moment during shop hours: the seeded demo is then the same at any time of day
# (late in the evening every job taken in that day has moved past "received"). Built once a
# session (tests/conftest.py); each test below gets its own copy.
DEMO_SHOP = pytest.mark.demo_shop(
    tickets=1500, seed=3, now=datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
)


@pytest.fixture
def demo_db(db, demo_summary):
    assert demo_summary["tickets"] == 1500
    return db


def rows(db, sql):
    conn = sqlite3.connect(db.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@DEMO_SHOP
def test_devices_and_customers_look_real(demo_db):
    imeis = [r[0] for r in rows(demo_db, "SELECT imei FROM devices WHERE imei IS NOT NULL")]
    assert imeis and all(len(i) == 15 and luhn_ok(i) for i in imeis)
    assert rows(demo_db, "SELECT count(*) FROM devices WHERE serial IS NOT NULL")[0][0] > 0
    brands = {r[0] for r in rows(demo_db, "SELECT DISTINCT brand FROM devices")}
    assert {"Apple", "Huawei", "Xiaomi", "OPPO", "vivo", "Honor", "Samsung"} <= brands
    names = [r[0] for r in rows(demo_db, "SELECT name FROM customers")]
    assert any("\u4e00" <= ch <= "\u9fff" for n in names for ch in n)
    assert any(n.isascii() for n in names)
    customers = rows(demo_db, "SELECT phone, phone_reversed FROM customers LIMIT 300")
    for phone, reversed_digits in customers:
        assert normalize_phone(phone) == phone
        assert phone.endswith(reversed_digits[::-1])


@DEMO_SHOP
def test_tickets_cover_the_workflow_and_every_payment_method(demo_db):
    statuses = Counter(r[0] for r in rows(demo_db, "SELECT status FROM tickets"))
    assert set(statuses) >= set(STATUSES) - {"declined"}
    methods = {r[0] for r in rows(demo_db, "SELECT DISTINCT method FROM payments")}
    assert methods == set(PAYMENT_METHODS)
    types = {r[0] for r in rows(demo_db, "SELECT DISTINCT service_type FROM tickets")}
    assert {"repair", "warranty", "maintenance", "consultation", "return_exchange"} <= types


@DEMO_SHOP
def test_every_ticket_obeys_the_rules(demo_db, staff):
    numbers = [
        r[0] for r in rows(demo_db, "SELECT ticket_no FROM tickets ORDER BY random() LIMIT 250")
    ]
    for no in numbers:
        detail = tickets.detail(demo_db, staff.manager, no)
        status_events = [e.to_status for e in detail.events if e.to_status]
        assert status_events[-1] == detail.status, no
        assert detail.paid <= detail.total, no
        if detail.status == "collected":
            assert detail.balance == 0 and detail.passcode is None, no
        if detail.status in ("in_repair", "quality_check", "ready", "collected") and detail.quotes:
            assert detail.quotes[0].status in ("approved", "declined"), no


@DEMO_SHOP
def test_comebacks_are_linked_and_stock_never_negative(demo_db):
    comebacks = rows(
        demo_db,
        "SELECT t.device_id, e.device_id, e.status FROM tickets t "
        "JOIN tickets e ON e.id = t.comeback_of_id WHERE t.is_comeback",
    )
    assert comebacks and all(a == b and status == "collected" for a, b, status in comebacks)
    negative = rows(
        demo_db,
        "SELECT part_id FROM stock_movements WHERE kind != 'faulty_recovered' "
        "GROUP BY part_id HAVING sum(quantity) < 0",
    )
    assert negative == []


@DEMO_SHOP
def test_real_work_continues_after_the_demo(demo_db, staff):
    last = rows(
        demo_db,
        "SELECT max(ticket_no) FROM tickets WHERE ticket_no LIKE (SELECT 'T' || max(day_key) || '-%' FROM ticket_counters)",
    )[0][0]
    imei = rows(demo_db, "SELECT imei FROM devices WHERE imei IS NOT NULL LIMIT 1")[0][0]
    history = devices.history(demo_db, imei)
    assert history.entries
    result = intake.take_in(
        demo_db,
        staff.clerk,
        intake.IntakeData(
            name="新客户",
            phone="13700001111",
            brand="Honor",
            model="X50",
            imei="352099001761481",
            fault="屏幕闪烁",
        ),
    )
    if last and last[1:7] == result.ticket_no[1:7]:
        assert int(result.ticket_no[-3:]) == int(last[-3:]) + 1
    assert rows(
        demo_db, f"SELECT count(*) FROM tickets WHERE ticket_no = '{result.ticket_no}'"
    ) == [(1,)]


def test_demo_from_the_cli(cli):
    result = cli("demo", "--tickets", "60", "--json")
    assert result.returncode == 0, result.stderr
    assert result.json()["tickets"] == 60
    board = cli("ticket", "show", "T000000-000")
    assert board.returncode == 2


def test_benchmark_knobs_shape_the_shop(db):
    summary = demo.fill(db, tickets=600, seed=5, days=365, device_reuse=0.7, parts=500)
    assert summary["parts"] == 500
    assert summary["devices"] < 600 * 0.6  # most tickets are for devices seen before
