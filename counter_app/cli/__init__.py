"""The `counter-app` command: the GUI by default, headless subcommands for scripts.

Exit codes (DESIGN §6): 0 success; 2 invalid input, one line on stderr, nothing written;
1 any other failure (one line on stderr; details in the log).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from counter_app import __version__
from counter_app.cli.common import (
    EXIT_FAILURE,
    EXIT_INVALID,
    EXIT_OK,
    CliParser,
    Context,
    common_options,
    one_line,
)

# `--help`, `--version` and a mistake are answered from the tables below with argparse
# alone; the log, the errors and the command's own modules load once a command runs.

# Each module adds its subcommands with register(subparsers, parent_options).
COMMAND_MODULES = (
    "counter_app.cli.jobs.tickets",
    "counter_app.cli.printing",
    "counter_app.cli.stock.parts",
    "counter_app.cli.shop.reports",
    "counter_app.cli.care.aftercare",
    "counter_app.cli.care.appointments",
    "counter_app.cli.shop.customers",  # before data, which adds `customer export`
    "counter_app.cli.shop.data",
    "counter_app.cli.shop.stores",
    "counter_app.cli.shop.moving",
    "counter_app.cli.shop.upgrading",
    "counter_app.cli.care.messages",
    "counter_app.cli.jobs.loaners",
    "counter_app.cli.money.till",
    "counter_app.cli.money.audit",
)

# Which modules make each subcommand, so a command imports only those (written by
# tools/cli_table.py from the modules themselves; a test keeps it true).
# --- COMMANDS (tools/cli_table.py) ---
COMMANDS: dict[str, tuple[str, ...]] = {
    "appointment": ("counter_app.cli.care.appointments",),
    "approve": ("counter_app.cli.jobs.tickets",),
    "audit": ("counter_app.cli.money.audit",),
    "backup": ("counter_app.cli.jobs.tickets",),
    "complaint": ("counter_app.cli.care.aftercare",),
    "consult": ("counter_app.cli.care.aftercare",),
    "customer": (
        "counter_app.cli.shop.customers",
        "counter_app.cli.shop.data",
    ),
    "decline": ("counter_app.cli.jobs.tickets",),
    "demo": ("counter_app.cli.jobs.tickets",),
    "export": ("counter_app.cli.shop.data",),
    "followup": ("counter_app.cli.care.aftercare",),
    "history": ("counter_app.cli.jobs.tickets",),
    "import": ("counter_app.cli.shop.data",),
    "init": ("counter_app.cli.jobs.tickets",),
    "intake": ("counter_app.cli.jobs.tickets",),
    "loaner": ("counter_app.cli.jobs.loaners",),
    "maintenance": ("counter_app.cli.care.messages",),
    "message": ("counter_app.cli.care.messages",),
    "migrate": ("counter_app.cli.shop.moving",),
    "parts": ("counter_app.cli.stock.parts",),
    "pay": ("counter_app.cli.jobs.tickets",),
    "print": ("counter_app.cli.printing",),
    "quote": ("counter_app.cli.jobs.tickets",),
    "refund": ("counter_app.cli.jobs.tickets",),
    "report": ("counter_app.cli.shop.reports",),
    "restore": ("counter_app.cli.jobs.tickets",),
    "settings": ("counter_app.cli.jobs.tickets",),
    "store": ("counter_app.cli.shop.stores",),
    "ticket": ("counter_app.cli.jobs.tickets",),
    "till": ("counter_app.cli.money.till",),
    "upgrade": ("counter_app.cli.shop.upgrading",),
    "user": ("counter_app.cli.jobs.tickets",),
}
# Each subcommand's line in `counter-app --help`, in its order.
SUMMARIES: tuple[tuple[str, str | None], ...] = (
    ("init", "create or upgrade the database"),
    ("demo", "fill with realistic sample data"),
    ("intake", "take a device in; prints ticket_no"),
    ("ticket", "show a ticket, change it"),
    ("quote", "add a line to the ticket's quote"),
    ("approve", "the customer approves the pending quote"),
    ("decline", "the customer declines the pending quote"),
    ("pay", "take a payment (deposit or final)"),
    ("refund", "refund a payment (manager)"),
    ("history", "every ticket of a device, newest first"),
    ("backup", "copy the database into DIR (backups kept 30 days)"),
    ("restore", "replace the database with a checked backup FILE"),
    ("settings", "shop-wide settings"),
    ("user", "add a staff account (manager)"),
    ("print", "write a ticket's label, intake slip, quote or receipt; label calibration"),
    ("parts", "the parts inventory"),
    ("report", "daily and monthly reports"),
    ("followup", "follow-up calls after collection (回访)"),
    ("complaint", "complaints (投诉)"),
    ("consult", "consultations (咨询)"),
    ("appointment", "booked drop-offs and on-site visits"),
    ("customer", "show, correct or erase a customer (by phone)"),
    ("import", "import customers, devices or past repairs from .xlsx or CSV"),
    ("export", "ORDS open data; all tables"),
    ("store", "the stores of a chain"),
    (
        "migrate",
        "copy this SQLite shop into an empty PostgreSQL database (checked; source untouched)",
    ),
    ("upgrade", "upgrade the shop's database to this version (manager; backs it up first)"),
    ("message", "messages to customers: ready, quote, uncollected, followup, maintenance"),
    ("maintenance", "regular maintenance reminders"),
    ("loaner", "loaner phones lent while a device is repaired"),
    ("till", "the cash drawer: open, pay out, count and close"),
    ("audit", "the tamper-evident chain of money and history records"),
)
# --- end of COMMANDS ---

DESCRIPTION = """\
Service Counter: the after-sales system of a phone and electronics repair desk.

