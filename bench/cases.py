"""The lookup cases of DESIGN §9: each through our services and as hand-written SQL."""

from __future__ import annotations

from bench.harness import BOTH, Shop, case
from counter_app.models import OPEN_PREDICATE
from counter_app.services.people import customers
from counter_app.services.tickets import devices
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets.jobs import BoardFilter


@case("device history by IMEI", engines=BOTH)
def device_history(shop: Shop) -> list[str]:
    return shop.sample("SELECT imei FROM devices WHERE imei IS NOT NULL LIMIT 50000", 200)


@device_history.ours
def _(shop: Shop, imei: str) -> object:
    return devices.history(shop.db, imei)


@device_history.baseline
def _(shop: Shop, imei: str) -> object:
    raw = shop.raw
    device = raw.execute(
        "SELECT id, brand, model, owner_id FROM devices WHERE imei = ? OR imei2 = ?", (imei, imei)
    ).fetchone()
    rows = raw.execute(
        "SELECT t.id, t.ticket_no, t.status, t.received_at, t.fault, t.warranty_until, c.name "
        "FROM tickets t JOIN customers c ON c.id = t.customer_id "
        "WHERE t.device_id = ? ORDER BY t.received_at DESC, t.id DESC",
        (device[0],),
    ).fetchall()
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    # the charged lines: each ticket's total and the parts used, in one statement (as ours)
    raw.execute(
        f"SELECT q.ticket_id, p.name, l.qty, l.line_total FROM quotes q JOIN quote_lines l "
        f"ON l.quote_id = q.id LEFT JOIN parts p ON p.id = l.part_id "
        f"WHERE q.ticket_id IN ({marks}) AND q.status != 'declined' ORDER BY l.id",
        ids,
    ).fetchall()
    return rows


@case("ticket by number", engines=BOTH)
def ticket_by_number(shop: Shop) -> list[str]:
    return shop.sample("SELECT ticket_no FROM tickets ORDER BY random() LIMIT 2000", 200)


@ticket_by_number.ours
def _(shop: Shop, ticket_no: str) -> object:
    return tickets.detail(shop.db, shop.actor, ticket_no)


@ticket_by_number.baseline
def _(shop: Shop, ticket_no: str) -> object:
    raw = shop.raw
    t = raw.execute(
        "SELECT id, customer_id, device_id, * FROM tickets WHERE ticket_no = ?", (ticket_no,)
    ).fetchone()
    ticket_id, customer_id, device_id = t[0], t[1], t[2]
    raw.execute("SELECT * FROM customers WHERE id = ?", (customer_id,)).fetchone()
    raw.execute("SELECT * FROM devices WHERE id = ?", (device_id,)).fetchone()
    raw.execute("SELECT id, display_name FROM users").fetchall()
    raw.execute(
        "SELECT sum(l.line_total) FROM quote_lines l JOIN quotes q ON q.id = l.quote_id "
        "WHERE q.ticket_id = ? AND q.status != 'declined'",
        (ticket_id,),
    ).fetchone()
    raw.execute("SELECT sum(amount) FROM payments WHERE ticket_id = ?", (ticket_id,)).fetchone()
    quotes = raw.execute(
        "SELECT * FROM quotes WHERE ticket_id = ? ORDER BY seq", (ticket_id,)
    ).fetchall()
    if quotes:
        marks = ",".join("?" * len(quotes))
        raw.execute(
            f"SELECT l.*, p.sku FROM quote_lines l LEFT JOIN parts p ON p.id = l.part_id "
            f"WHERE l.quote_id IN ({marks}) ORDER BY l.id",
            [q[0] for q in quotes],
        ).fetchall()
        raw.execute(
            "SELECT quote_line_id, sum(-quantity) FROM stock_movements WHERE ticket_id = ? "
            "AND kind IN ('used', 'returned') GROUP BY quote_line_id",
            (ticket_id,),
        ).fetchall()
    raw.execute("SELECT * FROM payments WHERE ticket_id = ? ORDER BY id", (ticket_id,)).fetchall()
    return raw.execute(
        "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id", (ticket_id,)
    ).fetchall()


@case("customer search by phone tail", engines=BOTH)
def phone_tail(shop: Shop) -> list[str]:
    phones = shop.sample("SELECT phone FROM customers WHERE phone LIKE '+86%' LIMIT 50000", 200)
    return [phone[-4:] for phone in phones]


@phone_tail.ours
def _(shop: Shop, tail: str) -> object:
    return customers.search(shop.db, tail)


@phone_tail.baseline
def _(shop: Shop, tail: str) -> object:
    prefix = tail[::-1]
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    rows = shop.raw.execute(
        "SELECT id, name, phone FROM customers WHERE phone_reversed >= ? AND phone_reversed < ? "
        "ORDER BY name LIMIT 50",
        (prefix, upper),
    ).fetchall()
    ids = [r[0] for r in rows]
    shop.raw.execute(
        f"SELECT customer_id, count(*) FROM tickets WHERE customer_id IN "
        f"({','.join('?' * len(ids))}) GROUP BY customer_id",
        ids,
    ).fetchall()
    return rows


BOARD_SQL = (
    "SELECT t.id, t.ticket_no, t.status, t.service_type, t.priority, c.name, c.phone, d.brand, "
    "d.model, t.fault, u.display_name, t.received_at, t.promised_at, t.is_comeback, t.version "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id JOIN devices d ON d.id = t.device_id "
    "LEFT JOIN users u ON u.id = t.technician_id "
)


@case("job board first screen", engines=BOTH)
def job_board(shop: Shop) -> list[int]:
    return [0]


@job_board.ours
def _(shop: Shop, _: int) -> object:
    return tickets.job_board(shop.db, limit=50)


@job_board.baseline
def _(shop: Shop, _: int) -> object:
    return shop.raw.execute(
        BOARD_SQL + f"WHERE t.{OPEN_PREDICATE} ORDER BY t.promised_at, t.id LIMIT 50"
    ).fetchall()


@case("tickets by status", engines=BOTH)
def by_status(shop: Shop) -> list[str]:
    return ["ready", "in_repair", "awaiting_approval", "collected"]


@by_status.ours
def _(shop: Shop, status: str) -> object:
    return tickets.job_board(
        shop.db, BoardFilter(statuses=(status,), include_closed=status == "collected"), limit=50
    )


@by_status.baseline
def _(shop: Shop, status: str) -> object:
    where = "t.status = ?" if status == "collected" else f"t.{OPEN_PREDICATE} AND t.status = ?"
    return shop.raw.execute(
        BOARD_SQL + f"WHERE {where} ORDER BY t.promised_at, t.id LIMIT 50", (status,)
    ).fetchall()
