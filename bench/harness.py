"""Building the synthetic shops, timing, the case registry, the table and the JSON."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.demo import shop as demo
from counter_app.models import Ticket
from counter_app.services.base.dto import Actor
from counter_app.services.people import users

RESULTS = Path(__file__).resolve().parent / "results"
BOTH = ("sqlite", "postgresql")  # a case whose baseline SQL runs on either engine
BUILD_SEED = 11


class PgRaw:
    """A psycopg connection that takes the baselines' ``?`` placeholders (the DB-API
    ``qmark`` style sqlite3 uses), so one hand-written statement serves both engines."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._converted: dict[str, str] = {}

    def execute(self, sql: str, params: Any = None) -> Any:
        if params is None:
            return self.conn.execute(sql)
        converted = self._converted.get(sql)
        if converted is None:
            converted = self._converted[sql] = sql.replace("%", "%%").replace("?", "%s")
        return self.conn.execute(converted, params)

    def close(self) -> None:
        self.conn.close()


@dataclass
class Shop:
    """One synthetic shop at a scale, with a raw DB-API connection for the baselines
    (``sqlite3`` on the shop's file, or psycopg on a PostgreSQL shop: ``engine``)."""

    scale: int
    path: Path | str
    db: Database
    raw: Any  # sqlite3.Connection | PgRaw: execute(sql, params) -> cursor
    actor: Actor
    rng: random.Random = field(default_factory=lambda: random.Random(5))
    engine: str = "sqlite"
    stores: int = 1

    @property
    def label(self) -> str:
        """How the shop is named in the results: its scale, chain and engine."""
        kind = f"chain{self.stores}" if self.stores > 1 else "single"
        return f"{kind} {self.engine}"

    def sample(self, sql: str, count: int) -> list[Any]:
        """``count`` random values of the first column of ``sql`` (which must return many)."""
        values = [row[0] for row in self.raw.execute(sql)]
        return [self.rng.choice(values) for _ in range(count)] if values else []


def shop_path(scale: int, stores: int = 1) -> Path:
    return RESULTS / (f"shop-{scale}.db" if stores == 1 else f"chain{stores}-{scale}.db")


