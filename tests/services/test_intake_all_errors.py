"""Intake validation reports every bad field at once, each under its field name, so the
form can mark them all (it keeps no rules of its own); the CLI still reads the first."""

from __future__ import annotations

import pytest

from counter_app.errors import InvalidFields, ValidationError
from counter_app.services.tickets import intake
from tests.conftest import snapshot


def test_every_bad_field_is_reported_at_once_and_nothing_is_written(db, staff, db_path):
    before = snapshot(db_path)
    data = intake.IntakeData(
        name="",
        phone="12",
        brand="Apple",
        model="",
        imei="490154203237519",  # wrong check digit
        email="not-an-address",
    )
    with pytest.raises(InvalidFields) as caught:
        intake.take_in(db, staff.clerk, data)
    fields = [error.field for error in caught.value.errors]
    assert fields == ["phone", "name", "email", "imei", "model", "fault"]  # form order
    assert caught.value.field == "phone"  # reads as the first, for one-line callers
    assert str(caught.value) == str(caught.value.errors[0])
    assert snapshot(db_path) == before


def test_a_single_bad_field_is_a_plain_validation_error(db, staff):
    data = intake.IntakeData(
        name="Mary", phone="13987654321", brand="Apple", model="iPhone 13", fault="x"
    )
    with pytest.raises(ValidationError) as caught:
        intake.take_in(db, staff.clerk, data)
    assert not isinstance(caught.value, InvalidFields)
    assert caught.value.field == "imei"
