"""A realistic sample shop: staff, parts, customers, devices and tickets over the last 90 days.

The data obey the same rules the services enforce (the workflow graph, quotes approved
before repair, payments never above the total, collected tickets paid in full with the
passcode erased and the repair warranty set, comebacks linked, stock never negative,
ticket numbers continuing the daily sequence). Rows are written in bulk (one transaction)
so that `demo --tickets 100000` takes about a minute; the benchmark builds its big shops
with the same generator.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import phonenumbers
from sqlalchemy import Boolean, Date, Table, func, insert, select
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.demo import aftercare as demo_aftercare
from counter_app.demo import appointments as demo_appointments
from counter_app.demo import data as catalogue
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import (
    Appointment,
    AuditEvent,
    Base,
    Complaint,
    Consultation,
    Customer,
    Device,
    Money,
    Part,
    Payment,
    Quote,
    QuoteLine,
    StockMovement,
    Store,
    Ticket,
    TicketCounter,
    TicketEvent,
    User,
    UTCDateTime,
)
from counter_app.money import round_line
from counter_app.services.base.common import audit
from counter_app.services.people import users as user_service
from counter_app.services.shop import settings as settings_service
from counter_app.services.stores import chain as stores
from counter_app.services.tickets.intake import CONDITION_ITEMS
from counter_app.services.tickets.numbering import format_ticket_no
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import zone
from counter_app.validation import luhn_check_digit

FLUSH_ROWS = 50_000
METHODS = ("cash", "card", "wechat_pay", "alipay", "other")
METHOD_WEIGHTS = (20, 10, 40, 28, 2)


def _sqlite_converter(column: Any) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, Money):
        return lambda v: None if v is None else int(v * 100)
    if isinstance(kind, UTCDateTime):
        return lambda v: None if v is None else v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(kind, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else int(v)
    return lambda v: v


class BulkWriter:
    """Buffers rows per table and writes them in executemany batches, parents first."""

    ORDER = (
        User,
        Part,
        Customer,
        Device,
        Ticket,
        Quote,
        QuoteLine,
        Payment,
        TicketEvent,
        StockMovement,
    )

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.buffers: dict[Table, list[dict[str, Any]]] = {}
        self.counts: dict[str, int] = {}
        # Rows of tables that belong to a store (tickets, payments, stock) go to this one.
        self.store_id: int | None = None

    def add(self, model_class: Any, /, **row: Any) -> None:
        table = model_class.__table__
        if self.store_id is not None and "store_id" in table.c and "store_id" not in row:
            row["store_id"] = self.store_id
        self.buffers.setdefault(table, []).append(row)
        self.counts[table.name] = self.counts.get(table.name, 0) + 1

    def pending(self) -> int:
        return sum(len(rows) for rows in self.buffers.values())

    def flush(self) -> None:
        for model in self.ORDER:
            table: Table = model.__table__  # type: ignore[assignment]
            rows = self.buffers.pop(table, None)
            if not rows:
                continue
            if self.sqlite:
                names = list(rows[0])
                converters = [_sqlite_converter(table.c[name]) for name in names]
                sql = (
                    f'INSERT INTO "{table.name}" ({", ".join(names)}) '
                    f"VALUES ({', '.join('?' * len(names))})"
                )
                data = [
                    tuple(conv(row[name]) for conv, name in zip(converters, names, strict=True))
                    for row in rows
                ]
                self.session.connection().exec_driver_sql(sql, data)
            else:
                self.session.execute(insert(table), rows)


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


@dataclass
class _Ids:
    values: dict[str, int] = field(default_factory=dict)

    def next(self, name: str) -> int:
        self.values[name] += 1
        return self.values[name]


def _max_ids(session: Session) -> _Ids:
    ids = _Ids()
    for model in (
        Customer,
        Device,
        Ticket,
        TicketEvent,
        Quote,
        QuoteLine,
        Payment,
        Part,
        StockMovement,
        User,
    ):
        ids.values[model.__tablename__] = int(session.scalar(select(func.max(model.id))) or 0)
    return ids


def _phone(rng: random.Random) -> tuple[str, str]:
    """(E.164, reversed national digits): mostly mainland mobiles, some Hong Kong/Taiwan."""
    roll = rng.random()
    if roll < 0.88:
        prefix = rng.choice(
            [
                "135",
                "136",
                "137",
                "138",
                "139",
                "150",
                "151",
                "152",
                "157",
                "158",
                "159",
                "182",
                "183",
                "186",
                "187",
                "188",
                "189",
                "177",
            ]
        )
        national = prefix + f"{rng.randrange(10**8):08d}"
        return "+86" + national, national[::-1]
    while True:  # Hong Kong and Taiwan mobiles, checked like the intake form checks them
        if roll < 0.95:
            national, code = rng.choice("569") + f"{rng.randrange(10**7):07d}", "+852"
        else:
            national, code = "9" + f"{rng.randrange(10**8):08d}", "+886"
        if phonenumbers.is_valid_number(phonenumbers.parse(code + national)):
            return code + national, national[::-1]


def _name(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return rng.choice(catalogue.SURNAMES) + rng.choice(catalogue.GIVEN)
    return f"{rng.choice(catalogue.ENGLISH_FIRST)} {rng.choice(catalogue.ENGLISH_LAST)}"


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
        settings = settings_service.load_all(session)
        if settings["store_name"] == settings_service.SPEC_BY_KEY["store_name"].default:
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
        self.ids = _max_ids(session)
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
        phone, reversed_digits = _phone(self.rng)
        customer_id = self.ids.next("customers")
        self.writer.add(
            Customer,
            id=customer_id,
            name=_name(self.rng),
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
        rng = self.rng
        device = self._pick_device(received_at)
        ticket_id = self.ids.next("tickets")
        clerk = rng.choice(self.roles["clerk"])
        tech = rng.choice(self.roles["technician"])
        roll = rng.random()
        service = (
            "repair"
            if roll < 0.74
            else "warranty"
            if roll < 0.84
            else "maintenance"
            if roll < 0.91
            else "consultation"
            if roll < 0.95
            else "return_exchange"
        )
        repair = catalogue.REPAIRS[rng.randrange(len(catalogue.REPAIRS))]
        fault = repair[3] if rng.random() < 0.85 else rng.choice(catalogue.EXTRA_FAULTS)
        if service == "maintenance":
            fault = "保养：清洁、电池检测、系统更新"
        earlier: tuple[warranty.EarlierJob, ...] = ()
        if device.warranty_until is not None and device.last_ticket_id is not None:
            earlier = (
                warranty.EarlierJob(
                    device.last_ticket_id, "", "collected", None, device.warranty_until, None, False
                ),
            )
        verdict = warranty.decide(
            self.policy, request_date=received_at.astimezone(self.tz).date(), earlier=earlier
        )
        comeback = verdict.is_comeback
        decision, reason = "undecided", ""
        w_kind, w_code, w_params, w_ends, w_exclusion = None, "", {}, None, None
        if comeback:
            # The demo's comebacks are all confirmed as the same fault: free.
            decision, reason = "free", QT_TRANSLATE_NOOP("events", "Same fault")
            w_kind, w_code, w_ends = verdict.kind, "comeback_same_fault", verdict.ends_on
            w_params = verdict.params_dict()
        elif service == "warranty":
            free = rng.random() < 0.7
            decision = "free" if free else "paid"
            reason = (
                QT_TRANSLATE_NOOP("events", "Within the handset warranty")
                if free
                else QT_TRANSLATE_NOOP("events", "Liquid damage")
            )
            w_kind, w_code = ("manufacturer", "technician") if free else (None, "excluded")
            if not free:
                w_exclusion, w_params = "liquid", {"exclusion": "liquid"}
        elif service == "consultation":
            decision, w_code = "free", "consultation"

        events: list[tuple[datetime, int, str, str | None, str | None, str]] = []
        status = "received"
        t = received_at
        events.append((t, clerk, "created", None, "received", fault))
        if comeback:
            events.append((t, clerk, "comeback", None, None, reason))

        # Some jobs wait in a queue or for the customer: they are the open ones on the board.
        slow = rng.choice((0.5, 1.0, 1.0, 2.0, 4.0, 10.0))

        def step(to: str, user: int, hours: tuple[float, float], note: str = "") -> bool:
            nonlocal t, status
            moment = t + timedelta(hours=rng.uniform(*hours) * slow)
            if moment >= self.now:
                return False
            t = moment
            events.append((t, user, "status", status, to, note))
            status = to
            return True

        quote_id = None
        line_rows: list[tuple[int, Decimal, int | None]] = []
        total = Decimal("0.00")
        completed_at = collected_at = None
        payments: list[tuple[datetime, str, str, Decimal, Decimal | None]] = []
        cancelled = rng.random() < 0.03
        declined = service in ("repair", "warranty") and rng.random() < 0.07
        waits = rng.random() < 0.12

        def add_quote(at: datetime, approved: bool | None) -> None:
            nonlocal quote_id, total
            quote_id = self.ids.next("quotes")
            part = self.parts.get((device.model, repair[0]))
            lines: list[tuple[str, int | None, str, Decimal, Decimal | None]] = []
            if service == "maintenance":
                lines.append(
                    ("labour", None, "保养套餐 Maintenance package", Decimal("99.00"), None)
                )
            else:
                if part is not None:
                    lines.append(("part", part[0], part[3], part[1], part[2]))
                lines.append(
                    ("labour", None, repair[2], catalogue.LABOUR[device.model_level], None)
                )
            for kind, part_id, text, price, cost in lines:
                line_id = self.ids.next("quote_lines")
                self.writer.add(
                    QuoteLine,
                    id=line_id,
                    quote_id=quote_id,
                    kind=kind,
                    part_id=part_id,
                    description=text,
                    qty=1,
                    unit_price=price,
                    line_total=price,
                    unit_cost=cost,
                )
                line_rows.append((line_id, price, part_id))
                events.append(
                    (at, tech, "quote_line", None, None, f"{text} × 1 @ {price:.2f} = {price:.2f}")
                )
            total = sum((price for _, price, _ in line_rows), Decimal("0.00"))
            self.writer.add(
                Quote,
                id=quote_id,
                ticket_id=ticket_id,
                seq=1,
                status="pending" if approved is None else ("approved" if approved else "declined"),
                created_at=at,
                created_by_id=tech,
                decided_at=None if approved is None else at + timedelta(minutes=20),
                decided_by_id=None if approved is None else clerk,
                decision_method=None
                if approved is None
                else rng.choice(("in_person", "phone", "message")),
            )

        def pay(at: datetime, kind: str, amount: Decimal) -> None:
            method = rng.choices(METHODS, METHOD_WEIGHTS)[0]
            tendered = None
            if method == "cash":
                tendered = ((amount // 50) + 1) * 50 if rng.random() < 0.6 else amount
            payments.append((at, kind, method, amount, tendered))

        path_ok = True
        if service == "consultation":
            path_ok = step("ready", tech, (0.2, 1.5), QT_TRANSLATE_NOOP("events", "Advice given"))
        elif service == "maintenance":
            path_ok = step("in_repair", tech, (0.3, 3))
            if path_ok:
                add_quote(t, True)
            path_ok = path_ok and step("quality_check", tech, (0.5, 4))
            path_ok = path_ok and step("ready", tech, (0.2, 2))
        else:
            path_ok = step("diagnosing", tech, (0.3, 4))
            if path_ok and decision == "undecided":
                decision, reason = "paid", QT_TRANSLATE_NOOP("events", "Out of warranty")
            path_ok = path_ok and step(
                "awaiting_approval", tech, (0.5, 6), QT_TRANSLATE_NOOP("events", "Quote sent")
            )
            if path_ok:
                answer = t + timedelta(hours=rng.uniform(0.3, 20) * slow)
                if answer >= self.now or cancelled:
                    add_quote(t, None)
                    path_ok = False
                else:
                    add_quote(t, not declined)
                    deposit = (
                        rng.random() < 0.3 and not declined and decision != "free" and total >= 200
                    )
                    t = answer
                    events.append(
                        (
                            t,
                            clerk,
                            "quote_declined" if declined else "quote_approved",
                            None,
                            None,
                            "phone",
                        )
                    )
                    if declined:
                        events.append(
                            (
                                t,
                                clerk,
                                "status",
                                status,
                                "declined",
                                QT_TRANSLATE_NOOP("events", "Customer declined"),
                            )
                        )
                        status = "declined"
                        path_ok = step(
                            "ready",
                            tech,
                            (4, 72),
                            QT_TRANSLATE_NOOP("events", "Reassembled, no repair"),
                        )
                    else:
                        if deposit:
                            amount = round_line((total / 2).quantize(Decimal("1")))
                            pay(t, "deposit", amount)
                            events.append(
                                (t, clerk, "payment", None, None, f"deposit {amount:.2f}")
                            )
                        events.append(
                            (
                                t,
                                clerk,
                                "status",
                                status,
                                "in_repair",
                                QT_TRANSLATE_NOOP("events", "approved"),
                            )
                        )
                        status = "in_repair"
                        for line_id, _price, part_id in line_rows:
                            if part_id is not None:
                                if self.stock.get(part_id, 0) <= 2:
                                    self._receive(
                                        part_id, rng.randrange(20, 41), t - timedelta(hours=2)
                                    )
                                self.stock[part_id] -= 1
                                self.writer.add(
                                    StockMovement,
                                    id=self.ids.next("stock_movements"),
                                    part_id=part_id,
                                    kind="used",
                                    quantity=-1,
                                    unit_cost=None,
                                    supplier="",
                                    ticket_id=ticket_id,
                                    quote_line_id=line_id,
                                    reason="",
                                    at=t,
                                    user_id=tech,
                                )
                                events.append((t, tech, "part_used", None, None, ""))
                        if waits:
                            path_ok = step(
                                "waiting_parts",
                                tech,
                                (0.2, 3),
                                QT_TRANSLATE_NOOP("events", "Part ordered"),
                            )
                            path_ok = path_ok and step(
                                "in_repair",
                                tech,
                                (20, 72),
                                QT_TRANSLATE_NOOP("events", "Part arrived"),
                            )
                        path_ok = path_ok and step("quality_check", tech, (0.5, 8))
                        path_ok = path_ok and step(
                            "ready", tech, (0.2, 3), QT_TRANSLATE_NOOP("events", "Tested OK")
                        )
        if status == "ready":
            completed_at = t
        if path_ok and status == "ready" and not cancelled:
            due = Decimal("0.00") if decision == "free" or status == "declined" else total
            if events and any(e[4] == "declined" for e in events):
                due = Decimal("0.00")
            paid = sum((p[3] for p in payments), Decimal("0.00"))
            moment = t + timedelta(hours=rng.uniform(1, 60) * slow)
            if moment < self.now:
                if due - paid > 0:
                    pay(moment, "final", due - paid)
                    events.append((moment, clerk, "payment", None, None, f"final {due - paid:.2f}"))
                t = moment
                events.append((t, clerk, "status", status, "collected", ""))
                status = "collected"
                collected_at = t
        if cancelled and status not in ("collected",):
            moment = t + timedelta(hours=rng.uniform(0.5, 24))
            if moment < self.now:
                t = moment
                events.append(
                    (
                        t,
                        self.manager_id,
                        "status",
                        status,
                        "cancelled",
                        QT_TRANSLATE_NOOP("events", "Customer took the device back"),
                    )
                )
                status = "cancelled"

        warranty_until = None
        if status == "collected" and collected_at is not None:
            worked = service == "maintenance" or any(e[4] == "in_repair" for e in events)
            if comeback:
                warranty_until = device.warranty_until
            elif worked:
                warranty_until = warranty.repair_warranty_end(
                    collected_at.astimezone(self.tz).date(), self.policy
                )
        closed = status in ("collected", "cancelled")
        device.busy_until = t if closed else datetime.max.replace(tzinfo=UTC)
        comeback_of = device.last_ticket_id if comeback else None
        if closed:
            device.warranty_until = warranty_until if warranty_until else device.warranty_until
            if status == "collected" and not comeback:
                device.warranty_until = warranty_until
        device.last_ticket_id = ticket_id
        promised = received_at + timedelta(hours=rng.choice((4, 24, 48, 48, 72)))
        passcode = None
        if not closed and rng.random() < 0.6:
            passcode = f"{rng.randrange(10**6):06d}" if rng.random() < 0.7 else "图案 L 形"
        condition = {item: "ok" for item in CONDITION_ITEMS}
        if rng.random() < 0.4:
            condition[rng.choice(CONDITION_ITEMS[:3])] = rng.choice(
                ["scratched", "划痕", "cracked"]
            )
        self.writer.add(
            Ticket,
            id=ticket_id,
            ticket_no=self._ticket_no(received_at),
            service_type=service,
            status=status,
            customer_id=device.customer_id,
            device_id=device.id,
            fault=fault,
            condition=json.dumps(condition, ensure_ascii=False),
            accessories=rng.choice(catalogue.ACCESSORIES),
            passcode=passcode,
            priority=rng.choices(("normal", "high", "urgent"), (85, 11, 4))[0],
            promised_at=promised,
            technician_id=tech
            if any(e[4] == "diagnosing" or e[4] == "in_repair" for e in events)
            else None,
            created_by_id=clerk,
            received_at=received_at,
            completed_at=completed_at,
            collected_at=collected_at,
            warranty_decision=decision,
            warranty_reason=reason,
            warranty_until=warranty_until,
            warranty_item="handset",
            warranty_kind=w_kind,
            warranty_code=w_code,
            warranty_params=json.dumps(w_params, ensure_ascii=False, sort_keys=True),
            warranty_ends=w_ends,
            warranty_exclusion=w_exclusion,
            is_comeback=comeback,
            comeback_of_id=comeback_of,
            purchase_date=None,
            purchase_proof="",
            waiting_part_id=None,
            version=len(events) + 1,
            updated_at=t,
        )
        for at, kind, method, amount, tendered in payments:
            self.writer.add(
                Payment,
                id=self.ids.next("payments"),
                ticket_id=ticket_id,
                kind=kind,
                method=method,
                amount=amount,
                tendered=tendered,
                refund_of_id=None,
                reference="",
                note="",
                at=at,
                user_id=clerk,
            )
        for at, user, kind, from_status, to_status, note in events:
            self.writer.add(
                TicketEvent,
                id=self.ids.next("ticket_events"),
                ticket_id=ticket_id,
                at=at,
                user_id=user,
                kind=kind,
                from_status=from_status,
                to_status=to_status,
                note=note,
            )

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
