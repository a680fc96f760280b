"""Sample appointments for the demo shop: booked drop-offs that became the demo's intakes,
on-site visits (on time, late, no-shows, cancellations) over its recent days, and the
coming week's bookings for every technician."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select

from counter_app.db import Database
from counter_app.models import Appointment, Customer, Device, Store, Ticket, User
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.shop.working_days import is_working_day, onsite_due, shop_holidays
from counter_app.services.stores import chain as stores
from counter_app.timeutil import zone

STREETS = [
    "深圳市福田区华强北路",
    "深圳市南山区科技园南路",
    "深圳市罗湖区人民南路",
    "深圳市宝安区新安六路",
    "深圳市龙华区民治大道",
    "香港九龍旺角彌敦道",
]
ONSITE_FAULTS = [
    "Smart lock does not pair",
    "智能门锁无法联网",
    "Router drops Wi-Fi",
    "摄像头离线",
    "Tablet will not charge",
    "平板无法开机",
]
SLOT_HOURS = (9, 11, 14, 16)
RECENT_DAYS = 60  # how far back past visits are drawn from the demo's tickets


def _address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)}{rng.randrange(1, 300)}号{rng.randrange(2, 30)}楼"


def fill(
    db: Database, seed: int = 7, now: datetime | None = None, store_id: int | None = None
) -> int:
    """Add the sample appointments; returns how many."""
    rng = random.Random(seed * 31 + 16)
    now = now or datetime.now(UTC)
    with db.write() as session:
        settings = settings_service.load_all(session)
        tz = zone(stores.local_zone(session, store_id=store_id))
        holidays = shop_holidays(settings)
        engineers = list(
            session.scalars(select(User.id).where(User.role == "technician", User.active.is_(True)))
        )
        if not engineers:
            return 0
        first_store = session.scalar(select(Store.id).order_by(Store.id).limit(1))
        manager = session.scalar(select(User.id).where(User.role == "manager").limit(1))
        manager = manager or engineers[0]
        busy: set[tuple[int, datetime]] = set()
        rows: list[dict[str, Any]] = []

        def add(**row: Any) -> None:
            key = (row["engineer_id"], row["starts_at"])
            if row["engineer_id"] is not None and key in busy:
                return
            busy.add(key)
            row.setdefault("store_id", store_id or first_store)
            row.setdefault("imei", None)
            row.setdefault("serial", None)
            rows.append(row)

        # Past: some intakes were booked drop-offs; some jobs came from on-site visits.
        recent = session.execute(
            select(
                Ticket.id,
                Ticket.received_at,
                Ticket.technician_id,
                Ticket.fault,
                Ticket.customer_id,
                Customer.name,
                Customer.phone,
                Device.brand,
                Device.model,
            )
            .join(Customer, Customer.id == Ticket.customer_id)
            .join(Device, Device.id == Ticket.device_id)
            .where(
                Ticket.received_at >= now - timedelta(days=RECENT_DAYS),
                Customer.phone.is_not(None),
            )
        ).all()
        for ticket_id, received, tech, fault, customer_id, name, phone, brand, model in recent:
            draw = rng.random()
            if draw >= 0.12:
                continue
            local = received.astimezone(tz)
            starts = local.replace(minute=0, second=0, microsecond=0)
            onsite = draw < 0.04
            engineer = tech or rng.choice(engineers)
            if onsite:
                starts -= timedelta(hours=rng.choice((0, 0, 0, 1)))  # a quarter arrive late
            ends = starts + timedelta(hours=1)
            booked = starts - timedelta(days=rng.randrange(1, 4), hours=rng.randrange(1, 6))
            add(
                kind="onsite" if onsite else "dropoff",
                status="done",
                customer_id=customer_id,
                customer_name=name,
                phone=phone,
                address=_address(rng) if onsite else "",
                starts_at=starts.astimezone(UTC),
                ends_at=ends.astimezone(UTC),
                engineer_id=engineer if onsite else tech,
                brand=brand,
                model=model,
                fault=fault,
                notes="",
                due_on=onsite_due(booked.date(), settings) if onsite else None,
                arrived_at=received,
                late=received > ends,
                done_at=received + timedelta(minutes=rng.randrange(20, 50)) if onsite else received,
                work_done="",
                signed_by=name if onsite else "",
                cancel_reason="",
                ticket_id=ticket_id,
                created_at=booked.astimezone(UTC),
                created_by_id=manager,
                updated_at=received,
            )
            if rng.random() < 0.15:  # and some bookings never turned into a job
                missed = starts - timedelta(days=rng.randrange(1, 5))
                status = rng.choice(("no_show", "cancelled"))
                reason = rng.choice(("Customer fixed it", "客户改约", "Moved house"))
                add(
                    **_booking(rng, tz, settings, missed, engineer, manager, name, phone),
                    status=status,
                    customer_id=customer_id,
                    cancel_reason=reason if status == "cancelled" else "",
                )
        # The coming week: every technician has a few bookings on working days.
        customers = session.execute(
            select(Customer.id, Customer.name, Customer.phone)
            .where(Customer.phone.is_not(None))
            .order_by(Customer.id.desc())
            .limit(200)
        ).all()
        today = now.astimezone(tz).date()
        for offset in range(0, 8):
            day = today + timedelta(days=offset)
            if not is_working_day(day, holidays):
                continue
            for engineer in engineers:
                for hour in rng.sample(SLOT_HOURS, rng.randrange(1, 4)):
                    starts = datetime.combine(day, time(hour), tzinfo=tz)
                    if starts <= now or not customers:
                        continue
                    customer_id, name, phone = rng.choice(customers)
                    status = "confirmed" if offset < 2 or rng.random() < 0.4 else "booked"
                    add(
                        **_booking(rng, tz, settings, starts, engineer, manager, name, phone),
                        status=status,
                        customer_id=customer_id,
                        cancel_reason="",
                    )
        if rows:
            session.execute(insert(Appointment), rows)
        return len(rows)


def _booking(
    rng: random.Random,
    tz: Any,
    settings: ShopSettings,
    starts: datetime,
    engineer: int,
    manager: int,
    name: str,
    phone: str | None,
) -> dict[str, Any]:
    """A booking not (yet) attended: the fields every status shares."""
    booked = starts - timedelta(days=rng.randrange(1, 4))
    onsite = rng.random() < 0.7
    return {
        "kind": "onsite" if onsite else "dropoff",
        "customer_name": name,
        "phone": phone or "",
        "address": _address(rng) if onsite else "",
        "starts_at": starts.astimezone(UTC),
        "ends_at": (starts + timedelta(hours=1)).astimezone(UTC),
        "engineer_id": engineer,
        "brand": "",
        "model": "",
        "fault": rng.choice(ONSITE_FAULTS),
        "notes": "",
        "due_on": onsite_due(booked.astimezone(tz).date(), settings) if onsite else None,
        "arrived_at": None,
        "late": False,
        "done_at": None,
        "work_done": "",
        "signed_by": "",
        "ticket_id": None,
        "created_at": booked.astimezone(UTC),
        "created_by_id": manager,
        "updated_at": booked.astimezone(UTC),
    }
