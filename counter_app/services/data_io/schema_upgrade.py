"""The deliberate schema upgrade (``counter-app upgrade``): a manager, after a backup.

A shared PostgreSQL database is never upgraded by a counter that starts a newer version
(db.Database refuses it instead): the upgrade locks out every PC still on the older
version, so a manager chooses the moment, once the new version is on every counter.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counter_app import __version__
from counter_app.db import Database, migrations_head
from counter_app.services.data_io import backup as backups
from counter_app.services.people import users


@dataclass(frozen=True)
class UpgradeResult:
    database: str
    from_revision: str | None  # None: the schema was already this program's
    to_revision: str
    version: str  # the program version that now fits the database
    backup: Path | None  # the backup taken first (None when there was nothing to do)


def upgrade(
    db: Database, username: str, password: str | None, folder: Path | None = None
) -> UpgradeResult:
    """Upgrade ``db`` (opened with ``older_ok``) to this program's schema: the manager's
    password is checked, then the database is backed up into ``folder`` (default: the daily
    backups' folder) and the backup checked, then every migration runs in one transaction
    and the program version is recorded for older PCs to name. NotAllowed for anyone but a
    manager; a failed backup (DatabaseError, OSError) stops before anything changes."""
    users.check_manager(db, username, password)
    head = migrations_head() or ""
    if db.behind is None:
        return UpgradeResult(db.describe(), None, head, __version__, None)
    before = db.behind
    made = backups.backup(db, folder or backups.daily_folder(db))
    db.check_schema(deliberate=True)
    return UpgradeResult(db.describe(), before, head, __version__, made.path)
