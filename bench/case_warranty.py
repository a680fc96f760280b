"""Bench case: the warranty decision at intake as the IMEI is typed (issue 11: under 10 ms
at 1M tickets, within 3x of the hand-written queries it needs).

Both sides answer the same questions and end in the same decision: the store's warranty
settings (periods, windows, time zone), the device with that IMEI (or IMEI2) and every
ticket of that device; then the one rule, ``warranty.decide``, on those rows. Ours is
``warranty_records.preview`` (SQLAlchemy Core, one statement, the policy cached by the
settings' stamp); the baseline is the same reads hand-written on ``sqlite3``.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bench.harness import Shop, case
from counter_app.services.shop import settings as settings_service
from counter_app.services.warranty import engine as warranty
from counter_app.services.warranty import records as warranty_records

# The settings the decision needs (a row may be absent: its default).
_KEYS = ("time_zone", "repair_warranty_months", "return_days", "exchange_days")
_KEYS += ("failed_repairs_for_exchange", "production_grace_days", *warranty.ITEM_SETTING.values())
_SETTINGS_SQL = f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(_KEYS))})"
_DEVICE_JOBS_SQL = (
    "SELECT d.id, d.purchase_date, d.purchase_proof, t.id, t.ticket_no, t.status, "
    "t.collected_at, t.warranty_until, t.comeback_of_id, t.warranty_code "
    "FROM devices d LEFT JOIN tickets t ON t.device_id = d.id "
    "WHERE d.imei = ? OR d.imei2 = ?"
)


@case("warranty decision at intake", repeat=200)
def warranty_at_intake(shop: Shop) -> list[str]:
    return shop.sample("SELECT imei FROM devices WHERE imei IS NOT NULL LIMIT 50000", 200)


@warranty_at_intake.ours
def _(shop: Shop, imei: str) -> object:
    return warranty_records.preview(shop.db, imei)


@warranty_at_intake.baseline
def _(shop: Shop, imei: str) -> object:
    raw = shop.raw
    settings = settings_service.ShopSettings.from_values(
        {key: json.loads(value) for key, value in raw.execute(_SETTINGS_SQL, _KEYS)}
    )
    zone = ZoneInfo(settings.time_zone)  # preview's zone: no store, the shop's
    rows = raw.execute(_DEVICE_JOBS_SQL, (imei, imei)).fetchall()
    purchase_date, proof, earlier = None, "", []
    if rows:
        device_id = rows[0][0]
        purchase_date = date.fromisoformat(rows[0][1]) if rows[0][1] else None
        proof = rows[0][2] or ""
        for row in rows:
            if row[0] != device_id or row[3] is None:
                continue
            collected = (
                datetime.fromisoformat(row[6]).replace(tzinfo=UTC).astimezone(zone).date()
                if row[6]
                else None
            )
            earlier.append(
                warranty.EarlierJob(
                    ticket_id=row[3],
                    ticket_no=row[4],
                    status=row[5],
                    collected_on=collected,
                    warranty_until=date.fromisoformat(row[7]) if row[7] else None,
                    comeback_of_id=row[8],
                    same_fault=row[9] == "comeback_same_fault",
                )
            )
    return warranty.decide(
        warranty.Policy.from_settings(settings),
        request_date=datetime.now(zone).date(),
        purchase_date=purchase_date,
        proof=proof,
        earlier=earlier,
    )
