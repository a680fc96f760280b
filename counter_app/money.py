"""Money as Decimal: parsing user input, rounding once at the line, formatting."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_AMOUNT = Decimal("9999999.99")


def parse_money(value: object, field: str = "price", *, allow_negative: bool = False) -> Decimal:
    """Parse a user-entered amount: a number with at most two decimals, not negative.

    Raises ValidationError naming ``field``.
    """
    if isinstance(value, float):
        # Floats carry binary noise; go through their shortest repr, never the raw double.
        value = repr(value)
    text = str(value).strip().replace(",", "") if value is not None else ""
    for symbol in ("¥", "￥", "$", "HK$", "NT$"):
        text = text.replace(symbol, "")
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Amount: required"))
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Amount: '{text}' is not a number"), text=value
        ) from None
    if not amount.is_finite():
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Amount: '{text}' is not a number"), text=value
        )
    if amount < 0 and not allow_negative:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Amount: cannot be negative"))
    if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Amount: at most 2 decimal places")
        )
    if abs(amount) > MAX_AMOUNT:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Amount: too large"))
    return amount.quantize(CENT)


def round_line(value: Decimal) -> Decimal:
    """Round a computed line amount half-up to the cent (the only place rounding happens)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(value: Decimal) -> int:
    cents = value * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"{value} has more than 2 decimal places")
    return int(cents)


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def format_money(amount: Decimal, currency: str = "CNY") -> str:
    symbol = {"CNY": "¥", "HKD": "HK$", "TWD": "NT$", "MOP": "MOP$", "USD": "$"}.get(currency, "")
    sign = "-" if amount < 0 else ""
    return f"{sign}{symbol}{abs(amount):,.2f}"
