"""Money back on a return: a manager, after a technician's inspection, never after a damage
exclusion, never without a purchase price nor above it; refused means nothing written."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from counter_app.errors import NotAllowed, ValidationError
from counter_app.services.money import returns
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import quotes, workflow
from counter_app.timeutil import local_today
from tests.conftest import snapshot
from tests.services.helpers import IMEI_2, take_in


def return_ticket(db, clerk, price: str | None = "3999.00") -> str:
    return take_in(
        db,
        clerk,
        imei=IMEI_2,
        service_type="return_exchange",
        fault="Dead on arrival",
        purchase_date=local_today("Asia/Shanghai") - timedelta(days=2),
        purchase_proof="INV-88",
        purchase_price=price,
    )


def refused(db_path, error, call) -> str:
    before = snapshot(db_path)
    with pytest.raises(error) as info:
        call()
    assert snapshot(db_path) == before
    return info.value.message


def test_a_clerks_refund_is_refused_even_after_inspection(db, staff, db_path):
    no = return_ticket(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    message = refused(
        db_path,
        NotAllowed,
        lambda: returns.record_return(db, staff.clerk, no, "refund", amount="100", method="cash"),
    )
    assert "needs a manager" in message


def test_a_managers_refund_before_inspection_is_refused(db, staff, db_path):
    no = return_ticket(db, staff.clerk)
    message = refused(
        db_path,
        NotAllowed,
        lambda: returns.record_return(db, staff.manager, no, "refund", amount="100", method="cash"),
    )
    assert "inspected" in message


def test_no_refund_after_a_damage_exclusion(db, staff, db_path):
    no = return_ticket(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    quotes.set_warranty(db, staff.technician, no, "paid", "water inside", exclusion="liquid")
    message = refused(
        db_path,
        NotAllowed,
        lambda: returns.record_return(db, staff.manager, no, "refund", amount="100", method="cash"),
    )
    assert "liquid" in message and "at cost" in message


def test_no_refund_above_the_purchase_price_nor_without_one(db, staff, db_path):
    no = return_ticket(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    message = refused(
        db_path,
        ValidationError,
        lambda: returns.record_return(
            db, staff.manager, no, "refund", amount="4000", method="cash"
        ),
    )
    assert "3999.00" in message
    unpriced = return_ticket(db, staff.clerk, price=None)
    workflow.change_status(db, staff.technician, unpriced, "diagnosing")
    message = refused(
        db_path,
        ValidationError,
        lambda: returns.record_return(
            db, staff.manager, unpriced, "refund", amount="99999", method="cash"
        ),
    )
    assert "without the purchase price" in message


def test_the_allowed_refund_pays_back_and_closes(db, staff):
    no = return_ticket(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    result = returns.record_return(db, staff.manager, no, "refund", amount="3999", method="fps")
    assert result.status == "collected" and result.refund_amount == Decimal("3999.00")
    d = tickets.detail(db, staff.manager, no)
    assert [(p.method, p.amount) for p in d.payments] == [("fps", Decimal("-3999.00"))]


def test_the_cli_refuses_a_clerks_refund_with_exit_2(cli, db, staff, db_path):
    no = return_ticket(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    before = snapshot(db_path)
    result = cli("ticket", "return", no, "--refund", "3999", "--method", "cash", user="amy")
    assert result.returncode == 2 and "needs a manager" in result.stderr
    assert snapshot(db_path) == before
    result = cli("ticket", "return", no, "--refund", "3999", "--method", "cash", "--json")
    assert result.returncode == 0, result.stderr
    assert result.json()["outcome"] == "refund"
