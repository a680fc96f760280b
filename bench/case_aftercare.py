"""Bench cases for after-care: the follow-up calls due on a day, the complaint list, and the
month's after-care figures, ours vs the same questions written by hand in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bench.harness import Shop, case
from counter_app.services.aftercare import complaints, followups
from counter_app.services.aftercare.figures import monthly_figures
from counter_app.services.reporting import reports
from counter_app.services.shop import settings as settings_service
from counter_app.timeutil import utcnow

TZ = "Asia/Shanghai"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@case("follow-up calls due on a day, whole list", interactive=False)
def calls_due(shop: Shop) -> list[date]:
    last = shop.raw.execute("SELECT max(collected_at) FROM tickets").fetchone()[0]
    newest = date.fromisoformat(last[:10])
    return [newest - timedelta(days=offset) for offset in range(0, 20)]


@calls_due.ours
def _(shop: Shop, day: date) -> object:
    return followups.due_list(shop.db, shop.actor, day)


@calls_due.baseline
def _(shop: Shop, day: date) -> object:
    keep = settings_service.get_all(shop.db).followup_keep_days
    calls = shop.raw.execute(
        "SELECT f.due_key, f.reason, f.due_on, f.attempts, f.consultation_id, t.ticket_no, "
        "t.fault, c.id, c.name, c.phone_reversed, d.brand, d.model, u.display_name, k.name, "
        "k.phone, k.question FROM followups f LEFT JOIN tickets t ON t.id = f.ticket_id "
        "LEFT JOIN customers c ON c.id = f.customer_id LEFT JOIN devices d ON d.id = t.device_id "
        "LEFT JOIN users u ON u.id = t.technician_id "
        "LEFT JOIN consultations k ON k.id = f.consultation_id "
        "WHERE f.state IN ('due', 'retry') AND f.next_try_on <= ? AND f.next_try_on >= ? "
        "AND (f.customer_id IS NULL OR (c.contact_consent = 1 AND c.anonymised_at IS NULL)) "
        "ORDER BY f.next_try_on, f.id",
        (day.isoformat(), (day - timedelta(days=keep)).isoformat()),
    ).fetchall()
    numbers = sorted({row[5] for row in calls if row[5]})
    done = []
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        done += shop.raw.execute(
            "SELECT t.ticket_no, l.description FROM tickets t JOIN quotes q ON q.ticket_id = t.id "
            "JOIN quote_lines l ON l.quote_id = q.id WHERE q.status = 'approved' AND "
            f"t.ticket_no IN ({', '.join('?' * len(chunk))}) ORDER BY l.id",
            chunk,
        ).fetchall()
    return calls, done


PAGE = 200  # the calls a clerk's list shows first


@case("follow-up calls due, first page")
def calls_due_page(shop: Shop) -> list[date]:
    return calls_due(shop)  # the same days


@calls_due_page.ours
def _(shop: Shop, day: date) -> object:
    return followups.due_page(shop.db, shop.actor, day, limit=PAGE)


@calls_due_page.baseline
def _(shop: Shop, day: date) -> object:
    """The same page by hand: the open calls in the kept window, the most urgent per customer
    (ROW_NUMBER), the first page with the whole list's total and overdue count riding along
    (window sums, one pass), and what was done on those tickets only."""
    keep = settings_service.get_all(shop.db).followup_keep_days
    picked = (
        "WITH due AS (SELECT f.due_key, f.reason, f.due_on, f.attempts, f.consultation_id, "
        "f.ticket_id, f.customer_id, CASE f.reason WHEN 'callback' THEN 0 "
        "WHEN 'after_collection' THEN 1 WHEN 'first_service' THEN 2 ELSE 3 END AS rank "
        "FROM followups f LEFT JOIN customers c ON c.id = f.customer_id "
        "LEFT JOIN consultations k ON k.id = f.consultation_id "
        "WHERE f.state IN ('due', 'retry') AND f.next_try_on <= :day AND f.next_try_on >= :from "
        "AND (f.customer_id IS NULL OR (c.contact_consent = 1 AND c.anonymised_at IS NULL)) "
        "AND (f.consultation_id IS NULL OR k.phone IS NOT NULL)), "
        "picked AS (SELECT *, row_number() OVER (PARTITION BY customer_id, "
        "CASE WHEN customer_id IS NULL THEN due_key END ORDER BY due_on, rank, due_key) AS pick "
        "FROM due) "
    )
    params = {"day": day.isoformat(), "from": (day - timedelta(days=keep)).isoformat()}
    calls = shop.raw.execute(
        picked + "SELECT p.due_key, p.reason, p.due_on, p.attempts, p.consultation_id, "
        "t.ticket_no, t.fault, c.id, c.name, c.phone_reversed, d.brand, d.model, "
        "u.display_name, k.name, k.phone, k.question, p.total, p.late FROM (SELECT *, "
        "count(*) OVER () AS total, sum(due_on < :day) OVER () AS late FROM picked "
        f"WHERE pick = 1 ORDER BY due_on, rank, due_key LIMIT {PAGE}) p "
        "LEFT JOIN tickets t ON t.id = p.ticket_id LEFT JOIN customers c ON c.id = p.customer_id "
        "LEFT JOIN devices d ON d.id = t.device_id LEFT JOIN users u ON u.id = t.technician_id "
        "LEFT JOIN consultations k ON k.id = p.consultation_id ORDER BY p.due_on, p.rank, p.due_key",
        params,
    ).fetchall()
    total = (calls[0][-2], calls[0][-1]) if calls else (0, 0)
    numbers = sorted({row[5] for row in calls if row[5]})
    done = shop.raw.execute(
        "SELECT t.ticket_no, l.description FROM tickets t JOIN quotes q ON q.ticket_id = t.id "
        "JOIN quote_lines l ON l.quote_id = q.id WHERE q.status = 'approved' AND "
        f"t.ticket_no IN ({', '.join('?' * len(numbers))}) ORDER BY l.id",
        numbers,
    ).fetchall()
    return total, calls, done


@case("complaint list, unresolved first")
def complaint_list(shop: Shop) -> list[bool]:
    return [True, False]


@complaint_list.ours
def _(shop: Shop, open_only: bool) -> object:
    return complaints.list_complaints(shop.db, shop.actor, open_only=open_only)


@complaint_list.baseline
def _(shop: Shop, open_only: bool) -> object:
    """By hand, the same way a careful SQL writer would: each state's serious-overdue,
    overdue and open parts read from the (state, due_at) index and stop at 500, merged."""
    now = _iso(utcnow())
    parts: list[str] = []
    for state in ("open", "in_progress") + (() if open_only else ("resolved", "closed")):
        tiers = (
            [
                (0, "AND severity = 'serious' AND due_at < ?"),
                (1, "AND severity != 'serious' AND due_at < ?"),
                (2, "AND due_at >= ?"),
            ]
            if state in ("open", "in_progress")
            else [(3, "")]
        )
        parts += [
            f"SELECT * FROM (SELECT id, {rank} AS rank, due_at FROM complaints "
            f"WHERE state = '{state}' {where} ORDER BY due_at, id LIMIT 500)"
            for rank, where in tiers
        ]
    return shop.raw.execute(
        "SELECT k.*, c.name, c.phone, t.ticket_no, a.username, r.username, b.username "
        f"FROM (SELECT * FROM ({' UNION ALL '.join(parts)}) ORDER BY rank, due_at, id LIMIT 500) p "
        "JOIN complaints k ON k.id = p.id JOIN customers c ON c.id = k.customer_id "
        "LEFT JOIN tickets t ON t.id = k.ticket_id LEFT JOIN users a ON a.id = k.against_id "
        "LEFT JOIN users r ON r.id = k.responsible_id JOIN users b ON b.id = k.created_by_id "
        "ORDER BY p.rank, k.due_at, k.id",
        [now] * sum("?" in part for part in parts),
    ).fetchall()


@case("monthly after-care figures", interactive=False, repeat=3)
def aftercare_month(shop: Shop) -> list[tuple[int, int]]:
    month = shop.raw.execute(
        "SELECT substr(called_at, 1, 7) m FROM followups WHERE called_at IS NOT NULL "
        "GROUP BY m ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    return [(int(month[:4]), int(month[5:7]))]


@aftercare_month.ours
def _(shop: Shop, month: tuple[int, int]) -> object:
    start, end = reports.month_bounds(*month, TZ)
    with shop.db.lookup() as conn:
        return monthly_figures(conn, start, end, utcnow())


@aftercare_month.baseline
def aftercare_sql(shop: Shop, month: tuple[int, int]) -> object:
    """The month's after-care aggregates by hand (also part of the monthly report's baseline):
    the same figures from the same two grouped statements a person would write, the calls by
    job and caller, the complaints by job, class, person complained about and overdue."""
    raw = shop.raw
    start, end = (_iso(t) for t in reports.month_bounds(*month, TZ))
    now = _iso(utcnow())
    done = "CASE WHEN f.state = 'done' THEN {} END"
    calls = raw.execute(
        "SELECT t.technician_id, t.created_by_id, f.called_by_id, u.role, "
        f"count({done.format('f.id')}), count({done.format('f.satisfaction')}), "
        f"coalesce(sum({done.format('f.satisfaction')}), 0), "
        "count(CASE WHEN f.state = 'done' AND (f.satisfaction IS NOT NULL OR "
        "f.feedback_class IS NOT NULL) THEN 1 END), "
        "count(CASE WHEN f.state = 'done' AND f.feedback_class = 'satisfied' THEN 1 END) "
        "FROM followups f LEFT JOIN tickets t ON t.id = f.ticket_id "
        "LEFT JOIN users u ON u.id = f.called_by_id "
        "WHERE f.called_at >= ? AND f.called_at < ? "
        "GROUP BY t.technician_id, t.created_by_id, f.called_by_id, u.role",
        (start, end),
    ).fetchall()
    # positional parameters: the same SQL runs on sqlite3 and on psycopg (bench --db)
    recorded = "k.created_at >= ? AND k.created_at < ?"
    complaints = raw.execute(
        "SELECT 'job', t.technician_id, t.created_by_id, NULL, k.feedback_class, count(k.id) "
        f"FROM complaints k JOIN tickets t ON t.id = k.ticket_id WHERE {recorded} "
        "GROUP BY t.technician_id, t.created_by_id, k.feedback_class "
        "UNION ALL SELECT 'class', NULL, NULL, NULL, k.feedback_class, count(*) "
        f"FROM complaints k WHERE {recorded} GROUP BY k.feedback_class "
        "UNION ALL SELECT 'against', k.against_id, NULL, u.role, NULL, count(*) "
        f"FROM complaints k JOIN users u ON u.id = k.against_id WHERE {recorded} "
        "GROUP BY k.against_id, u.role "
        "UNION ALL SELECT 'overdue', k.responsible_id, NULL, u.role, NULL, count(*) "
        f"FROM complaints k LEFT JOIN users u ON u.id = k.responsible_id WHERE {recorded} "
        "AND (k.resolved_at > k.due_at OR (k.resolved_at IS NULL AND k.due_at < ?)) "
        "GROUP BY k.responsible_id, u.role",
        (start, end) * 4 + (now,),
    ).fetchall()
    return calls, complaints
