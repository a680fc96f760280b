"""Backups of a PostgreSQL shop with the server's own tools: ``pg_dump -Fc`` (custom format)
and ``pg_restore``, found on PATH or under /usr/lib/postgresql/*/bin. Same file names, 30-day
keep and safety copy before a restore as the SQLite backups (services/data_io/backup.py)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from counter_app import files
from counter_app.db import BACKUP_KEEP_DAYS, BACKUP_PREFIX, Database
from counter_app.errors import QT_TRANSLATE_NOOP, DatabaseError, ValidationError

SUFFIX = ".dump"
MAGIC = b"PGDMP"  # the first bytes of a custom-format dump


def find_tool(name: str) -> Path:
    """``pg_dump`` / ``pg_restore``: the newest under /usr/lib/postgresql (a dump tool must be
    at least the server's version), else the one on PATH; DatabaseError naming the package."""
    found = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1])
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    raise DatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{tool} was not found (on PATH or in /usr/lib/postgresql/*/bin): install the "
            "PostgreSQL client tools (Debian package postgresql-client) to back up or restore "
            "this shop",
        ),
        tool=name,
    )


def _connection(db: Database) -> tuple[str, dict[str, str]]:
    """A libpq URI without the password (that goes in the environment, not the command line)."""
    url = db.engine.url
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        detail = " ".join(result.stderr.split())[:300] or f"exit {result.returncode}"
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{tool} failed: {detail}"),
            tool=Path(command[0]).name,
            detail=detail,
        )


def backup(db: Database, folder: Path, now: datetime | None = None) -> tuple[Path, list[Path]]:
    """``pg_dump -Fc`` of the whole shop into ``folder``; the dump is listed by pg_restore
    before it counts as written. Returns the file and the backups older than 30 days removed."""

    dump = find_tool("pg_dump")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    moment = now or datetime.now(UTC)
    target = folder / f"{BACKUP_PREFIX}{moment:%Y%m%d-%H%M%S}{SUFFIX}"
    uri, env = _connection(db)
    files.clean_partials(folder, lambda leftover: BACKUP_PREFIX in leftover.name, older_than=600)
    with files.replacing(target) as partial:
        _run([str(dump), "-Fc", "--no-owner", "--no-privileges", "-f", str(partial), uri], env)
        check_dump(partial)
    removed = []
    limit = moment - timedelta(days=BACKUP_KEEP_DAYS)
    for old in folder.glob(f"{BACKUP_PREFIX}*{SUFFIX}"):
        try:
            taken = datetime.strptime(
                old.name[len(BACKUP_PREFIX) : -len(SUFFIX)], "%Y%m%d-%H%M%S"
            ).replace(tzinfo=UTC)
        except ValueError:
            continue
        if taken < limit:
            old.unlink()
            removed.append(old)
    return target, removed


def is_dump(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_dump(path: Path) -> None:
    """A complete custom-format dump (pg_restore can list it); ValidationError otherwise."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("errors", "No backup file {path}"), path=str(path)
        )
    if not is_dump(path):
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "{path} is not a PostgreSQL backup (pg_dump -Fc)"),
            path=str(path),
        )
    listed = subprocess.run(
        [str(find_tool("pg_restore")), "--list", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode != 0 or "TABLE DATA public tickets" not in listed.stdout:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "{path} is damaged: {detail}"),
            path=str(path),
            detail=" ".join(listed.stderr.split())[:200] or "no tickets table",
        )


def restore(db: Database, backup_file: Path) -> Path:
    """Replace the shop's tables with the dump's (one transaction: all or nothing), after a
    safety dump beside the backup in before-restore/. No day's ticket counter goes below the
    highest number it had issued. Returns the safety dump. The caller checks the role."""
    check_dump(backup_file)
    restore_tool = find_tool("pg_restore")
    safety, _ = backup(db, Path(backup_file).resolve().parent / "before-restore")
    with db.engine.connect() as conn:
        issued = conn.execute(
            text("SELECT store_id, day_key, last_value FROM ticket_counters")
        ).all()
    db.engine.dispose()
    uri, env = _connection(db)
    _run(
        [
            str(restore_tool),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            "-d",
            uri,
            str(backup_file),
        ],
        env,
    )
    # An older dump's schema is upgraded now, deliberately: the manager chose to restore it.
    restored = Database(db.url, older_ok=True)
    try:
        restored.check_schema(deliberate=True)
    finally:
        restored.close()
    with db.engine.begin() as conn:
        stores = set(conn.scalars(text("SELECT id FROM stores")))
        for store_id, day_key, last in issued:
            if store_id in stores:
                conn.execute(
                    text(
                        "INSERT INTO ticket_counters (store_id, day_key, last_value) "
                        "VALUES (:s, :d, :v) ON CONFLICT (store_id, day_key) DO UPDATE "
                        "SET last_value = GREATEST(ticket_counters.last_value, :v)"
                    ),
                    {"s": store_id, "d": day_key, "v": last},
                )
    return safety
