"""What a ticket costs, what was paid, what is still owed: one computation for every screen."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Row, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from counter_app.models import Money, Payment, Quote, QuoteLine, Ticket
from counter_app.money import ZERO
from counter_app.services.base import reads


@dataclass(frozen=True)
class Totals:
    quoted_value: Decimal  # lines of quotes not declined, before any warranty
    total: Decimal  # what the customer owes (a free repair: only its excluded lines)
    paid: Decimal  # payments less refunds
    balance: Decimal  # total - paid


_QUO, _LIN, _PAY = Quote.__table__, QuoteLine.__table__, Payment.__table__
_QUOTED = (
    select(
        func.coalesce(func.sum(_LIN.c.line_total), 0, type_=Money),
        func.coalesce(
            func.sum(case((_LIN.c.exclusion.is_not(None), _LIN.c.line_total), else_=0)),
            0,
            type_=Money,
        ),
    )
    .join_from(_LIN, _QUO, _QUO.c.id == _LIN.c.quote_id)
    .where(_QUO.c.ticket_id == bindparam("ticket_id"), _QUO.c.status != "declined")
)
_PAID = select(func.coalesce(func.sum(_PAY.c.amount), 0, type_=Money)).where(
    _PAY.c.ticket_id == bindparam("ticket_id"),
    # A refund of no payment is the purchase price paid back for a returned device
    # (services/money/returns.py): money out, but nothing the job owes.
    or_(_PAY.c.kind != "refund", _PAY.c.refund_of_id.is_not(None)),
)


def charged_line(ticket: Any, line: Any) -> Any:
    """SQL: what a quote line charges the customer, the rule ticket_totals applies to a
    ticket: nothing on a free job unless the technician excluded the line, nothing on a job
    ended beyond repair (its fee alone is charged), else the line's total."""
    return case(
        (ticket.outcome.is_not(None), 0),
        ((ticket.warranty_decision == "free") & line.exclusion.is_(None), 0),
        else_=line.line_total,
    )


def ticket_totals(on: Session | Connection, ticket: Ticket | Row) -> Totals:
    """On a session (its pending changes count) or a read-only Core connection; the ticket
    as an ORM object or a Core row."""
    if isinstance(on, Session):
        on.flush()
    params = {"ticket_id": ticket.id}
    if isinstance(on, Session):
        quoted, excluded = on.execute(_QUOTED, params).one()
        paid = on.scalar(_PAID, params)
    else:
        quoted, excluded = reads.first(on, _QUOTED, params)
        paid = reads.scalar(on, _PAID, params)
    quoted = quoted if quoted is not None else ZERO
    paid = paid if paid is not None else ZERO
    excluded = excluded if excluded is not None else ZERO
    # A free job charges only the lines the technician found not covered.
    total = excluded if ticket.warranty_decision == "free" else quoted
    if ticket.outcome is not None:
        # Beyond repair (services/tickets/outcomes.py): only the fee then charged, not the quoted work.
        total = ticket.outcome_fee if ticket.outcome_fee is not None else ZERO
    return Totals(quoted_value=quoted, total=total, paid=paid, balance=total - paid)
