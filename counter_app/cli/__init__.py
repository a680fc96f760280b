"""The `counter-app` command: the GUI by default, headless subcommands for scripts.

Exit codes (DESIGN §6): 0 success; 2 invalid input, one line on stderr, nothing written;
1 any other failure (one line on stderr; details in the log).
"""

from __future__ import annotations

import argparse
import importlib
import logging
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
from counter_app.errors import INPUT_ERRORS, DatabaseError, ServiceError
from counter_app.logging_setup import log_file, setup_logging

logger = logging.getLogger(__name__)

# Each module adds its subcommands with register(subparsers, parent_options).
COMMAND_MODULES = (
    "counter_app.cli.tickets",
    "counter_app.cli.printing",
    "counter_app.cli.parts",
    "counter_app.cli.reports",
    "counter_app.cli.aftercare",
    "counter_app.cli.appointments",
    "counter_app.cli.customers",  # before data, which adds `customer export`
    "counter_app.cli.data",
    "counter_app.cli.stores",
    "counter_app.cli.moving",
)

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


def build_parser() -> CliParser:
    parent = common_options()
    parser = _top_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, parent)
    return parser


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
    setup_logging()
    args = window_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if getattr(args, "command", None) is None:
        from counter_app.ui.app import run_gui

        return run_gui(
            db_url=getattr(args, "db", None),
            demo=args.demo,
            user=getattr(args, "user", None),
            smoke=args.smoke,
        )
    from sqlalchemy import exc as sa_exc  # a window start reaches here without it

    from counter_app.db import failure_from

    ctx = Context(args)
    try:
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
