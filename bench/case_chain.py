"""Bench cases for a chain (issue 14): one store's daily close and the chain-wide monthly
report, ours vs the same figures written by hand in SQL. Both baselines run on SQLite and
PostgreSQL (``?`` placeholders; the few dialect variants are marked). Each case's prepare
runs both sides once and checks they give the same figures, so the timed baseline answers
the same question as our code.

They run on any shop: on a single shop the store is its only store and the chain report
is the shop's monthly report; on ``--stores 3`` they are what a chain's manager opens.
"""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bench.harness import BOTH, Shop, case
from counter_app.models import OPEN_PREDICATE
from counter_app.services.reporting import reports
from counter_app.services.stores import chain as stores
from counter_app.timeutil import local_day_bounds, utcnow


def _iso(moment: datetime) -> str:
    """A UTC instant as the baselines bind it (SQLite's stored text; PostgreSQL's raw
    connection runs in UTC, so the same text is the same instant there)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _aware(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _cents(value: Any) -> int:
    """A Money figure (Decimal from our code, whole cents from raw SQL) as cents."""
    if isinstance(value, Decimal):
        return int(value * 100)
    return int(value or 0)


class FiguresDiffer(AssertionError):
    """The baseline does not answer the same question as our code."""


def _check_same(name: str, ours: dict[str, Any], raw: dict[str, Any]) -> None:
    for key in ours:
        if ours[key] != raw.get(key):
            raise FiguresDiffer(f"{name}: {key} differs: ours {ours[key]!r}, raw {raw.get(key)!r}")


# --- store daily close -------------------------------------------------------------------


@case("store daily close", interactive=False, repeat=3, engines=BOTH)
def store_daily_close(shop: Shop) -> list[tuple[int, date, str]]:
    """The store with the most tickets, on its busiest local day (in its own time zone)."""
    store_id = shop.raw.execute(
        "SELECT store_id, count(*) FROM tickets GROUP BY store_id ORDER BY 2 DESC, 1 LIMIT 1"
    ).fetchone()[0]
    with shop.db.read() as session:
        tz_name = stores.local_zone(session, store_id=store_id)
    zone = ZoneInfo(tz_name)
    days = Counter(
        _aware(at).astimezone(zone).date()
        for (at,) in shop.raw.execute(
            "SELECT received_at FROM tickets WHERE store_id = ?", (store_id,)
        ).fetchall()
    )
    day = days.most_common(1)[0][0]
    key = (store_id, day, tz_name)
    _check_same(
        "store daily close",
        _daily_figures(reports.daily(shop.db, shop.actor, day, store_id)),
        _daily_sql(shop, key),
    )
    return [key]


@store_daily_close.ours
def _(shop: Shop, key: tuple[int, date, str]) -> object:
    store_id, day, _ = key
    return reports.daily(shop.db, shop.actor, day, store_id)


@store_daily_close.baseline
def _(shop: Shop, key: tuple[int, date, str]) -> object:
    return _daily_sql(shop, key)


def _daily_figures(r: reports.DailyReport) -> dict[str, Any]:
    """What the daily close shows, in the baseline's terms."""
    return {
        "received": r.received,
        "diagnosed": r.diagnosed,
        "completed": r.completed,
        "collected": r.collected,
        "cancelled": r.cancelled,
        "open_by_status": dict(r.open_by_status),
        "overdue": sorted(t.ticket_no for t in r.overdue),
        "takings": {
            t.method: (_cents(t.deposits), _cents(t.finals), _cents(t.refunds), t.count)
            for t in r.takings
        },
        "parts_used": [(p.sku, p.qty, _cents(p.cost), _cents(p.price)) for p in r.parts_used],
        "comebacks": sorted((c.ticket_no, c.comeback_of) for c in r.comebacks),
        "staff": {
            s.user: (
                s.intakes,
                s.payments,
                _cents(s.takings),
                s.collections,
                s.diagnosed,
                s.completed,
            )
            for s in r.staff
        },
    }


