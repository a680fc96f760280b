"""A realistic sample shop: staff, parts, customers, devices and tickets over the last 90 days.

The data obey the same rules the services enforce (the workflow graph, quotes approved
before repair, payments never above the total, collected tickets paid in full with the
passcode erased and the repair warranty set, comebacks linked, stock never negative,
ticket numbers continuing the daily sequence). Rows are written in bulk (one transaction)
so that `demo --tickets 100000` takes about a minute; the benchmark builds its big shops
with the same generator.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app import audit_chain
from counter_app.db import Database
from counter_app.demo import aftercare as demo_aftercare
from counter_app.demo import appointments as demo_appointments
from counter_app.demo import data as catalogue
from counter_app.demo.job import Job
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import (
    Appointment,
    AuditEvent,
    Base,
    Complaint,
    Consultation,
    Customer,
    Device,
    Part,
    Payment,
    StockMovement,
    Store,
    Ticket,
    TicketCounter,
)
from counter_app.money import round_line
from counter_app.services.base.bulk import BulkWriter, max_ids
from counter_app.services.base.common import audit
from counter_app.services.people import users as user_service
from counter_app.services.shop import settings as settings_service
from counter_app.services.stores import chain as stores
from counter_app.services.tickets.numbering import format_ticket_no
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import zone
from counter_app.validation import luhn_check_digit

FLUSH_ROWS = 50_000


@dataclass
class _DeviceState:
    id: int
    customer_id: int
    model_level: int
    brand: str
    model: str
    busy_until: datetime  # last ticket closed at (or far future while open)
    last_ticket_id: int | None = None
    warranty_until: date | None = None


def _ensure_staff(db: Database) -> dict[str, list[int]]:
    manager = user_service.ensure_default_manager(db)
    existing = {u.username for u in user_service.list_users(db)}
    for username, display, role in catalogue.STAFF:
        if username not in existing:
            user_service.create_user(db, manager, username, display, role)
    roles: dict[str, list[int]] = {}
    for user in user_service.list_users(db):
        roles.setdefault(user.role, []).append(user.id)
    roles.setdefault("clerk", roles["manager"])
    roles.setdefault("technician", roles["manager"])
    roles.setdefault("inventory", roles["manager"])
    return roles


# The audit record that marks a shop as demo's own: demo may add to it again.
DEMO_MARK = "demo_filled"
_REAL_RECORDS = (Customer, Device, Ticket, Payment, Part, Appointment, Consultation, Complaint)


def check_may_fill(db: Database) -> None:
    """Demo data goes only into a new, empty shop or one demo made: a shop with real
    customers, devices, tickets, payments, parts or bookings is refused (ValidationError)
    before anything is written."""
    with db.read() as session:
        if session.scalar(select(AuditEvent.id).where(AuditEvent.action == DEMO_MARK).limit(1)):
            return
        if any(session.scalar(select(m.id).limit(1)) is not None for m in _REAL_RECORDS):
            raise ValidationError(
                "demo",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This shop holds real records: sample data goes only into a new, empty "
                    "shop; nothing was written",
                ),
            )


def _model_code(model: str) -> str:
    return "".join(ch for ch in model.upper() if ch.isalnum())[:10]


def fill(
    db: Database,
    tickets: int,
    seed: int = 7,
    *,
    days: int = 90,
    now: datetime | None = None,
    report: Callable[[int, int], object] | None = None,
    device_reuse: float = 0.06,
    parts: int = 0,
    store_code: str | None = None,
) -> dict[str, int]:
    """Add a sample shop's worth of data; returns how many rows of each kind were added.

    ``days``: the span of intake dates ending now; ``device_reuse``: the chance a ticket is
    for a device seen before (the benchmark uses more, for ~3 tickets a device); ``parts``:
    pad the catalogue with generic parts up to this many (the benchmark's 20,000).
    """
    rng = random.Random(seed)
    roles = _ensure_staff(db)
    manager_id = roles["manager"][0]
    with db.write() as session:
        before = audit_chain.chained_max_ids(session)
        settings = settings_service.load_all(session)
        if settings.store_name == settings_service.DEFAULTS.store_name:
            settings_service.save(session, "store_name", "华强手机维修中心")
            settings_service.save(session, "store_address", "深圳市福田区华强北路1002号")
            settings_service.save(session, "store_phone", "0755-8320 1234")
        store = (
            stores.store_by_code(session, store_code)
            if store_code
            else session.scalars(select(Store).order_by(Store.id)).first()
        )
        assert store is not None  # the migration makes the first store
        tz = zone(stores.store_time_zone(session, store))
        policy = warranty.Policy.from_settings(settings)
        generator = _Generator(
            session, rng, roles, manager_id, tz, policy, now or datetime.now(UTC), days, store
        )
        generator.device_reuse = device_reuse
        generator.extra_parts = parts
        generator.run(tickets, report)
        summary = generator.summary()
        summary.update(
            demo_aftercare.fill(session, rng, settings, roles, generator.now, days, store.id)
        )
        sync_sequences(session)
        audit(session, None, DEMO_MARK, "store", store.code, f"{tickets} tickets")
        # Its payments, quotes, events and stock went in by bulk inserts: chained here, so
        # `audit verify` on a demo shop catches an edited record like on any other.
        audit_chain.link_bulk(session, before)
    summary["appointments"] = demo_appointments.fill(db, seed, now, store.id)
    return summary


DEMO_STORES = (
    ("SZ2", "华强北二店", "SZ2", "深圳市福田区华强北路2008号"),
    ("SZ3", "南山店", "SZ3", "深圳市南山区科技园南路88号"),
    ("SZ4", "罗湖店", "SZ4", "深圳市罗湖区人民南路3001号"),
)


def fill_chain(
    db: Database, tickets: int, stores_wanted: int, seed: int = 7, **options: Any
) -> dict[str, int]:
    """A chain's demo: the shop's store plus ``stores_wanted - 1`` more (opened through the
    store service, every demo account working at each), the tickets shared out between them;
    each store gets its own stock, numbers and history. ``options`` go to ``fill`` for each
    store (the benchmark's ``days``, ``device_reuse``, ``parts``)."""
    if not 1 <= stores_wanted <= len(DEMO_STORES) + 1:
        raise ValidationError(
            "stores",
            QT_TRANSLATE_NOOP("errors", "--stores: 1 to {most}"),
            most=len(DEMO_STORES) + 1,
        )
    _ensure_staff(db)
    manager = user_service.ensure_default_manager(db)
    have = {s.code for s in stores.list_stores(db)}
    for code, name, prefix, address in DEMO_STORES[: stores_wanted - 1]:
        if code not in have:
            stores.add_store(db, manager, code, name, prefix, address=address)
        for user in user_service.list_users(db):
            stores.assign_staff(db, manager, code, user.username)
    codes = [s.code for s in stores.list_stores(db)][:stores_wanted]
    summary: dict[str, int] = {}
    for index, code in enumerate(codes):
        share = tickets // len(codes) + (1 if index < tickets % len(codes) else 0)
        for key, value in fill(db, share, seed + index, store_code=code, **options).items():
            summary[key] = summary.get(key, 0) + value
    summary["stores"] = len(codes)
    return summary


def sync_sequences(session: Session) -> None:
    """PostgreSQL: rows written with explicit ids leave the id sequences behind; move each past
    its table's highest id, so the next intake or call gets a fresh one (SQLite needs
    nothing)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or not column.primary_key:
            continue
        session.execute(
            select(
                func.setval(
                    func.pg_get_serial_sequence(table.name, "id"),
                    select(func.coalesce(func.max(column), 0) + 1).scalar_subquery(),
                    False,
                )
            )
        )


class _Generator:
    def __init__(
        self,
        session: Session,
        rng: random.Random,
        roles: dict[str, list[int]],
        manager_id: int,
        tz: Any,
        policy: warranty.Policy,
        now: datetime,
        days: int,
        store: Store,
    ) -> None:
        self.session, self.rng, self.roles, self.manager_id = session, rng, roles, manager_id
        self.tz, self.policy, self.now, self.days = tz, policy, now, days
        self.store_id, self.prefix = store.id, store.ticket_prefix
        self.writer = BulkWriter(session)
        self.writer.store_id = store.id
        self.ids = max_ids(session)
        self.counters: dict[str, int] = {
            row.day_key: row.last_value
            for row in session.scalars(
                select(TicketCounter).where(TicketCounter.store_id == store.id)
            )
        }
        self.parts: dict[tuple[str, str], tuple[int, Decimal, Decimal, str]] = {}
        self.stock: dict[int, int] = {}
        self.part_cost: dict[int, Decimal] = {}
        self.devices: list[_DeviceState] = []
        self.customers: list[int] = []
        self.device_reuse = 0.06
        self.extra_parts = 0

    # -- reference data ------------------------------------------------------------
    def _parts(self) -> None:
        start = self.now - timedelta(days=self.days + 5)
        existing = {
            sku: (pid, price, cost, name)
            for pid, sku, price, cost, name in self.session.execute(
                select(Part.id, Part.sku, Part.price, Part.cost, Part.name)
            )
        }
        for brand, models in catalogue.PHONES.items():
            for model, _tac, level in models:
                for index, (kind, prices, _labour, _fault) in enumerate(catalogue.REPAIRS):
                    sku = f"{kind.split()[0][:3].upper()}-{_model_code(model)}"
                    if sku in existing:
                        self.parts[(model, kind)] = existing[sku]
                        continue
                    price = Decimal(prices[level - 1]).quantize(Decimal("0.01"))
                    cost = round_line(price * Decimal("0.55"))
                    part_id = self.ids.next("parts")
                    name = f"{brand} {model} {kind}"
                    self.writer.add(
                        Part,
                        id=part_id,
                        sku=sku,
                        barcode=f"69{part_id:011d}",
                        name=name,
                        category=kind,
                        compatible_models=f"{brand} {model}",
                        cost=cost,
                        price=price,
                        supplier=self.rng.choice(catalogue.SUPPLIERS),
                        bin_location=f"{chr(65 + index)}-{level}{self.rng.randrange(1, 20):02d}",
                        low_stock_level=3,
                        discontinued=model in ("iPhone 11", "Mate 50"),
                        created_at=start,
                        updated_at=start,
                    )
                    self.parts[(model, kind)] = (part_id, price, cost, name)
        categories = (
            "Screen protector",
            "Cable",
            "Adhesive",
            "Flex cable",
            "Screw set",
            "SIM tray",
            "Vibration motor",
            "Microphone",
            "Button",
            "Antenna",
        )
        # A chain's later stores share the catalogue the first one padded: they stock those
        # generic parts too instead of adding as many again.
        for sku, (pid, price, cost, name) in existing.items():
            if sku.startswith("GEN-"):
                self.parts[("", f"generic-{pid}")] = (pid, price, cost, name)
        padding = self.extra_parts - len(self.parts)
        for index in range(max(0, padding)):
            part_id = self.ids.next("parts")
            category = categories[index % len(categories)]
            price = Decimal(self.rng.randrange(900, 30000)) / 100
            self.writer.add(
                Part,
                id=part_id,
                sku=f"GEN-{part_id:06d}",
                barcode=f"69{part_id:011d}",
                name=f"{category} #{index + 1}",
                category=category,
                compatible_models="",
                cost=round_line(price * Decimal("0.5")),
                price=price,
                supplier=self.rng.choice(catalogue.SUPPLIERS),
                bin_location=f"Z-{index % 400:03d}",
                low_stock_level=2,
                discontinued=False,
                created_at=start,
                updated_at=start,
            )
            self.parts[("", f"generic-{part_id}")] = (
                part_id,
                price,
                round_line(price * Decimal("0.5")),
                category,
            )
        for part_id, _price, cost, _name in self.parts.values():
            self.part_cost[part_id] = cost
            if part_id not in self.stock:
                self._receive(part_id, self.rng.randrange(5, 40), start, "Opening stock")

    def _receive(self, part_id: int, quantity: int, at: datetime, reason: str = "") -> None:
        """Parts in from a supplier: opening stock, and restocking before a part runs out."""
        self.stock[part_id] = self.stock.get(part_id, 0) + quantity
        self.writer.add(
            StockMovement,
            id=self.ids.next("stock_movements"),
            part_id=part_id,
            kind="received",
            quantity=quantity,
            unit_cost=self.part_cost[part_id],
            supplier=self.rng.choice(catalogue.SUPPLIERS),
            ticket_id=None,
            quote_line_id=None,
            reason=reason,
            at=at,
            user_id=self.roles["inventory"][0],
        )

    def _new_customer(self, at: datetime) -> int:
        phone, reversed_digits = catalogue.phone(self.rng)
        customer_id = self.ids.next("customers")
        self.writer.add(
            Customer,
            id=customer_id,
            name=catalogue.person_name(self.rng),
            phone=phone,
            phone_reversed=reversed_digits,
            email=None,
            notes="",
            contact_consent=self.rng.random() < 0.9,
            created_at=at,
            anonymised_at=None,
        )
        self.customers.append(customer_id)
        return customer_id

    def _new_device(self, customer_id: int, at: datetime) -> _DeviceState:
        device_id = self.ids.next("devices")
        imei = serial = None
        if self.rng.random() < 0.06:
            brand, model, prefix = self.rng.choice(catalogue.SERIAL_DEVICES)
            serial = f"{prefix}{device_id:09d}"
            level = 2
        else:
            brand = self.rng.choice(list(catalogue.PHONES))
            model, tac, level = self.rng.choice(catalogue.PHONES[brand])
            # Unique by construction: the device id fills the serial digits (and, past a
            # million devices, the TAC's last two digits).
            block = (int(tac[6:]) + device_id // 1_000_000) % 100
            body = f"{tac[:6]}{block:02d}{device_id % 1_000_000:06d}"
            imei = body + luhn_check_digit(body)
        bought = (at - timedelta(days=self.rng.randrange(20, 900))).astimezone(self.tz).date()
        self.writer.add(
            Device,
            id=device_id,
            brand=brand,
            model=model,
            colour=self.rng.choice(catalogue.COLOURS),
            imei=imei,
            imei2=None,
            serial=serial,
            purchase_date=bought if self.rng.random() < 0.5 else None,
            purchase_proof=f"INV{device_id:08d}" if self.rng.random() < 0.3 else "",
            owner_id=customer_id,
            created_at=at,
        )
        state = _DeviceState(device_id, customer_id, level, brand, model, busy_until=at)
        self.devices.append(state)
        return state

    # -- tickets ---------------------------------------------------------------------
    def run(self, count: int, report: Callable[[int, int], object] | None) -> None:
        self._parts()
        start = self.now - timedelta(days=self.days)
        span = (self.now - start).total_seconds()
        # More tickets recently than long ago is not needed: a shop's intake is steady.
        moments = sorted(start + timedelta(seconds=self.rng.random() * span) for _ in range(count))
        for index, received_at in enumerate(moments):
            local = received_at.astimezone(self.tz)
            if not 9 <= local.hour < 21:  # the shop is open 9:00-21:00
                received_at = received_at.replace(hour=(received_at.hour % 12) + 1)
                received_at = min(received_at, self.now - timedelta(minutes=1))
            self._ticket(received_at)
            if self.writer.pending() >= FLUSH_ROWS:
                self.writer.flush()
            if report is not None and index % 1000 == 0:
                report(index, count)
        self._save_counters()
        self.writer.flush()

    def _pick_device(self, at: datetime) -> _DeviceState:
        if self.devices and self.rng.random() < self.device_reuse:
            candidate = self.devices[self.rng.randrange(len(self.devices))]
            if candidate.busy_until < at:
                return candidate
        if self.customers and self.rng.random() < 0.15:
            customer_id = self.customers[self.rng.randrange(len(self.customers))]
        else:
            customer_id = self._new_customer(at)
        return self._new_device(customer_id, at)

    def _ticket_no(self, received_at: datetime) -> str:
        day_key = received_at.astimezone(self.tz).strftime("%y%m%d")
        value = self.counters.get(day_key, 0) + 1
        self.counters[day_key] = value
        return format_ticket_no(self.prefix, day_key, value)

    def _save_counters(self) -> None:
        for day_key, value in self.counters.items():
            row = self.session.get(TicketCounter, (self.store_id, day_key))
            if row is None:
                self.session.add(
                    TicketCounter(store_id=self.store_id, day_key=day_key, last_value=value)
                )
            else:
                row.last_value = max(row.last_value, value)

    def _ticket(self, received_at: datetime) -> None:
        job = Job(self, received_at)
        job.finish(job.walk())
        job.write()

    def summary(self) -> dict[str, int]:
        names = {
            "customers": "customers",
            "devices": "devices",
            "tickets": "tickets",
            "ticket_events": "events",
            "quotes": "quotes",
            "payments": "payments",
            "parts": "parts",
            "stock_movements": "stock_movements",
        }
        return {label: self.writer.counts.get(table, 0) for table, label in names.items()}
