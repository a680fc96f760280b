"""Warranty, returns, promise, customer and parts rules through the services (no Qt)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from counter_app.errors import NotAllowed, ValidationError
from counter_app.models import AuditEvent, Device, Ticket
from counter_app.services.money import returns
from counter_app.services.people import customers
from counter_app.services.stock import inventory
from counter_app.services.tickets import intake, promise, quotes, workflow
from counter_app.services.tickets import jobs as tickets
from counter_app.timeutil import local_today, utcnow
from tests.conftest import snapshot
from tests.services.helpers import (
    IMEI,
    IMEI_2,
    IMEI_3,
    collect,
    take_in,
    to_awaiting_approval,
    to_ready,
)

TZ = "Asia/Shanghai"


def bought_days_ago(days: int):
    return local_today(TZ) - timedelta(days=days)


def return_ticket(db, clerk, days_ago: int, price: str | None = "3999.00") -> str:
    return take_in(
        db,
        clerk,
        imei=IMEI_2,
        service_type="return_exchange",
        fault="Dead on arrival",
        purchase_date=bought_days_ago(days_ago),
        purchase_proof="INV-88",
        purchase_price=price,
    )


def test_a_comeback_is_free_only_when_the_technician_confirms_the_same_fault(db, staff, db_path):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    again = take_in(db, staff.clerk, fault="Screen flickers again")
    d = tickets.detail(db, staff.technician, again)
    assert d.is_comeback and d.warranty_decision == "undecided" and d.warranty_code == "comeback"
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        quotes.set_warranty(db, staff.technician, again, "free", "looks the same")
    assert "same fault" in info.value.message
    assert snapshot(db_path) == before
    quotes.set_warranty(db, staff.technician, again, "paid", "different fault: the camera")
    d = tickets.detail(db, staff.technician, again)
    assert d.warranty_decision == "paid" and d.warranty_code == "comeback_other_fault"
    assert d.comeback_of == first  # the link stays
    quotes.set_warranty(db, staff.technician, again, "free", "same fault", same_fault=True)
    d = tickets.detail(db, staff.technician, again)
    assert d.warranty_decision == "free" and d.warranty_code == "comeback_same_fault"


def test_an_exclusion_makes_the_job_paid_and_cannot_be_recorded_after_collection(db, staff):
    no = take_in(
        db,
        staff.clerk,
        service_type="warranty",
        purchase_date=bought_days_ago(60),
        purchase_proof="INV-1",
    )
    assert tickets.detail(db, staff.clerk, no).warranty_decision == "free"
    quotes.set_warranty(db, staff.technician, no, "paid", "water marks inside", exclusion="liquid")
    d = tickets.detail(db, staff.clerk, no)
    assert (d.warranty_decision, d.warranty_exclusion, d.warranty_code) == (
        "paid",
        "liquid",
        "excluded",
    )
    with pytest.raises(ValidationError):
        quotes.set_warranty(db, staff.technician, no, "paid", "x", exclusion="aliens")
    other = take_in(db, staff.clerk, imei=IMEI_3)
    collect(db, staff.clerk, staff.technician, other)
    with pytest.raises(NotAllowed):
        quotes.set_warranty(db, staff.technician, other, "paid", "drop", exclusion="drop_impact")


def test_a_warranty_ticket_without_proof_is_not_made_free(db, staff):
    no = take_in(db, staff.clerk, service_type="warranty", purchase_date=bought_days_ago(30))
    d = tickets.detail(db, staff.clerk, no)
    assert d.warranty_decision == "paid" and d.warranty_code == "no_proof"


def test_second_comeback_keeps_the_first_repairs_end_date(db, staff):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    first_until = tickets.detail(db, staff.clerk, first).warranty_until
    again = take_in(db, staff.clerk, fault="again")
    quotes.set_warranty(db, staff.technician, again, "free", "same fault", same_fault=True)
    to_ready(db, staff.clerk, staff.technician, again)
    workflow.change_status(db, staff.clerk, again, "collected")  # free: nothing to pay
    assert tickets.detail(db, staff.clerk, again).warranty_until == first_until
    third = intake.take_in(
        db,
        staff.clerk,
        intake.IntakeData(
            name="张伟", phone="13812345678", brand="Apple", model="iPhone 13", imei=IMEI, fault="x"
        ),
    )
    # Original repair + one confirmed comeback failed: the exchange is offered (setting 2).
    assert third.is_comeback and third.exchange_offered
    assert str(first_until) in third.warranty_params["until"]
    assert tickets.detail(db, staff.clerk, third.ticket_no).exchange_offered


def test_refund_within_the_return_window_pays_back_and_closes(db, staff):
    no = return_ticket(db, staff.clerk, days_ago=7)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    result = returns.record_return(db, staff.manager, no, "refund", amount="3999", method="cash")
    assert result.status == "collected"
    d = tickets.detail(db, staff.clerk, no)
    assert d.return_outcome == "refund" and d.balance == 0
    assert [p.amount for p in d.payments] == [Decimal("-3999.00")]


def test_refund_on_day_8_is_refused_with_the_dates_and_nothing_written(db, staff, db_path):
    no = return_ticket(db, staff.clerk, days_ago=8)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        returns.record_return(db, staff.manager, no, "refund", amount="100", method="cash")
    ended = (bought_days_ago(8) + timedelta(days=7)).isoformat()
    assert f"the return period ended on {ended}" in info.value.message
    assert snapshot(db_path) == before


def test_refund_above_the_purchase_price_is_refused(db, staff, db_path):
    no = return_ticket(db, staff.clerk, days_ago=1)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        returns.record_return(db, staff.manager, no, "refund", amount="4000", method="cash")
    assert "3999.00" in info.value.message
    assert snapshot(db_path) == before


def test_exchange_records_the_new_device_and_the_old_one_points_to_it(db, staff):
    no = return_ticket(db, staff.clerk, days_ago=15)
    returns.record_return(db, staff.clerk, no, "exchange", exchange_imei=IMEI_3)
    d = tickets.detail(db, staff.clerk, no)
    assert d.return_outcome == "exchange" and d.exchange_imei == IMEI_3
    assert d.status == "collected"
    with db.read() as session:
        old = session.scalar(select(Device).where(Device.imei == IMEI_2))
        new = session.scalar(select(Device).where(Device.imei == IMEI_3))
        assert old.replaced_by_id == new.id and new.owner_id == old.owner_id
        assert new.purchase_date == local_today(TZ)


def test_exchange_on_day_16_is_refused_and_a_bad_imei_too(db, staff, db_path):
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        return_ticket(db, staff.clerk, days_ago=16)  # asked on day 16: repair only
    ended = (bought_days_ago(16) + timedelta(days=15)).isoformat()
    assert f"the exchange period ended on {ended}" in info.value.message
    assert snapshot(db_path) == before
    fresh = take_in(
        db,
        staff.clerk,
        imei="353918051234561",
        service_type="return_exchange",
        purchase_date=bought_days_ago(2),
        purchase_proof="INV-2",
    )
    with pytest.raises(ValidationError):
        returns.record_return(db, staff.clerk, fresh, "exchange", exchange_imei="490154203237519")
    # Another customer's device on an open ticket.
    take_in(db, staff.clerk, name="王芳", phone="13900001111", imei=IMEI_3)
    with pytest.raises(ValidationError) as info:
        returns.record_return(db, staff.clerk, fresh, "exchange", exchange_imei=IMEI_3)
    assert "another customer" in info.value.message


def test_repair_continues_as_a_free_warranty_repair_and_no_fault_is_returned_as_is(db, staff):
    no = return_ticket(db, staff.clerk, days_ago=3)
    returns.record_return(db, staff.clerk, no, "repair")
    d = tickets.detail(db, staff.clerk, no)
    assert d.service_type == "warranty" and d.warranty_decision == "free" and d.status == "received"
    other = take_in(
        db,
        staff.clerk,
        imei=IMEI_3,
        service_type="return_exchange",
        purchase_date=bought_days_ago(3),
        purchase_proof="INV-9",
    )
    returns.record_return(db, staff.clerk, other, "no_fault")
    assert tickets.detail(db, staff.clerk, other).status == "ready"
    workflow.change_status(db, staff.clerk, other, "collected")


def test_passcode_is_erased_when_a_ticket_is_cancelled(db, staff):
    no = take_in(db, staff.clerk, passcode="8520")
    assert tickets.detail(db, staff.technician, no).passcode == "8520"
    workflow.change_status(db, staff.manager, no, "cancelled", "customer took it back")
    d = tickets.detail(db, staff.technician, no)
    assert d.passcode is None and not d.has_passcode


def test_promise_moves_with_the_reason_and_never_into_the_past(db, staff, db_path):
    no = take_in(db, staff.clerk)
    later = utcnow() + timedelta(days=3)
    promise.change_promise(db, staff.clerk, no, later, "waiting for the screen")
    d = tickets.detail(db, staff.clerk, no)
    assert d.promised_at == later.replace(microsecond=d.promised_at.microsecond)
    assert any(e.kind == "promise" and "waiting for the screen" in e.note for e in d.events)
    before = snapshot(db_path)
    with pytest.raises(ValidationError):
        promise.change_promise(db, staff.clerk, no, utcnow() - timedelta(hours=1), "oops")
    with pytest.raises(ValidationError):
        promise.change_promise(db, staff.clerk, no, later, "  ")
    assert snapshot(db_path) == before


def test_customer_update_records_who_changed_what_and_refuses_an_empty_name(db, staff, db_path):
    take_in(db, staff.clerk)
    c = customers.find_by_phone(db, "13812345678")
    customers.update(db, staff.clerk, c.id, name="张伟伟", contact_consent=False)
    with db.read() as session:
        row = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "customer_updated")
        ).one()
        assert row.user_id == staff.clerk.id
        assert "name: '张伟' -> '张伟伟'" in row.detail and "contact_consent" in row.detail
    before = snapshot(db_path)
    with pytest.raises(ValidationError):
        customers.update(db, staff.clerk, c.id, name="  ")
    assert snapshot(db_path) == before


def test_a_discontinued_part_warns_when_low_until_its_keep_until(db, staff):
    inventory.create_part(
        db,
        staff.inventory,
        inventory.PartData(
            sku="SCR-IP11", name="Screen iPhone 11", cost="100", price="300", low_stock_level=2
        ),
    )
    inventory.update_part(
        db,
        staff.inventory,
        "SCR-IP11",
        inventory.PartData(
            sku="SCR-IP11",
            name="Screen iPhone 11",
            cost="100",
            price="300",
            low_stock_level=2,
            discontinued=True,
        ),
    )
    part = inventory.get_part(db, "SCR-IP11")
    assert part.keep_until is not None and part.keep_until > local_today(TZ)
    assert part.warn_low
    assert [p.sku for p in inventory.search_parts(db, low_only=True)] == ["SCR-IP11"]
    with db.write() as session:
        from counter_app.models import Part

        session.scalar(select(Part).where(Part.sku == "SCR-IP11")).keep_until = local_today(
            TZ
        ) - timedelta(days=2)
    assert not inventory.get_part(db, "SCR-IP11").warn_low
    assert inventory.search_parts(db, low_only=True) == []


def test_the_ticket_row_stores_codes_not_sentences(db, staff):
    no = take_in(
        db,
        staff.clerk,
        service_type="warranty",
        item="battery",
        purchase_date=bought_days_ago(100),
        purchase_proof="INV-3",
    )
    with db.read() as session:
        t = session.scalar(select(Ticket).where(Ticket.ticket_no == no))
        assert (t.warranty_kind, t.warranty_code, t.warranty_item) == (
            "manufacturer",
            "manufacturer",
            "battery",
        )
        assert '"item": "battery"' in t.warranty_params and t.warranty_reason == ""


def test_quote_approval_settles_an_undecided_job_as_paid(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    quotes.decide(db, staff.clerk, no, True, "in_person")
    assert tickets.detail(db, staff.clerk, no).warranty_decision == "paid"


def test_on_a_free_job_covered_lines_cost_nothing_and_an_excluded_line_is_charged(db, staff):
    no = take_in(
        db,
        staff.clerk,
        service_type="warranty",
        purchase_date=bought_days_ago(90),
        purchase_proof="INV-4",
    )
    workflow.change_status(db, staff.technician, no, "diagnosing")
    quotes.add_line(db, staff.technician, no, kind="labour", description="Battery", price="150")
    screen = quotes.add_line(
        db, staff.technician, no, kind="labour", description="Screen", price="400"
    )
    d = tickets.detail(db, staff.clerk, no)
    assert d.warranty_decision == "free" and d.total == 0 and d.quoted_value == Decimal("550.00")
    with pytest.raises(ValidationError):  # a line is only ever excluded (paid + exclusion)
        quotes.set_warranty(db, staff.technician, no, "free", "x", line_id=screen)
    quotes.set_warranty(
        db,
        staff.technician,
        no,
        "paid",
        "cracked by a fall",
        exclusion="drop_impact",
        line_id=screen,
    )
    d = tickets.detail(db, staff.clerk, no)
    assert d.warranty_decision == "free" and d.total == Decimal("400.00")
    assert [line.exclusion for line in d.lines] == [None, "drop_impact"]
