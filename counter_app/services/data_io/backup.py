"""Backups of a SQLite shop database with SQLite's online backup API, and checked restores."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from counter_app import files
from counter_app.config import data_dir
from counter_app.db import (
    BACKUP_FOLDER,
    BACKUP_KEEP_DAYS,
    BACKUP_PREFIX,
    SQLITE_HEADER,
    Database,
    alembic_config,
)
from counter_app.errors import QT_TRANSLATE_NOOP, DatabaseError, NotAllowed, ValidationError
from counter_app.services.base.common import require_role
from counter_app.services.base.dto import Actor

PREFIX = BACKUP_PREFIX
KEEP_DAYS = BACKUP_KEEP_DAYS


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    removed: tuple[Path, ...]


def _require_sqlite(db: Database) -> Path:
    if db.path is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Backups here are for SQLite files; back up PostgreSQL with pg_dump"
            )
        )
    return db.path


def backup(
    db: Database, folder: Path, now: datetime | None = None, *, verify: bool = True
) -> BackupResult:
    """Copy the live database into ``folder`` (consistent even while counters keep writing),
    check the copy (DatabaseError, copy deleted, if damaged) and delete backups there older
    than 30 days. Raises OSError if the folder is unusable. ``verify=False`` keeps even a
    damaged copy: the safety copy taken before a restore. A PostgreSQL shop is dumped with
    pg_dump -Fc (services/data_io/pg_backup.py)."""
    if db.dialect == "postgresql":
        from counter_app.services.data_io import pg_backup

        dumped, gone = pg_backup.backup(db, folder, now)
        return BackupResult(dumped, dumped.stat().st_size, tuple(gone))
    source_path = _require_sqlite(db)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    moment = now or datetime.now(UTC)
    target = folder / f"{PREFIX}{moment:%Y%m%d-%H%M%S}.sqlite3"
    # A killed backup leaves its temporary copy: gone at the next one (a running one is newer).
    files.clean_partials(folder, lambda leftover: PREFIX in leftover.name, older_than=600)
    # A backup file exists only once it is complete, checked and on the disk.
    with files.replacing(target) as partial:
        source = sqlite3.connect(source_path)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        if verify:
            verify_copy(partial)
    removed = []
    limit = moment - timedelta(days=KEEP_DAYS)
    for old in folder.glob(f"{PREFIX}*.sqlite3"):
        stamp = old.name[len(PREFIX) : -len(".sqlite3")]
        try:
            taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            continue
        if taken < limit:
            old.unlink()
            removed.append(old)
    return BackupResult(target, target.stat().st_size, tuple(removed))


def verify_copy(copy: Path) -> None:
    """PRAGMA integrity_check of a fresh copy: a damaged one is deleted and refused, so a
    backup is never reported written when restore would refuse it."""
    try:
        conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems == ["ok"]:
        return
    copy.unlink(missing_ok=True)
    detail = " ".join("; ".join(problems).split())[:200]
    raise DatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The backup copy is damaged ({detail}) and was deleted: the shop database itself "
            "is damaged. Restore the latest good backup with: counter-app restore FILE",
        ),
        detail=detail,
    )


BACKUP_SUFFIXES = (".sqlite3", ".dump")  # SQLite copies, PostgreSQL dumps (pg_backup)


def _taken(path: Path) -> datetime | None:
    """When a backup file was taken, from its name; None for any other file."""
    for suffix in BACKUP_SUFFIXES:
        if path.name.startswith(PREFIX) and path.name.endswith(suffix):
            stamp = path.name[len(PREFIX) : -len(suffix)]
            try:
                return datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            except ValueError:
                return None
    return None


def latest_backup(folder: Path) -> datetime | None:
    stamps = (_taken(path) for path in Path(folder).glob(f"{PREFIX}*"))
    return max((stamp for stamp in stamps if stamp is not None), default=None)


def backup_if_due(db: Database, folder: Path, now: datetime | None = None) -> BackupResult | None:
    """The automatic daily copy: only when the newest backup is a day old or more."""
    moment = now or datetime.now(UTC)
    last = latest_backup(folder)
    if last is not None and moment - last < timedelta(days=1):
        return None
    return backup(db, folder, moment)


@dataclass(frozen=True)
class DailyBackup:
    backup: BackupResult
    copied_to: Path | None  # the copy in the shop's second folder (setting backup_copy_folder)


def this_pc() -> str:
    """The host name the setting backup_pc is compared with (case and domain ignored)."""
    return socket.gethostname().split(".")[0].lower()


def daily_folder(db: Database) -> Path:
    """Where the automatic daily backups go: backups/ beside a SQLite file; for a shared
    PostgreSQL database, backups/ in the designated PC's data folder."""
    if db.path is not None:
        return db.path.parent / BACKUP_FOLDER
    return data_dir() / BACKUP_FOLDER


