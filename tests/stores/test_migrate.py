"""`counter-app migrate --to URL`: a SQLite shop moved onto PostgreSQL with identical counts
and money totals; the source is untouched; refusals write nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import snapshot
from tests.pg import pg_snapshot

pytestmark = pytest.mark.slow

TOTALS = (
    "SELECT (SELECT count(*) FROM tickets), (SELECT count(*) FROM ticket_events), "
    "(SELECT coalesce(sum(amount), 0) FROM payments), "
    "(SELECT coalesce(sum(quantity), 0) FROM stock_movements), (SELECT count(*) FROM stores)"
)


def figures(url: str) -> tuple:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(text(TOTALS)).one())
    finally:
        engine.dispose()


def test_a_demo_shop_moves_to_postgresql_and_keeps_working(cli, db_path, pg_url):
    assert cli("demo", "--tickets", "300").returncode == 0
    before = snapshot(db_path)
    moved = cli("migrate", "--to", pg_url, "--json")
    assert moved.returncode == 0, moved.stderr
    report = moved.json()
    assert snapshot(db_path) == before  # the source is only read
    source_figures = figures(f"sqlite:///{db_path}")
    assert figures(pg_url) == source_figures
    assert source_figures[0] >= 300
    tickets = next(t for t in report["tables"] if t["table"] == "tickets")
    assert tickets["rows"] == source_figures[0]
    # The moved shop works on the server: numbering continues, no id clashes.
    intake = [
        "intake", "--name", "Wang", "--phone", "13800138000", "--brand", "Apple",
        "--model", "iPhone 13", "--serial", "MOVED1", "--fault", "screen", "--db", pg_url,
    ]  # fmt: skip
    from tests.conftest import run_cli

    taken = run_cli(*intake)
    assert taken.returncode == 0, taken.stderr
    assert taken.stdout.strip().startswith("T")
    # Moving again onto the now used database is refused, nothing written there.
    target_before = pg_snapshot(pg_url)
    again = cli("migrate", "--to", pg_url)
    assert again.returncode == 2 and "not empty" in again.stderr
    assert pg_snapshot(pg_url) == target_before


def test_an_unreachable_or_wrong_target_is_refused(cli, db_path, tmp_path):
    before = snapshot(db_path)
    for url in (
        f"postgresql+psycopg://nobody@/shop?host={tmp_path}",  # no server there
        "sqlite:///elsewhere.sqlite3",
        "not a url",
    ):
        result = cli("migrate", "--to", url)
        assert result.returncode == 2, (url, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(db_path) == before