def _days(scale: int) -> int:
    return max(90, min(1100, scale // 900))


def _fill(db: Database, scale: int, stores: int) -> dict[str, int]:
    """The bench's shop through the demo generator (the same rules as real work); a chain
    through ``fill_chain``: the tickets shared out between the stores, each its own stock,
    numbers and history, over the same span as a single shop of that size."""
    # About 3.3 tickets per device over three years, like a busy shop: 1M tickets, ~300k
    # devices; 20,000 parts.
    options: dict[str, Any] = {"days": _days(scale), "device_reuse": 0.7, "parts": 20_000}
    if stores == 1:
        return demo.fill(db, tickets=scale, seed=BUILD_SEED, **options)
    return demo.fill_chain(db, scale, stores, seed=BUILD_SEED, **options)


def build_shop(scale: int, log: Callable[[str], None] = print, stores: int = 1) -> Path:
    """The shop for ``scale`` tickets (cached in bench/results/; rebuilt if missing);
    ``stores`` > 1: a chain of that many stores (``chainN-scale.db``)."""
    path = shop_path(scale, stores)
    if path.exists():
        return path
    RESULTS.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = Database(sqlite_url(partial))
    summary = _fill(db, scale, stores)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()  # the statistics are written in the connection's transaction
    db.close()
    partial.replace(path)
    log(f"built {path.name} in {time.perf_counter() - started:.0f} s: {summary}")
    return path


def open_shop(scale: int, stores: int = 1) -> Shop:
    path = build_shop(scale, stores=stores)
    db = Database(sqlite_url(path))
    raw = sqlite3.connect(path)
    return Shop(scale, path, db, raw, users.get_actor(db, "manager"), stores=stores)


def open_pg_shop(url: str, scale: int, stores: int = 1, log: Callable[[str], None] = print) -> Shop:
    """The shop in the PostgreSQL database at ``url``: built there by the demo generator
    (``scale`` tickets, ``stores`` stores) when it holds no tickets, else used as it is (its
    own ticket count is the scale). The baselines run on a psycopg connection of their own,
    in autocommit and in UTC (the ISO timestamps the baselines bind read as UTC instants)."""
    import psycopg

    db = Database(url)
    with db.read() as session:
        have = int(session.scalar(select(func.count(Ticket.id))) or 0)
    if have == 0:
        started = time.perf_counter()
        summary = _fill(db, scale, stores)
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        log(
            f"built {stores} store(s) in the database in {time.perf_counter() - started:.0f} s: {summary}"
        )
    with db.read() as session:
        scale = int(session.scalar(select(func.count(Ticket.id))) or 0)
        stores = int(session.scalar(select(func.count(func.distinct(Ticket.store_id)))) or 1)
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = psycopg.connect(conninfo, autocommit=True, options="-c TimeZone=UTC")
    shop = Shop(scale, url, db, PgRaw(conn), users.get_actor(db, "manager"), engine="postgresql")
    shop.stores = stores
    return shop


@dataclass(frozen=True)
class Case:
    name: str
    interactive: bool  # an interactive lookup: the 50 ms target applies
    prepare: Callable[[Shop], Any]  # -> the inputs (e.g. a list of keys), untimed
    ours: Callable[[Shop, Any], Any]  # one call through our code
    baseline: Callable[[Shop, Any], Any]  # the same question, hand-written
    repeat: int = 30  # calls per measurement (inputs cycle)
    scales: tuple[int, ...] | None = None  # None: every scale
    clock: Callable[[], float] = time.perf_counter  # what a call's cost is measured in
    engines: tuple[str, ...] = ("sqlite",)  # the engines whose baseline SQL it has
    rounds: int = 2  # measurements per side; the best is kept (1: the median as it came)
    paired: bool = False  # calls alternate ours/baseline (a small cost on a busy machine)


CASES: list[Case] = []


def case(
    name: str,
    *,
    interactive: bool = True,
    repeat: int = 30,
    scales: tuple[int, ...] | None = None,
    clock: Callable[[], float] = time.perf_counter,
    engines: tuple[str, ...] = ("sqlite",),
    rounds: int = 2,
    paired: bool = False,
) -> Callable[[Callable[[Shop], Any]], Callable[[Shop], Any]]:
    """Register a case: decorate ``prepare``; give ``ours``/``baseline`` via .ours/.baseline.

    @case("ticket by number")
    def ticket_by_number(shop): return shop.sample(...)
    @ticket_by_number.ours
    def _(shop, key): ...
    """

    def decorator(prepare: Callable[[Shop], Any]) -> Any:
        holder: dict[str, Callable[[Shop, Any], Any]] = {}

        def ours(fn: Callable[[Shop, Any], Any]) -> Callable[[Shop, Any], Any]:
            holder["ours"] = fn
            _register()
            return fn

        def baseline(fn: Callable[[Shop, Any], Any]) -> Callable[[Shop, Any], Any]:
            holder["baseline"] = fn
            _register()
            return fn

        def _register() -> None:
            if "ours" in holder and "baseline" in holder:
                CASES.append(
                    Case(
                        name,
                        interactive,
                        prepare,
                        holder["ours"],
                        holder["baseline"],
                        repeat,
                        scales,
                        clock,
                        engines,
                        rounds,
                        paired,
                    )
                )

        prepare.ours = ours  # type: ignore[attr-defined]
        prepare.baseline = baseline  # type: ignore[attr-defined]
        return prepare

    return decorator


def _time_calls(
    fn: Callable[[Shop, Any], Any],
    shop: Shop,
    inputs: list[Any],
    repeat: int,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Median seconds per call over ``repeat`` calls (after one warm-up call)."""
    fn(shop, inputs[0])
    timings = []
    for index in range(repeat):
        value = inputs[index % len(inputs)]
        started = clock()
        fn(shop, value)
        timings.append(clock() - started)
    return statistics.median(timings)


def _time_pairs(c: Case, shop: Shop, inputs: list[Any], repeat: int) -> tuple[float, float]:
    """Median seconds per call of ours and of the baseline, the calls alternating (which
    side goes first alternates too): load from elsewhere falls on both sides alike."""
    c.ours(shop, inputs[0])
    c.baseline(shop, inputs[0])
    ours, base = [], []
    for index in range(2 * repeat):
        value = inputs[index % len(inputs)]
        sides = ((c.ours, ours), (c.baseline, base))
        for fn, timings in sides if index % 2 == 0 else reversed(sides):
            started = c.clock()
            fn(shop, value)
            timings.append(c.clock() - started)
    return statistics.median(ours), statistics.median(base)


@dataclass(frozen=True)
class Result:
    case: str
    scale: int
    ours_ms: float
    baseline_ms: float
    interactive: bool
    shop: str = "single sqlite"  # Shop.label: single or chainN, sqlite or postgresql

    @property
    def ratio(self) -> float:
        return self.ours_ms / self.baseline_ms if self.baseline_ms else float("inf")


def run_case(c: Case, shop: Shop, repeat: int | None = None) -> Result:
    inputs = c.prepare(shop)
    if not isinstance(inputs, list):
        inputs = [inputs]
    n = repeat or c.repeat
    if c.paired:
        ours, base = _time_pairs(c, shop, inputs, n)
        return Result(c.name, shop.scale, ours * 1000, base * 1000, c.interactive, shop.label)
    # Interleave to share any drift (other load on the machine) between the two sides.
    ours = min(_time_calls(c.ours, shop, inputs, n, c.clock) for _ in range(c.rounds))
    base = min(_time_calls(c.baseline, shop, inputs, n, c.clock) for _ in range(c.rounds))
    return Result(c.name, shop.scale, ours * 1000, base * 1000, c.interactive, shop.label)
