"""The warranty decision intake shows as the IMEI is typed (warranty_records.preview): the
same decision as the ticket gets, read in one statement, and a settings change is seen at
once (the cached policy follows the settings' stamp)."""

from __future__ import annotations

from counter_app.services.shop import settings
from counter_app.services.tickets import jobs as tickets
from counter_app.services.warranty import records as warranty_records
from counter_app.timeutil import add_months, local_today
from tests.services.helpers import IMEI, IMEI_2, collect, take_in


def test_preview_shows_the_running_repair_warranty_of_the_device_typed(db, staff):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    decision = warranty_records.preview(db, IMEI)
    assert decision is not None
    assert decision.kind == "repair_warranty" and decision.code == "comeback"
    assert decision.comeback_of == first
    today = local_today(settings.get_all(db).time_zone)
    assert decision.ends_on == add_months(today, 6)
    # The ticket intake then opens gets the very same decision.
    again = take_in(db, staff.clerk, fault="Screen flickers again")
    detail = tickets.detail(db, staff.technician, again)
    assert detail.warranty_code == decision.code and detail.comeback_of == first


def test_preview_of_an_unknown_or_incomplete_identifier(db, staff):
    assert warranty_records.preview(db, "") is None
    assert warranty_records.preview(db, "4901542032") is None  # still being typed
    assert warranty_records.preview(db, "490154203237519") is None  # fails Luhn
    unknown = warranty_records.preview(db, IMEI_2)  # a device never seen
    assert unknown is not None
    assert unknown.kind == "out_of_warranty" and unknown.code == "no_purchase_date"
    assert not unknown.is_comeback


def test_preview_follows_a_settings_change_at_once(db, staff):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    assert warranty_records.preview(db, IMEI).exchange_offered is False
    # One failed repair is now enough to offer an exchange: the next preview says so.
    settings.update(db, staff.manager, {"failed_repairs_for_exchange": 1})
    decision = warranty_records.preview(db, IMEI)
    assert decision.failed_repairs == 1 and decision.exchange_offered is True
    settings.update(db, staff.manager, {"failed_repairs_for_exchange": 2})
    assert warranty_records.preview(db, IMEI).exchange_offered is False
