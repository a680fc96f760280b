"""Quotes and payments: Decimal totals, deposits, refunds, balances, conflicts."""

import multiprocessing
from decimal import Decimal

import pytest

from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.errors import Conflict, NotAllowed, ValidationError
from counter_app.services.money import payments
from counter_app.services.people import users
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import quotes, workflow
from tests.conftest import snapshot
from tests.services.helpers import take_in, to_awaiting_approval, to_ready


def test_quote_lines_round_at_the_line_and_sum_to_the_total(db, staff):
    no = take_in(db, staff.clerk)
    quotes.add_line(db, staff.technician, no, kind="other", description="Film", price="9.99", qty=3)
    quotes.add_line(db, staff.technician, no, kind="labour", description="Fit", price="0.10")
    detail = tickets.detail(db, staff.clerk, no)
    assert [line.line_total for line in detail.lines] == [Decimal("29.97"), Decimal("0.10")]
    assert detail.total == Decimal("30.07") and isinstance(detail.total, Decimal)
    assert detail.balance == Decimal("30.07")


@pytest.mark.parametrize(("price", "qty"), [("-5", 1), ("abc", 1), ("1.234", 1), ("5", 0)])
def test_bad_quote_line_changes_nothing(db, staff, db_path, price, qty):
    no = take_in(db, staff.clerk)
    before = snapshot(db_path)
    with pytest.raises(ValidationError):
        quotes.add_line(
            db, staff.technician, no, kind="labour", description="x", price=price, qty=qty
        )
    assert snapshot(db_path) == before


def test_deposit_final_and_refund(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, "500.00")
    deposit = payments.pay(db, staff.clerk, no, "100", "wechat_pay")
    quotes.decide(db, staff.clerk, no, True, "in_person")
    workflow.change_status(db, staff.technician, no, "quality_check")
    workflow.change_status(db, staff.technician, no, "ready")
    payments.pay(db, staff.clerk, no, "400", "cash", tendered="500")
    detail = tickets.detail(db, staff.clerk, no)
    assert [(p.kind, p.method, p.amount) for p in detail.payments] == [
        ("deposit", "wechat_pay", Decimal("100.00")),
        ("final", "cash", Decimal("400.00")),
    ]
    assert detail.payments[1].change == Decimal("100.00")
    assert detail.balance == 0
    refund_id = payments.refund(db, staff.manager, no, deposit, "30", "goodwill discount")
    detail = tickets.detail(db, staff.clerk, no)
    refund = detail.payments[-1]
    assert refund.id == refund_id and refund.amount == Decimal("-30.00")
    assert refund.refund_of_id == deposit and refund.kind == "refund"
    assert detail.paid == Decimal("470.00") and detail.balance == Decimal("30.00")
    with pytest.raises(ValidationError):
        payments.refund(db, staff.manager, no, deposit, "80", "too much")  # only 70 left


def test_payment_larger_than_balance_refused(db, staff, db_path):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, "80.00")
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        payments.pay(db, staff.clerk, no, "80.01", "card")
    assert "more than the balance of 80.00" in info.value.message
    assert snapshot(db_path) == before


def test_unknown_method_and_clerk_refund_refused(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, "80.00")
    with pytest.raises(ValidationError):
        payments.pay(db, staff.clerk, no, "10", "bitcoin")
    paid = payments.pay(db, staff.clerk, no, "10", "card")
    with pytest.raises(NotAllowed):
        payments.refund(db, staff.clerk, no, paid, None, "no")


def test_free_warranty_repair_owes_nothing(db, staff):
    no = take_in(db, staff.clerk)
    quotes.set_warranty(db, staff.technician, no, "free", "Manufacturing defect")
    to_ready(db, staff.clerk, staff.technician, no, "300")
    detail = tickets.detail(db, staff.clerk, no)
    assert detail.quoted_value == Decimal("300.00") and detail.total == 0
    workflow.change_status(db, staff.clerk, no, "collected")


def test_stale_version_is_refused_not_overwritten(db, staff, db_path):
    no = take_in(db, staff.clerk)
    seen = tickets.detail(db, staff.technician, no).version
    tickets.add_note(db, staff.clerk, no, "customer called", expected_version=seen)
    before = snapshot(db_path)
    with pytest.raises(Conflict) as info:
        workflow.change_status(db, staff.technician, no, "diagnosing", expected_version=seen)
    assert "changed by someone else" in info.value.message
    assert snapshot(db_path) == before
    fresh = tickets.detail(db, staff.technician, no).version
    assert workflow.change_status(db, staff.technician, no, "diagnosing", expected_version=fresh)


def _intake_worker(args):
    path, index = args
    from counter_app.services.tickets import intake
    from counter_app.validation import luhn_check_digit

    db = Database(sqlite_url(path))
    clerk = users.get_actor(db, "amy")
    body = f"35{index:012d}"
    numbers = []
    for n in range(5):
        body = f"35{index:06d}{n:06d}"
        result = intake.take_in(
            db,
            clerk,
            intake.IntakeData(
                name=f"Customer {index}",
                phone=f"1391234{index:02d}{n:02d}",
                brand="OPPO",
                model="Find X7",
                imei=body + luhn_check_digit(body),
                fault="No signal",
            ),
        )
        numbers.append(result.ticket_no)
    db.close()
    return numbers


def test_ticket_numbers_unique_when_counters_take_in_at_the_same_moment(db, db_path):
    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        batches = pool.map(_intake_worker, [(db_path, i) for i in range(4)])
    numbers = [n for batch in batches for n in batch]
    assert len(numbers) == 20 and len(set(numbers)) == 20
    assert sorted(int(n[-3:]) for n in numbers) == list(range(1, 21))
