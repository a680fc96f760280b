"""Writing a checked import in bulk: new customers and devices, and each past repair as a
collected ticket with its quote line, payment and events (one transaction, explicit ids)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from counter_app import audit_chain
from counter_app.models import (
    Customer,
    Device,
    FollowUp,
    Payment,
    Quote,
    QuoteLine,
    Ticket,
    TicketCounter,
    TicketEvent,
)
from counter_app.money import ZERO
from counter_app.services.aftercare import followups
from counter_app.services.base.bulk import max_ids, sqlite_converter
from counter_app.services.base.common import require_works_at
from counter_app.services.base.dto import Actor
from counter_app.services.stores import chain as stores
from counter_app.services.tickets.intake import phone_reversed

if TYPE_CHECKING:  # the plan's types only: importing calls write(), so no import back at run time
    from counter_app.services.data_io.importing import ImportPlan, _Repair
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.tickets.numbering import format_ticket_no
from counter_app.timeutil import local_today, zone

WRITTEN_TABLES = (
    "customers",
    "devices",
    "tickets",
    "quotes",
    "quote_lines",
    "payments",
    "ticket_events",
)


class _Batches:
    """Rows as tuples per table, in a fixed column order, written with one executemany per
    table and batch (Core ``insert`` on PostgreSQL; on SQLite the driver's executemany with
    values already in their stored form: each distinct time, date or amount converted once,
    as past repairs repeat the same few hundred dates)."""

    ORDER = (Customer, Device, Ticket, Quote, QuoteLine, Payment, TicketEvent)

    def __init__(self, session: Session, columns: dict[Any, tuple[str, ...]]) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.columns = columns
        self.rows: dict[Any, list[tuple[Any, ...]]] = {model: [] for model in self.ORDER}
        self.count = 0
        keep: Callable[[Any], Any] = _same
        self.at = _memo(sqlite_converter(Ticket.__table__.c.received_at)) if self.sqlite else keep
        self.day = (
            _memo(sqlite_converter(Ticket.__table__.c.purchase_date)) if self.sqlite else keep
        )
        self.money = _memo(sqlite_converter(Payment.__table__.c.amount)) if self.sqlite else keep

    def add(self, model: Any, row: tuple[Any, ...]) -> None:
        self.rows[model].append(row)
        self.count += 1
        if self.count >= 50_000:
            self.flush()

    def flush(self) -> None:
        connection = self.session.connection()
        for model in self.ORDER:
            rows = self.rows[model]
            if not rows:
                continue
            table: Table = model.__table__  # type: ignore[assignment]
            names = self.columns[model]
            if self.sqlite:
                connection.exec_driver_sql(
                    f'INSERT INTO "{table.name}" ({", ".join(names)}) '
                    f"VALUES ({', '.join('?' * len(names))})",
                    rows,
                )
            else:
                connection.execute(
                    insert(table), [dict(zip(names, row, strict=True)) for row in rows]
                )
            self.rows[model] = []
        self.count = 0


def _same(value: Any) -> Any:
    return value


@functools.lru_cache(maxsize=4096)
def _noon(day: date, tz_name: str) -> datetime:
    """Past records carry dates only: they are placed at midday in the store's zone."""
    return datetime.combine(day, time(12, 0), tzinfo=zone(tz_name)).astimezone(UTC)


