"""`counter-app loaner out|back|list`: loaner phones (备用机) lent while a device is repaired."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    loaner = subparsers.add_parser(
        "loaner", parents=[parent], help="loaner phones lent while a device is repaired"
    )
    sub = loaner.add_subparsers(dest="loaner_command", metavar="ACTION", required=True)
    p = sub.add_parser("out", parents=[parent], help="lend a loaner phone on a ticket")
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("--imei", required=True, help="the loaner phone's IMEI")
    p.add_argument("--deposit", metavar="A", help="deposit taken (held, not a payment)")
    p.set_defaults(handler=cmd_out)
    p = sub.add_parser("back", parents=[parent], help="the loaner phone came back")
    p.add_argument("ticket_no", metavar="NO")
    p.set_defaults(handler=cmd_back)
    p = sub.add_parser("list", parents=[parent], help="a ticket's loaners, the latest first")
    p.add_argument("ticket_no", metavar="NO")
    p.set_defaults(handler=cmd_list)


def _line(info: Any) -> str:
    state = "out" if info.back_at is None else "back"
    return f"{info.ticket_no}  loaner {info.imei}  deposit {info.deposit:.2f}  {state}"


def cmd_out(ctx: Context) -> int:
    from counter_app.services.tickets import loaners

    a = ctx.args
    info = loaners.lend(ctx.db, ctx.actor, a.ticket_no, a.imei, a.deposit)
    emit(ctx, info, _line(info))
    return 0


def cmd_back(ctx: Context) -> int:
    from counter_app.services.tickets import loaners

    info = loaners.give_back(ctx.db, ctx.actor, ctx.args.ticket_no)
    emit(ctx, info, _line(info))
    return 0


def cmd_list(ctx: Context) -> int:
    from counter_app.services.tickets import loaners

    rows = loaners.of_ticket(ctx.db, ctx.args.ticket_no)
    emit(ctx, {"loaners": rows}, lambda: "\n".join(_line(r) for r in rows) or "No loaners")
    return 0
