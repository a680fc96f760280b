"""Working days: weekends and the shop's holidays (setting shop_holidays) are not; the
on-site promise is a number of working days (setting onsite_days)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from counter_app.services.shop.settings import ShopSettings


def is_working_day(day: date, holidays: Iterable[date]) -> bool:
    return day.weekday() < 5 and day not in set(holidays)


def add_working_days(start: date, days: int, holidays: Iterable[date]) -> date:
    """The date ``days`` working days after ``start`` (weekends and holidays skipped)."""
    off = set(holidays)
    day = start
    left = days
    while left > 0:
        day += timedelta(days=1)
        if is_working_day(day, off):
            left -= 1
    return day


def shop_holidays(settings: ShopSettings) -> set[date]:
    return {date.fromisoformat(day) for day in settings.shop_holidays}


def onsite_due(requested_on: date, settings: ShopSettings) -> date:
    """The last day an on-site visit requested on ``requested_on`` is due by."""
    return add_working_days(requested_on, settings.onsite_days, shop_holidays(settings))
