"""Engine and unit of work: SQLite pragmas, Alembic upgrade on start, refusing bad files."""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from counter_app import files
from counter_app.audit_chain import chain_writes
from counter_app.config import sqlite_path
from counter_app.errors import QT_TRANSLATE_NOOP, Conflict, DatabaseError, ValidationError

if TYPE_CHECKING:  # Alembic (with every SQLAlchemy dialect) is imported only to migrate
    from alembic.config import Config

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA quick_check reads every page: a few ms on a shop's file, seconds on a huge one.
# On a file too big to finish within this budget the pages read so far are checked.
QUICK_CHECK_SECONDS = 1.5
# The automatic daily backup (services/data_io/backup.py) goes into this folder beside the database,
# each copy checked page by page (integrity_check) before it is kept.
BACKUP_FOLDER = "backups"
BACKUP_PREFIX = "counter-backup-"
BACKUP_KEEP_DAYS = 30  # automatic and manual backups alike, SQLite and PostgreSQL
CHECKED_WITHIN_SECONDS = 24 * 3600
# Beside the database: the file's state (size and modification time, its log's too) when its
# pages were last checked; an open that finds the same state does not read them again.
CHECKED_SUFFIX = ".checked"
# A row of the settings table (not a declared setting): which program version last upgraded
# the schema, so that a PC running an older version can name the version to install.
PROGRAM_VERSION_KEY = "program_version"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.M)


@cache
def migrations_head() -> str | None:
    """The newest revision, read from the migration files' text without importing Alembic;
    None when there is not exactly one head (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for name, value in _REVISION.findall(script.read_text(encoding="utf-8")):
            found = set(re.findall(r"[\"']([^\"']+)[\"']", value))
            (revisions if name == "revision" else parents).update(found)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before SQLite touches it. A file this
    process already has open through SQLite is not opened again (closing our descriptor
    would drop SQLite's locks on it: ``files.protect``)."""
    if not path.exists() or path.stat().st_size == 0 or files.is_protected(path):
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is not a Service Counter database, or it is damaged; "
                "it was left untouched. Restore a backup or choose another file.",
            ),
            path=str(path),
        )


def require_existing_file(path: Path) -> None:
    """Only init, demo and the GUI (after asking) make a new shop: a missing or empty file
    is a mistyped --db, refused as invalid input before any folder or file is created."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        raise ValidationError(
            "db",
            QT_TRANSLATE_NOOP(
                "errors", "No shop database at {path}; check --db, or create one with init"
            ),
            path=str(path),
        )


def read_only_disk(path: Path) -> bool:
    """Is the database's folder on a read-only file system (or not writable to us)?"""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    return folder.is_dir() and not os.access(folder, os.W_OK)


def _read_only(path: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} is on a read-only disk or folder: the shop cannot be opened for work "
            "there. The file was left untouched; make the disk writable or copy the shop.",
        ),
        path=str(path),
    )


def _damaged(path: Path, detail: str) -> DatabaseError:
    if read_only_disk(path):
        return _read_only(path)
    detail = " ".join(detail.split())  # one line, whatever SQLite reported
    if len(detail) > 200:
        detail = detail[:200] + "…"
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} is damaged ({detail}); it was left untouched. "
            "Restore the latest backup with: counter-app restore FILE",
        ),
        path=str(path),
        detail=detail,
    )


