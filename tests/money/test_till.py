"""The till: opened with a float, cash taken and refunded, petty cash paid out, counted at
the close with the variance in exact Decimal; the till_required setting; the counting helper."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counter_app.errors import NotAllowed, ValidationError
from counter_app.services.money import payments, till
from counter_app.services.shop import settings
from tests.conftest import snapshot
from tests.services.helpers import take_in, to_ready


def test_open_payout_close_gives_the_exact_variance(db, staff):
    opened = till.open_till(db, staff.clerk, "200.00")
    assert opened.is_open and opened.expected == Decimal("200.00")
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no, "300.60")
    first_id = payments.pay(db, staff.clerk, no, "300.10", "cash", tendered="400")
    payments.pay(db, staff.clerk, no, "0.20", "card")  # not into the drawer
    payments.pay(db, staff.clerk, no, "0.30", "cash")
    payments.refund(db, staff.manager, no, first_id, "0.10", "scratch found")
    out = till.payout(db, staff.clerk, "50.05", "milk tea for the shop")
    assert out.payouts == Decimal("50.05")
    closed = till.close_till(db, staff.clerk, "450.15", "one coin short?")
    # 200.00 + (300.10 + 0.30) - 0.10 - 50.05 = 450.25
    assert closed.cash_taken == Decimal("300.40")
    assert closed.cash_refunded == Decimal("0.10")
    assert closed.expected == Decimal("450.25")
    assert closed.counted == Decimal("450.15")
    assert closed.variance == Decimal("-0.10")
    assert isinstance(closed.variance, Decimal) and not closed.flagged and not closed.is_open
    assert till.status(db, staff.clerk) is None


def test_a_second_open_and_a_payout_beyond_the_drawer_are_refused(db, staff, db_path):
    till.open_till(db, staff.clerk, "20")
    before = snapshot(db_path)
    with pytest.raises(NotAllowed):
        till.open_till(db, staff.clerk, "20")
    with pytest.raises(ValidationError):
        till.payout(db, staff.clerk, "20.01", "too much")
    with pytest.raises(ValidationError):
        till.payout(db, staff.clerk, "5", "")
    assert snapshot(db_path) == before


def test_till_required_refuses_cash_without_an_open_till(db, staff, db_path):
    settings.update(db, staff.manager, {"till_required": True})
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no, "30")
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        payments.pay(db, staff.clerk, no, "10", "cash")
    assert "open till" in info.value.message
    assert snapshot(db_path) == before
    payments.pay(db, staff.clerk, no, "10", "card")  # other methods need no till
    till.open_till(db, staff.clerk, "0")
    payments.pay(db, staff.clerk, no, "10", "cash")
    assert till.status(db, staff.clerk).cash_taken == Decimal("10.00")


def test_a_variance_beyond_the_setting_is_flagged(db, staff):
    settings.update(db, staff.manager, {"till_variance_limit": 5})
    till.open_till(db, staff.clerk, "100")
    closed = till.close_till(db, staff.clerk, "94.99")
    assert closed.variance == Decimal("-5.01") and closed.flagged


def test_the_counting_helper_adds_notes_and_coins_exactly():
    counted = till.count_notes(
        {Decimal("100"): 3, Decimal("20"): 1, Decimal("0.5"): 3, Decimal("0.1"): 7}
    )
    assert counted == Decimal("322.20")
    with pytest.raises(ValidationError):
        till.count_notes({Decimal("10"): -1})


def test_the_till_commands(cli, db_path):
    opened = cli("till", "open", "--float", "100", "--json", user="amy")
    assert opened.returncode == 0, opened.stderr
    assert opened.json()["float_amount"] == "100.00"
    out = cli("till", "payout", "--amount", "12.50", "--reason", "stamps", user="amy")
    assert out.returncode == 0 and "payouts 12.50" in out.stdout
    status = cli("till", "status", "--json", user="amy").json()
    assert status["expected"] == "87.50" and status["is_open"] is True
    before = snapshot(db_path)
    bad = cli("till", "close", "--counted", "abc", user="amy")
    assert bad.returncode == 2 and snapshot(db_path) == before
    closed = cli("till", "close", "--counted", "87.40", "--note", "short", "--json", user="amy")
    assert closed.returncode == 0, closed.stderr
    data = closed.json()
    assert (data["expected"], data["counted"], data["variance"]) == ("87.50", "87.40", "-0.10")
    assert cli("till", "status", "--json", user="amy").json() == {"is_open": False}
