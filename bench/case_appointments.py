"""Bench case: the schedule's week view for 10 engineers over 2 years of appointments, ours
(the appointment service) vs the same rows read by hand in SQL."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select

from bench.harness import Shop, case
from counter_app.models import Appointment, User
from counter_app.services.appointments import booking as appointments
from counter_app.services.people import users
from counter_app.timeutil import local_day_bounds, utcnow, zone

ENGINEERS = 10
DAYS = 730
SLOT_HOURS = (9, 11, 14, 16)
TZ = "Asia/Shanghai"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _ensure_appointments(shop: Shop) -> None:
    """Ten engineers with two years of bookings (4 slots a working day, most taken), once."""
    names = [f"bench{n:02d}" for n in range(1, ENGINEERS + 1)]
    existing = {u.username for u in users.list_users(shop.db)}
    if all(name in existing for name in names):
        return
    for name in names:
        if name not in existing:
            users.create_user(shop.db, shop.actor, name, f"Engineer {name[-2:]}", "technician")
    rng = random.Random(16)
    tz = zone(TZ)
    today = utcnow().astimezone(tz).date()
    with shop.db.write() as session:
        ids = list(session.scalars(select(User.id).where(User.username.in_(names))))
        rows = []
        for offset in range(-DAYS + 30, 30):
            day = today + timedelta(days=offset)
            if day.weekday() >= 5:
                continue
            for engineer in ids:
                for hour in SLOT_HOURS:
                    if rng.random() > 0.8:
                        continue
                    starts = datetime.combine(day, time(hour), tzinfo=tz).astimezone(UTC)
                    past = offset < 0
                    rows.append(
                        dict(
                            kind="onsite",
                            status="done" if past else "booked",
                            customer_id=None,
                            customer_name=f"客户{rng.randrange(10**5):05d}",
                            phone=f"+86139{rng.randrange(10**8):08d}",
                            address="深圳市福田区华强北路1002号",
                            starts_at=starts,
                            ends_at=starts + timedelta(hours=1),
                            engineer_id=engineer,
                            brand="",
                            model="",
                            imei=None,
                            serial=None,
                            fault="Router drops Wi-Fi",
                            notes="",
                            due_on=day,
                            arrived_at=starts + timedelta(minutes=10) if past else None,
                            late=False,
                            done_at=starts + timedelta(minutes=50) if past else None,
                            work_done="",
                            signed_by="",
                            cancel_reason="",
                            ticket_id=None,
                            created_at=starts - timedelta(days=2),
                            created_by_id=shop.actor.id,
                            updated_at=starts,
                        )
                    )
        session.execute(insert(Appointment), rows)
    with shop.db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")


@case("schedule week view, 10 engineers, 2 years", repeat=10)
def week_view(shop: Shop) -> list[date]:
    _ensure_appointments(shop)
    today = utcnow().astimezone(zone(TZ)).date()
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=weeks) for weeks in (0, 1, 13, 52, 100)]


@week_view.ours
def _(shop: Shop, monday: date) -> object:
    return appointments.week(shop.db, monday)


@week_view.baseline
def _(shop: Shop, monday: date) -> object:
    start, _ = local_day_bounds(monday, TZ)
    _, end = local_day_bounds(monday + timedelta(days=6), TZ)
    return shop.raw.execute(
        "SELECT a.*, u.username, u.display_name, t.ticket_no FROM appointments a "
        "LEFT JOIN users u ON u.id = a.engineer_id LEFT JOIN tickets t ON t.id = a.ticket_id "
        "WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id",
        (_iso(start), _iso(end)),
    ).fetchall()
