"""What a clerk types or scans: IMEI, phone, names, money, quantities."""

from decimal import Decimal

import pytest

from counter_app.errors import ValidationError
from counter_app.money import parse_money, round_line
from counter_app.validation import (
    clean_name,
    luhn_check_digit,
    mask_phone,
    normalize_imei,
    normalize_phone,
    parse_quantity,
)


def test_valid_imei_accepted_with_scanner_separators():
    assert normalize_imei("490154203237518") == "490154203237518"
    assert normalize_imei(" 49-015420-323751-8 ") == "490154203237518"
    assert normalize_imei("4901 5420 3237 518") == "490154203237518"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("490154203237519", "check digit"),
        ("49015420323751", "got 14"),
        ("4901542032375180", "IMEISV"),
        ("49015420323751A", "only digits"),
        ("", "15-digit"),
    ],
)
def test_bad_imei_refused_with_a_message_saying_why(raw, fragment):
    with pytest.raises(ValidationError) as info:
        normalize_imei(raw)
    assert fragment in info.value.message
    assert info.value.field == "imei"


def test_luhn_check_digit_completes_a_body():
    assert luhn_check_digit("49015420323751") == "8"


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("13812345678", "+8613812345678"),
        ("138 1234 5678", "+8613812345678"),
        ("+852 9123 4567", "+85291234567"),
        ("+853 6612 3456", "+85366123456"),
        ("+886 912 345 678", "+886912345678"),
    ],
)
def test_phone_numbers_stored_as_e164(raw, e164):
    assert normalize_phone(raw) == e164


@pytest.mark.parametrize("raw", ["12", "abc", "", "1381234567"])
def test_bad_phone_refused(raw):
    with pytest.raises(ValidationError) as info:
        normalize_phone(raw)
    assert info.value.field == "phone"


def test_phone_masked_like_on_a_receipt():
    assert mask_phone("+8613812341234") == "138****1234"
    assert mask_phone("+85291234567") == "****4567"


def test_names_required_and_bounded():
    assert clean_name("  张   伟 ") == "张 伟"
    with pytest.raises(ValidationError):
        clean_name("   ")
    with pytest.raises(ValidationError):
        clean_name("x" * 101)


@pytest.mark.parametrize("raw", ["-1", "abc", "1.234", "", "NaN", "Infinity"])
def test_bad_money_refused(raw):
    with pytest.raises(ValidationError):
        parse_money(raw)


def test_money_is_decimal_and_rounded_half_up_at_the_line():
    assert parse_money("¥1,299.5") == Decimal("1299.50")
    assert round_line(Decimal("19.99") * Decimal("0.5")) == Decimal("10.00")  # 9.995 -> 10.00
    assert round_line(Decimal("0.125")) == Decimal("0.13")


@pytest.mark.parametrize("raw", ["0", "-2", "1.5", "x", True])
def test_bad_quantity_refused(raw):
    with pytest.raises(ValidationError):
        parse_quantity(raw)
