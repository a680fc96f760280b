"""Several stores on one database: numbering per store, stock per store with transfers,
staff who work at a store, another store's tickets read-only, reports per store. These run on
SQLite and on PostgreSQL (the `db` fixture)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from counter_app.errors import NotAllowed, ValidationError
from counter_app.models import Payment, StockMovement, Ticket
from counter_app.services.money import payments
from counter_app.services.people import users
from counter_app.services.reporting import reports
from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from counter_app.services.stores import chain as stores
from counter_app.services.tickets import jobs as tickets
from tests.services.helpers import IMEI, IMEI_2, IMEI_3, collect, take_in, to_ready


@pytest.fixture
def chain(db, staff):
    """The shop's MAIN store plus SZ2 (prefix SZ2-); amy and kai also work at SZ2."""
    stores.add_store(db, staff.manager, "SZ2", "Futian 2", "SZ2", time_zone="Asia/Shanghai")
    stores.assign_staff(db, staff.manager, "SZ2", "kai")
    stores.assign_staff(db, staff.manager, "SZ2", "li")
    return {s.code: s.id for s in stores.list_stores(db)}


def at(actor, store_id):
    return dataclasses.replace(actor, store_id=store_id)


def test_a_single_store_shop_keeps_its_numbers_and_needs_no_store(db, staff):
    listed = stores.list_stores(db)
    assert [(s.code, s.ticket_prefix) for s in listed] == [("MAIN", "T")]
    assert listed[0].staff == 5  # every account works at the only store
    ticket_no = take_in(db, staff.clerk)
    assert ticket_no.startswith("T") and ticket_no[1:7].isdigit() and ticket_no.endswith("-001")
    assert tickets.detail(db, staff.clerk, ticket_no).read_only is False


def test_each_store_counts_its_own_numbers(db, staff, chain):
    main, sz2 = chain["MAIN"], chain["SZ2"]
    first_main = take_in(db, at(staff.clerk, main))
    stores.assign_staff(db, staff.manager, "SZ2", "amy")
    first_sz2 = take_in(db, at(staff.clerk, sz2), imei=IMEI_2, phone="13912345678")
    second_sz2 = take_in(db, at(staff.clerk, sz2), imei=IMEI_3, phone="13712345678")
    day = first_main[1:7]
    assert first_main == f"T{day}-001"
    assert (first_sz2, second_sz2) == (f"SZ2-{day}-001", f"SZ2-{day}-002")
    assert tickets.detail(db, staff.clerk, first_sz2).store == "SZ2"


def test_a_chain_write_without_a_store_is_refused_and_nothing_written(db, staff, chain):
    with pytest.raises(ValidationError, match="several stores"):
        take_in(db, staff.clerk)
    with db.read() as session:
        assert session.scalar(select(func.count(Ticket.id))) == 0


def test_another_stores_ticket_is_read_only_with_the_store_named(db, staff, chain):
    sz2_ticket = take_in(db, at(staff.manager, chain["SZ2"]))
    to_ready(db, staff.manager, staff.manager, sz2_ticket)
    detail = tickets.detail(db, staff.clerk, sz2_ticket)  # amy works at MAIN only
    assert detail.read_only and detail.store == "SZ2" and detail.allowed_next == ()
    with pytest.raises(NotAllowed, match="SZ2 Futian 2"):
        tickets.add_note(db, staff.clerk, sz2_ticket, "called the customer")
    with pytest.raises(NotAllowed):
        payments.pay(db, staff.clerk, sz2_ticket, "10.00", "cash")
    after = tickets.detail(db, staff.manager, sz2_ticket)
    assert (
        after.events == detail.events and after.payments == () and after.version == detail.version
    )
    # Acting for a store one does not work at is refused up front.
    with pytest.raises(NotAllowed):
        stores.at_store(db, staff.clerk, "SZ2")
    with pytest.raises(ValidationError, match="No store XX9"):
        stores.at_store(db, staff.clerk, "XX9")


def test_stock_is_per_store_and_transfers_are_two_movements(db, staff, chain):
    main, sz2 = chain["MAIN"], chain["SZ2"]
    keeper = staff.inventory
    inventory.create_part(
        db, keeper, PartData(sku="SCR-13", name="Screen", cost="120", price="380")
    )
    assert inventory.receive(db, at(keeper, main), "SCR-13", 5).on_hand == 5
    moved = inventory.transfer(db, at(keeper, main), "SCR-13", 2, "SZ2")
    assert (moved.from_on_hand, moved.to_on_hand) == (3, 2)
    assert inventory.get_part(db, "SCR-13", main).on_hand == 3
    assert inventory.get_part(db, "SCR-13", sz2).on_hand == 2
    assert inventory.get_part(db, "SCR-13").on_hand == 5  # the chain
    assert inventory.stock_per_store(db)[moved_part_id(db)] == {"MAIN": 3, "SZ2": 2}
    # Using stock at SZ2 only counts SZ2's shelf.
    assert inventory.adjust(db, at(keeper, sz2), "SCR-13", -2, "count").on_hand == 0
    with pytest.raises(ValidationError, match="Only 0 of SCR-13"):
        inventory.adjust(db, at(keeper, sz2), "SCR-13", -1, "count")