Without a subcommand it opens the window (--demo: on a fresh sample shop).
With a subcommand it works headless, for scripts and scheduled jobs.
Exit codes: 0 ok; 2 invalid input (nothing written); 1 other failure."""


def _top_parser(**kwargs: object) -> CliParser:
    """The options before any subcommand: the whole command line of a window start."""
    parent = common_options()
    parser = CliParser(
        prog="counter-app",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[parent],
        **kwargs,  # type: ignore[arg-type]
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh sample shop"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, print 'main window shown' and close it (checks an install)",
    )
    return parser


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> CliParser:
    """The whole command line, or only the subcommands of ``modules`` (a script's one
    command then imports only the code it runs)."""
    parent = common_options()
    parser = _top_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    for name in modules:
        importlib.import_module(name).register(subparsers, parent)
    return parser


def command_table() -> dict[str, tuple[str, ...]]:
    """Each subcommand -> the modules that add to it, in registration order (what COMMANDS
    must say; tests/cli compares them, tools/gen_docs.py prints it)."""
    table: dict[str, list[str]] = {}
    parent = common_options()
    parser = _top_parser()
    subparsers = parser.add_subparsers(dest="command", parser_class=CliParser)

    def shape() -> dict[str, str]:
        return {name: _signature(sub) for name, sub in subparsers.choices.items()}

    for name in COMMAND_MODULES:
        before = shape()
        importlib.import_module(name).register(subparsers, parent)
        for command, signature in shape().items():
            if before.get(command) != signature:
                table.setdefault(command, []).append(name)
    return {command: tuple(modules) for command, modules in sorted(table.items())}


def _signature(parser: argparse.ArgumentParser) -> str:
    """What a subcommand's parser holds, deep enough to see a module add an action to it."""
    parts = []
    for action in parser._actions:
        parts.append("/".join(action.option_strings) or action.dest)
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                parts.append(f"{name}:{_signature(sub)}")
    return ";".join(parts)


