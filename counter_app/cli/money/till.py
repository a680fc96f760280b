"""`counter-app till (open|payout|close|status)`: this PC's cash drawer, counted."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit, open_cash_drawer


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    till = subparsers.add_parser(
        "till", parents=[parent], help="the cash drawer: open, pay out, count and close"
    )
    sub = till.add_subparsers(dest="till_command", metavar="ACTION", required=True)
    p = sub.add_parser("open", parents=[parent], help="open this PC's till with its float")
    p.add_argument("--float", dest="float_amount", required=True, metavar="AMOUNT")
    p.set_defaults(handler=cmd_open)
    p = sub.add_parser("payout", parents=[parent], help="petty cash out of the open till")
    p.add_argument("--amount", required=True, metavar="A")
    p.add_argument("--reason", required=True, metavar="T")
    p.set_defaults(handler=cmd_payout)
    p = sub.add_parser(
        "close",
        parents=[parent],
        help="close the till with the cash counted: expected, counted and variance",
        description="expected = float + cash taken - cash refunded - payouts since the till "
        "was opened; variance = counted - expected.",
    )
    p.add_argument("--counted", required=True, metavar="AMOUNT")
    p.add_argument("--note", default="", metavar="T")
    p.set_defaults(handler=cmd_close)
    p = sub.add_parser("status", parents=[parent], help="the open till's running figures")
    p.set_defaults(handler=cmd_status)


def _text(s: Any) -> str:
    lines = [
        f"till {s.session_id} on {s.station}, opened {s.opened_at:%Y-%m-%d %H:%M} UTC "
        f"by {s.opened_by}",
        f"float {s.float_amount:.2f}  cash taken {s.cash_taken:.2f}  "
        f"refunded {s.cash_refunded:.2f}  payouts {s.payouts:.2f}",
        f"expected {s.expected:.2f}",
    ]
    if s.counted is not None:
        flag = "  (flagged for the manager)" if s.flagged else ""
        lines.append(f"counted {s.counted:.2f}  variance {s.variance:+.2f}{flag}")
    return "\n".join(lines)


def cmd_open(ctx: Context) -> int:
    from counter_app.services.money import till

    result = till.open_till(ctx.db, ctx.actor, ctx.args.float_amount)
    open_cash_drawer("cash")  # the float goes in
    emit(ctx, result, lambda: _text(result))
    return 0


def cmd_payout(ctx: Context) -> int:
    from counter_app.services.money import till

    a = ctx.args
    result = till.payout(ctx.db, ctx.actor, a.amount, a.reason)
    open_cash_drawer("cash")  # the cash comes out
    emit(ctx, result, lambda: _text(result))
    return 0


def cmd_close(ctx: Context) -> int:
    from counter_app.services.money import till

    a = ctx.args
    result = till.close_till(ctx.db, ctx.actor, a.counted, a.note)
    emit(ctx, result, lambda: _text(result))
    return 0


def cmd_status(ctx: Context) -> int:
    from counter_app.services.money import till

    result = till.status(ctx.db, ctx.actor)
    if result is None:
        emit(ctx, {"is_open": False}, "no till is open on this PC")
    else:
        emit(ctx, result, lambda: _text(result))
    return 0
