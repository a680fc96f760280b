"""`counter-app ticket return|promise`: settle a return or exchange, move the promised time."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from counter_app.cli.common import Context, emit
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.services.money import returns as return_service
from counter_app.services.tickets import promise as promise_service
from counter_app.timeutil import at_local


def register_ticket_actions(tsub: Any, parent: argparse.ArgumentParser) -> None:
    """Add `ticket return` and `ticket promise` to the `ticket` command."""
    p = tsub.add_parser(
        "return",
        parents=[parent],
        help="settle a return/exchange: refund, exchange, repair or no fault found",
        description="Within return_days of purchase the customer may choose a refund, an "
        "exchange or a repair; within exchange_days an exchange or a repair; after that a "
        "repair only. Days are the store's local days, the purchase day being day 0.",
    )
    p.add_argument("ticket_no", metavar="NO")
    outcome = p.add_mutually_exclusive_group(required=True)
    outcome.add_argument(
        "--refund", metavar="AMOUNT", help="pay back AMOUNT (not above the purchase price)"
    )
    outcome.add_argument("--exchange-imei", metavar="IMEI", help="the new device's IMEI")
    outcome.add_argument("--repair", action="store_true", help="repair it under warranty")
    outcome.add_argument(
        "--no-fault", action="store_true", help="no fault found: returned as it is"
    )
    p.add_argument("--method", default="", help="with --refund: how the money is paid back")
    p.add_argument("--expect-version", type=int, metavar="N", help="refuse if changed since N")
    p.set_defaults(handler=cmd_return)

    p = tsub.add_parser(
        "promise", parents=[parent], help="change the promised completion time, with the reason"
    )
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("--at", required=True, metavar='"YYYY-MM-DD HH:MM"', help="store local time")
    p.add_argument("--reason", required=True)
    p.add_argument("--expect-version", type=int, metavar="N", help="refuse if changed since N")
    p.set_defaults(handler=cmd_promise)


def cmd_return(ctx: Context) -> int:
    a = ctx.args
    if a.refund is not None:
        outcome = "refund"
        if not a.method:
            raise ValidationError(
                "method", QT_TRANSLATE_NOOP("errors", "A refund needs --method (how it is paid)")
            )
    elif a.exchange_imei is not None:
        outcome = "exchange"
    elif a.repair:
        outcome = "repair"
    else:
        outcome = "no_fault"
    result = return_service.record_return(
        ctx.db,
        ctx.actor,
        a.ticket_no,
        outcome,
        amount=a.refund,
        method=a.method,
        exchange_imei=a.exchange_imei or "",
        expected_version=a.expect_version,
    )
    emit(ctx, result, f"{result.ticket_no}: {result.outcome} ({result.status})")
    return 0


def cmd_promise(ctx: Context) -> int:
    a = ctx.args
    from counter_app.services.stores import chain as stores

    tz = stores.time_zone_for(ctx.db, ctx.actor)
    try:
        local = datetime.strptime(a.at.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError(
            "promised_at",
            QT_TRANSLATE_NOOP("errors", "Promised time: '{text}' is not YYYY-MM-DD HH:MM"),
            text=a.at,
        ) from None
    at = promise_service.change_promise(
        ctx.db,
        ctx.actor,
        a.ticket_no,
        at_local(local, tz, "promised_at"),
        a.reason,
        a.expect_version,
    )
    emit(
        ctx,
        {"ticket_no": a.ticket_no.upper(), "promised_at": at},
        f"{a.ticket_no.upper()}: promised {local:%Y-%m-%d %H:%M}",
    )
    return 0
