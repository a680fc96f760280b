"""The workflow graph of DESIGN §3, enforced with messages naming the allowed steps."""

import pytest

from counter_app.errors import NotAllowed, ValidationError
from counter_app.services.money import payments
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import quotes, workflow
from counter_app.timeutil import add_months, to_local
from tests.conftest import snapshot
from tests.services.helpers import collect, take_in, to_awaiting_approval, to_ready


def test_full_repair_walks_the_graph_and_records_who(db, staff):
    no = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, no)
    detail = tickets.detail(db, staff.manager, no)
    steps = [(e.to_status, e.user) for e in detail.events if e.kind == "status"]
    assert steps == [
        ("diagnosing", "Li Wei"),
        ("awaiting_approval", "Li Wei"),
        ("in_repair", "Amy Chen"),
        ("quality_check", "Li Wei"),
        ("ready", "Li Wei"),
        ("collected", "Amy Chen"),
    ]
    assert detail.status == "collected" and detail.allowed_next == ()


def test_transition_not_on_the_graph_names_the_allowed_ones(db, staff, db_path):
    no = take_in(db, staff.clerk)
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        workflow.change_status(db, staff.technician, no, "ready")
    assert "cannot go from received to ready" in info.value.message
    assert "diagnosing" in info.value.message and "cancelled" in info.value.message
    assert snapshot(db_path) == before


def test_unknown_status_refused(db, staff):
    no = take_in(db, staff.clerk)
    with pytest.raises(ValidationError) as info:
        workflow.change_status(db, staff.technician, no, "fixed")
    assert "Unknown status fixed" in info.value.message


def test_quality_check_failure_goes_back_to_repair(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    quotes.decide(db, staff.clerk, no, True, "phone")
    workflow.change_status(db, staff.technician, no, "quality_check")
    assert workflow.change_status(db, staff.technician, no, "in_repair") == "in_repair"


def test_supplementary_quote_needs_consent_again(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, "300")
    quotes.decide(db, staff.clerk, no, True, "in_person")
    quotes.add_line(db, staff.technician, no, kind="labour", description="Battery", price="150")
    workflow.change_status(db, staff.technician, no, "awaiting_approval", "battery swollen")
    assert quotes.decide(db, staff.clerk, no, False, "message") == "in_repair"
    detail = tickets.detail(db, staff.clerk, no)
    assert [(q.seq, q.status) for q in detail.quotes] == [(1, "approved"), (2, "declined")]
    assert str(detail.total) == "300.00"


def test_declined_quote_goes_to_ready_without_charge(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    assert quotes.decide(db, staff.clerk, no, False, "phone") == "declined"
    workflow.change_status(db, staff.technician, no, "ready")
    workflow.change_status(db, staff.clerk, no, "collected")
    assert tickets.detail(db, staff.clerk, no).total == 0


def test_approval_needs_the_customer_not_a_status_change(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    with pytest.raises(NotAllowed):
        workflow.change_status(db, staff.technician, no, "in_repair")


def test_nothing_to_approve_without_quote_lines(db, staff):
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    with pytest.raises(ValidationError):
        workflow.change_status(db, staff.technician, no, "awaiting_approval")


def test_maintenance_and_consultation_may_skip_diagnosis_and_quote(db, staff):
    maintenance = take_in(db, staff.clerk, service_type="maintenance", fault="")
    assert workflow.change_status(db, staff.technician, maintenance, "in_repair") == "in_repair"
    consultation = take_in(db, staff.clerk, service_type="consultation", imei="356938035643809")
    assert workflow.change_status(db, staff.technician, consultation, "ready") == "ready"
    repair = take_in(db, staff.clerk, imei="352099001761481")
    with pytest.raises(ValidationError):
        workflow.change_status(db, staff.technician, repair, "in_repair")


def test_only_a_manager_cancels(db, staff):
    no = take_in(db, staff.clerk)
    with pytest.raises(NotAllowed):
        workflow.change_status(db, staff.clerk, no, "cancelled")
    assert workflow.change_status(db, staff.manager, no, "cancelled") == "cancelled"
    with pytest.raises(ValidationError) as info:
        workflow.change_status(db, staff.manager, no, "diagnosing")
    assert "closed" in info.value.message


def test_technician_who_starts_an_unassigned_job_owns_it(db, staff):
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    assert tickets.detail(db, staff.clerk, no).technician == "Li Wei"


def test_clerk_cannot_do_technicians_steps(db, staff):
    no = take_in(db, staff.clerk)
    with pytest.raises(NotAllowed):
        workflow.change_status(db, staff.clerk, no, "diagnosing")


def test_collection_needs_the_balance_paid_and_erases_the_passcode(db, staff):
    no = take_in(db, staff.clerk, passcode="0000")
    to_ready(db, staff.clerk, staff.technician, no, "199.00")
    assert tickets.detail(db, staff.technician, no).passcode == "0000"
    with pytest.raises(ValidationError) as info:
        workflow.change_status(db, staff.clerk, no, "collected")
    assert "199.00" in info.value.message
    payments.pay(db, staff.clerk, no, "199", "alipay")
    workflow.change_status(db, staff.clerk, no, "collected")
    detail = tickets.detail(db, staff.technician, no)
    assert detail.passcode is None and not detail.has_passcode
    assert detail.warranty_until is not None
    # six calendar months from the store's local day of collection (AFTERSALES.md)
    collected_on = to_local(detail.collected_at, "Asia/Shanghai").date()
    assert detail.warranty_until == add_months(collected_on, 6)


def test_passcode_shown_to_technicians_only(db, staff):
    no = take_in(db, staff.clerk, passcode="2580")
    assert tickets.detail(db, staff.technician, no).passcode == "2580"
    clerk_view = tickets.detail(db, staff.clerk, no)
    assert clerk_view.passcode is None and clerk_view.has_passcode


def test_cancel_refused_while_money_is_held(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    payments.pay(db, staff.clerk, no, "50", "cash")
    with pytest.raises(ValidationError) as info:
        workflow.change_status(db, staff.manager, no, "cancelled")
    assert "Refund" in info.value.message
