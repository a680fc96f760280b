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

from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.services import demo, users
from counter_app.services.dto import Actor

RESULTS = Path(__file__).resolve().parent / "results"
BUILD_SEED = 11


@dataclass
class Shop:
    """One synthetic shop at a scale, with a raw sqlite3 connection for the baselines."""

    scale: int
    path: Path
    db: Database
    raw: sqlite3.Connection
    actor: Actor
    rng: random.Random = field(default_factory=lambda: random.Random(5))

    def sample(self, sql: str, count: int) -> list[Any]:
        """``count`` random values of the first column of ``sql`` (which must return many)."""
        values = [row[0] for row in self.raw.execute(sql)]
        return [self.rng.choice(values) for _ in range(count)] if values else []


def shop_path(scale: int) -> Path:
    return RESULTS / f"shop-{scale}.db"


def build_shop(scale: int, log: Callable[[str], None] = print) -> Path:
    """The shop for ``scale`` tickets (cached in bench/results/; rebuilt if missing)."""
    path = shop_path(scale)
    if path.exists():
        return path
    RESULTS.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = Database(sqlite_url(partial))
    # About 3.3 tickets per device over three years, like a busy shop: 1M tickets, ~300k
    # devices; 20,000 parts.
    days = max(90, min(1100, scale // 900))
    summary = demo.fill(
        db, tickets=scale, seed=BUILD_SEED, days=days, device_reuse=0.7, parts=20_000
    )
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("ANALYZE")
    db.close()
    partial.replace(path)
    log(f"built {path.name} in {time.perf_counter() - started:.0f} s: {summary}")
    return path


def open_shop(scale: int) -> Shop:
    path = build_shop(scale)
    db = Database(sqlite_url(path))
    raw = sqlite3.connect(path)
    return Shop(scale, path, db, raw, users.get_actor(db, "manager"))


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


CASES: list[Case] = []


def case(
    name: str,
    *,
    interactive: bool = True,
    repeat: int = 30,
    scales: tuple[int, ...] | None = None,
    clock: Callable[[], float] = time.perf_counter,
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


@dataclass(frozen=True)
class Result:
    case: str
    scale: int
    ours_ms: float
    baseline_ms: float
    interactive: bool

    @property
    def ratio(self) -> float:
        return self.ours_ms / self.baseline_ms if self.baseline_ms else float("inf")


def run_case(c: Case, shop: Shop, repeat: int | None = None) -> Result:
    inputs = c.prepare(shop)
    if not isinstance(inputs, list):
        inputs = [inputs]
    n = repeat or c.repeat
    # Interleave to share any drift (other load on the machine) between the two sides.
    ours = min(_time_calls(c.ours, shop, inputs, n, c.clock) for _ in range(2))
    base = min(_time_calls(c.baseline, shop, inputs, n, c.clock) for _ in range(2))
    return Result(c.name, shop.scale, ours * 1000, base * 1000, c.interactive)
