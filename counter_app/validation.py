"""Validation of what clerks type or scan: IMEI, serial, phone, names, quantities."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError

_SEPARATORS = re.compile(r"[\s\-./]")
NAME_MAX = 100
# The largest whole number any count, id or level may be: fits a 64-bit column everywhere.
INT_MAX = 2**63 - 1


def one_of(
    value: str | None, choices: tuple[str, ...] | list[str], field: str, template: str
) -> str:
    """``value`` trimmed and in lower case if it is one of the codes ``choices``; otherwise a
    ValidationError for ``field`` with ``template``, which may name ``{value}`` (as typed) and
    the accepted codes as ``{allowed}`` (or ``{choices}``)."""
    code = (value or "").strip().lower()
    if code not in choices:
        accepted = ", ".join(choices)
        raise ValidationError(
            field, template, value=(value or "")[:40], allowed=accepted, choices=accepted
        )
    return code


def ascii_digits(raw: str) -> str:
    """NFKC (full-width digits and punctuation become ASCII), then any other Unicode
    decimal digit (Arabic-Indic, Devanagari...) as its ASCII digit: what was typed on a
    Chinese keyboard or scanned is stored, and found, the same."""
    if any(unicodedata.category(char) == "No" for char in raw or ""):
        return raw  # ⑤, ², ½ are not digits anyone types: left as they are, to be refused
    text = unicodedata.normalize("NFKC", raw or "")
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(char)) if not char.isascii() and char.isdecimal() else char
        for char in text
    )


# Right-to-left overrides, embeddings and isolates make text read other than it is stored
# (a fault or name that shows one thing and sorts, searches and prints as another).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Characters that take no room: a name made of them only looks empty.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u3164\u115f\u1160")


def _bad_character(text: str, multiline: bool) -> str | None:
    """The first control character (or unpaired surrogate from a mis-encoded argument, or
    bidirectional override) in ``text``; tab and newline are allowed in multi-line text."""
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Cs") or char in "\u2028\u2029" or char in BIDI_CONTROLS:
            if multiline and char in "\t\n":
                continue
            return char
    return None


def refuse_control_characters(text: str, field: str, label: str, multiline: bool) -> None:
    bad = _bad_character(text, multiline)
    if bad is not None:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "{label}: contains a control character ({code})"),
            label=label,
            code=f"U+{ord(bad):04X}",
        )


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
    text = _SEPARATORS.sub("", ascii_digits(raw or ""))
    if not text:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "IMEI: enter the 15-digit IMEI (dial *#06#)")
        )
    if not (text.isascii() and text.isdigit()):
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
    if len(set(text)) == 1 or text.startswith("00000000"):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "IMEI: {imei} is a placeholder, not a device's IMEI"),
            imei=text,
        )
    return text


def normalize_serial(raw: str | None, field: str = "serial") -> str:
    text = _SEPARATORS.sub("", ascii_digits(raw or "")).upper()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Serial number: required"))
    # Full-width letters and digits count as ASCII; Ⅷ or ﬁ would turn into other letters.
    foreign = any(
        not ch.isascii() and not ch.isspace() and not "\uff01" <= ch <= "\uff5e" for ch in raw or ""
    )
    if foreign or not re.fullmatch(r"[A-Z0-9]{4,30}", text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Serial number: 4 to 30 letters and digits")
        )
    return text


def imei_digits(text: str) -> str:
    return _SEPARATORS.sub("", ascii_digits(text or ""))


def looks_like_imei(text: str) -> bool:
    digits = imei_digits(text)
    return len(digits) == 15 and digits.isascii() and digits.isdigit() and luhn_ok(digits)


def normalize_phone(
    raw: str | None,
    region: str = "CN",
    field: str = "phone",
    accepted: Sequence[str] | None = None,
) -> str:
    """Return the phone number in E.164; default region CN. With ``accepted`` (the shop's
    setting phone_regions), a number of another region is refused.

    Raises ValidationError when the number is not a valid number.
    """
    return phone_and_national(raw, region, field, accepted)[0]


def phone_and_national(
    raw: str | None,
    region: str = "CN",
    field: str = "phone",
    accepted: Sequence[str] | None = None,
) -> tuple[str, str]:
    """``normalize_phone`` and the number's ``national_digits``, from one parse (a bulk
    import checks tens of thousands of numbers)."""
    text = ascii_digits(raw or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Phone: required"))
    if len(text) > 40 or _bad_character(text, multiline=False):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Phone: this is not a phone number")
        )
    import phonenumbers  # loaded when first needed: its metadata is slow to import

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
    if accepted is not None:
        where = phonenumbers.region_code_for_number(number)
        if where not in accepted:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Phone: '{text}' is a number of {region}; this shop takes numbers of "
                    "{regions} (setting phone_regions)",
                ),
                text=text,
                region=where,
                regions=", ".join(accepted),
            )
    return (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        str(number.national_number),
    )


@lru_cache(maxsize=8192)  # lists mask 50 numbers a page; parsing one costs ~50 µs
def national_digits(e164: str) -> str:
    """The national significant number (what a clerk would type), digits only."""
    import phonenumbers  # loaded when first needed: its metadata is slow to import

    try:
        return str(phonenumbers.parse(e164, None).national_number)
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", e164)


def format_phone(e164: str | None) -> str:
    """The number as people write it: national format at home, international abroad."""
    if not e164:
        return ""
    import phonenumbers  # loaded when first needed: its metadata is slow to import

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
    return mask_digits(national_digits(e164))


def mask_digits(digits: str) -> str:
    """The mask of national digits (lists mask from the stored reversed digits, no parsing)."""
    if len(digits) <= 4:
        return "*" * len(digits)
    if len(digits) >= 11:
        return f"{digits[:3]}****{digits[-4:]}"
    return f"{'*' * (len(digits) - 4)}{digits[-4:]}"


def clean_name(raw: str | None, field: str = "name", max_length: int = NAME_MAX) -> str:
    text = " ".join("".join(ch for ch in raw or "" if ch not in INVISIBLE).split())
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Name: required"))
    refuse_control_characters(text, field, "Name", multiline=False)
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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    refuse_control_characters(text, field, label, multiline=True)
    if len(text) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "{label}: at most {max} characters"),
            label=label,
            max=max_length,
        )
    return text


def clean_email(raw: str | None, required: bool = False) -> str | None:
    """An optional e-mail address: free text with an @ (None when blank)."""
    email = clean_text(raw, "email", 200, required) or None
    if email and "@" not in email:
        raise ValidationError("email", QT_TRANSLATE_NOOP("errors", "Email: not an email address"))
    return email


def parse_quantity(value: object, field: str = "qty", maximum: int = 100000) -> int:
    """A positive whole number of pieces, at most ``maximum`` (Unicode digits accepted)."""
    number = parse_whole(value, field, QT_TRANSLATE_NOOP("errors", "Quantity"))
    if number <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Quantity: must be at least 1"))
    if number > maximum:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Quantity: too large (at most {max})"),
            max=f"{maximum:,}",
        )
    return number


def parse_whole(value: object, field: str, label: str) -> int:
    """A whole number that fits a 64-bit column; "1_000", "1e3" and "1.0" are refused."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = ascii_digits(str(value)).strip() if value is not None else ""
        if not re.fullmatch(r"[+-]?\d{1,19}", text):
            shown = text if len(text) <= 30 else text[:30] + "…"
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP("errors", "{label}: '{text}' is not a whole number"),
                label=label,
                text=" ".join(shown.split()),
            )
        number = int(text)
    if abs(number) > INT_MAX:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "{label}: the number is too large"), label=label
        )
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
