"""Bench case: the warranty decision at intake as the IMEI is typed (issue 11: under 10 ms
at 1M tickets, within 3x of the hand-written queries it needs)."""

from __future__ import annotations

from datetime import date

from bench.harness import Shop, case
from counter_app.services import warranty_records


@case("warranty decision at intake")
def warranty_at_intake(shop: Shop) -> list[str]:
    return shop.sample("SELECT imei FROM devices WHERE imei IS NOT NULL LIMIT 50000", 200)


@warranty_at_intake.ours
def _(shop: Shop, imei: str) -> object:
    return warranty_records.preview(shop.db, imei)


@warranty_at_intake.baseline
def _(shop: Shop, imei: str) -> object:
    raw = shop.raw
    raw.execute(
        "SELECT key, value FROM settings WHERE key IN ('time_zone', 'repair_warranty_months', "
        "'return_days', 'exchange_days', 'handset_warranty_months')"
    ).fetchall()
    device = raw.execute(
        "SELECT id, purchase_date, purchase_proof FROM devices WHERE imei = ? OR imei2 = ? LIMIT 1",
        (imei, imei),
    ).fetchone()
    jobs = raw.execute(
        "SELECT id, ticket_no, status, collected_at, warranty_until, comeback_of_id, "
        "warranty_code FROM tickets WHERE device_id = ?",
        (device[0],),
    ).fetchall()
    today = date.today().isoformat()
    running = [j for j in jobs if j[2] == "collected" and j[4] is not None and j[4] >= today]
    return max(running, key=lambda j: (j[3] or "", j[0])) if running else None
