"""`counter-app migrate --to URL`: move this SQLite shop onto an empty PostgreSQL database."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "migrate",
        parents=[parent],
        help="copy this SQLite shop into an empty PostgreSQL database (checked; source untouched)",
    )
    p.add_argument("--to", dest="target", required=True, metavar="URL", help="postgresql://...")
    p.set_defaults(handler=cmd_migrate)


def cmd_migrate(ctx: Context) -> int:
    from counter_app.services import moving

    result = moving.move_to(ctx.db, ctx.actor, ctx.args.target)
    emit(
        ctx,
        result,
        lambda: "\n".join(
            [
                *(
                    f"  {c.table:<20} {c.rows:>9} rows"
                    + "".join(f"  {name} {total:.2f}" for name, total in c.money.items())
                    for c in result.tables
                    if c.rows
                ),
                f"copied {result.rows} rows to {result.target}; counts and money totals match",
            ]
        ),
    )
    return 0
