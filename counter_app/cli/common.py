"""What every subcommand shares: options, opening the database, output, exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from counter_app.config import resolve_db_url
from counter_app.db import Database
from counter_app.services import users as user_service
from counter_app.services.dto import Actor, to_jsonable

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2
ENV_USER = "COUNTER_USER"


def iso_date(value: str) -> date:
    """argparse type for YYYY-MM-DD (a bad date is a usage error: exit 2)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date YYYY-MM-DD") from None


class CliParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2 (the contract)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(EXIT_INVALID)


def common_options() -> argparse.ArgumentParser:
    """--db, --user and --json, accepted before or after the subcommand."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL or SQLite file (default: $COUNTER_DB_URL, else the user data folder)",
    )
    parent.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"acting user (default: ${ENV_USER}, else 'manager', created by init)",
    )
    parent.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object"
    )
    return parent


@dataclass
class Context:
    args: argparse.Namespace
    _db: Database | None = None

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def db_url(self) -> str:
        return resolve_db_url(getattr(self.args, "db", None))

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = Database(self.db_url)
        return self._db

    @property
    def actor(self) -> Actor:
        """The acting user; a database with no account yet gets the default manager."""
        name = getattr(self.args, "user", None) or os.environ.get(ENV_USER) or ""
        if not name:
            return user_service.ensure_default_manager(self.db)
        if name == user_service.DEFAULT_MANAGER and not user_service.list_users(self.db):
            user_service.ensure_default_manager(self.db)
        return user_service.get_actor(self.db, name)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def emit(ctx: Context, data: Any, text: str | Callable[[], str]) -> None:
    """Print ``data`` as one JSON object with --json, else the human ``text``."""
    if ctx.json:
        print(json.dumps(to_jsonable(data), ensure_ascii=False, sort_keys=False))
    else:
        print(text() if callable(text) else text)
