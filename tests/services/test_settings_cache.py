"""The shop settings are read once and kept until they change: a change made here, by
another counter (another process on the same database) or left uncommitted behaves as if
nothing were cached."""

from __future__ import annotations

import dataclasses

import pytest

from counter_app.errors import ValidationError
from counter_app.services.shop import settings


def test_a_change_here_is_seen_at_once(db, staff):
    assert settings.get_all(db).store_name == "Service Counter"
    settings.update(db, staff.manager, {"store_name": "华强北维修"})
    assert settings.get_all(db).store_name == "华强北维修"
    settings.update(db, staff.manager, {"repair_warranty_months": 3})
    shop = settings.get_all(db)
    assert shop.repair_warranty_months == 3 and shop.store_name == "华强北维修"


def test_a_change_from_another_counter_is_seen(db, cli):
    assert settings.get_all(db).currency == "CNY"  # now cached in this process
    result = cli("settings", "set", "currency", "HKD")
    assert result.returncode == 0, result.stderr
    assert settings.get_all(db).currency == "HKD"
    result = cli("settings", "set", "phone_region", "HK")
    assert result.returncode == 0, result.stderr
    shop = settings.get_all(db)
    assert shop.phone_region == "HK" and shop.currency == "HKD"


def test_a_failed_change_leaves_the_cached_settings_as_they_were(db, staff):
    before = settings.get_all(db)
    with pytest.raises(ValidationError):
        settings.update(
            db, staff.manager, {"store_name": "Never saved", "time_zone": "Mars/Olympus"}
        )
    with pytest.raises(RuntimeError), db.write() as session:
        settings.save(session, "store_name", "Rolled back")
        assert settings.load_all(session).store_name == "Rolled back"  # its own change
        raise RuntimeError("the rest of the work failed")
    assert settings.get_all(db) == before


def test_callers_cannot_change_the_cached_values(db):
    shop = settings.get_all(db)
    with pytest.raises(dataclasses.FrozenInstanceError):
        shop.store_name = "scribbled"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        shop.intake_required_fields.append("colour")  # type: ignore[attr-defined]
    again = settings.get_all(db)
    assert again.intake_required_fields == ("fault",)
    assert again.store_name == "Service Counter"
