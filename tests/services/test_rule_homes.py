"""Rules with one home answer the same in Python and in SQL: open and overdue tickets
(services/tickets/states.py) and the quantity of a part used (services/stock/usage.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import bindparam, select

from counter_app.models import OPEN_STATUSES, STATUSES, StockMovement, Ticket
from counter_app.services.stock import usage
from counter_app.services.tickets import states
from counter_app.timeutil import utcnow
from tests.services.helpers import take_in


def test_overdue_in_python_and_in_sql_agree_for_every_status(db, staff):
    """Each status, promised an hour ago and in an hour: the SQL twin selects exactly the
    tickets the Python rule calls overdue, and never a ready, declined or closed one."""
    numbers = []
    for _status in STATUSES:
        for _hours in (-1, 1):
            numbers.append(take_in(db, staff.clerk))
    now = utcnow()
    with db.write() as session:
        tickets = session.scalars(select(Ticket).where(Ticket.ticket_no.in_(numbers))).all()
        for ticket, (status, hours) in zip(
            sorted(tickets, key=lambda t: t.ticket_no),
            [(s, h) for s in STATUSES for h in (-1, 1)],
            strict=True,
        ):
            ticket.status = status
            ticket.promised_at = now + timedelta(hours=hours)
    with db.read() as session:
        rows = session.execute(select(Ticket.ticket_no, Ticket.status, Ticket.promised_at)).all()
        in_python = {
            no for no, status, promised in rows if states.is_overdue(status, promised, now)
        }
        clause = states.overdue_clause(
            Ticket.status, Ticket.promised_at, bindparam("now", type_=Ticket.promised_at.type)
        )
        in_sql = set(session.scalars(select(Ticket.ticket_no).where(clause), {"now": now}))
        open_sql = set(session.scalars(select(Ticket.ticket_no).where(states.open_clause())))
    assert in_python == in_sql
    assert len(in_python) == len(OPEN_STATUSES) - len(states.WAITING_FOR_CUSTOMER)
    assert open_sql == {no for no, status, _ in rows if states.is_open(status)}
    assert not states.is_overdue("in_repair", None, now)
    assert not states.is_overdue("ready", datetime(2000, 1, 1, tzinfo=UTC), now)


def test_used_quantity_in_python_and_in_sql_agree(db, staff):
    moves = [("used", -2), ("returned", 1), ("received", 10), ("adjusted", -3), ("used", -1)]
    assert usage.used_qty(moves) == 2
    with db.read() as session:
        in_sql = session.scalar(
            select(usage.used_qty_sql(StockMovement.quantity)).where(
                usage.use_clause(StockMovement.kind)
            )
        )
    assert in_sql == 0  # a new shop has used nothing: the SQL twin counts none, not None