def daily_backup(db: Database, now: datetime | None = None) -> DailyBackup | None:
    """The window's automatic daily backup, when the newest one is a day old or more:
    a SQLite shop on every PC that opens it, a shared PostgreSQL database only on the PC
    named by the setting ``backup_pc`` (one dump a day for the whole chain, not one per
    counter). Each backup is checked and kept 30 days; with ``backup_copy_folder`` set it
    is also copied there (same check by name, same 30 days). Raises OSError or
    DatabaseError (a damaged copy, a failed dump) for the window to show."""
    from counter_app.services.shop import settings as settings_service

    shop = settings_service.get_all(db)
    if db.path is None:
        designated = shop.backup_pc.strip().split(".")[0].lower()
        if not designated or designated != this_pc():
            return None
    moment = now or datetime.now(UTC)
    made = backup_if_due(db, daily_folder(db), moment)
    if made is None:
        return None
    second = shop.backup_copy_folder.strip()
    copied = _copy_off(made.path, Path(second), moment) if second else None
    return DailyBackup(made, copied)


def _copy_off(made: Path, folder: Path, moment: datetime) -> Path:
    """Copy a checked backup into the second folder, whole or not at all (temporary file,
    fsync, rename), and delete the backups there older than 30 days."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / made.name
    with files.replacing(target) as partial:  # fsynced and renamed; a device or link refused
        shutil.copyfile(made, partial)
    limit = moment - timedelta(days=KEEP_DAYS)
    for old in folder.glob(f"{PREFIX}*"):
        taken = _taken(old)
        if taken is not None and taken < limit and old.is_file():
            old.unlink()
    return target


def check_backup_file(path: Path, engine: str = "sqlite") -> str:
    """Verify a file is a complete Service Counter database this version can open.
    Returns its schema revision; raises ValidationError saying what is wrong. ``engine``:
    the shop's database ("postgresql": a pg_dump -Fc file, checked with pg_restore)."""
    path = Path(path)
    if engine == "postgresql":
        from counter_app.services.data_io import pg_backup

        pg_backup.check_dump(path)
        return ""
    if not path.is_file():
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("errors", "No backup file {path}"), path=str(path)
        )
    files.check_source(path)  # the shop's own file: never opened here (its locks)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP("errors", "{path} is not a database backup"),
                path=str(path),
            )
    # A path, never a URL to parse: as_uri() escapes "#", "?" and "%" in the name.
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP("errors", "{path} is damaged: {detail}"),
                path=str(path),
                detail=result,
            )
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        except sqlite3.DatabaseError:
            revision = None
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "{path} is damaged: {detail}"),
            path=str(path),
            detail=str(exc),
        ) from exc
    finally:
        conn.close()
    from alembic.script import ScriptDirectory  # only here: Alembic is slow to import

    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if revision not in known:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors", "{path} is not a Service Counter backup this version can restore"
            ),
            path=str(path),
        )
    return revision


@dataclass(frozen=True)
class RestoreResult:
    """What a restore took away: the payments and tickets made since the backup."""

    backup_file: str
    payments_removed: int
    tickets_removed: int
    safety_copy: str


def restore(db: Database, actor: Actor, backup_file: Path) -> RestoreResult | None:
    """Replace the shop database with a backup (manager only), after checking the backup.
    Refused while another counter or program has the database open. The current database
    is first saved beside it as a safety copy. The backup is prepared in a copy beside the
    shop (schema upgraded, no day's ticket counter below the highest number issued, a
    record of who restored which file and what it removed) and that copy replaces the
    shop's pages in one transaction: a restore killed at any moment leaves the old shop or
    the whole new one, never a counter that would hand a number out twice."""
    require_role(actor, "manager")
    if db.dialect == "postgresql":
        from counter_app.services.data_io import pg_backup

        pg_backup.restore(db, backup_file)
        return None
    target = _require_sqlite(db)
    backup_file = Path(backup_file)
    check_backup_file(backup_file)
    db.close()
    sole = _sole_connection(target)
    staging = files.temporary_beside(target)
    try:
        safety = backup(db, target.parent / "before-restore", verify=False)
        source = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(staging)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        result = _prepare(staging, safety.path, actor, backup_file)
        prepared = sqlite3.connect(staging)
        try:
            prepared.backup(sole)  # page by page, one transaction under the shop's lock
        finally:
            prepared.close()
    finally:
        sole.close()
        for suffix in files.COMPANIONS:
            Path(f"{staging}{suffix}").unlink(missing_ok=True)
    return result


