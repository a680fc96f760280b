"""`counter-app migrate --to URL --as-store CODE`: a single-PC shop joins an existing chain on
PostgreSQL as a new store; customers and devices merge with the chain's, so a phone's history
follows it; refusals write nothing on either side."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import run_cli, snapshot
from tests.pg import pg_snapshot

pytestmark = pytest.mark.slow

PHONE = "13800138000"
IMEI = "356938035643809"


def intake(db: str | object, name: str, phone: str, *device: str) -> str:
    taken = run_cli(
        "intake", "--name", name, "--phone", phone, "--brand", "Apple",
        "--model", "iPhone 13", "--fault", "screen", *device, "--db", str(db),
    )  # fmt: skip
    assert taken.returncode == 0, taken.stderr
    return taken.stdout.strip()


def query(url: str, sql: str, **params: object) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


@pytest.fixture
def chain(pg_url: str) -> str:
    """A chain on PostgreSQL (store MAIN, prefix T) with one ticket of PHONE / IMEI."""
    intake(pg_url, "Wang", PHONE, "--imei", IMEI)  # makes the schema and store MAIN
    return pg_url


@pytest.fixture
def shop(template_db, tmp_path):  # type: ignore[no-untyped-def]
    """A second single-PC shop (prefix T like the chain's first store): the same customer
    and phone came in there too, plus a customer the chain does not know; one payment."""
    path = tmp_path / "second.sqlite3"
    shutil.copy(template_db, path)
    first = intake(path, "Wang Wei", PHONE, "--imei", IMEI)
    intake(path, "Li", "13900139000", "--serial", "NEWSERIAL1")
    for step in (
        ("ticket", "status", first, "diagnosing"),
        ("quote", first, "--labour", "screen", "--price", "88.50"),
        ("ticket", "status", first, "awaiting_approval"),
        ("approve", first, "--method", "phone"),
    ):
        done = run_cli(*step, "--db", str(path))
        assert done.returncode == 0, done.stderr
    paid = run_cli(
        "pay", first, "--amount", "88.50", "--method", "cash", "--db", str(path), "--json"
    )
    assert paid.returncode == 0, paid.stderr
    return path


def test_a_shop_joins_the_chain_as_a_store_and_the_phone_history_follows(chain, shop):
    before = snapshot(shop)
    moved = run_cli(
        "migrate", "--to", chain, "--as-store", "sz2", "--prefix", "SZ2", "--json",
        "--db", str(shop),
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    report = moved.json()
    assert snapshot(shop) == before  # the source is only read
    assert (report["store"], report["ticket_prefix"]) == ("SZ2", "SZ2-")
    by_table = {t["table"]: t for t in report["tables"]}
    assert by_table["tickets"]["added"] == 2 and by_table["customers"]["merged"] == 1
    assert by_table["devices"]["merged"] == 1 and by_table["devices"]["added"] == 1
    assert Decimal(by_table["payments"]["money"]["amount"]) == Decimal("88.50")
    assert report["renumbered"] == 2
    # One customer for the phone, one device for the IMEI, its history at both stores.
    assert query(chain, "SELECT count(*) FROM customers WHERE phone = '+8613800138000'") == [(1,)]
    history = run_cli("history", IMEI, "--json", "--db", chain)
    assert history.returncode == 0, history.stderr
    numbers = sorted(t["ticket_no"] for t in history.json()["tickets"])
    assert len(numbers) == 2 and numbers[0].startswith("SZ2-") and numbers[1].startswith("T")
    # The store's money and tickets are there, and the shop's staff work at it.
    assert query(
        chain,
        "SELECT count(*), sum(p.amount) FROM payments p JOIN stores s ON s.id = p.store_id "
        "WHERE s.code = 'SZ2'",
    ) == [(1, 8850)]  # stored in cents
    assert query(
        chain,
        "SELECT count(*) FROM user_stores us JOIN stores s ON s.id = us.store_id "
        "JOIN users u ON u.id = us.user_id WHERE s.code = 'SZ2' AND u.username = 'amy'",
    ) == [(1,)]
    # The moved records are on the chain's audit chain: intact, and an edit is caught.
    verified = run_cli("audit", "verify", "--json", "--db", chain)
    assert verified.returncode == 0 and verified.json()["intact"] is True, verified.stdout
    engine = create_engine(chain)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE payments SET amount = 1 WHERE store_id = "
                "(SELECT id FROM stores WHERE code = 'SZ2')"
            )
        )
    broken = run_cli("audit", "verify", "--json", "--db", chain)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE payments SET amount = 8850 WHERE store_id = "
                "(SELECT id FROM stores WHERE code = 'SZ2')"
            )
        )
    engine.dispose()
    assert broken.returncode == 1 and broken.json()["table"] == "payments", broken.stdout
    # The new store takes devices in with its own numbers on the server.
    at_sz2 = run_cli(
        "intake", "--name", "Zhao", "--phone", "13700137000", "--brand", "Apple",
        "--model", "iPhone 13", "--fault", "screen", "--serial", "AFTER1",
        "--store", "SZ2", "--db", chain,
    )  # fmt: skip
    assert at_sz2.returncode == 0, at_sz2.stderr
    assert at_sz2.stdout.startswith("SZ2-") and at_sz2.stdout.strip() not in numbers
    # Moving the shop again as the same store is refused, nothing written anywhere.
    target_before = pg_snapshot(chain)
    again = run_cli("migrate", "--to", chain, "--as-store", "SZ2", "--db", str(shop))
    assert again.returncode == 2 and "already has data" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    assert pg_snapshot(chain) == target_before
    assert snapshot(shop) == before


def test_refusals_write_nothing(chain, shop, pg_url, tmp_path):
    before = snapshot(shop)
    target_before = pg_snapshot(chain)
    # Another schema version on the server.
    engine = create_engine(chain)
    with engine.begin() as conn:
        real = conn.scalar(text("SELECT version_num FROM alembic_version"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0009_old'"))
    engine.dispose()
    other = run_cli("migrate", "--to", chain, "--as-store", "SZ2", "--db", str(shop))
    assert other.returncode == 2 and "another schema version" in other.stderr
    engine = create_engine(chain)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": real})
    engine.dispose()
    for url in (f"postgresql+psycopg://nobody@/shop?host={tmp_path}", "not a url"):
        result = run_cli("migrate", "--to", url, "--as-store", "SZ2", "--db", str(shop))
        assert result.returncode == 2, (url, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
    # A bad code, and the prefix the chain's first store already uses.
    assert run_cli("migrate", "--to", chain, "--as-store", "2x", "--db", str(shop)).returncode == 2
    taken = run_cli(
        "migrate", "--to", chain, "--as-store", "SZ2", "--prefix", "T", "--db", str(shop)
    )
    assert taken.returncode == 2 and "used by store MAIN" in taken.stderr
    assert pg_snapshot(chain) == target_before
    assert snapshot(shop) == before
