"""Open Repair Data Standard (ORDS v0.3) export: one anonymous CSV row per finished repair job.

The mapping (also in the README): product category from the device type, repair status from
the job's outcome, barrier when not fixed, country from the store's phone region, and a
problem text with every name, e-mail, IMEI and serial the shop holds (any case or spacing)
and any e-mail or run of 7+ digits (phones in any spelling) removed, a formula prefix
defused (services/people/redaction.py). No name, phone, e-mail, IMEI, serial or address is
ever written.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from counter_app import files
from counter_app.db import Database
from counter_app.models import Device, Quote, Ticket, TicketEvent
from counter_app.services.base.common import require_role
from counter_app.services.base.dto import Actor
from counter_app.services.people import redaction
from counter_app.services.people.redaction import Scrubber, defuse_formula
from counter_app.services.shop import settings as settings_service
from counter_app.services.stores import chain as stores
from counter_app.services.tickets.device_types import device_type
from counter_app.timeutil import local_day_bounds, to_local

COLUMNS = (
    "id",
    "data_provider",
    "country",
    "partner_product_category",
    "product_category",
    "product_category_id",
    "brand",
    "year_of_manufacture",
    "product_age",
    "repair_status",
    "repair_barrier_if_end_of_life",
    "group_identifier",
    "event_date",
    "problem",
    "record_date",
)
# ORDS v0.3 product categories for our device types: (text, id).
CATEGORIES = {
    "phone": ("Mobile", 19),
    "tablet": ("Tablet", 30),
    "laptop": ("Laptop", 16),
    "headphones": ("Headphones", 11),
    "watch": ("Watch/clock", 35),
    "charger": ("Battery/charger/adapter", 2),
    "other": ("Misc", 18),
}
REPAIR_STATUSES = ("Fixed", "Repairable", "End of life", "Unknown")
# The standard's repair barrier values (v0.3 code list, codes 1-6), for our barrier keys
# (models BARRIERS, recorded when a device is declared beyond repair: services/tickets/outcomes.py).
BARRIER_TEXT = {
    "spare_parts_not_available": "Spare parts not available",
    "spare_parts_too_expensive": "Spare parts too expensive",
    "no_way_to_open": "No way to open product",
    "repair_information_not_available": "Repair information not available",
    "lack_of_equipment": "Lack of equipment",
    "too_worn_out": "Item too worn out",
}
BARRIERS = tuple(BARRIER_TEXT.values())
COUNTRIES = {"CN": "CHN", "HK": "HKG", "TW": "TWN", "MO": "MAC"}
# Jobs that are repair attempts (a consultation or a return is not).
REPAIR_SERVICES = ("repair", "warranty", "maintenance")


@dataclass(frozen=True)
class Outcome:
    status: str  # one of REPAIR_STATUSES
    barrier: str  # one of BARRIERS, or "" when fixed / unknown


def outcome(
    status: str,
    approved: bool,
    declined: bool,
    waited_for_parts: bool,
    maintenance: bool,
    beyond_repair_barrier: str | None = None,
) -> Outcome:
    """The ORDS repair status of a closed job.

    Declared beyond repair by the technician (services/tickets/outcomes.py): End of life with the
    barrier recorded, whatever was quoted or approved before.
    Fixed: collected after approved (or maintenance) work. A declined quote: End of life,
    spare parts too expensive (not cost-effective for the owner). Cancelled while waiting
    for a part: End of life, spare parts not available. Cancelled otherwise: Repairable.
    Collected without any work (no fault found, nothing agreed): Unknown."""
    if beyond_repair_barrier:
        return Outcome("End of life", BARRIER_TEXT[beyond_repair_barrier])
    if status == "collected" and (approved or maintenance) and not declined:
        return Outcome("Fixed", "")
    if declined:
        return Outcome("End of life", "Spare parts too expensive")
    if status == "cancelled" and waited_for_parts:
        return Outcome("End of life", "Spare parts not available")
    if status == "cancelled":
        return Outcome("Repairable", "")
    return Outcome("Unknown", "")


def _open_text(scrubber: Scrubber, text: str) -> str:
    """Free text fit for open data: no personal value of the shop's, no formula, one line."""
    return defuse_formula(" ".join(scrubber.scrub(text).split()))