def command_summaries() -> tuple[tuple[str, str | None], ...]:
    """Each subcommand and its one-line help, in the order ``--help`` lists them (what
    SUMMARIES must say; tests/cli compares them)."""
    parser = build_parser()
    actions: argparse._SubParsersAction = parser._subparsers._group_actions[0]  # type: ignore[union-attr,assignment]
    return tuple((choice.dest, choice.help) for choice in actions._choices_actions)


def summary_parser() -> CliParser:
    """The top-level command line with every subcommand named and summed up from the
    SUMMARIES table but none of them built: ``--help``, ``--version`` and a mistake at the
    top level read the same as from the whole parser, without importing any command."""
    parser = _top_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    for name, summary in SUMMARIES:
        subparsers.add_parser(name, help=summary, add_help=False)
    return parser


def command_of(argv: Sequence[str]) -> str | None:
    """The subcommand a command line names (None: none, or --help/--version at the top)."""
    if any(arg in ("--version",) for arg in argv):
        return None
    try:
        _args, rest = _top_parser(exit_on_error=False, add_help=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return next((arg for arg in rest if not arg.startswith("-")), None)


def parser_for(argv: Sequence[str]) -> CliParser:
    """Only the modules of the subcommand named; for anything else (``--help``,
    ``--version``, no or an unknown command) the top level from the SUMMARIES table."""
    modules = COMMANDS.get(command_of(argv) or "")
    return summary_parser() if modules is None else build_parser(modules)


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """A command line that names no subcommand (a window start) parsed without importing
    and building every subcommand's parser; None for anything else (a subcommand, --help,
    --version, a mistake), which the full parser handles and reports."""
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    try:
        args, rest = _top_parser(exit_on_error=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    args = window_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        words = sys.argv[1:] if argv is None else list(argv)
        args = parser_for(words).parse_args(words)
        if getattr(args, "command", None) is not None and not hasattr(args, "handler"):
            args = build_parser().parse_args(words)  # only if the tables were stale
    from counter_app.logging_setup import setup_logging

    setup_logging()  # after --help and usage errors, which print and exit
    if getattr(args, "command", None) is None:
        from counter_app.ui.app import run_gui

        return run_gui(
            db_url=getattr(args, "db", None),
            demo=args.demo,
            user=getattr(args, "user", None),
            smoke=args.smoke,
        )
    import logging

    from sqlalchemy import exc as sa_exc  # a window start reaches here without it

    from counter_app.db import failure_from
    from counter_app.errors import INPUT_ERRORS, DatabaseError, ServiceError
    from counter_app.logging_setup import log_file

    logger = logging.getLogger(__name__)

    ctx = Context(args)
    try:
        ctx.sign_in_first()
        return int(args.handler(ctx) or EXIT_OK)
    except INPUT_ERRORS as exc:
        sys.stderr.write(f"counter-app: {one_line(exc.message)}\n")
        return EXIT_INVALID
    except (DatabaseError, ServiceError) as exc:
        sys.stderr.write(f"counter-app: {one_line(exc.message)}\n")
        return EXIT_FAILURE
    except sa_exc.SQLAlchemyError as exc:
        # The log gets the statement without its values; stderr one translated line.
        logger.error("command %s: database error: %s", args.command, exc)
        failure = failure_from(exc)
        sys.stderr.write(f"counter-app: {failure.message}\n")
        return EXIT_INVALID if isinstance(failure, INPUT_ERRORS) else EXIT_FAILURE
    except OSError as exc:
        sys.stderr.write(
            f"counter-app: {exc.strerror or exc}: {exc.filename or ''}\n".replace(": \n", "\n")
        )
        return EXIT_FAILURE
    except Exception as exc:  # the one place that turns any crash into exit 1
        logger.exception("command %s failed", args.command)
        path = log_file()
        where = f" (details in {path})" if path is not None else ""
        sys.stderr.write(f"counter-app: unexpected error: {type(exc).__name__}: {exc}{where}\n")
        return EXIT_FAILURE
    finally:
        ctx.close()