def _daily_sql(shop: Shop, key: tuple[int, date, str]) -> dict[str, Any]:
    store_id, day, tz_name = key
    raw = shop.raw
    start, end = (_iso(t) for t in local_day_bounds(day, tz_name))
    now = _iso(utcnow())
    window = (start, end, store_id)

    def one(sql: str, params: tuple) -> int:
        return int(raw.execute(sql, params).fetchone()[0] or 0)

    moved = (
        "SELECT count(DISTINCT e.ticket_id) FROM ticket_events e JOIN tickets t ON "
        "t.id = e.ticket_id WHERE e.kind = 'status' AND e.at >= ? AND e.at < ? "
        "AND t.store_id = ? AND e.to_status = ?"
    )
    figures: dict[str, Any] = {
        "received": one(
            "SELECT count(*) FROM tickets WHERE received_at >= ? AND received_at < ? "
            "AND store_id = ?",
            window,
        ),
        "diagnosed": one(
            moved + " AND e.from_status = ?", (*window, "awaiting_approval", "diagnosing")
        ),
        "completed": one(
            "SELECT count(*) FROM tickets WHERE completed_at >= ? AND completed_at < ? "
            "AND store_id = ?",
            window,
        ),
        "collected": one(moved, (*window, "collected")),
        "cancelled": one(moved, (*window, "cancelled")),
        "open_by_status": {
            status: int(n)
            for status, n in raw.execute(
                f"SELECT status, count(*) FROM tickets WHERE {OPEN_PREDICATE} AND store_id = ? "
                "GROUP BY status",
                (store_id,),
            ).fetchall()
        },
        "overdue": sorted(
            no
            for (no,) in raw.execute(
                f"SELECT ticket_no FROM tickets WHERE {OPEN_PREDICATE} AND promised_at < ? "
                "AND status NOT IN ('ready', 'declined') AND store_id = ?",
                (now, store_id),
            ).fetchall()
        ),
    }
    takings: dict[str, list[int]] = {}
    for method, kind, total, n in raw.execute(
        "SELECT method, kind, sum(amount), count(*) FROM payments WHERE at >= ? AND at < ? "
        "AND store_id = ? GROUP BY method, kind",
        window,
    ).fetchall():
        entry = takings.setdefault(method, [0, 0, 0, 0])
        entry[("deposit", "final", "refund").index(kind)] += int(total or 0)
        entry[3] += int(n)
    figures["takings"] = {method: tuple(v) for method, v in takings.items()}
    figures["parts_used"] = [
        (sku, int(qty), int(cost or 0), int(price or 0))
        for sku, qty, cost, price in raw.execute(
            "SELECT p.sku, sum(-m.quantity), sum(-m.quantity * coalesce(l.unit_cost, p.cost)), "
            "sum(-m.quantity * l.unit_price) FROM stock_movements m JOIN parts p "
            "ON p.id = m.part_id LEFT JOIN quote_lines l ON l.id = m.quote_line_id "
            "WHERE m.kind IN ('used', 'returned') AND m.at >= ? AND m.at < ? "
            "AND m.store_id = ? GROUP BY p.sku, p.name HAVING sum(-m.quantity) != 0 "
            "ORDER BY p.sku",
            window,
        ).fetchall()
    ]
    figures["comebacks"] = sorted(
        raw.execute(
            "SELECT t.ticket_no, e.ticket_no FROM tickets t LEFT JOIN tickets e "
            "ON e.id = t.comeback_of_id WHERE t.received_at >= ? AND t.received_at < ? "
            "AND t.store_id = ? AND t.is_comeback",
            window,
        ).fetchall()
    )
    figures["comebacks"] = [tuple(row) for row in figures["comebacks"]]
    names = dict(raw.execute("SELECT id, display_name FROM users").fetchall())
    staff: dict[int, list[int]] = {}

    def add(uid: int, index: int, value: int) -> None:
        staff.setdefault(uid, [0] * 6)[index] += int(value or 0)

    for uid, n in raw.execute(
        "SELECT created_by_id, count(*) FROM tickets WHERE received_at >= ? "
        "AND received_at < ? AND store_id = ? GROUP BY created_by_id",
        window,
    ).fetchall():
        add(uid, 0, n)
    for uid, n, total in raw.execute(
        "SELECT user_id, count(*), sum(amount) FROM payments WHERE at >= ? AND at < ? "
        "AND store_id = ? GROUP BY user_id",
        window,
    ).fetchall():
        add(uid, 1, n)
        add(uid, 2, total)
    column = {"collected": 3, "awaiting_approval": 4, "ready": 5}
    for uid, to_status, n in raw.execute(
        "SELECT e.user_id, e.to_status, count(*) FROM ticket_events e JOIN tickets t "
        "ON t.id = e.ticket_id WHERE e.kind = 'status' AND e.at >= ? AND e.at < ? "
        "AND t.store_id = ? AND e.to_status IN ('collected', 'awaiting_approval', 'ready') "
        "GROUP BY e.user_id, e.to_status",
        window,
    ).fetchall():
        add(uid, column[to_status], n)
    figures["staff"] = {names.get(uid, "?"): tuple(v) for uid, v in staff.items()}
    return figures


