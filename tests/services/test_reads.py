"""Read-only lookups run on the driver's cursor (SQLite) give the same rows, with the same
types, as SQLAlchemy's own execution: money as Decimal, times as aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC
from decimal import Decimal

import pytest
from sqlalchemy import event
from sqlalchemy import exc as sa_exc

from counter_app.services.base import reads
from counter_app.services.money import payments
from counter_app.services.tickets import devices
from counter_app.services.tickets import jobs as tickets
from tests.services.helpers import IMEI, take_in, to_ready


def test_rows_match_sqlalchemys_own_with_their_types(db, staff):
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no, price="388.50")
    payments.pay(db, staff.clerk, no, "100.00", "cash")
    with db.lookup() as conn:
        ticket = reads.first(conn, tickets._TICKET_BY_NO, {"ticket_no": no})
        assert tuple(ticket) == tuple(conn.execute(tickets._TICKET_BY_NO, {"ticket_no": no}).one())
        assert ticket.received_at.tzinfo is not None
        assert ticket.received_at.utcoffset() == UTC.utcoffset(None)
        paid = reads.rows(conn, tickets._PAYMENTS, {"ticket_id": ticket.id})
        assert [p.amount for p in paid] == [Decimal("100.00")]
        assert isinstance(paid[0].amount, Decimal)
        device = reads.first(conn, devices._DEVICE_BY_IMEI, {"imei": IMEI})
        assert device.owner_name == "张伟"
        lines = reads.rows(conn, devices._LINES, {"ids": [ticket.id, ticket.id + 999]})
        assert [(t, total) for t, _part, _qty, total in lines] == [(ticket.id, Decimal("388.50"))]
        assert isinstance(lines[0].line_total, Decimal)
        assert reads.rows(conn, devices._LINES, {"ids": []}) == []
        assert reads.first(conn, tickets._TICKET_BY_NO, {"ticket_no": "T000000-999"}) is None
    detail = tickets.detail(db, staff.manager, no)
    assert detail.paid == Decimal("100.00") and detail.balance == Decimal("288.50")


def test_a_statement_listener_still_sees_every_lookup(db, staff):
    no = take_in(db, staff.clerk)
    seen: list[str] = []

    def trace(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", trace)
    try:
        assert tickets.detail(db, staff.clerk, no).ticket_no == no
    finally:
        event.remove(db.engine, "before_cursor_execute", trace)
    assert any("FROM tickets" in sql for sql in seen)
    assert any("FROM ticket_events" in sql for sql in seen)


@pytest.mark.sqlite_only
def test_a_driver_error_is_a_sqlalchemy_error_without_values(db):
    with db.lookup() as conn:
        statement = reads._prepared(tickets._TICKET_BY_NO)
        statement._for(conn)
        compiled = statement._compiled[conn.dialect]
        compiled.sql = "SELECT * FROM no_such_table WHERE x = ?"
        with pytest.raises(sa_exc.DBAPIError) as caught:
            statement.first(conn, {"ticket_no": "secret-123"})
        assert "no_such_table" in str(caught.value)
        assert "secret-123" not in str(caught.value)
    reads._PREPARED.pop(tickets._TICKET_BY_NO)  # the next use compiles the real statement


@pytest.mark.sqlite_only
def test_a_literal_in_list_runs_on_the_cursor_with_sqlalchemys_rows(db, staff):
    # The parts used on a ticket are read with `kind IN ('used', 'returned')`: a list in
    # the statement, whose bind has an anonymous key; it ran the slow way on every ticket
    # page until the compiled name was used.
    from counter_app.services.stock import inventory
    from counter_app.services.stock.inventory import PartData
    from counter_app.services.tickets import quotes, workflow

    inventory.create_part(
        db, staff.inventory, PartData(sku="BAT-1", name="Battery", cost="80", price="199")
    )
    inventory.receive(db, staff.inventory, "BAT-1", 5, cost="80")
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    line = quotes.add_line(db, staff.technician, no, kind="part", sku="BAT-1", qty=2)
    workflow.change_status(db, staff.technician, no, "awaiting_approval")
    quotes.decide(db, staff.clerk, no, True, "phone")
    inventory.use_on_ticket(db, staff.technician, no, line)
    executed: list[object] = []
    with db.lookup() as conn:
        ticket_id = reads.first(conn, tickets._TICKET_BY_NO, {"ticket_no": no}).id
        expected = [tuple(r) for r in conn.execute(tickets._USED, {"ticket_id": ticket_id})]

        def seen(*args: object) -> None:
            executed.append(args)

        event.listen(conn, "before_execute", seen)
        try:
            used = reads.rows(conn, tickets._USED, {"ticket_id": ticket_id})
        finally:
            event.remove(conn, "before_execute", seen)
    assert [tuple(r) for r in used] == expected == [(line, 2)]
    assert executed == []  # the driver's cursor, not SQLAlchemy's execute
    assert tickets.detail(db, staff.clerk, no).lines[0].used_qty == 2


def test_a_page_of_summaries_is_the_same_objects_the_constructor_makes(db, staff):
    # The job board builds its rows with dto.many (no per-field frozen setattr): what the
    # board shows must be exactly what TicketSummary(...) would hold, and stay read-only.
    import dataclasses

    from counter_app.services.base.dto import TicketSummary, many

    take_in(db, staff.clerk)
    [row] = tickets.job_board(db)
    again = TicketSummary(*(getattr(row, f.name) for f in dataclasses.fields(TicketSummary)))
    assert row == again and hash(row) == hash(again) and repr(row) == repr(again)
    assert row.phone_masked != "" and "*" in row.phone_masked and row.received_at.tzinfo
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.status = "collected"  # type: ignore[misc]
    with pytest.raises(ValueError):  # a row of the wrong shape is refused, not half-made
        many(TicketSummary, [(1, "T1")])
