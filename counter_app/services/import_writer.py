"""Writing a checked import in bulk: new customers and devices, and each past repair as a
collected ticket with its quote line, payment and events (one transaction, explicit ids)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Boolean, Date, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from counter_app.models import (
    Customer,
    Device,
    Money,
    Payment,
    Quote,
    QuoteLine,
    Ticket,
    TicketCounter,
    TicketEvent,
    UTCDateTime,
)
from counter_app.money import ZERO
from counter_app.services import stores
from counter_app.services.common import require_works_at
from counter_app.services.demo import BulkWriter, _max_ids, _sqlite_converter
from counter_app.services.dto import Actor
from counter_app.services.importing import ImportPlan, _Repair
from counter_app.services.intake import phone_reversed
from counter_app.services.numbering import format_ticket_no
from counter_app.timeutil import zone

WRITTEN_TABLES = (
    "customers",
    "devices",
    "tickets",
    "quotes",
    "quote_lines",
    "payments",
    "ticket_events",
)


class _ImportWriter(BulkWriter):
    """The demo's bulk writer, with a leaner SQLite path for imported rows: only the columns
    that need it are converted, and each distinct time, date or amount once (past repairs
    repeat the same few hundred dates)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._plans: dict[Table, tuple[list[str], list[tuple[int, Callable[[Any], Any]]]]] = {}

    def _plan(self, table: Table, names: list[str]) -> list[tuple[int, Callable[[Any], Any]]]:
        if table not in self._plans:
            converting = []
            for index, name in enumerate(names):
                if isinstance(table.c[name].type, Money | UTCDateTime | Date | Boolean):
                    converting.append((index, _memo(_sqlite_converter(table.c[name]))))
            self._plans[table] = (names, converting)
        return self._plans[table][1]

    def flush(self) -> None:
        if not self.sqlite:
            super().flush()
            return
        for model in self.ORDER:
            table: Table = model.__table__  # type: ignore[assignment]
            rows = self.buffers.pop(table, None)
            if not rows:
                continue
            names = list(rows[0])
            converting = self._plan(table, names)
            data = []
            for row in rows:
                values = list(row.values())
                for index, convert in converting:
                    values[index] = convert(values[index])
                data.append(tuple(values))
            sql = (
                f'INSERT INTO "{table.name}" ({", ".join(names)}) '
                f"VALUES ({', '.join('?' * len(names))})"
            )
            self.session.connection().exec_driver_sql(sql, data)


def _memo(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    known: dict[Any, Any] = {}

    def cached(value: Any) -> Any:
        try:
            return known[value]
        except KeyError:
            known[value] = result = convert(value)
            return result
        except TypeError:  # not hashable
            return convert(value)

    return cached


@functools.lru_cache(maxsize=4096)
def _noon(day: date, tz_name: str) -> datetime:
    """Past records carry dates only: they are placed at midday in the store's zone."""
    return datetime.combine(day, time(12, 0), tzinfo=zone(tz_name)).astimezone(UTC)


def write(session: Session, actor: Actor, result: ImportPlan, settings: dict[str, Any]) -> None:
    """Write a checked plan's new customers, devices and past repairs (``apply`` calls it
    inside its transaction, after validating every row)."""
    store = stores.acting_store(session, actor)
    require_works_at(session, actor, store.id)
    tz_name = stores.store_time_zone(session, store)
    now = datetime.now(UTC)
    ids = _max_ids(session)
    writer = _ImportWriter(session)
    writer.store_id = store.id
    for phone, values in result.customers.items():
        if values["id"] is not None:
            continue
        values["id"] = ids.next("customers")
        writer.add(
            Customer,
            id=values["id"],
            name=values["name"] or phone,
            phone=phone,
            phone_reversed=phone_reversed(phone),
            email=values["email"],
            notes="",
            contact_consent=True,
            created_at=now,
            anonymised_at=None,
        )
    for (imei, serial), values in result.devices.items():
        if values["id"] is not None:
            continue
        values["id"] = ids.next("devices")
        writer.add(
            Device,
            id=values["id"],
            brand=values["brand"],
            model=values["model"],
            colour="",
            imei=imei,
            imei2=None,
            serial=serial,
            purchase_date=values["purchase_date"],
            purchase_proof="",
            owner_id=result.customers[values["phone"]]["id"],
            created_at=now,
        )
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
            writer, ids, actor, result, repair, tz_name, stored, counters, store.ticket_prefix
        )
    writer.flush()
    new = [
        {"store_id": store.id, "day_key": k, "last_value": v}
        for k, v in counters.items()
        if k not in stored
    ]
    changed = [{"key": k, "value": v} for k, v in counters.items() if k in stored]
    if new:
        session.execute(insert(TicketCounter), new)
    if changed:
        session.execute(
            update(TicketCounter)
            .where(TicketCounter.store_id == store.id, TicketCounter.day_key == bindparam("key"))
            .values(last_value=bindparam("value"))
            .execution_options(synchronize_session=False),
            changed,
        )
    if session.get_bind().dialect.name == "postgresql":
        # Rows were written with explicit ids: move the id sequences past them.
        for table in WRITTEN_TABLES:
            sequence = func.pg_get_serial_sequence(table, "id")
            session.execute(select(func.setval(sequence, max(ids.values[table], 1))))