def probe_sqlite_file(path: Path, budget: float = QUICK_CHECK_SECONDS) -> None:
    """Check an existing file read-only before any pragma may change it: a damaged file
    (PRAGMA quick_check, bounded in time; none with ``budget`` 0) or another program's
    database is refused."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _damaged(path, str(exc)) from exc
    deadline = time.monotonic() + budget
    timed_out = False

    def over_budget() -> int:
        nonlocal timed_out
        timed_out = time.monotonic() > deadline
        return 1 if timed_out else 0

    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        conn.set_progress_handler(over_budget, 10_000)
        try:
            problems = ["ok"]
            if budget > 0:
                problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        except sqlite3.OperationalError:
            if not timed_out:
                raise
            logger.info("quick check of %s stopped after %.1f s (big file)", path, budget)
            problems = ["ok"]
        finally:
            conn.set_progress_handler(None, 0)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise _damaged(path, "; ".join(problems))
    if tables and "alembic_version" not in tables:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{where} is another program's database, not Service Counter's; "
                "it was left untouched.",
            ),
            where=str(path),
        )


def checked_recently(path: Path) -> bool:
    """Was every page of this file read and found sound within the last day? True when its
    daily backup (a copy of every page, integrity-checked before it is kept) was written
    less than a day ago: the start then skips the full quick_check, which reads the whole
    file (seconds on a big shop), and keeps only the cheap checks (header, schema)."""
    folder = path.parent / BACKUP_FOLDER
    try:
        newest = max(
            (copy.stat().st_mtime for copy in folder.glob(f"{BACKUP_PREFIX}*.sqlite3")),
            default=None,
        )
    except OSError:
        return False
    return newest is not None and 0 <= time.time() - newest < CHECKED_WITHIN_SECONDS


def checked_record(path: Path) -> Path:
    """Where the state of ``path`` at its last page-by-page check is remembered: beside it."""
    return path.with_name(path.name + CHECKED_SUFFIX)


def file_state(path: Path) -> dict[str, int | str | None] | None:
    """What identifies the file's content without opening it (only SQLite opens the shop's
    files while a connection is open: STYLE 19): the file's size and modification time, and
    its write-ahead log's (None without a log), all from stat(). A checkpoint, or another
    program writing the file or its log, changes them. None if the file cannot be read."""
    try:
        found = path.stat()
    except OSError:
        return None
    checkpoint = None
    try:
        log = Path(f"{path}-wal").stat()
        checkpoint = f"{log.st_size}:{log.st_mtime_ns}"
    except OSError:
        pass
    return {"size": found.st_size, "mtime_ns": found.st_mtime_ns, "checkpoint": checkpoint}


def unchanged_since_check(path: Path, state: dict[str, int | str | None] | None) -> bool:
    """Is ``state`` the one remembered at the file's last check (then not checked again)?"""
    if state is None:
        return False
    try:
        remembered = json.loads(checked_record(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(remembered, dict) and remembered.get("state") == state


def remember_checked(path: Path, state: dict[str, int | str | None] | None) -> None:
    """Remember ``state`` as checked (atomically, beside the file); a folder we cannot
    write to only means the next open checks again."""
    if state is None:
        return
    try:
        files.write_text(checked_record(path), json.dumps({"state": state}) + "\n")
    except (files.WriteFailed, ValidationError, OSError) as exc:
        logger.info("could not remember the check of %s: %s", path, exc)


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(
        url,
        connect_args={"timeout": 30, "check_same_thread": False},
        hide_parameters=True,  # errors and logs never carry values (passcodes, phones)
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event issue BEGIN itself (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal" and url not in ("sqlite://", "sqlite:///:memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        # A writer takes the write lock at BEGIN: two counters writing at once then queue
        # (busy_timeout) instead of one failing with "database is locked" mid-transaction.
        # Straight on the driver's connection: a lookup's BEGIN then costs what it costs
        # SQLite, not a statement's round through SQLAlchemy's execution layer. A read of ONE
        # statement (option "one_statement") is consistent on its own: no BEGIN at all.
        raw = conn.connection.driver_connection
        options = conn.get_execution_options()
        if options.get("write"):
            raw.execute("BEGIN IMMEDIATE")
        elif not options.get("one_statement"):
            raw.execute("BEGIN")

    return engine


class Database:
    """One database: engine, schema check/upgrade, and units of work (one transaction each)."""

    def __init__(
        self,
        url: str,
        *,
        upgrade: bool = True,
        create: bool = True,
        quick_check: bool = True,
        older_ok: bool = False,
    ) -> None:
        """``older_ok``: open a schema older than this program without upgrading it
        (``counter-app upgrade`` only, which backs it up and then upgrades it)."""
        self.url = url
        self.older_ok = older_ok
        self.behind: str | None = None  # the older revision left as it is (older_ok)
        self.path = sqlite_path(url)
        self._sound_state: dict[str, int | str | None] | None = None
        if self.path is not None:
            if not create:
                require_existing_file(self.path)
            _check_sqlite_file(self.path)
            # restore alone opens a damaged file (no quick check): to replace it. The full
            # quick check runs once per state of the file (the state it was last checked
            # in is remembered beside it) and not while the daily backup, itself checked
            # page by page, is less than a day old; the header and the schema are read on
            # every open.
            state = file_state(self.path)
            full_check = (
                quick_check
                and not unchanged_since_check(self.path, state)
                and not checked_recently(self.path)
            )
            probe_sqlite_file(self.path, QUICK_CHECK_SECONDS if full_check else 0)
            if full_check:
                remember_checked(self.path, state)
            if quick_check:
                self._sound_state = state
            if self.path.exists() and read_only_disk(self.path):
                raise _read_only(self.path)
            # The shop's data folder is private: the database must be protected like the till.
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.engine = _sqlite_engine(url)
            files.protect(self.path)  # from now on only SQLite opens these files
        else:
            from counter_app.models.base import postgresql_options

            postgresql_options()  # the partial indexes' WHERE (not named on SQLite)
            self.engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        # SQLite: the main thread's lookup connection, kept between lookups (see lookup()).
        self._held: tuple[Connection, object] | None = None
        self._lookup_busy = False
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(write=True), expire_on_commit=False
        )
        # Every write to a money or history record appends to the tamper-evident chain.
        chain_writes(self._writer)
        try:
            self.check_schema(upgrade=upgrade)
        except BaseException:
            self.engine.dispose()
            raise

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        """What the status bar shows: the file name, or the server without the password."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def _at_head(self) -> bool:
        """One query: is the schema already at the migrations' single head? (False when
        unsure: the full check below then runs with Alembic.)"""
        head = migrations_head()
        if head is None:
            return False
        try:
            with self.engine.connect() as conn:
                versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
                conn.rollback()
        except sa_exc.DBAPIError:
            return False
        return [row[0] for row in versions] == [head]

    def check_schema(self, *, upgrade: bool = True, deliberate: bool = False) -> None:
        """Upgrade an older schema to head; refuse a newer one or a foreign database. A
        shared PostgreSQL schema is upgraded only ``deliberate``-ly (``counter-app upgrade``,
        after a backup): one counter starting a newer version must not lock out the chain's
        other PCs. An empty database gets the schema; a SQLite file upgrades on start."""
        if self._at_head():
            self.behind = None
            return
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config())
        head = script.get_current_head()
        try:
            with self.engine.connect() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
                tables = set(inspect(conn).get_table_names())
                conn.rollback()
        except sa_exc.DatabaseError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {where} cannot be read ({detail}); it was left untouched.",
                ),
                where=self.describe(),
                detail=str(exc.orig).splitlines()[0] if exc.orig else str(exc),
            ) from exc
        if current is None and tables - {"alembic_version"}:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{where} is another program's database, not Service Counter's; "
                    "it was left untouched.",
                ),
                where=self.describe(),
            )
        if current is not None:
            try:
                known = script.get_revision(current)
            except Exception:  # alembic raises several kinds for an unknown revision
                known = None
            if known is None:
                raise self._newer(current)
        if current == head:
            return
        if current is not None and self.older_ok and not deliberate:
            self.behind = current  # counter-app upgrade backs it up first
            return
        if current is not None and self.dialect != "sqlite" and not deliberate:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The shared database {where} is at an earlier schema ({revision}) than this "
                    "program, Service Counter {version}, and was left as it is. Run the version "
                    "the other counters run, or have a manager upgrade it for every counter, "
                    "after a backup, with: counter-app upgrade",
                ),
                where=self.describe(),
                revision=current,
                version=_program_version(),
            )
        if not upgrade:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "The database {where} needs an upgrade; run init."),
                where=self.describe(),
            )
        logger.info("upgrading schema of %s from %s to %s", self.describe(), current, head)
        config = alembic_config()
        with self.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            if current is not None:  # a new, empty database stays without the record
                _record_program_version(conn, str(head))
        self.behind = None

    def _newer(self, revision: str) -> DatabaseError:
        """The refusal of a schema from a newer program, naming the version to install when
        that program recorded it."""
        version = None
        try:
            with self.engine.connect() as conn:
                raw = conn.execute(
                    text("SELECT value FROM settings WHERE key = :key"),
                    {"key": PROGRAM_VERSION_KEY},
                ).scalar()
                conn.rollback()
            version = str(json.loads(raw)["version"]) if raw else None
        except (sa_exc.DBAPIError, ValueError, KeyError, TypeError):
            version = None
        if version:
            return DatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {where} was upgraded by a newer version of Service Counter "
                    "(schema {revision}): install Service Counter {version} or newer on this "
                    "PC to open it.",
                ),
                where=self.describe(),
                revision=revision,
                version=version,
            )
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {where} was made by a newer version of Service Counter "
                "(schema {revision}); update the program to open it.",
            ),
            where=self.describe(),
            revision=revision,
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work."""
        session = self._reader()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def lookup(self) -> Iterator[Connection]:
        """A read-only Core connection for lookups that need no ORM objects (cheaper than
        a Session); its transaction is rolled back at the end.

        On SQLite the main thread (the command line's, the window's) keeps its lookup
        connection between lookups instead of taking one from the pool and giving it back
        (with the pool's reset) each time: every lookup is still its own read transaction
        (``BEGIN`` at its first statement, ``ROLLBACK`` at its end), one snapshot for its
        statements, so it sees what was committed before it began and holds nothing
        between lookups. Other threads (a pool's threads come and go), a nested lookup, a
        connection whose options were changed, and PostgreSQL (a server connection is
        checked by the pool's ping) take a pooled one as before. ``close()`` closes it."""
        held = self._held_lookup()
        if held is None:
            with self.engine.connect() as conn:
                try:
                    yield conn
                finally:
                    conn.rollback()
            return
        conn, options = held
        self._lookup_busy = True
        try:
            yield conn
        finally:
            self._lookup_busy = False
            try:
                conn.rollback()
            finally:
                if conn.invalidated or conn.closed or conn.get_execution_options() is not options:
                    self._held = None
                    conn.close()

    def _held_lookup(self) -> tuple[Connection, object] | None:
        if (
            self.path is None
            or self._lookup_busy
            or threading.current_thread() is not threading.main_thread()
        ):
            return None
        held = self._held
        if held is None or held[0].closed or held[0].invalidated:
            conn = self.engine.connect()
            held = self._held = (conn, conn.get_execution_options())
        return held

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything lands on success, nothing on any exception."""
        session = self._writer()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Changed at the same time by another counter; nothing was saved.",
                )
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        held, self._held = self._held, None
        if held is not None:  # the main thread's lookup connection (between lookups: idle)
            held[0].close()
        self.engine.dispose()
        # What this program wrote (through SQLite) into a file found sound leaves it sound:
        # its new state counts as checked, so a script's next command does not read every
        # page again. A change by anyone else is checked at the next open.
        if self.path is not None and self._sound_state is not None:
            state = file_state(self.path)
            if state != self._sound_state and state is not None:
                remember_checked(self.path, state)
            self._sound_state = None


def _program_version() -> str:
    from counter_app import __version__

    return __version__


def _record_program_version(conn: Connection, revision: str) -> None:
    """Note which program version upgraded the schema (in the transaction of the upgrade)."""
    from counter_app.models import Setting
    from counter_app.timeutil import utcnow

    record = json.dumps({"version": _program_version(), "revision": revision})
    conn.execute(delete(Setting).where(Setting.key == PROGRAM_VERSION_KEY))
    conn.execute(insert(Setting).values(key=PROGRAM_VERSION_KEY, value=record, updated_at=utcnow()))


def failure_from(exc: sa_exc.SQLAlchemyError) -> DatabaseError | Conflict:
    """What to tell the user about a database error: one translated line, never the SQL.
    (Engines hide parameter values, so the log's copy carries no passcode or phone.)"""
    orig = getattr(exc, "orig", None)
    text = str(orig or exc).lower()
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if "locked" in text or "busy" in text or sqlstate == "55P03":
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database is busy: another counter is writing and did not finish within "
                "30 seconds. Nothing was saved; try again in a moment.",
            )
        )
    if sqlstate in ("40001", "40P01"):  # PostgreSQL serialization failure, deadlock
        return Conflict(
            QT_TRANSLATE_NOOP(
                "errors", "Changed at the same time by another counter; nothing was saved."
            )
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database is on a read-only disk or folder; nothing was saved.",
            )
        )
    if "malformed" in text or "not a database" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database is damaged; nothing was saved. "
                "Restore the latest backup with: counter-app restore FILE",
            )
        )
    if isinstance(exc, sa_exc.OperationalError):
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database cannot be reached; nothing was saved (details in the log).",
            )
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "errors", "The database refused the change; nothing was saved (details in the log)."
        )
    )
