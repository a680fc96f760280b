"""Plausibility limits (shop settings): a quote line's amount and a quantity of pieces.

A typo such as 1000000 for 100 pieces, or a price keyed twice, is refused with the limit
named rather than printed on a receipt. The limits are the settings ``max_line_amount``
(whole currency units) and ``max_quantity``.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings

_KEY = "limits.shop_settings"


def _settings(session: Session) -> ShopSettings:
    """The shop's settings, read once per unit of work: a 20,000-row import asks once."""
    cached = session.info.get(_KEY)
    if cached is None:
        cached = session.info[_KEY] = settings_service.load_all(session)
    return cached


def check_quantity(session: Session, quantity: int, field: str = "qty") -> None:
    """Refuse a quantity (of either sign) above the shop's max_quantity."""
    limit = _settings(session).max_quantity
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
    limit = Decimal(_settings(session).max_line_amount)
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
