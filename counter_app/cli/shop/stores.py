"""`counter-app store (add|list|staff)`: the stores of a chain on one database."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    store = subparsers.add_parser("store", parents=[parent], help="the stores of a chain")
    sub = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", parents=[parent], help="every store with its ticket prefix")
    p.set_defaults(handler=cmd_list)
    p = sub.add_parser("add", parents=[parent], help="open another store (manager)")
    p.add_argument("code", help="short code, e.g. SZ1")
    p.add_argument("--name", required=True)
    p.add_argument("--prefix", required=True, help="ticket number prefix, e.g. SZ1")
    p.add_argument("--address", default="")
    p.add_argument("--phone", dest="store_phone", default="")
    p.add_argument("--time-zone", default="", help="e.g. Asia/Shanghai (default: the shop's)")
    p.set_defaults(handler=cmd_add)
    p = sub.add_parser("staff", parents=[parent], help="let a user work at a store (manager)")
    p.add_argument("code", metavar="STORE")
    p.add_argument("username", metavar="USER")
    p.add_argument("--remove", action="store_true", help="no longer works there")
    p.set_defaults(handler=cmd_staff)


def _line(s: Any) -> str:
    return f"{s.code:<6} {s.ticket_prefix:<8} {s.time_zone:<18} {s.staff:>3} staff  {s.name}"


def cmd_list(ctx: Context) -> int:
    from counter_app.services.stores import chain as stores

    found = stores.list_stores(ctx.db)
    emit(
        ctx,
        {"stores": found, "count": len(found)},
        lambda: "\n".join(_line(s) for s in found),
    )
    return 0


def cmd_add(ctx: Context) -> int:
    from counter_app.services.stores import chain as stores

    a = ctx.args
    store = stores.add_store(
        ctx.db,
        ctx.actor,
        a.code,
        a.name,
        a.prefix,
        address=a.address,
        phone=a.store_phone,
        time_zone=a.time_zone,
    )
    emit(ctx, store, _line(store))
    return 0


def cmd_staff(ctx: Context) -> int:
    from counter_app.services.stores import chain as stores

    a = ctx.args
    stores.assign_staff(ctx.db, ctx.actor, a.code, a.username, works=not a.remove)
    store = stores.get_store(ctx.db, a.code)
    emit(
        ctx,
        {"store": store.code, "username": a.username.lower(), "works_here": not a.remove},
        f"{a.username.lower()} {'no longer works' if a.remove else 'works'} at {store.code}",
    )
    return 0
