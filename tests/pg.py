"""A throwaway PostgreSQL server for tests: initdb + pg_ctl under a temporary folder,
listening only on a unix socket there (no TCP port to clash with), run as a non-root user.

    from tests.pg import postgres_server, pg_url  # noqa: F401  (pytest fixtures)

``postgres_server`` (session) starts one server and stops it at the end; ``pg_url`` gives
each test a fresh, empty database on it. If the server cannot start, the test FAILS: a
PostgreSQL test never silently skips.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import psycopg

SUPERUSER = "counter"


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise RuntimeError(
            "PostgreSQL is not installed (Debian package `postgresql`; `make system` installs it)"
        )
    return Path(found[-1]).parent


class PostgresServer:
    """One private server: ``start()``, ``create_database(name)`` -> URL, ``stop()``."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="counter-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._names = itertools.count(1)
        self.run_as: str | None = None
        self._admin: psycopg.Connection | None = None  # one connection for CREATE DATABASE
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            self.run_as = "postgres" if _user_exists("postgres") else "nobody"
            account = pwd.getpwnam(self.run_as)
            os.chown(self.root, account.pw_uid, account.pw_gid)
        os.chmod(self.root, 0o700)

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.run_as, "--"] if self.run_as else []
        result = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, timeout=120, cwd=self.root
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(
                f"{command[0]} failed ({result.returncode}): {result.stderr.strip()}\n{log}"
            )

    def start(self) -> None:
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
        )
        # A throwaway server: no fsync (-F), no full-page images or waits for the WAL, as
        # nothing it holds has to survive a crash of this machine.
        options = (
            f"-k {self.root} -c listen_addresses='' -F"
            " -c full_page_writes=off -c synchronous_commit=off"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.log),
            "-w",
            "start",
        )

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.root}"

    def create_database(self, template: str | None = None) -> str:
        """A new database, empty or a copy of the database ``template`` (which nobody may be
        connected to): CREATE DATABASE ... TEMPLATE copies its files, far cheaper than
        migrating and filling a new one."""
        import psycopg

        name = f"shop_{next(self._names)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(
                host=str(self.root), user=SUPERUSER, dbname="postgres", autocommit=True
            )
        self._admin.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(
                    str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"
                )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        server.start()  # raises (the test fails) if it cannot start
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the session's server (the schema is made on first open)."""
    return postgres_server.create_database()


def pg_snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: equal snapshots mean nothing was written."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
            return {
                t: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
                for t in tables
            }
    finally:
        engine.dispose()
