"""A chain on one PostgreSQL database: the daily backup is made by one designated PC (checked,
kept 30 days, copied to a second folder), and a newer version never upgrades the shared
schema by itself: a manager runs `counter-app upgrade` (after a backup), and a PC on an older
version says which version to install."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from counter_app import __version__
from counter_app.config import sqlite_url
from counter_app.db import Database, alembic_config, migrations_head
from counter_app.errors import DatabaseError
from counter_app.services.data_io import backup, pg_backup
from counter_app.services.people import users
from counter_app.services.shop import settings
from tests.hardening.helpers import run_main

pytestmark = pytest.mark.slow
OLDER = "0012_outcomes"


def _revision(url: str) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        engine.dispose()


def _a_chain_at_an_older_schema(url: str) -> None:
    """A chain's database as an earlier version left it, with a manager who has a password
    and a clerk."""
    db = Database(url)
    manager = users.ensure_default_manager(db)
    users.set_password(db, manager, "manager", "s3cret-pw")
    users.create_user(db, manager, "amy", "Amy", "clerk", password="amy-pw")
    db.close()
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, OLDER)
    engine.dispose()


def test_a_newer_version_leaves_a_shared_schema_alone_until_a_manager_upgrades_it(
    pg_url, tmp_path, capsys
):
    _a_chain_at_an_older_schema(pg_url)

    with pytest.raises(DatabaseError) as refused:
        Database(pg_url)  # a counter starting the newer version
    message = refused.value.message.format(**refused.value.params)
    assert OLDER in message and f"Service Counter {__version__}" in message
    assert "counter-app upgrade" in message
    assert _revision(pg_url) == OLDER  # nothing changed: the older counters keep working
    run = run_main(capsys, "init", "--db", pg_url)
    assert run.code == 1 and "counter-app upgrade" in run.err and _revision(pg_url) == OLDER

    # Only a manager, with the password; nothing changes otherwise.
    run = run_main(capsys, "upgrade", "--db", pg_url, "--password", "wrong")
    assert run.code == 2 and "Wrong user name or password" in run.err
    run = run_main(capsys, "upgrade", "--db", pg_url, "--user", "amy", "--password", "amy-pw")
    assert run.code == 2 and "Only a manager" in run.err
    assert _revision(pg_url) == OLDER and not (tmp_path / "before").exists()

    run = run_main(
        capsys, "upgrade", "--db", pg_url, "--password", "s3cret-pw",
        "--backup-to", str(tmp_path / "before"), "--json",
    )  # fmt: skip
    assert run.code == 0, run.err
    done = json.loads(run.out)
    assert (done["from_revision"], done["to_revision"]) == (OLDER, migrations_head())
    assert done["version"] == __version__
    # The backup was taken first, of the older schema, and is a checked dump.
    assert done["backup"].startswith(str(tmp_path / "before"))
    pg_backup.check_dump(done["backup"])
    assert _revision(pg_url) == migrations_head()
    Database(pg_url).close()  # the newer counters open it now

    again = run_main(capsys, "upgrade", "--db", pg_url, "--password", "s3cret-pw", "--json")
    assert again.code == 0 and json.loads(again.out)["backup"] is None


def test_a_pc_on_an_older_version_is_told_which_version_to_install(pg_url, tmp_path, capsys):
    _a_chain_at_an_older_schema(pg_url)
    run = run_main(capsys, "upgrade", "--db", pg_url, "--password", "s3cret-pw",
                   "--backup-to", str(tmp_path))  # fmt: skip
    assert run.code == 0, run.err
    # What an older PC sees once a newer version (here "9.9.0") has upgraded the chain.
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        conn.execute(
            text("UPDATE settings SET value = :v WHERE key = 'program_version'"),
            {"v": json.dumps({"version": "9.9.0", "revision": "9999_future"})},
        )
    engine.dispose()
    refused = run_main(capsys, "init", "--db", pg_url)
    assert refused.code == 1
    assert "install Service Counter 9.9.0 or newer" in refused.err
    assert _revision(pg_url) == "9999_future"


@pytest.fixture
def chain(pg_url):  # type: ignore[no-untyped-def]
    db = Database(pg_url)
    yield db
    db.close()


@pytest.fixture
def single_shop(db_path):  # type: ignore[no-untyped-def]
    db = Database(sqlite_url(db_path))
    yield db
    db.close()


def test_the_chain_is_backed_up_daily_by_its_designated_pc_only(chain, tmp_path, monkeypatch):
    db = chain
    monkeypatch.setattr(backup, "data_dir", lambda: tmp_path / "data")
    manager = users.ensure_default_manager(db)
    usb = tmp_path / "usb"
    usb.mkdir()
    stale = usb / "counter-backup-20200101-000000.dump"
    stale.write_bytes(b"PGDMP old")
    now = datetime.now(UTC)

    assert backup.daily_backup(db, now) is None  # no PC designated: no counter dumps it
    settings.update(db, manager, {"backup_pc": "another-pc", "backup_copy_folder": str(usb)})
    assert backup.daily_backup(db, now) is None  # not this PC
    assert not (tmp_path / "data").exists()

    settings.update(db, manager, {"backup_pc": backup.this_pc().upper()})
    made = backup.daily_backup(db, now)
    assert made is not None and made.copied_to is not None
    assert made.backup.path.parent == tmp_path / "data" / "backups"
    pg_backup.check_dump(made.backup.path)  # checked, complete
    assert made.copied_to.read_bytes() == made.backup.path.read_bytes()
    assert made.copied_to.parent == usb and not stale.exists()  # 30 days kept there too
    assert not list(usb.glob("*.partial"))

    assert backup.daily_backup(db, now + timedelta(hours=3)) is None  # once a day
    later = backup.daily_backup(db, now + timedelta(days=31))
    assert later is not None
    # The first dump is more than 30 days older than the newest: gone in both folders.
    assert not made.backup.path.exists() and not made.copied_to.exists()


def test_a_single_shop_is_backed_up_daily_and_copied_off_the_pc(single_shop, tmp_path):
    db = single_shop
    assert db.path is not None
    manager = users.ensure_default_manager(db)
    settings.update(db, manager, {"backup_copy_folder": str(tmp_path / "usb")})
    made = backup.daily_backup(db)
    assert made is not None and made.backup.path.parent == db.path.parent / "backups"
    assert made.copied_to == tmp_path / "usb" / made.backup.path.name
    backup.verify_copy(made.copied_to)