def product_age(purchased: date | None, event: date) -> str:
    """Years from purchase to the repair, one decimal ("" when the purchase date is unknown)."""
    if purchased is None or purchased > event:
        return ""
    return f"{(event - purchased).days / 365.25:.1f}"


def _rows(db: Database, since: date | None, until: date | None) -> Iterator[dict[str, Any]]:
    with db.read() as session:
        settings = settings_service.load_all(session)
        tz = stores.local_zone(session)  # the only store's, else the shop's
        scrubber = redaction.shop_scrubber(session)
        shop = _open_text(scrubber, settings.store_name) or "Service Counter"
        country = COUNTRIES.get(str(settings.phone_region).upper(), "")
        query = (
            select(Ticket, Device.brand, Device.model, Device.purchase_date)
            .join(Device, Device.id == Ticket.device_id)
            .where(
                Ticket.status.in_(("collected", "cancelled")),
                Ticket.service_type.in_(REPAIR_SERVICES),
            )
            .order_by(Ticket.id)
        )
        ended = func.coalesce(Ticket.collected_at, Ticket.updated_at)
        if since is not None:
            query = query.where(ended >= local_day_bounds(since, tz)[0])
        if until is not None:
            query = query.where(ended < local_day_bounds(until, tz)[1])
        batch: list[Any] = []
        for row in session.execute(query).yield_per(2000):
            batch.append(row)
            if len(batch) == 2000:
                yield from _batch(session, batch, tz, shop, country, scrubber)
                batch = []
        if batch:
            yield from _batch(session, batch, tz, shop, country, scrubber)


def _batch(
    session: Any,
    batch: list[Any],
    tz: str,
    shop: str,
    country: str,
    scrubber: Scrubber,
) -> Iterator[dict[str, Any]]:
    ids = [row[0].id for row in batch]
    approved = set(
        session.scalars(
            select(Quote.ticket_id).where(Quote.ticket_id.in_(ids), Quote.status == "approved")
        )
    )
    passed: dict[int, set[str]] = {}
    for ticket_id, to_status in session.execute(
        select(TicketEvent.ticket_id, TicketEvent.to_status).where(
            TicketEvent.ticket_id.in_(ids),
            TicketEvent.to_status.in_(("declined", "waiting_parts")),
        )
    ):
        passed.setdefault(ticket_id, set()).add(to_status)
    for ticket, brand, model, purchased in batch:
        ended: datetime = ticket.collected_at or ticket.updated_at
        local_end = to_local(ended, tz)
        assert local_end is not None
        event_day = local_end.date()
        kind = device_type(brand, model)
        category, category_id = CATEGORIES[kind]
        steps = passed.get(ticket.id, set())
        result = outcome(
            ticket.status,
            ticket.id in approved,
            "declined" in steps,
            "waiting_parts" in steps,
            ticket.service_type == "maintenance",
            ticket.outcome_barrier if ticket.outcome else None,
        )
        record = to_local(ticket.updated_at, tz)
        assert record is not None
        yield {
            "id": str(ticket.id),
            "data_provider": shop,
            "country": country,
            "partner_product_category": kind,
            "product_category": category,
            "product_category_id": category_id,
            "brand": _open_text(scrubber, brand),
            "year_of_manufacture": purchased.year if purchased else "",
            "product_age": product_age(purchased, event_day),
            "repair_status": result.status,
            "repair_barrier_if_end_of_life": result.barrier,
            "group_identifier": shop,
            "event_date": event_day.isoformat(),
            "problem": _open_text(scrubber, ticket.fault),
            "record_date": record.date().isoformat(),
        }


def export(
    db: Database, actor: Actor, path: Path, since: date | None = None, until: date | None = None
) -> dict[str, Any]:
    """Write the ORDS CSV (UTF-8, header row) atomically; manager only. Returns counts."""
    require_role(actor, "manager")
    path = Path(path)
    counts = dict.fromkeys(REPAIR_STATUSES, 0)
    with files.writing(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in _rows(db, since, until):
            writer.writerow(row)
            counts[row["repair_status"]] += 1
    return {
        "file": str(path),
        "records": sum(counts.values()),
        "fixed": counts["Fixed"],
        "repairable": counts["Repairable"],
        "end_of_life": counts["End of life"],
        "unknown": counts["Unknown"],
    }
