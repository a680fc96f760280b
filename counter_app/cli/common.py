"""What every subcommand shares: options, opening the database, output, exit codes."""

from __future__ import annotations

import argparse
import os
import sys

TYPE_CHECKING = False  # not typing's: `counter-app --help` imports nothing it does not print
# `counter-app --help` reads only the options and the tables: the configuration, the
# validation and the database, the services load when a command first needs them.
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date
    from typing import Any

    from counter_app.db import Database
    from counter_app.services.base.dto import Actor

ID_MAX = 2**31 - 1

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2
ENV_USER = "COUNTER_USER"
ENV_PASSWORD = "COUNTER_PASSWORD"
ENV_STORE = "COUNTER_STORE"
ENV_NEW_PASSWORD = "COUNTER_NEW_PASSWORD"
# Only these make a new shop database; every other command refuses a missing file (exit 2).
CREATING_COMMANDS = frozenset({"init", "demo"})


def iso_date(value: str) -> date:
    """argparse type for YYYY-MM-DD (a bad or out-of-range date is a usage error: exit 2,
    argparse names the option)."""
    from datetime import date

    from counter_app.validation import ascii_digits

    # Dates a shop can mean: a purchase, a report day. 9999-12-31 would overflow a day later.
    first, last = date(1990, 1, 1), date(2099, 12, 31)
    text = ascii_digits(value).strip()
    try:
        day = date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(f"'{_short(value)}' is not a date YYYY-MM-DD")
    if not first <= day <= last:
        raise argparse.ArgumentTypeError(
            f"'{text}' is out of range ({first:%Y-%m-%d} to {last:%Y-%m-%d})"
        )
    return day


def whole_number(value: str) -> int:
    """argparse type for ids, versions and counts: a whole number that fits the database's
    integer columns (32 bits on PostgreSQL)."""
    from counter_app.validation import ascii_digits

    text = ascii_digits(value).strip()
    if not text.isascii() or not text.lstrip("-").isdigit() or len(text) > 19:
        raise argparse.ArgumentTypeError(f"'{_short(value)}' is not a whole number")
    number = int(text)
    if abs(number) > ID_MAX:
        raise argparse.ArgumentTypeError(f"'{_short(value)}' is too large")
    return number


def one_line(message: str, limit: int = 10_000) -> str:
    """A message as the contract's one stderr line: whatever a bad input put into it
    (newlines, control characters, a megabyte) is flattened and cut."""
    text = "".join(" " if not ch.isprintable() else ch for ch in message)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _short(value: str) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 30 else text[:30] + "…"


class CliParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2 (the contract)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {one_line(message)} (see --help)\n")
        raise SystemExit(EXIT_INVALID)


def common_options() -> argparse.ArgumentParser:
    """--db, --user, --password and --json, accepted before or after the subcommand."""
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
        "--password",
        dest="sign_in_password",
        metavar="PASSWORD",
        default=argparse.SUPPRESS,
        help=f"the acting user's password (default: ${ENV_PASSWORD}, else asked on a terminal)",
    )
    parent.add_argument(
        "--store",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help=f"the store this PC acts for (default: ${ENV_STORE}, else the shop's only store)",
    )
    parent.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object"
    )
    return parent


class Context:
    """One command's run: its arguments, the shop it opens, who acts."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None
        self._actor: Actor | None = None

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def db_url(self) -> str:
        from counter_app.config import resolve_db_url

        return resolve_db_url(getattr(self.args, "db", None))

    @property
    def db(self) -> Database:
        if self._db is None:
            from counter_app.db import Database

            command = getattr(self.args, "command", None)
            self._db = Database(
                self.db_url,
                create=command in CREATING_COMMANDS,
                quick_check=command != "restore",
                older_ok=command == "upgrade",  # it backs up, then upgrades deliberately
            )
        return self._db

    @property
    def actor(self) -> Actor:
        """The signed-in acting user. Reading who it is never writes (only a shop without
        any account gets the default manager); an account with a password needs it."""
        if self._actor is None:
            from counter_app.services.people import users as user_service
            from counter_app.services.stores import chain as store_service

            name = getattr(self.args, "user", None) or os.environ.get(ENV_USER) or ""
            if not name:
                name = user_service.default_username(self.db)
            elif name == user_service.DEFAULT_MANAGER:
                user_service.default_username(self.db)  # a shop without accounts gets it
            password = self.password_for(name, user_service.has_password(self.db, name))
            actor = user_service.sign_in(self.db, name, password)
            self._actor = store_service.at_store(self.db, actor, self.store_code)
        return self._actor

    def password_for(self, name: str, needed: bool) -> str | None:
        """--password, else $COUNTER_PASSWORD, else asked on a terminal when ``needed``."""
        password = getattr(self.args, "sign_in_password", None)
        if password is None:
            password = os.environ.get(ENV_PASSWORD)
        if password is None and needed:
            password = _ask_password(name)
        return password

    def sign_in_first(self) -> None:
        """Every subcommand signs in before it does anything, as the window does; only
        ``init`` on a new shop (no account yet) runs without, since it makes the first."""
        from counter_app.services.people import users as user_service

        command = getattr(self.args, "command", None)
        if command == "upgrade":  # signs in itself, on a schema that may be an older one's
            return
        if command == "init" and not user_service.has_accounts(self.db):
            return
        _ = self.actor

    @property
    def store_code(self) -> str | None:
        """--store, else $COUNTER_STORE, else None (the shop's only store)."""
        return getattr(self.args, "store", None) or os.environ.get(ENV_STORE) or None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def _ask_password(name: str) -> str:
    """The password typed on a terminal; a script without one is refused (exit 2)."""
    from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed

    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} has a password: give it with --password or COUNTER_PASSWORD",
            ),
            name=name,
        )
    import getpass

    try:
        return getpass.getpass(f"Password for {name}: ")
    except (EOFError, KeyboardInterrupt):
        return ""


def new_password(args: argparse.Namespace, name: str) -> str:
    """The account's new password, never from the command line (it would show in ``ps``):
    standard input with --password-stdin, else $COUNTER_NEW_PASSWORD, else asked twice on a
    terminal; a script with none of them is refused (exit 2)."""
    from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError

    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    if os.environ.get(ENV_NEW_PASSWORD) is not None:
        return os.environ[ENV_NEW_PASSWORD]
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise ValidationError(
            "password",
            QT_TRANSLATE_NOOP(
                "errors",
                "Give the new password on standard input with --password-stdin, or in "
                "COUNTER_NEW_PASSWORD",
            ),
        )
    import getpass

    try:
        first = getpass.getpass(f"New password for {name}: ")
        again = getpass.getpass(f"New password for {name}, again: ")
    except (EOFError, KeyboardInterrupt):
        first, again = "", None
    if first != again:
        raise ValidationError("password", QT_TRANSLATE_NOOP("errors", "The two passwords differ"))
    return first


def emit(ctx: Context, data: Any, text: str | Callable[[], str]) -> None:
    """Print ``data`` as one JSON object with --json, else the human ``text``."""
    import json

    from counter_app.services.base.dto import to_jsonable

    if ctx.json:
        print(json.dumps(to_jsonable(data), ensure_ascii=False, sort_keys=False))
    else:
        print(text() if callable(text) else text)


def open_cash_drawer(method: str) -> None:
    """After committed cash (a payment, a till opening or payout): this PC's cash drawer
    opens, if it has one; a printer failure is one line on stderr and the money stands."""
    if method.strip().lower() != "cash":
        return
    from counter_app.printing import escpos

    problem = escpos.drawer_after_cash("cash")
    if problem:
        print(problem, file=sys.stderr)
