"""Bench cases: the daily report of the busiest day and a monthly assessment, ours vs the
same aggregates written by hand in SQL."""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime

from bench.harness import Shop, case
from counter_app.services.reporting import reports
from counter_app.timeutil import local_day_bounds, utcnow

OPEN = "status NOT IN ('collected', 'cancelled')"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@case("daily report, busiest day", interactive=False, repeat=3)
def daily_report(shop: Shop) -> list[date]:
    day = shop.raw.execute(
        "SELECT substr(received_at, 1, 10) d FROM tickets GROUP BY d ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    return [date.fromisoformat(day)]


@daily_report.ours
def _(shop: Shop, day: date) -> object:
    return reports.daily(shop.db, shop.actor, day)


@daily_report.baseline
def _(shop: Shop, day: date) -> object:
    raw = shop.raw
    start, end = (_iso(t) for t in local_day_bounds(day, "Asia/Shanghai"))
    now = _iso(utcnow())
    out = [
        raw.execute(
            "SELECT count(*) FROM tickets WHERE received_at >= ? AND received_at < ?", (start, end)
        ).fetchone(),
        raw.execute(
            "SELECT count(*) FROM tickets WHERE completed_at >= ? AND completed_at < ?",
            (start, end),
        ).fetchone(),
    ]
    for to_status, from_status in (
        ("awaiting_approval", "diagnosing"),
        ("collected", None),
        ("cancelled", None),
    ):
        sql = (
            "SELECT count(DISTINCT ticket_id) FROM ticket_events WHERE kind = 'status' AND "
            "at >= ? AND at < ? AND to_status = ?"
        )
        params: tuple = (start, end, to_status)
        if from_status:
            sql += " AND from_status = ?"
            params += (from_status,)
        out.append(raw.execute(sql, params).fetchone())
    out.append(
        raw.execute(f"SELECT status, count(*) FROM tickets WHERE {OPEN} GROUP BY status").fetchall()
    )
    out.append(
        raw.execute(
            "SELECT t.ticket_no, t.status, c.name, d.brand, d.model, t.promised_at, u.display_name "
            "FROM tickets t JOIN customers c ON c.id = t.customer_id JOIN devices d ON d.id = t.device_id "
            f"LEFT JOIN users u ON u.id = t.technician_id WHERE t.{OPEN} AND t.promised_at < ? "
            "AND t.status NOT IN ('ready', 'declined') ORDER BY t.promised_at",
            (now,),
        ).fetchall()
    )
    out.append(
        raw.execute(
            "SELECT method, kind, sum(amount), count(*) FROM payments WHERE at >= ? AND at < ? "
            "GROUP BY method, kind",
            (start, end),
        ).fetchall()
    )
    out.append(
        raw.execute(
            "SELECT p.sku, p.name, sum(-m.quantity), sum(-m.quantity * coalesce(l.unit_cost, p.cost)), "
            "sum(-m.quantity * l.unit_price) FROM stock_movements m JOIN parts p ON p.id = m.part_id "
            "LEFT JOIN quote_lines l ON l.id = m.quote_line_id WHERE m.kind IN ('used', 'returned') "
            "AND m.at >= ? AND m.at < ? GROUP BY p.sku, p.name HAVING sum(-m.quantity) != 0 "
            "ORDER BY p.sku",
            (start, end),
        ).fetchall()
    )
    out.append(
        raw.execute(
            "SELECT t.ticket_no, e.ticket_no, d.brand, d.model, t.fault FROM tickets t JOIN devices d "
            "ON d.id = t.device_id LEFT JOIN tickets e ON e.id = t.comeback_of_id WHERE "
            "t.received_at >= ? AND t.received_at < ? AND t.is_comeback = 1",
            (start, end),
        ).fetchall()
    )
    out.append(raw.execute("SELECT id, display_name, role FROM users").fetchall())
    out.append(
        raw.execute(
            "SELECT created_by_id, count(*) FROM tickets WHERE received_at >= ? AND received_at < ? "
            "GROUP BY created_by_id",
            (start, end),
        ).fetchall()
    )
    out.append(
        raw.execute(
            "SELECT user_id, count(*), sum(amount) FROM payments WHERE at >= ? AND at < ? "
            "GROUP BY user_id",
            (start, end),
        ).fetchall()
    )
    out.append(
        raw.execute(
            "SELECT user_id, to_status, count(*) FROM ticket_events WHERE kind = 'status' AND "
            "at >= ? AND at < ? AND to_status IN ('collected', 'awaiting_approval', 'ready') "
            "GROUP BY user_id, to_status",
            (start, end),
        ).fetchall()
    )
    return out


@case("monthly staff report", interactive=False, repeat=3)
def monthly_report(shop: Shop) -> list[tuple[int, int]]:
    month = shop.raw.execute(
        "SELECT substr(completed_at, 1, 7) m FROM tickets WHERE completed_at IS NOT NULL "
        "GROUP BY m ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    return [(int(month[:4]), int(month[5:7]))]


@monthly_report.ours
def _(shop: Shop, month: tuple[int, int]) -> object:
    return reports.monthly(shop.db, shop.actor, *month)


@monthly_report.baseline
def _(shop: Shop, month: tuple[int, int]) -> object:
    start, end = (_iso(t) for t in reports.month_bounds(*month, "Asia/Shanghai"))
    rows = shop.raw.execute(
        "SELECT t.technician_id, t.created_by_id, "
        "(julianday(t.completed_at) - julianday(t.received_at)) * 24, "
        "EXISTS (SELECT 1 FROM tickets l WHERE l.comeback_of_id = t.id) "
        "FROM tickets t WHERE t.completed_at >= ? AND t.completed_at < ?",
        (start, end),
    ).fetchall()
    per: dict[tuple, list] = {}
    for tech, clerk, hours, back in rows:
        if tech is not None:
            per.setdefault((tech, "technician"), []).append((hours, back))
        per.setdefault((clerk, "clerk"), []).append((hours, back))
    from bench.case_aftercare import aftercare_sql  # the after-care columns of the same report

    return {
        key: (len(jobs), statistics.median(h for h, _ in jobs), sum(b for _, b in jobs))
        for key, jobs in per.items()
    }, aftercare_sql(shop, month)
