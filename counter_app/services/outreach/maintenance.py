"""Maintenance reminders (定期保养): the devices whose last maintenance is older than the
shop's interval (setting ``maintenance_interval_months``), of customers who consented to be
contacted.

The last maintenance is the latest collected maintenance job of the device, counted from its
collection's local day; it is due on the day ``maintenance_interval_months`` calendar months
later (``timeutil.add_months``) and stays due until a new maintenance job is taken in (a
device with an open maintenance job is not listed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import aliased

from counter_app.db import Database
from counter_app.models import CLOSED_STATUSES, Customer, Device, Ticket
from counter_app.services.base.common import require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.stores import chain as stores
from counter_app.timeutil import add_months, local_today, to_local
from counter_app.validation import mask_phone


@dataclass(frozen=True)
class MaintenanceDue:
    device_id: int
    brand: str
    model: str
    imei: str | None
    serial: str | None
    customer_name: str
    phone: str
    last_maintenance: date  # local day the last maintenance job was collected
    due_on: date
    ticket_no: str  # the last maintenance job (a reminder message is sent for it)

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone)


def due_on(last_maintenance: date, interval_months: int) -> date:
    """The day a device's next maintenance is due (the one home of the rule)."""
    return add_months(last_maintenance, interval_months)


def due(db: Database, actor: Actor, on: date | None = None) -> list[MaintenanceDue]:
    """Devices due for maintenance on ``on`` (default: today, the store's local day), the
    longest overdue first. Only customers with contact consent and not erased."""
    require_role(actor, "clerk", "technician")
    with db.read() as session:
        settings = settings_service.load_all(session)
        tz = stores.local_zone(session, actor=actor)
        today = on or local_today(tz)
        interval = settings.maintenance_interval_months
        last = (
            select(Ticket.device_id, func.max(Ticket.collected_at).label("last_at"))
            .where(
                Ticket.service_type == "maintenance",
                Ticket.status == "collected",
                Ticket.collected_at.is_not(None),
            )
            .group_by(Ticket.device_id)
            .subquery()
        )
        open_job = aliased(Ticket)
        latest = aliased(Ticket)
        rows = session.execute(
            select(Device, Customer, last.c.last_at, latest.ticket_no)
            .join(last, last.c.device_id == Device.id)
            .join(Customer, Customer.id == Device.owner_id)
            .join(
                latest,
                and_(
                    latest.device_id == Device.id,
                    latest.service_type == "maintenance",
                    latest.collected_at == last.c.last_at,
                ),
            )
            .where(
                Customer.contact_consent.is_(True),
                Customer.anonymised_at.is_(None),
                Customer.phone.is_not(None),
                ~exists().where(
                    open_job.device_id == Device.id,
                    open_job.service_type == "maintenance",
                    open_job.status.not_in(CLOSED_STATUSES),
                ),
            )
        ).all()
        found: dict[int, MaintenanceDue] = {}
        for device, customer, last_at, ticket_no in rows:
            local = to_local(last_at, tz)
            assert local is not None
            when = due_on(local.date(), interval)
            if when > today or device.id in found:
                continue
            found[device.id] = MaintenanceDue(
                device_id=device.id,
                brand=device.brand,
                model=device.model,
                imei=device.imei,
                serial=device.serial,
                customer_name=customer.name,
                phone=customer.phone or "",
                last_maintenance=local.date(),
                due_on=when,
                ticket_no=ticket_no,
            )
        return sorted(found.values(), key=lambda d: (d.due_on, d.device_id))
