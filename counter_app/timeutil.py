"""Time: stored in UTC, shown in the store's zone; the store's local business day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError


def utcnow() -> datetime:
    return datetime.now(UTC)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Asia/Shanghai")


def local_day_bounds(day: date, tz_name: str) -> tuple[datetime, datetime]:
    """The UTC instants [start, end) of the store's local business ``day``."""
    tz = zone(tz_name)
    start = datetime.combine(day, time.min, tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_today(tz_name: str) -> date:
    return utcnow().astimezone(zone(tz_name)).date()


def to_local(moment: datetime | None, tz_name: str) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone(tz_name))


def add_months(day: date, months: int) -> date:
    """Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def at_local(naive: datetime, tz_name: str, field: str) -> datetime:
    """A wall-clock time in the store's zone as an aware instant. A time the clocks skip
    (spring forward: 01:30 in London on the last Sunday of March) does not exist there and
    is refused (ValidationError naming ``field``)."""
    tz = zone(tz_name)
    aware = naive.replace(tzinfo=tz)
    if aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != naive:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "{value} does not exist in {zone}: the clocks go forward then"
            ),
            value=f"{naive:%Y-%m-%d %H:%M}",
            zone=tz_name,
        )
    return aware