def moved_part_id(db):
    return inventory.get_part(db, "SCR-13").id


@pytest.mark.parametrize(
    ("qty", "to", "message"),
    [
        ("6", "SZ2", "Only 5 of SCR-13"),
        ("1", "MAIN", "already at store MAIN"),
        ("1", "ZZ", "No store ZZ"),
    ],
)
def test_a_bad_transfer_writes_nothing(db, staff, chain, qty, to, message):
    keeper = at(staff.inventory, chain["MAIN"])
    inventory.create_part(
        db, keeper, PartData(sku="SCR-13", name="Screen", cost="120", price="380")
    )
    inventory.receive(db, keeper, "SCR-13", 5)
    with db.read() as session:
        before = session.scalar(select(func.count(StockMovement.id)))
    with pytest.raises(ValidationError, match=message):
        inventory.transfer(db, keeper, "SCR-13", qty, to)
    with db.read() as session:
        assert session.scalar(select(func.count(StockMovement.id))) == before


def test_payments_belong_to_the_tickets_store_and_reports_split_by_store(db, staff, chain):
    main, sz2 = chain["MAIN"], chain["SZ2"]
    manager = staff.manager
    t_main = take_in(db, at(manager, main))
    t_sz2 = take_in(db, at(manager, sz2), imei=IMEI_2, phone="13912345678")
    to_ready(db, manager, manager, t_main)
    to_ready(db, manager, manager, t_sz2)
    payments.pay(db, manager, t_main, "50.00", "cash")
    payments.pay(db, manager, t_sz2, "70.00", "card")
    with db.read() as session:
        by_store = dict(
            session.execute(
                select(Payment.store_id, func.sum(Payment.amount)).group_by(Payment.store_id)
            ).all()
        )
    assert by_store == {main: Decimal("50.00"), sz2: Decimal("70.00")}
    day_main = reports.daily(db, manager, None, main)
    day_sz2 = reports.daily(db, manager, None, sz2)
    chain_day = reports.daily(db, manager, None, None)
    assert (day_main.received, day_main.net) == (1, Decimal("50.00"))
    assert (day_sz2.received, day_sz2.net, day_sz2.store) == (1, Decimal("70.00"), "Futian 2")
    assert (chain_day.received, chain_day.net) == (2, Decimal("120.00"))


def test_history_and_customer_lookup_span_every_store(db, staff, chain):
    from counter_app.services.people import customers
    from counter_app.services.tickets import devices

    manager = staff.manager
    first = take_in(db, at(manager, chain["MAIN"]))
    collect(db, manager, manager, first)
    again = take_in(db, at(manager, chain["SZ2"]))  # the same phone back, at the other store
    history = devices.history(db, IMEI)
    assert [e.ticket_no for e in history.entries] == [again, first]
    assert again.startswith("SZ2-") and first.startswith("T")
    found = customers.search(db, "5678")
    assert [c.ticket_count for c in found] == [2]


def test_new_accounts_work_at_the_store_they_were_made_at(db, staff, chain):
    made = users.create_user(db, at(staff.manager, chain["SZ2"]), "mei", "Mei", "clerk")
    assert stores.at_store(db, made, "SZ2").store_id == chain["SZ2"]
    with pytest.raises(NotAllowed):
        stores.at_store(db, made, "MAIN")


@pytest.mark.parametrize(
    ("code", "prefix", "field"),
    [
        ("sz3", "T", "ticket_prefix"),
        ("MAIN", "Q", "store"),
        ("3X", "Q", "store"),
        ("Q1", "9A", "ticket_prefix"),
    ],
)
def test_bad_stores_are_refused(db, staff, code, prefix, field):
    with pytest.raises(ValidationError) as caught:
        stores.add_store(db, staff.manager, code, "Another", prefix)
    assert caught.value.field == field
    assert [s.code for s in stores.list_stores(db)] == ["MAIN"]
    with pytest.raises(NotAllowed):
        stores.add_store(db, staff.clerk, "SZ9", "Clerk's", "SZ9")
