"""Bench case: import past repairs from CSV (validated, all or nothing) into an empty shop,
against a bare bulk insert of the same rows with hand-written SQL and no validation.

Up to 100,000 repairs (fewer at smaller scales); each side starts from the same freshly
migrated empty database file, so the cached benchmark shop is never changed."""

from __future__ import annotations

import csv
import shutil
import sqlite3
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.harness import Shop, case
from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.exporting import tabular
from counter_app.services.data_io import importing
from counter_app.services.people import users
from counter_app.validation import luhn_check_digit

MAX_REPAIRS = 100_000
HEADERS = importing.FIELDS["repairs"]
_tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))


def _imei(n: int) -> str:
    body = f"35{n:012d}"
    return body + luhn_check_digit(body)


def _write_file(count: int) -> Path:
    """``count`` past repairs: two visits per device, one device per customer."""
    path = _tmp / f"repairs-{count}.csv"
    if path.exists():
        return path
    start = date(2023, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for index in range(count):
            device = index // 2
            received = start + timedelta(days=(device % 500) + (index % 2) * 200)
            writer.writerow(
                [
                    f"139{device:08d}",
                    f"客户{device}",
                    "Apple",
                    "iPhone 13",
                    _imei(device),
                    "",
                    "屏幕碎裂" if index % 2 == 0 else "电池不耐用",
                    received.isoformat(),
                    (received + timedelta(days=2)).isoformat(),
                    "380.00",
                    "wechat_pay",
                ]
            )
    return path


def _empty_shop() -> Path:
    template = _tmp / "empty.db"
    if not template.exists():
        db = Database(sqlite_url(template))
        users.ensure_default_manager(db)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    return template


def _fresh_copy(name: str) -> Path:
    target = _tmp / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy(_empty_shop(), target)
    return target


@case("import past repairs from CSV", interactive=False, repeat=1)
def import_repairs(shop: Shop) -> list[Path]:
    return [_write_file(min(MAX_REPAIRS, max(shop.scale, 100)))]


@import_repairs.ours
def _(shop: Shop, path: Path) -> object:
    db = Database(sqlite_url(_fresh_copy("ours.db")))
    try:
        actor = users.get_actor(db, "manager")
        return importing.apply(db, actor, "repairs", tabular.read_table(path))
    finally:
        db.close()


@import_repairs.baseline
def _(shop: Shop, path: Path) -> object:
    conn = sqlite3.connect(_fresh_copy("raw.db"), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    customers: dict[str, tuple] = {}
    devices: dict[str, tuple] = {}
    tickets, quotes, lines, payments, events = [], [], [], [], []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        for number, row in enumerate(rows, start=1):
            phone, name, brand, model, imei, _, fault, received, collected, amount, method = row
            customer = customers.setdefault(
                phone, (len(customers) + 1, name, "+86" + phone, phone[::-1], 1, now)
            )
            device = devices.setdefault(
                imei, (len(devices) + 1, brand, model, "", imei, "", now, customer[0])
            )
            at_in = f"{received} 04:00:00.000000"
            at_out = f"{collected} 04:00:00.000000"
            cents = int(round(float(amount) * 100))
            until = (date.fromisoformat(collected) + timedelta(days=180)).isoformat()
            tickets.append(
                (number, f"T{received[2:4]}{received[5:7]}{received[8:]}-{number:06d}",
                 "repair", "collected", customer[0], device[0], fault, "{}", "", "normal", 1,
                 at_in, at_out, at_out, "paid", "", until, 0, "", 1, at_out)
            )  # fmt: skip
            quotes.append((number, number, 1, "approved", at_in, 1, at_in, 1, "in_person"))
            lines.append((number, number, "labour", fault, 1, cents, cents))
            payments.append((number, number, "final", method, cents, "", "Imported", at_out, 1))
            events.append((number, at_in, 1, "created", None, "received", fault))
            events.append((number, at_out, 1, "payment", None, None, f"final {method}"))
            events.append((number, at_out, 1, "status", "received", "collected", "Imported"))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO customers (id, name, phone, phone_reversed, contact_consent, created_at, "
        "notes) VALUES (?, ?, ?, ?, ?, ?, '')",
        customers.values(),
    )
    conn.executemany(
        "INSERT INTO devices (id, brand, model, colour, imei, purchase_proof, created_at, "
        "owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        devices.values(),
    )
    conn.executemany(
        "INSERT INTO tickets (id, ticket_no, service_type, status, customer_id, device_id, "
        "fault, condition, accessories, priority, created_by_id, received_at, completed_at, "
        "collected_at, warranty_decision, warranty_reason, warranty_until, is_comeback, "
        "purchase_proof, version, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        tickets,
    )
    conn.executemany(
        "INSERT INTO quotes (id, ticket_id, seq, status, created_at, created_by_id, decided_at, "
        "decided_by_id, decision_method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        quotes,
    )
    conn.executemany(
        "INSERT INTO quote_lines (id, quote_id, kind, description, qty, unit_price, "
        "line_total) VALUES (?, ?, ?, ?, ?, ?, ?)",
        lines,
    )
    conn.executemany(
        "INSERT INTO payments (id, ticket_id, kind, method, amount, reference, note, at, "
        "user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        payments,
    )
    conn.executemany(
        "INSERT INTO ticket_events (ticket_id, at, user_id, kind, from_status, to_status, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        events,
    )
    conn.execute("COMMIT")
    conn.close()
    return len(tickets)
