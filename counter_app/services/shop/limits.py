"""Plausibility limits (shop settings): a quote line's amount and a quantity of pieces.

A typo such as 1000000 for 100 pieces, or a price keyed twice, is refused with the limit
named rather than printed on a receipt. The limits are the settings ``max_line_amount``
(whole currency units) and ``max_quantity``.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import Setting
from counter_app.services.shop.settings import SPEC_BY_KEY, _decode


def _setting(session: Session, key: str) -> int:
    # A primary-key get: cached in the session, so a 20,000-row import asks once.
    row = session.get(Setting, key)
    return int(_decode(SPEC_BY_KEY[key], row.value if row is not None else None))


def check_quantity(session: Session, quantity: int, field: str = "qty") -> None:
    """Refuse a quantity (of either sign) above the shop's max_quantity."""
    limit = _setting(session, "max_quantity")
    if abs(quantity) > limit:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "Quantity: {qty} is more than the shop's limit of {max} (max_quantity)"
            ),
            qty=f"{quantity:,}",
            max=f"{limit:,}",
        )


def check_line_amount(session: Session, amount: Decimal, field: str = "price") -> None:
    """Refuse a line total above the shop's max_line_amount."""
    limit = Decimal(_setting(session, "max_line_amount"))
    if abs(amount) > limit:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "Amount: {amount} is more than the shop's limit of {max} for one line "
                "(max_line_amount)",
            ),
            amount=f"{amount:,.2f}",
            max=f"{limit:,.2f}",
        )
