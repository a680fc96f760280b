"""Money as Decimal: parsing user input, rounding once at the line, formatting."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.validation import ascii_digits

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_AMOUNT = Decimal("9999999.99")
# "." is the decimal point; a comma only separates thousands in groups of three (1,000.50).
# "0,5", "1,50", "1_000" and "1e3" are refused rather than guessed.
AMOUNT_SYNTAX = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")
CURRENCY_SYMBOLS = ("HK$", "NT$", "MOP$", "¥", "￥", "$", "CNY", "HKD", "TWD", "MOP", "USD")


def parse_money(value: object, field: str = "price", *, allow_negative: bool = False) -> Decimal:
    """Parse a user-entered amount: a number with at most two decimals, not negative, at
    most MAX_AMOUNT. Text takes "." as the decimal point and "," only between groups of
    three digits; full-width and other Unicode digits count as ASCII ones.

    Raises ValidationError naming ``field``.
    """
    if value is None or isinstance(value, bool):
        text = "" if value is None else str(value)
        amount = None
    elif isinstance(value, (int, Decimal)):
        text, amount = str(value), Decimal(value)
    elif isinstance(value, float):
        # Floats carry binary noise; go through their shortest repr, never the raw double.
        text, amount = repr(value), Decimal(repr(value))
    else:
        text, amount = _amount_text(str(value)), None
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Amount: required"))
    if amount is None:
        if len(text) > 40 or not AMOUNT_SYNTAX.fullmatch(text):
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Amount: '{text}' is not a number (use . for decimals, e.g. 1,000.50)",
                ),
                text=_shown(value),
            )
        amount = Decimal(text.replace(",", ""))
    if not amount.is_finite():
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Amount: '{text}' is not a number"),
            text=_shown(value),
        )
    if amount < 0 and not allow_negative:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Amount: cannot be negative"))
    if abs(amount) > MAX_AMOUNT:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Amount: too large (at most {max})"),
            max=f"{MAX_AMOUNT:,}",
        )
    if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Amount: at most 2 decimal places")
        )
    return amount.quantize(CENT)


def _amount_text(raw: str) -> str:
    """The number in ``raw``: one currency symbol or code before or after it is dropped
    (¥120, 120 HKD); one inside it (1$0, 1USD2) leaves the text to be refused."""
    text = ascii_digits(raw).strip()
    for symbol in CURRENCY_SYMBOLS:
        if text.startswith(symbol):
            text = text[len(symbol) :].strip()
            break
    for symbol in CURRENCY_SYMBOLS:
        if text.endswith(symbol):
            text = text[: -len(symbol)].strip()
            break
    return text


def _shown(value: object) -> str:
    """The refused input as quoted in a message: one line, not endless."""
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:40] + "…"


def round_line(value: Decimal) -> Decimal:
    """Round a computed line amount half-up to the cent (the only place rounding happens)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


SYMBOLS = {"CNY": "¥", "HKD": "HK$", "TWD": "NT$", "MOP": "MOP$", "USD": "$"}
CURRENCIES = tuple(SYMBOLS)  # the currencies the setting accepts: those we can print


def format_money(amount: Decimal, currency: str = "CNY") -> str:
    symbol = SYMBOLS.get(currency, "")
    sign = "-" if amount < 0 else ""
    return f"{sign}{symbol}{abs(amount):,.2f}"
