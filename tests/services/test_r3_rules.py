"""The after-sales rules of round 3 as the services apply them: consent for priced
maintenance, parts leaving stock, urgent first, the diagnosed cause, the production date,
complaints closed once the customer was told, devices waiting to be collected."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from counter_app import names
from counter_app.errors import NotAllowed, ValidationError
from counter_app.services.aftercare import complaints
from counter_app.services.shop import settings
from counter_app.services.stock import inventory
from counter_app.services.tickets import diagnosis, quotes, uncollected, workflow
from counter_app.services.tickets import jobs as tickets
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import zone
from tests.services.helpers import IMEI_2, IMEI_3, take_in, to_awaiting_approval, to_ready
from tests.services.test_complaints import add


# -- 1. maintenance needs consent --------------------------------------------------------
def test_a_priced_maintenance_line_waits_for_the_customers_approval(db, staff):
    no = take_in(db, staff.clerk, service_type="maintenance", fault="")
    quotes.add_line(db, staff.technician, no, kind="labour", description="Battery", price="2300")
    [quote] = tickets.detail(db, staff.clerk, no).quotes
    assert quote.status == "pending"  # not approved "in person" by itself
    with pytest.raises(ValidationError, match="has priced work the customer has not approved"):
        workflow.change_status(db, staff.technician, no, "in_repair")
    workflow.change_status(db, staff.technician, no, "awaiting_approval")
    assert quotes.decide(db, staff.clerk, no, True, "phone") == "in_repair"
    [quote] = tickets.detail(db, staff.clerk, no).quotes
    assert (quote.status, quote.decision_method) == ("approved", "phone")


def test_a_free_maintenance_check_needs_no_consent(db, staff):
    no = take_in(db, staff.clerk, service_type="maintenance", fault="")
    quotes.add_line(db, staff.technician, no, kind="labour", description="Check", price="0")
    [quote] = tickets.detail(db, staff.clerk, no).quotes
    assert quote.status == "approved"
    workflow.change_status(db, staff.technician, no, "in_repair")
    assert tickets.detail(db, staff.clerk, no).status == "in_repair"


def test_a_supplementary_price_unanswered_stops_the_quality_check(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    quotes.decide(db, staff.clerk, no, True)
    quotes.add_line(db, staff.technician, no, kind="labour", description="Camera", price="80")
    with pytest.raises(ValidationError, match="not approved"):
        workflow.change_status(db, staff.technician, no, "quality_check")


# -- 2. parts leave stock -----------------------------------------------------------------
def _part(db, staff, sku: str, on_hand: int) -> None:
    inventory.create_part(
        db, staff.inventory, inventory.PartData(sku=sku, name="Screen", cost="100", price="300")
    )
    if on_hand:
        inventory.receive(db, staff.inventory, sku, on_hand)


def _quoted_part(db, staff, sku: str, qty: int = 1) -> str:
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    quotes.add_line(db, staff.technician, no, kind="part", sku=sku, qty=qty)
    workflow.change_status(db, staff.technician, no, "awaiting_approval")
    quotes.decide(db, staff.clerk, no, True)
    return no


def test_quality_check_takes_the_approved_unused_parts_out_of_stock(db, staff):
    _part(db, staff, "SCR-13", 5)
    no = _quoted_part(db, staff, "SCR-13", qty=2)
    workflow.change_status(db, staff.technician, no, "quality_check")
    assert inventory.get_part(db, "SCR-13").on_hand == 3
    events = [e for e in tickets.detail(db, staff.clerk, no).events if e.kind == "part_used"]
    assert [e.note for e in events] == ["SCR-13 Screen ×2"]  # one movement for the line
    workflow.change_status(db, staff.technician, no, "in_repair")  # failed the check
    workflow.change_status(db, staff.technician, no, "quality_check")
    assert inventory.get_part(db, "SCR-13").on_hand == 3  # not taken twice


def test_a_part_marked_used_is_not_taken_again(db, staff):
    _part(db, staff, "SCR-13", 5)
    no = _quoted_part(db, staff, "SCR-13")
    [line] = tickets.detail(db, staff.clerk, no).lines
    inventory.use_on_ticket(db, staff.technician, no, line.id)
    workflow.change_status(db, staff.technician, no, "quality_check")
    assert inventory.get_part(db, "SCR-13").on_hand == 4


def test_short_stock_refuses_the_quality_check_naming_the_part(db, staff):
    _part(db, staff, "BAT-13", 0)
    no = _quoted_part(db, staff, "BAT-13")
    with pytest.raises(ValidationError, match="Only 0 of BAT-13 in stock"):
        workflow.change_status(db, staff.technician, no, "quality_check")
    assert tickets.detail(db, staff.clerk, no).status == "in_repair"  # nothing written
    settings.update(db, staff.manager, {"allow_negative_stock": "yes"})
    workflow.change_status(db, staff.technician, no, "quality_check")
    assert inventory.get_part(db, "BAT-13").on_hand == -1


# -- 3. urgent first -----------------------------------------------------------------------
def test_the_board_puts_urgent_then_high_then_the_earliest_promise(db, staff):
    now = datetime.now().astimezone()
    late_urgent = take_in(db, staff.clerk, priority="urgent", promised_at=now + timedelta(days=3))
    normal_soon = take_in(
        db, staff.clerk, imei=IMEI_2, priority="normal", promised_at=now + timedelta(hours=1)
    )
    high = take_in(
        db, staff.clerk, imei=IMEI_3, priority="high", promised_at=now + timedelta(days=5)
    )
    urgent = take_in(
        db,
        staff.clerk,
        serial="SN-URGENT",
        imei="",
        priority="urgent",
        promised_at=now + timedelta(hours=2),
    )
    board = [t.ticket_no for t in tickets.job_board(db, sort=tickets.BOARD_ORDER)]
    assert board == [urgent, late_urgent, high, normal_soon]
    reverse = tickets.job_board(db, sort=tickets.BOARD_ORDER, descending=True)
    assert [t.ticket_no for t in reverse] == board[::-1]


def test_an_urgent_job_is_promised_by_the_shops_urgent_hours(db, staff):
    urgent = tickets.detail(db, staff.clerk, take_in(db, staff.clerk, priority="urgent"))
    assert urgent.promised_at - urgent.received_at == timedelta(hours=4)
    settings.update(db, staff.manager, {"urgent_promise_hours": "2"})
    again = take_in(db, staff.clerk, imei=IMEI_2, priority="urgent")
    detail = tickets.detail(db, staff.clerk, again)
    assert detail.promised_at - detail.received_at == timedelta(hours=2)
    normal = tickets.detail(db, staff.clerk, take_in(db, staff.clerk, imei=IMEI_3))
    assert normal.promised_at - normal.received_at == timedelta(hours=48)


# -- 4. the diagnosed cause ---------------------------------------------------------------
def test_the_technician_records_the_cause_beside_the_customers_words(db, staff):
    no = take_in(db, staff.clerk, fault="Phone dies at 30%")
    with pytest.raises(NotAllowed):
        diagnosis.diagnose(db, staff.clerk, no, "Battery worn")
    with pytest.raises(ValidationError, match="required"):
        diagnosis.diagnose(db, staff.technician, no, "  ")
    diagnosis.diagnose(db, staff.technician, no, "Battery worn: 61% capacity")
    detail = tickets.detail(db, staff.clerk, no)
    assert (detail.fault, detail.diagnosed_cause) == (
        "Phone dies at 30%",
        "Battery worn: 61% capacity",
    )
    assert detail.events[-1].kind == "diagnosis"


# -- 5. no proof of purchase: the production date -----------------------------------------
@pytest.mark.parametrize(
    ("asked_on", "kind", "code"),
    [
        (date(2026, 4, 1), "manufacturer", "production_date"),  # the last day covered
        (date(2026, 4, 2), "out_of_warranty", "production_ended"),
    ],
)
def test_without_proof_the_handset_warranty_counts_from_production(asked_on, kind, code):
    """Made on 1 January 2025: + 90 days = 1 April 2025; + 12 months = 1 April 2026."""
    policy = warranty.Policy.from_settings(settings.decode_all({}))
    decision = warranty.decide(
        policy, request_date=asked_on, production_date=date(2025, 1, 1), purchase_date=None
    )
    assert (decision.kind, decision.code, decision.ends_on) == (kind, code, date(2026, 4, 1))
    assert decision.params_dict()["from"] == "2025-04-01"
    text = names.warranty_reason_text(decision.code, decision.params_dict())
    assert "made on 2025-01-01" in text and "2026-04-01" in text


def test_proof_of_purchase_wins_over_the_production_date():
    policy = warranty.Policy.from_settings(settings.decode_all({}))
    decision = warranty.decide(
        policy,
        request_date=date(2026, 4, 2),
        purchase_date=date(2026, 1, 1),
        proof="INV-1",
        production_date=date(2020, 1, 1),
    )
    assert decision.code == "manufacturer"
    battery = warranty.decide(
        policy, request_date=date(2025, 6, 1), item="battery", production_date=date(2025, 1, 1)
    )
    assert battery.code == "no_purchase_date"  # the rule is the handset's


def test_intake_keeps_the_production_date_on_the_device(db, staff):
    no = take_in(db, staff.clerk, production_date=date.today() - timedelta(days=100))
    detail = tickets.detail(db, staff.clerk, no)
    assert (detail.warranty_kind, detail.warranty_code) == ("manufacturer", "production_date")
    again = take_in(db, staff.clerk, fault="again")  # the device record remembers it
    assert tickets.detail(db, staff.clerk, again).warranty_code == "production_date"
    with pytest.raises(ValidationError, match="Production date: cannot be in the future"):
        take_in(db, staff.clerk, imei=IMEI_2, production_date=date.today() + timedelta(days=2))


# -- 7. complaints close once the customer was told ---------------------------------------
def test_a_complaint_closes_only_once_the_customer_was_told(db, staff):
    no = take_in(db, staff.clerk)
    c = add(db, staff.clerk, ticket_no=no, phone=None)
    complaints.resolve(db, staff.clerk, c.id, "Apologised")  # the customer not told
    with pytest.raises(ValidationError, match="tell the customer the result first"):
        complaints.close(db, staff.manager, c.id)
    complaints.reopen(db, staff.manager, c.id)
    complaints.resolve(db, staff.manager, c.id, "Apologised by phone", told=True)
    assert complaints.close(db, staff.manager, c.id).state == "closed"


# -- 9. devices waiting to be collected ---------------------------------------------------
def test_days_waiting_count_whole_local_days_and_notices_follow_the_stages(db, staff):
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no)
    ready_at = tickets.detail(db, staff.clerk, no).completed_at
    [row] = uncollected.uncollected(db, staff.clerk, now=ready_at)
    assert (row.days_waiting, row.notices_sent, row.notice_due) == (0, 0, False)
    assert row.disposal_on == row.ready_on + timedelta(days=90)
    # the local (Shanghai) midnight after the ready day, then three days on: stage 3
    midnight = datetime.combine(row.ready_on + timedelta(days=3), datetime.min.time())
    shanghai = midnight.replace(tzinfo=zone("Asia/Shanghai"))
    [row] = uncollected.uncollected(db, staff.clerk, now=shanghai - timedelta(seconds=1))
    assert (row.days_waiting, row.notice_due) == (2, False)
    [row] = uncollected.uncollected(db, staff.clerk, now=shanghai)
    assert (row.days_waiting, row.notice_due, row.next_notice_day) == (3, True, 3)
    assert uncollected.notice_given(db, staff.clerk, no, "called") == 1
    [row] = uncollected.uncollected(db, staff.clerk, now=shanghai)
    assert (row.notices_sent, row.notice_due, row.next_notice_day) == (1, False, 30)
    [row] = uncollected.uncollected(db, staff.clerk, now=shanghai + timedelta(days=87))
    assert (row.days_waiting, row.disposal_due) == (90, True)
