"""Validation of what clerks type or scan: IMEI, serial, phone, names, quantities."""

from __future__ import annotations

import re

import phonenumbers

from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError

_SEPARATORS = re.compile(r"[\s\-./]")
NAME_MAX = 100


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The check digit that makes ``body`` + digit pass the Luhn test (14-digit IMEI body)."""
    for digit in "0123456789":
        if luhn_ok(body + digit):
            return digit
    raise AssertionError("unreachable")


def normalize_imei(raw: str | None, field: str = "imei") -> str:
    """Return the 15-digit IMEI; spaces, dashes and dots a scanner or clerk adds are removed.

    Raises ValidationError for letters, wrong length (16-digit IMEISV named as such) or a
    wrong Luhn check digit.
    """
    text = _SEPARATORS.sub("", raw or "")
    if not text:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "IMEI: enter the 15-digit IMEI (dial *#06#)")
        )
    if not text.isdigit():
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "IMEI: only digits are allowed"))
    if len(text) == 16:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "IMEI: 16 digits is an IMEISV (software version); enter the 15-digit IMEI"
            ),
        )
    if len(text) != 15:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "IMEI: must be 15 digits, got {count}"),
            count=len(text),
        )
    if not luhn_ok(text):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "IMEI: the check digit is wrong, re-check the number"),
        )
    return text


def normalize_serial(raw: str | None, field: str = "serial") -> str:
    text = _SEPARATORS.sub("", raw or "").upper()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Serial number: required"))
    if not re.fullmatch(r"[A-Z0-9]{4,30}", text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Serial number: 4 to 30 letters and digits")
        )
    return text


def imei_digits(text: str) -> str:
    return _SEPARATORS.sub("", text or "")


def looks_like_imei(text: str) -> bool:
    digits = imei_digits(text)
    return len(digits) == 15 and digits.isdigit() and luhn_ok(digits)


def normalize_phone(raw: str | None, region: str = "CN", field: str = "phone") -> str:
    """Return the phone number in E.164; default region CN, +852/+853/+886 accepted.

    Raises ValidationError when the number is not a valid number.
    """
    text = (raw or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Phone: required"))
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Phone: '{text}' is not a phone number"), text=text
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Phone: '{text}' is not a valid phone number"),
            text=text,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_digits(e164: str) -> str:
    """The national significant number (what a clerk would type), digits only."""
    try:
        return str(phonenumbers.parse(e164, None).national_number)
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", e164)


def format_phone(e164: str | None) -> str:
    """The number as people write it: national format at home, international abroad."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 86:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mask_phone(e164: str | None) -> str:
    """138****1234: for labels, receipts and screens where the full number is not needed."""
    if not e164:
        return ""
    digits = national_digits(e164)
    if len(digits) <= 4:
        return "*" * len(digits)
    if len(digits) >= 11:
        return f"{digits[:3]}****{digits[-4:]}"
    return f"{'*' * (len(digits) - 4)}{digits[-4:]}"


def clean_name(raw: str | None, field: str = "name", max_length: int = NAME_MAX) -> str:
    text = " ".join((raw or "").split())
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Name: required"))
    if len(text) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Name: at most {max} characters"),
            max=max_length,
        )
    return text


# Field names as they appear in messages; translated by i18n.error_text via the "label" param.
FIELD_LABELS = {
    "fault": QT_TRANSLATE_NOOP("errors", "Fault"),
    "brand": QT_TRANSLATE_NOOP("errors", "Brand"),
    "model": QT_TRANSLATE_NOOP("errors", "Model"),
    "colour": QT_TRANSLATE_NOOP("errors", "Colour"),
    "accessories": QT_TRANSLATE_NOOP("errors", "Accessories"),
    "passcode": QT_TRANSLATE_NOOP("errors", "Passcode"),
    "email": QT_TRANSLATE_NOOP("errors", "Email"),
    "purchase_proof": QT_TRANSLATE_NOOP("errors", "Proof of purchase"),
    "description": QT_TRANSLATE_NOOP("errors", "Description"),
    "note": QT_TRANSLATE_NOOP("errors", "Note"),
    "reason": QT_TRANSLATE_NOOP("errors", "Reason"),
    "reference": QT_TRANSLATE_NOOP("errors", "Reference"),
    "condition": QT_TRANSLATE_NOOP("errors", "Condition"),
    "part_name": QT_TRANSLATE_NOOP("errors", "Part name"),
    "barcode": QT_TRANSLATE_NOOP("errors", "Barcode"),
    "category": QT_TRANSLATE_NOOP("errors", "Category"),
    "compatible_models": QT_TRANSLATE_NOOP("errors", "Compatible models"),
    "supplier": QT_TRANSLATE_NOOP("errors", "Supplier"),
    "bin_location": QT_TRANSLATE_NOOP("errors", "Bin"),
}


def clean_text(raw: str | None, field: str, max_length: int, required: bool = False) -> str:
    """Free text such as a fault description; the field's label is named in the message."""
    text = (raw or "").strip()
    label = FIELD_LABELS.get(field, field.replace("_", " ").capitalize())
    if required and not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "{label}: required"), label=label)
    if len(text) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "{label}: at most {max} characters"),
            label=label,
            max=max_length,
        )
    return text


def parse_quantity(value: object, field: str = "qty") -> int:
    """A positive whole number of pieces."""
    text = str(value).strip() if value is not None else ""
    try:
        if isinstance(value, bool):
            raise ValueError
        number = int(text)
    except ValueError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Quantity: '{text}' is not a whole number"),
            text=text,
        ) from None
    if number <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Quantity: must be at least 1"))
    if number > 100000:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Quantity: too large"))
    return number


LIKE_ESCAPE = "\\"


def like_pattern(text: str, *, prefix: bool = False) -> str:
    """A LIKE pattern matching ``text`` literally: its '%', '_' and '\\' escaped (use with
    ``escape=LIKE_ESCAPE``); contained anywhere, or only at the start with ``prefix``."""
    escaped = (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"{escaped}%" if prefix else f"%{escaped}%"
