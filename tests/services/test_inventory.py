"""The parts ledger: on hand is the sum of movements; never negative; used on jobs."""

from decimal import Decimal

import pytest

from counter_app.errors import NotAllowed, NotFound, ValidationError
from counter_app.services.shop import settings
from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import quotes, workflow
from tests.conftest import snapshot
from tests.services.helpers import take_in


@pytest.fixture
def screen(db, staff):
    return inventory.create_part(
        db,
        staff.inventory,
        PartData(
            sku="SCR-IP13",
            name="iPhone 13 屏幕总成",
            cost="320.00",
            price="680.00",
            barcode="6901234567892",
            category="Screen",
            compatible_models="Apple iPhone 13",
            supplier="深圳华强北配件行",
            bin_location="A-12",
            low_stock_level=2,
        ),
    )


def test_stock_equals_the_ledger_after_a_realistic_sequence(db, staff, screen):
    inventory.receive(db, staff.inventory, "SCR-IP13", 10, cost="300.00", supplier="iFix Parts HK")
    inventory.adjust(db, staff.inventory, "SCR-IP13", -1, "Cracked in storage")
    inventory.supplier_return(db, staff.inventory, "SCR-IP13", 2, "Dead pixels")
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    line = quotes.add_line(db, staff.technician, no, kind="part", sku="SCR-IP13", qty=2)
    workflow.change_status(db, staff.technician, no, "awaiting_approval")
    quotes.decide(db, staff.clerk, no, True, "phone")
    assert inventory.use_on_ticket(db, staff.technician, no, line) == 2
    assert inventory.return_from_ticket(db, staff.technician, no, line) == 2
    inventory.use_on_ticket(db, staff.technician, no, line)
    inventory.record_faulty_recovered(db, staff.technician, no, "SCR-IP13", 1, "old screen")
    part = inventory.get_part(db, "SCR-IP13")
    ledger = [
        m.quantity for m in inventory.movements(db, "SCR-IP13") if m.kind != "faulty_recovered"
    ]
    assert part.on_hand == sum(ledger) == 10 - 1 - 2 - 2 + 2 - 2
    assert part.cost == Decimal("300.00")  # received at a new cost
    kinds = [m.kind for m in inventory.movements(db, "SCR-IP13")]
    assert kinds.count("faulty_recovered") == 1
    detail = tickets.detail(db, staff.technician, no)
    assert detail.lines[0].used_qty == 2
    assert [e.kind for e in detail.events].count("part_used") == 2


def test_negative_stock_refused_unless_the_shop_allows_it(db, staff, screen, db_path):
    inventory.receive(db, staff.inventory, "SCR-IP13", 1)
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        inventory.adjust(db, staff.inventory, "SCR-IP13", -2, "count")
    assert "Only 1 of SCR-IP13 in stock" in info.value.message
    assert snapshot(db_path) == before
    settings.update(db, staff.manager, {"allow_negative_stock": True})
    assert inventory.adjust(db, staff.inventory, "SCR-IP13", -2, "count").on_hand == -1


def test_parts_used_only_from_an_approved_quote_during_repair(db, staff, screen):
    inventory.receive(db, staff.inventory, "SCR-IP13", 5)
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    line = quotes.add_line(db, staff.technician, no, kind="part", sku="SCR-IP13")
    with pytest.raises(NotAllowed):
        inventory.use_on_ticket(db, staff.technician, no, line)
    workflow.change_status(db, staff.technician, no, "awaiting_approval")
    quotes.decide(db, staff.clerk, no, True, "in_person")
    with pytest.raises(NotAllowed):
        inventory.use_on_ticket(db, staff.clerk, no, line)  # clerks do not fit parts
    inventory.use_on_ticket(db, staff.technician, no, line)
    with pytest.raises(NotAllowed):
        inventory.use_on_ticket(db, staff.technician, no, line)  # not twice
    assert inventory.get_part(db, "SCR-IP13").on_hand == 4


def test_quote_part_line_priced_from_the_inventory(db, staff, screen):
    no = take_in(db, staff.clerk)
    quotes.add_line(db, staff.technician, no, kind="part", sku="SCR-IP13")
    line = tickets.detail(db, staff.clerk, no).lines[0]
    assert line.unit_price == Decimal("680.00") and line.sku == "SCR-IP13"
    assert line.description == "iPhone 13 屏幕总成 (SCR-IP13)"


def test_waiting_parts_shows_which_part(db, staff, screen):
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    quotes.add_line(db, staff.technician, no, kind="part", sku="SCR-IP13")
    workflow.change_status(db, staff.technician, no, "awaiting_approval")
    quotes.decide(db, staff.clerk, no, True, "in_person")
    workflow.change_status(db, staff.technician, no, "waiting_parts", waiting_part_sku="SCR-IP13")
    assert tickets.detail(db, staff.clerk, no).waiting_part == "SCR-IP13 iPhone 13 屏幕总成"


def test_search_scan_low_stock_and_valuation(db, staff, screen):
    inventory.create_part(
        db,
        staff.inventory,
        PartData(
            sku="BAT-P60", name="Huawei P60 battery", cost="80", price="199", low_stock_level=3
        ),
    )
    inventory.receive(db, staff.inventory, "SCR-IP13", 4)
    inventory.receive(db, staff.inventory, "BAT-P60", 2)
    assert [p.sku for p in inventory.search_parts(db, "p60")] == ["BAT-P60"]
    assert [p.sku for p in inventory.search_parts(db, "iPhone 13")] == ["SCR-IP13"]
    assert inventory.find_by_code(db, "6901234567892").sku == "SCR-IP13"
    assert [p.sku for p in inventory.search_parts(db, low_only=True)] == ["BAT-P60"]
    assert inventory.valuation(db) == Decimal("4") * Decimal("320.00") + 2 * Decimal("80.00")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sku", ""),
        ("sku", "has space"),
        ("name", ""),
        ("price", "-1"),
        ("cost", "abc"),
        ("low_stock_level", "1.5"),
    ],
)
def test_bad_part_refused(db, staff, db_path, field, value):
    before = snapshot(db_path)
    data = PartData(sku="X-1", name="x", cost="1", price="2")
    setattr(data, field, value)
    with pytest.raises(ValidationError):
        inventory.create_part(db, staff.inventory, data)
    assert snapshot(db_path) == before


def test_roles_and_unknown_parts(db, staff, screen):
    with pytest.raises(NotAllowed):
        inventory.receive(db, staff.clerk, "SCR-IP13", 1)
    with pytest.raises(NotFound):
        inventory.receive(db, staff.inventory, "NOPE", 1)
    with pytest.raises(ValidationError):
        inventory.receive(db, staff.inventory, "SCR-IP13", 0)
    with pytest.raises(ValidationError):
        inventory.adjust(db, staff.inventory, "SCR-IP13", 3, "")