def _memo(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    known: dict[Any, Any] = {}

    def cached(value: Any) -> Any:
        try:
            return known[value]
        except KeyError:
            known[value] = result = convert(value)
            return result

    return cached


# The columns written, in the order of the tuples below (the rest keep their defaults).
COLUMNS: dict[Any, tuple[str, ...]] = {
    Customer: (
        "id", "name", "phone", "phone_reversed", "email", "notes", "contact_consent",
        "created_at", "anonymised_at",
    ),
    Device: (
        "id", "brand", "model", "colour", "imei", "imei2", "serial", "purchase_date",
        "purchase_proof", "owner_id", "created_at",
    ),
    Ticket: (
        "id", "ticket_no", "store_id", "service_type", "status", "customer_id", "device_id",
        "fault", "condition", "accessories", "passcode", "priority", "promised_at",
        "technician_id", "created_by_id", "received_at", "completed_at", "collected_at",
        "warranty_decision", "warranty_reason", "warranty_until", "is_comeback",
        "comeback_of_id", "purchase_date", "purchase_proof", "waiting_part_id", "version",
        "updated_at",
    ),
    Quote: (
        "id", "ticket_id", "seq", "status", "created_at", "created_by_id", "decided_at",
        "decided_by_id", "decision_method",
    ),
    QuoteLine: (
        "id", "quote_id", "kind", "part_id", "description", "qty", "unit_price", "line_total",
        "unit_cost",
    ),
    Payment: (
        "id", "ticket_id", "store_id", "kind", "method", "amount", "tendered", "refund_of_id",
        "reference", "note", "at", "user_id",
    ),
    TicketEvent: (
        "id", "ticket_id", "at", "user_id", "kind", "from_status", "to_status", "note",
    ),
}  # fmt: skip


def write(session: Session, actor: Actor, result: ImportPlan, settings: ShopSettings) -> int:
    """Write a checked plan's new customers, devices and past repairs (``apply`` calls it
    inside its transaction, after validating every row), and the follow-up calls the recent
    ones bring; returns how many calls were put on the list."""
    store = stores.acting_store(session, actor)
    require_works_at(session, actor, store.id)
    tz_name = stores.store_time_zone(session, store)
    ids = max_ids(session)
    chained_before = audit_chain.chained_max_ids(session)
    out = _Batches(session, COLUMNS)
    now = out.at(datetime.now(UTC))
    yes = 1 if out.sqlite else True
    next_id = ids.values
    for phone, values in result.customers.items():
        if values["id"] is not None:
            continue
        next_id["customers"] += 1
        values["id"] = next_id["customers"]
        out.add(
            Customer,
            (
                values["id"], values["name"] or phone, phone,
                phone_reversed(phone, values.get("national")), values["email"], "", yes, now,
                None,
            ),
        )  # fmt: skip
    for (imei, serial), values in result.devices.items():
        if values["id"] is not None:
            continue
        next_id["devices"] += 1
        values["id"] = next_id["devices"]
        out.add(
            Device,
            (
                values["id"], values["brand"], values["model"], "", imei, None, serial,
                out.day(values["purchase_date"]), "", result.customers[values["phone"]]["id"],
                now,
            ),
        )  # fmt: skip
    # Ticket numbers continue each day's sequence (the same numbers intake hands out).
    stored = dict(
        session.execute(
            select(TicketCounter.day_key, TicketCounter.last_value).where(
                TicketCounter.store_id == store.id
            )
        ).all()
    )
    counters: dict[str, int] = {}
    for repair in result.repairs:
        _add_ticket(
            out, next_id, actor, result, repair, tz_name, stored, counters, store.ticket_prefix,
            store.id,
        )  # fmt: skip
    out.flush()
    new = [
        {"store_id": store.id, "day_key": k, "last_value": v}
        for k, v in counters.items()
        if k not in stored
    ]
    changed = [{"key": k, "value": v} for k, v in counters.items() if k in stored]
    if new:
        session.execute(insert(TicketCounter), new)
    if changed:
        counter = TicketCounter.__table__.c  # Core: an executemany, not an ORM bulk update
        session.execute(
            update(TicketCounter.__table__)  # type: ignore[arg-type]
            .where(counter.store_id == store.id, counter.day_key == bindparam("key"))
            .values(last_value=bindparam("value")),
            changed,
        )
    if session.get_bind().dialect.name == "postgresql":
        # Rows were written with explicit ids: move the id sequences past them.
        for table in WRITTEN_TABLES:
            sequence = func.pg_get_serial_sequence(table, "id")
            session.execute(select(func.setval(sequence, max(ids.values[table], 1))))
    # The imported repairs' events and payments went in by bulk inserts: chained here.
    audit_chain.link_bulk(session, chained_before)
    return _schedule_calls(session, result, settings, tz_name)


def recent_since(settings: ShopSettings, tz_name: str) -> date:
    """The first collection day whose follow-up calls an import still puts on the list: a
    call about a job collected then is due ``followup_days`` later and stays on the list
    ``followup_keep_days`` after that. Older imported repairs bring no calls (the shop does
    not ring about a repair of years ago); the quarterly calls count imported jobs anyway.
    ``tz_name``: the importing store's zone (stores.local_zone)."""
    days = settings.followup_days + settings.followup_keep_days
    return local_today(tz_name) - timedelta(days=days)


def _schedule_calls(
    session: Session, result: ImportPlan, settings: ShopSettings, tz_name: str
) -> int:
    """The calls recent imported repairs bring, by the collection's own rule
    (``followups.schedule``: after-collection call, first-service call of a first job,
    nothing for a customer who does not want calls). Returns the calls put on the list."""
    since = recent_since(settings, tz_name)
    recent = [r.ticket_id for r in result.repairs if r.collected >= since]
    if not recent:
        return 0
    before = session.scalar(select(func.count(FollowUp.id))) or 0
    for ticket in session.scalars(select(Ticket).where(Ticket.id.in_(recent))):
        followups.schedule(session, ticket, settings)
    session.flush()
    return int(session.scalar(select(func.count(FollowUp.id))) or 0) - int(before)


def _add_ticket(
    out: _Batches,
    next_id: dict[str, int],
    actor: Actor,
    result: ImportPlan,
    repair: _Repair,
    tz_name: str,
    stored: dict[str, int],
    counters: dict[str, int],
    prefix: str,
    store_id: int,
) -> None:
    received_at = out.at(_noon(repair.received, tz_name))
    collected_at = out.at(_noon(repair.collected, tz_name))
    day = repair.received
    day_key = f"{day.year % 100:02d}{day.month:02d}{day.day:02d}"
    counters[day_key] = counters.get(day_key, stored.get(day_key, 0)) + 1
    next_id["tickets"] += 1
    ticket_id = repair.ticket_id = next_id["tickets"]
    earlier = repair.comeback_of
    # An earlier repair of the same file (written just before) or a ticket id already stored.
    comeback_of_id = earlier if earlier is None or isinstance(earlier, int) else earlier.ticket_id
    comeback = comeback_of_id is not None
    free = comeback and repair.amount == ZERO
    device = result.devices[repair.device_key]
    amount = out.money(repair.amount)
    out.add(
        Ticket,
        (
            ticket_id, format_ticket_no(prefix, day_key, counters[day_key]), store_id, "repair",
            "collected", result.customers[repair.customer_key]["id"], device["id"],
            repair.fault, "{}", "", None, "normal", None, None, actor.id, received_at,
            collected_at, collected_at, "free" if free else "paid",
            "Comeback within the repair warranty (imported)" if free else "",
            out.day(repair.warranty_until), (1 if comeback else 0) if out.sqlite else comeback,
            comeback_of_id, out.day(device.get("purchase_date")), "", None, 1, collected_at,
        ),
    )  # fmt: skip
    next_id["quotes"] += 1
    quote_id = next_id["quotes"]
    out.add(
        Quote,
        (
            quote_id, ticket_id, 1, "approved", received_at, actor.id, received_at, actor.id,
            "in_person",
        ),
    )  # fmt: skip
    next_id["quote_lines"] += 1
    out.add(
        QuoteLine,
        (
            next_id["quote_lines"], quote_id, "labour", None, repair.fault[:200], 1, amount,
            amount, None,
        ),
    )  # fmt: skip
    events: list[tuple[Any, str, str | None, str | None, str]] = [
        (received_at, "created", None, "received", repair.fault),
    ]
    if comeback:
        events.append((received_at, "comeback", None, None, "Comeback within the repair warranty"))
    if repair.amount > ZERO and not free:
        next_id["payments"] += 1
        out.add(
            Payment,
            (
                next_id["payments"], ticket_id, store_id, "final", repair.method, amount, None,
                None, "", "Imported", collected_at, actor.id,
            ),
        )  # fmt: skip
        events.append(
            (collected_at, "payment", None, None, f"final {repair.method} {repair.amount:.2f}")
        )
    events.append((collected_at, "status", "received", "collected", "Imported past repair"))
    for at, kind, from_status, to_status, note in events:
        next_id["ticket_events"] += 1
        out.add(
            TicketEvent,
            (next_id["ticket_events"], ticket_id, at, actor.id, kind, from_status, to_status, note),
        )
