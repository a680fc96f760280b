"""'%' and '_' typed into a search match themselves, not everything (LIKE ... ESCAPE)."""

from __future__ import annotations

from counter_app.services.people import customers
from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets.jobs import BoardFilter
from tests.services.helpers import IMEI_2, take_in


def test_percent_and_underscore_in_searches_are_literal(db, staff):
    plain = take_in(db, staff.clerk, fault="Screen cracked")
    odd = take_in(
        db,
        staff.clerk,
        imei=IMEI_2,
        fault="Battery at 5% after 1h",
        name="A_B",
        phone="13900001111",
    )
    board = [t.ticket_no for t in tickets.job_board(db, BoardFilter(search="%"))]
    assert board == [odd]  # only the fault with a real '%'; the other does not match
    assert [t.ticket_no for t in tickets.job_board(db, BoardFilter(search="5%"))] == [odd]
    assert tickets.job_board(db, BoardFilter(search="_x")) == []
    assert plain not in [t.ticket_no for t in tickets.job_board(db, BoardFilter(search="_"))]
    assert [c.name for c in customers.search(db, "A_")] == ["A_B"]
    assert customers.search(db, "%") == []
    inventory.create_part(
        db, staff.inventory, PartData(sku="SCR-100", name="Screen 100% OEM", cost="1", price="2")
    )
    inventory.create_part(
        db, staff.inventory, PartData(sku="BAT-1", name="Battery", cost="1", price="2")
    )
    assert [p.sku for p in inventory.search_parts(db, "%")] == ["SCR-100"]
    assert inventory.search_parts(db, "_") == []


def test_a_name_is_found_by_any_part_of_it_those_starting_with_it_first(db, staff):
    take_in(db, staff.clerk, name="Amy Lin", phone="13900002222")
    take_in(db, staff.clerk, imei=IMEI_2, name="Lin Tao", phone="13900003333")
    assert [c.name for c in customers.search(db, "lin")] == ["Lin Tao", "Amy Lin"]
    assert [c.name for c in customers.search(db, "Lin")] == ["Lin Tao", "Amy Lin"]