def _add_ticket(
    writer: BulkWriter,
    ids: Any,
    actor: Actor,
    result: ImportPlan,
    repair: _Repair,
    tz_name: str,
    stored: dict[str, int],
    counters: dict[str, int],
    prefix: str = "T",
) -> None:
    received_at = _noon(repair.received, tz_name)
    collected_at = _noon(repair.collected, tz_name)
    day = repair.received
    day_key = f"{day.year % 100:02d}{day.month:02d}{day.day:02d}"
    counters[day_key] = counters.get(day_key, stored.get(day_key, 0)) + 1
    ticket_id = ids.next("tickets")
    repair.ticket_id = ticket_id
    earlier = repair.comeback_of
    comeback_of_id = earlier.ticket_id if isinstance(earlier, _Repair) else earlier
    free = comeback_of_id is not None and repair.amount == ZERO
    device = result.devices[repair.device_key]
    ticket_no = format_ticket_no(prefix, day_key, counters[day_key])
    writer.add(
        Ticket,
        id=ticket_id,
        ticket_no=ticket_no,
        service_type="repair",
        status="collected",
        customer_id=result.customers[repair.customer_key]["id"],
        device_id=device["id"],
        fault=repair.fault,
        condition="{}",
        accessories="",
        passcode=None,
        priority="normal",
        promised_at=None,
        technician_id=None,
        created_by_id=actor.id,
        received_at=received_at,
        completed_at=collected_at,
        collected_at=collected_at,
        warranty_decision="free" if free else "paid",
        warranty_reason="Comeback within the repair warranty (imported)" if free else "",
        warranty_until=repair.warranty_until,
        is_comeback=comeback_of_id is not None,
        comeback_of_id=comeback_of_id,
        purchase_date=device.get("purchase_date"),
        purchase_proof="",
        waiting_part_id=None,
        version=1,
        updated_at=collected_at,
    )
    quote_id = ids.next("quotes")
    writer.add(
        Quote,
        id=quote_id,
        ticket_id=ticket_id,
        seq=1,
        status="approved",
        created_at=received_at,
        created_by_id=actor.id,
        decided_at=received_at,
        decided_by_id=actor.id,
        decision_method="in_person",
    )
    writer.add(
        QuoteLine,
        id=ids.next("quote_lines"),
        quote_id=quote_id,
        kind="labour",
        part_id=None,
        description=repair.fault[:200],
        qty=1,
        unit_price=repair.amount,
        line_total=repair.amount,
        unit_cost=None,
    )
    events: list[tuple[datetime, str, str | None, str | None, str]] = [
        (received_at, "created", None, "received", repair.fault),
    ]
    if comeback_of_id is not None:
        events.append((received_at, "comeback", None, None, "Comeback within the repair warranty"))
    if repair.amount > ZERO and not free:
        writer.add(
            Payment,
            id=ids.next("payments"),
            ticket_id=ticket_id,
            kind="final",
            method=repair.method,
            amount=repair.amount,
            tendered=None,
            refund_of_id=None,
            reference="",
            note="Imported",
            at=collected_at,
            user_id=actor.id,
        )
        events.append(
            (collected_at, "payment", None, None, f"final {repair.method} {repair.amount:.2f}")
        )
    events.append((collected_at, "status", "received", "collected", "Imported past repair"))
    for at, kind, from_status, to_status, note in events:
        writer.add(
            TicketEvent,
            id=ids.next("ticket_events"),
            ticket_id=ticket_id,
            at=at,
            user_id=actor.id,
            kind=kind,
            from_status=from_status,
            to_status=to_status,
            note=note,
        )
    if writer.pending() >= 50_000:
        writer.flush()