def _prepare(staging: Path, safety: Path, actor: Actor, backup_file: Path) -> RestoreResult:
    """Bring the staged backup up to date before it replaces the shop (see ``restore``)."""
    from counter_app.config import sqlite_url
    from counter_app.services.base.common import audit

    staged = Database(sqlite_url(staging), quick_check=False)  # upgrades an older schema
    try:
        issued = _counters(safety)
        removed = _removed(staging, safety)
        result = RestoreResult(str(backup_file.resolve()), *removed, str(safety))
        with staged.write() as session:
            _keep_counters_above(session, issued)
            known = session.execute(
                text("SELECT 1 FROM users WHERE id = :id"), {"id": actor.id}
            ).first()
            detail = {
                "file": result.backup_file,
                "by": actor.username,
                "payments_removed": result.payments_removed,
                "tickets_removed": result.tickets_removed,
                "safety_copy": result.safety_copy,
            }
            audit(
                session,
                actor if known else None,
                "restore",
                "database",
                backup_file.name[:50],
                json.dumps(detail, ensure_ascii=False),
            )
        with staged.engine.connect() as checkpoint:
            checkpoint.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        staged.close()
    plain = sqlite3.connect(staging, isolation_level=None)
    try:
        plain.execute("PRAGMA journal_mode=DELETE")  # the shop's own mode returns at its next open
    finally:
        plain.close()
    return result


def _removed(staging: Path, safety: Path) -> tuple[int, int]:
    """Payments and tickets in the shop as it was (``safety``) that the backup lacks."""
    counts = []
    conn = sqlite3.connect(staging)
    try:
        conn.execute("ATTACH DATABASE ? AS before_restore", (str(safety),))
        for table in ("payments", "tickets"):
            try:
                counts.append(
                    conn.execute(
                        f"SELECT count(*) FROM before_restore.{table} "  # noqa: S608
                        f"WHERE id NOT IN (SELECT id FROM main.{table})"
                    ).fetchone()[0]
                )
            except sqlite3.DatabaseError:
                counts.append(0)  # a damaged or foreign safety copy: nothing to count
    finally:
        conn.close()
    return counts[0], counts[1]


def _sole_connection(path: Path) -> sqlite3.Connection:
    """A connection that has proved it is the only one: SQLite lets a WAL database leave
    WAL mode only when no other connection (any process) has it open."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=0.5)
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            conn.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.OperationalError as exc:
        conn.close()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database is open on another counter or program: close it there, then "
                "restore. Nothing was changed.",
            )
        ) from exc
    return conn


def _counters(path: Path) -> dict[tuple[int, str], int]:
    """(store id, day key) -> the last number issued; a file from before stores (migration
    0010_stores) counted for its one store, which the upgrade makes store 1."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        try:
            rows = conn.execute(
                "SELECT store_id, day_key, last_value FROM ticket_counters"
            ).fetchall()
        except sqlite3.OperationalError:
            rows = conn.execute("SELECT 1, day_key, last_value FROM ticket_counters").fetchall()
    except sqlite3.DatabaseError:
        return {}  # a copy too damaged to read: the restored counters stand
    finally:
        conn.close()
    # A damaged copy can yield garbage rows: only plausible ones count.
    return {
        (store, day): value
        for store, day, value in rows
        if isinstance(store, int)
        and isinstance(day, str)
        and day.isascii()
        and day.isdigit()
        and len(day) == 6
        and isinstance(value, int)
        and 0 < value < 1_000_000
    }


def _keep_counters_above(session: Session, issued: dict[tuple[int, str], int]) -> None:
    """Inside the caller's transaction: no day's counter below what was issued."""
    if not issued:
        return
    stores = set(session.execute(text("SELECT id FROM stores")).scalars())
    rows = [
        {"store": store, "day": day, "value": value}
        for (store, day), value in issued.items()
        if store in stores
    ]
    if rows:
        session.execute(
            text(
                "INSERT INTO ticket_counters (store_id, day_key, last_value) "
                "VALUES (:store, :day, :value) "
                "ON CONFLICT(store_id, day_key) DO UPDATE SET last_value = "
                "max(last_value, excluded.last_value)"
            ),
            rows,
        )
