"""What a ticket costs, what was paid, what is still owed: one computation for every screen."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from counter_app.models import Money, Payment, Quote, QuoteLine, Ticket
from counter_app.money import ZERO


@dataclass(frozen=True)
class Totals:
    quoted_value: Decimal  # lines of quotes not declined, before any warranty
    total: Decimal  # what the customer owes (a free repair: only its excluded lines)
    paid: Decimal  # payments less refunds
    balance: Decimal  # total - paid


def ticket_totals(session: Session, ticket: Ticket) -> Totals:
    quoted, excluded = session.execute(
        select(
            func.coalesce(func.sum(QuoteLine.line_total), 0, type_=Money),
            func.coalesce(
                func.sum(case((QuoteLine.exclusion.is_not(None), QuoteLine.line_total), else_=0)),
                0,
                type_=Money,
            ),
        )
        .join(Quote, Quote.id == QuoteLine.quote_id)
        .where(Quote.ticket_id == ticket.id, Quote.status != "declined")
    ).one()
    paid = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0, type_=Money)).where(
            Payment.ticket_id == ticket.id,
            # A refund of no payment is the purchase price paid back for a returned
            # device (services/returns.py): money out, but nothing the job owes.
            or_(Payment.kind != "refund", Payment.refund_of_id.is_not(None)),
        )
    )
    quoted = quoted if quoted is not None else ZERO
    paid = paid if paid is not None else ZERO
    excluded = excluded if excluded is not None else ZERO
    # A free job charges only the lines the technician found not covered.
    total = excluded if ticket.warranty_decision == "free" else quoted
    return Totals(quoted_value=quoted, total=total, paid=paid, balance=total - paid)
