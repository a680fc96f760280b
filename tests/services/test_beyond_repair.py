"""Beyond repair: the technician records that a device cannot be repaired and why; it goes
back to the customer unrepaired, for the shop's diagnosis fee, with no repair warranty, and the
ORDS export reports it End of life with its barrier."""

import csv

import pytest

from counter_app.errors import NotAllowed, ValidationError
from counter_app.exporting import ords
from counter_app.services.money import payments
from counter_app.services.shop import settings as settings_service
from counter_app.services.stock import inventory
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import outcomes, quotes, workflow
from tests.conftest import snapshot
from tests.services.helpers import take_in, to_awaiting_approval


def test_from_diagnosis_the_device_goes_back_for_the_shops_fee(db, staff):
    settings_service.update(db, staff.manager, {"beyond_repair_fee": 30})
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, "800")
    quotes.decide(db, staff.clerk, no, True, "phone")  # approved, then found impossible
    result = outcomes.declare_beyond_repair(
        db, staff.technician, no, "spare_parts_not_available", "board discontinued"
    )
    assert (result.status, result.barrier, str(result.fee)) == (
        "ready",
        "spare_parts_not_available",
        "30.00",
    )
    detail = tickets.detail(db, staff.clerk, no)
    assert detail.outcome == "beyond_repair"
    assert detail.outcome_barrier == "spare_parts_not_available"
    # The customer owes the fee, not the approved 800.
    assert (str(detail.total), str(detail.balance)) == ("30.00", "30.00")
    assert [e.kind for e in detail.events][-2:] == ["beyond_repair", "status"]
    assert detail.events[-1].note == "board discontinued"
    with pytest.raises(ValidationError, match="still has 30.00 to pay"):
        workflow.change_status(db, staff.clerk, no, "collected")
    payments.pay(db, staff.clerk, no, "30", "cash")
    workflow.change_status(db, staff.clerk, no, "collected")
    collected = tickets.detail(db, staff.clerk, no)
    assert collected.warranty_until is None  # nothing repaired: no repair warranty


def test_no_fee_by_default_and_none_for_a_free_warranty_job(db, staff):
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    result = outcomes.declare_beyond_repair(db, staff.technician, no, "too_worn_out")
    assert str(result.fee) == "0.00"
    detail = tickets.detail(db, staff.clerk, no)
    assert str(detail.balance) == "0.00"
    workflow.change_status(db, staff.clerk, no, "collected")  # nothing to pay

    settings_service.update(db, staff.manager, {"beyond_repair_fee": 50})
    other = take_in(db, staff.clerk, imei="356938035643809")
    workflow.change_status(db, staff.technician, other, "diagnosing")
    quotes.set_warranty(db, staff.technician, other, "free", "handset in warranty")
    assert str(
        outcomes.declare_beyond_repair(db, staff.technician, other, "no_way_to_open").fee
    ) == ("0.00")


def test_refused_with_nothing_written(db, staff, db_path):
    no = take_in(db, staff.clerk)
    before = snapshot(db_path)
    # Not in diagnosis yet.
    with pytest.raises(NotAllowed, match="only a repair in diagnosis or in repair"):
        outcomes.declare_beyond_repair(db, staff.technician, no, "too_worn_out")
    workflow.change_status(db, staff.technician, no, "diagnosing")
    before = snapshot(db_path)
    with pytest.raises(ValidationError, match="Unknown barrier broken; use one of: spare_parts"):
        outcomes.declare_beyond_repair(db, staff.technician, no, "broken")
    with pytest.raises(NotAllowed):  # a clerk does not diagnose
        outcomes.declare_beyond_repair(db, staff.clerk, no, "too_worn_out")
    assert snapshot(db_path) == before


def test_a_part_fitted_must_go_back_to_stock_first(db, staff, db_path):
    inventory.create_part(db, staff.manager, inventory.PartData(sku="SCR-13", name="Screen"))
    inventory.receive(db, staff.inventory, "SCR-13", 2, cost="100")
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    line = quotes.add_line(db, staff.technician, no, kind="part", sku="SCR-13", price="400")
    workflow.change_status(db, staff.technician, no, "awaiting_approval")
    quotes.decide(db, staff.clerk, no, True, "in_person")
    inventory.use_on_ticket(db, staff.technician, no, line)
    before = snapshot(db_path)
    with pytest.raises(NotAllowed, match="return them to stock"):
        outcomes.declare_beyond_repair(db, staff.technician, no, "lack_of_equipment")
    assert snapshot(db_path) == before
    inventory.return_from_ticket(db, staff.technician, no, line)
    assert outcomes.declare_beyond_repair(db, staff.technician, no, "lack_of_equipment").status == (
        "ready"
    )
    assert inventory.get_part(db, "SCR-13").on_hand == 2


def test_ords_export_reports_end_of_life_with_the_barrier(db, staff, tmp_path):
    done = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, done, "300")
    quotes.decide(db, staff.clerk, done, True, "in_person")
    workflow.change_status(db, staff.technician, done, "quality_check")
    workflow.change_status(db, staff.technician, done, "ready")
    payments.pay(db, staff.clerk, done, "300", "cash")
    workflow.change_status(db, staff.clerk, done, "collected")
    dead = take_in(db, staff.clerk, imei="356938035643809")
    to_awaiting_approval(db, staff.technician, dead, "900")
    quotes.decide(db, staff.clerk, dead, True, "in_person")
    outcomes.declare_beyond_repair(db, staff.technician, dead, "repair_information_not_available")
    workflow.change_status(db, staff.clerk, dead, "collected")
    out = tmp_path / "ords.csv"
    counts = ords.export(db, staff.manager, out)
    assert (counts["fixed"], counts["end_of_life"]) == (1, 1)
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_status = {row["repair_status"]: row for row in rows}
    assert by_status["Fixed"]["repair_barrier_if_end_of_life"] == ""
    assert by_status["End of life"]["repair_barrier_if_end_of_life"] == (
        "Repair information not available"
    )


def test_every_barrier_has_an_ords_value_and_a_label():
    from counter_app import names
    from counter_app.models.ticket import BARRIERS

    assert set(ords.BARRIER_TEXT) == set(BARRIERS)
    # The standard's v0.3 code list, codes 1-6.
    assert ords.BARRIERS == (
        "Spare parts not available",
        "Spare parts too expensive",
        "No way to open product",
        "Repair information not available",
        "Lack of equipment",
        "Item too worn out",
    )
    assert all(names.barrier_text(key) != key for key in BARRIERS)
