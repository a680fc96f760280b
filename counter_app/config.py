"""Where things live: the database URL (--db, COUNTER_DB_URL, or the user's data folder)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "ServiceCounter"
APP_AUTHOR = "ServiceCounter"
ENV_DB_URL = "COUNTER_DB_URL"


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=False)


def log_dir() -> Path:
    return user_log_path(APP_NAME, APP_AUTHOR, ensure_exists=False)


def default_db_path() -> Path:
    return data_dir() / "counter.sqlite3"


def resolve_db_url(cli_value: str | None = None) -> str:
    """--db wins, then COUNTER_DB_URL, then the SQLite file in the user's data folder.

    A plain file path is accepted too and means a SQLite file.
    """
    value = cli_value or os.environ.get(ENV_DB_URL) or ""
    if not value:
        return sqlite_url(default_db_path())
    if "://" in value:
        return value
    return sqlite_url(Path(value))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory ones."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            rest = url[len(prefix) :].split("?", 1)[0]
            if rest in ("", ":memory:"):
                return None
            return Path(rest)
    return None
