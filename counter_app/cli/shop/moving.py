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
    p.add_argument(
        "--as-store",
        dest="as_store",
        metavar="CODE",
        help="join an existing chain as this new store (customers merged by phone, devices by "
        "IMEI / serial)",
    )
    p.add_argument(
        "--prefix", metavar="PREFIX", help="with --as-store: the new store's ticket prefix"
    )
    p.set_defaults(handler=cmd_migrate)


def cmd_migrate(ctx: Context) -> int:
    from counter_app.services.stores import moving

    if ctx.args.as_store:
        return _as_store(ctx)
    if ctx.args.prefix:
        from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError

        raise ValidationError(
            "prefix", QT_TRANSLATE_NOOP("errors", "--prefix goes with --as-store")
        )
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


def _as_store(ctx: Context) -> int:
    from counter_app.services.stores import moving_store

    result = moving_store.move_as_store(
        ctx.db, ctx.actor, ctx.args.target, ctx.args.as_store, ctx.args.prefix
    )
    emit(
        ctx,
        result,
        lambda: "\n".join(
            [
                *(
                    f"  {c.table:<20} {c.rows:>9} rows {c.added:>9} added {c.merged:>7} merged"
                    + "".join(f"  {name} {total:.2f}" for name, total in c.money.items())
                    for c in result.tables
                    if c.rows
                ),
                f"store {result.store} (prefix {result.ticket_prefix}, {result.time_zone}): "
                f"added {result.rows} rows to {result.target}; counts and money totals match",
                *(
                    [f"{result.renumbered} tickets renumbered with prefix {result.ticket_prefix}"]
                    if result.renumbered
                    else []
                ),
            ]
        ),
    )
    return 0