# --- chain monthly report ----------------------------------------------------------------


@case("chain monthly report", interactive=False, repeat=3, engines=BOTH)
def chain_monthly(shop: Shop) -> list[tuple[int, int]]:
    """``report monthly --all``: every store's jobs completed in the busiest month."""
    month_of = (
        "to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM')"
        if shop.engine == "postgresql"
        else "substr(completed_at, 1, 7)"
    )
    month = shop.raw.execute(
        f"SELECT {month_of} m FROM tickets WHERE completed_at IS NOT NULL "
        "GROUP BY m ORDER BY count(*) DESC, m LIMIT 1"
    ).fetchone()[0]
    key = (int(month[:4]), int(month[5:7]))
    _check_same(
        "chain monthly report",
        _monthly_figures(reports.monthly(shop.db, shop.actor, *key)),
        _monthly_sql(shop, key),
    )
    return [key]


@chain_monthly.ours
def _(shop: Shop, month: tuple[int, int]) -> object:
    return reports.monthly(shop.db, shop.actor, *month)


@chain_monthly.baseline
def _(shop: Shop, month: tuple[int, int]) -> object:
    return _monthly_sql(shop, month)


def _monthly_figures(r: reports.MonthlyReport) -> dict[str, Any]:
    return {
        "jobs_completed": r.jobs_completed,
        "median_turnaround_hours": r.median_turnaround_hours,
        "staff": {
            (s.user, s.role): (s.jobs_completed, s.median_turnaround_hours, s.comebacks)
            for s in r.staff
            if s.jobs_completed
        },
        "visits": {s.user: s.visits for s in r.staff if s.visits},
    }


def _monthly_sql(shop: Shop, month: tuple[int, int]) -> dict[str, Any]:
    raw = shop.raw
    tz_name = _shop_zone(shop)
    start, end = (_iso(t) for t in reports.month_bounds(*month, tz_name))
    hours = (
        "extract(epoch FROM t.completed_at - t.received_at) / 3600.0"
        if shop.engine == "postgresql"
        else "(julianday(t.completed_at) - julianday(t.received_at)) * 24"
    )
    rows = raw.execute(
        f"SELECT t.technician_id, t.created_by_id, {hours}, "
        "EXISTS (SELECT 1 FROM tickets l WHERE l.comeback_of_id = t.id) "
        "FROM tickets t WHERE t.completed_at >= ? AND t.completed_at < ?",
        (start, end),
    ).fetchall()
    names = {uid: name for uid, name in raw.execute("SELECT id, display_name FROM users")}
    per: dict[tuple[int, str], list[tuple[float, bool]]] = {}
    every: list[float] = []
    for tech, clerk, spent, back in rows:
        job = (float(spent), bool(back))
        every.append(job[0])
        if tech is not None:
            per.setdefault((tech, "technician"), []).append(job)
        per.setdefault((clerk, "clerk"), []).append(job)
    visits = {
        names.get(uid, "?"): int(n)
        for uid, n in raw.execute(
            "SELECT engineer_id, count(*) FROM appointments WHERE kind = 'onsite' AND "
            "arrived_at >= ? AND arrived_at < ? AND engineer_id IS NOT NULL GROUP BY engineer_id",
            (start, end),
        ).fetchall()
    }
    from bench.case_aftercare import aftercare_sql  # the report's after-care columns

    aftercare_sql(shop, month)
    return {
        "jobs_completed": len(every),
        "median_turnaround_hours": round(statistics.median(every), 1) if every else None,
        "staff": {
            (names.get(uid, "?"), role): (
                len(jobs),
                round(statistics.median(h for h, _ in jobs), 1),
                sum(1 for _, b in jobs if b),
            )
            for (uid, role), jobs in per.items()
        },
        "visits": visits,
    }


_ZONES: dict[str, str] = {}


def _shop_zone(shop: Shop) -> str:
    """The chain report's zone: the shop's setting (read once per shop, outside timing)."""
    key = str(shop.path)
    if key not in _ZONES:
        with shop.db.read() as session:
            _ZONES[key] = stores.local_zone(session)
    return _ZONES[key]
