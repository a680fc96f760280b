"""The money in the reports: the daily close's till section, cash with no till open and the
chain's head; each new payment method accepted, offered by the setting and reported by
method; labour revenue, parts margin and commission per technician against a hand count."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counter_app.errors import ValidationError
from counter_app.models import PAYMENT_METHODS
from counter_app.services.money import audit, payments, till
from counter_app.services.reporting import reports
from counter_app.services.shop import settings
from counter_app.services.stock import inventory
from counter_app.services.tickets import quotes, workflow
from counter_app.timeutil import local_today
from tests.services.helpers import IMEI_2, take_in, to_ready

NEW_METHODS = ("octopus", "fps", "payme", "alipay_hk", "unionpay")


def test_the_daily_close_lists_each_till_with_its_variance(db, staff):
    settings.update(db, staff.manager, {"till_variance_limit": 1})
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no, "500")
    payments.pay(db, staff.clerk, no, "40", "cash")  # no till open yet
    till.open_till(db, staff.clerk, "100")
    payments.pay(db, staff.clerk, no, "60", "cash")
    till.payout(db, staff.clerk, "10", "parcel")
    till.close_till(db, staff.clerk, "148")  # expected 150: 2.00 short, flagged
    r = reports.daily(db, staff.clerk)
    assert r.cash_without_till == Decimal("40.00")
    (only,) = r.tills
    assert (only.expected, only.counted, only.variance) == (
        Decimal("150.00"),
        Decimal("148.00"),
        Decimal("-2.00"),
    )
    assert only.flagged
    assert r.audit_head == audit.head_hash(db)


def test_each_new_method_is_taken_and_reported_by_method(db, staff):
    assert set(NEW_METHODS) <= set(PAYMENT_METHODS)
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no, "500")
    for index, method in enumerate(NEW_METHODS, start=1):
        payments.pay(db, staff.clerk, no, str(index), method)
    by_method = {t.method: t.net for t in reports.daily(db, staff.clerk).takings}
    assert by_method == {m: Decimal(i) for i, m in enumerate(NEW_METHODS, start=1)}


def test_the_payment_methods_setting_limits_what_the_counter_takes(db, staff):
    with pytest.raises(ValidationError):
        settings.update(db, staff.manager, {"payment_methods": "cash, bitcoin"})
    settings.update(db, staff.manager, {"payment_methods": "octopus, cash"})
    assert settings.get_all(db).payment_methods == ("cash", "octopus")
    assert payments.offered_methods(settings.get_all(db)) == ("cash", "octopus")
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no, "50")
    with pytest.raises(ValidationError) as info:
        payments.pay(db, staff.clerk, no, "5", "card")
    assert "does not take card" in info.value.message
    payments.pay(db, staff.clerk, no, "5", "octopus")


def test_labour_revenue_per_technician_matches_a_hand_count(db, staff, engine):
    settings.update(db, staff.manager, {"labour_commission_pct": 10})
    inventory.create_part(
        db, staff.manager, inventory.PartData(sku="SCR-13", name="Screen", cost="120", price="0")
    )
    inventory.receive(db, staff.manager, "SCR-13", 5, cost="120")
    # Li: labour 300.00 and a screen sold at 450.00 (cost 120.00) on one job, labour 80.50
    # on another. Zhao: labour 99.90 on a job made free by the warranty (charges nothing).
    first = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, first, "diagnosing")
    quotes.add_line(db, staff.technician, first, kind="part", sku="SCR-13", price="450")
    quotes.add_line(db, staff.technician, first, kind="labour", description="Fit", price="300")
    workflow.change_status(db, staff.technician, first, "awaiting_approval")
    quotes.decide(db, staff.clerk, first, True, "in_person")
    workflow.change_status(db, staff.technician, first, "quality_check")
    workflow.change_status(db, staff.technician, first, "ready")
    second = take_in(db, staff.clerk, imei=IMEI_2, phone="13912345678")
    to_ready(db, staff.clerk, staff.technician, second, "80.50")
    from counter_app.services.people import users

    zhao = users.get_actor(db, "zhao")
    third = take_in(db, staff.clerk, serial="SN9999", imei="", phone="13712345678")
    workflow.change_status(db, zhao, third, "diagnosing")
    quotes.add_line(db, zhao, third, kind="labour", description="Board", price="99.90")
    quotes.set_warranty(db, zhao, third, "free", "covered")
    workflow.change_status(db, zhao, third, "awaiting_approval")
    today = local_today("Asia/Shanghai")
    month = reports.monthly(db, staff.manager, today.year, today.month)
    rows = {(s.user, s.role): s for s in month.staff}
    li = rows[("Li Wei", "technician")]
    assert li.labour_revenue == Decimal("380.50")
    assert li.parts_margin == Decimal("330.00")
    assert li.commission == Decimal("38.05")
    assert ("Zhao Min", "technician") not in rows  # nothing completed yet
    assert rows[("Amy Chen", "clerk")].labour_revenue is None
