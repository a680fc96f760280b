"""`counter-app message preview|send|log` (messages to customers through the shop's sender)
and `counter-app maintenance due` (devices due for their regular maintenance)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from counter_app.cli.common import EXIT_FAILURE, Context, emit
from counter_app.models import MESSAGE_KINDS


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    message = subparsers.add_parser(
        "message",
        parents=[parent],
        help="messages to customers: ready, quote, uncollected, followup, maintenance",
    )
    sub = message.add_subparsers(dest="message_command", metavar="ACTION", required=True)
    p = sub.add_parser("preview", parents=[parent], help="print the text of a message")
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("--kind", required=True, choices=MESSAGE_KINDS)
    p.set_defaults(handler=cmd_preview)
    p = sub.add_parser(
        "send",
        parents=[parent],
        help="hand a message to the shop's sender (setting message_command) and log it",
        description="Runs the program in the setting message_command, without a shell, with "
        "two more arguments: the customer's phone in E.164 and the text. Exit 0 of the "
        "program is 'sent', anything else 'failed' (logged, then exit 1). A customer without "
        "contact consent, or no sender set, is refused (exit 2, nothing sent or written).",
    )
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("--kind", required=True, choices=MESSAGE_KINDS)
    p.set_defaults(handler=cmd_send)
    p = sub.add_parser("log", parents=[parent], help="messages sent, newest first")
    p.add_argument("ticket_no", metavar="NO", nargs="?", default="", help="only this ticket's")
    p.set_defaults(handler=cmd_log)

    maintenance = subparsers.add_parser(
        "maintenance", parents=[parent], help="regular maintenance reminders"
    )
    sub = maintenance.add_subparsers(dest="maintenance_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "due",
        parents=[parent],
        help="devices whose last maintenance is older than maintenance_interval_months "
        "(customers with contact consent only)",
    )
    p.set_defaults(handler=cmd_maintenance_due)


def cmd_preview(ctx: Context) -> int:
    from counter_app.services.outreach import messages

    text = messages.preview(ctx.db, ctx.actor, ctx.args.ticket_no, ctx.args.kind)
    emit(ctx, text, text.text)
    return 0


def cmd_send(ctx: Context) -> int:
    from counter_app.services.outreach import messages

    record = messages.send(ctx.db, ctx.actor, ctx.args.ticket_no, ctx.args.kind)
    emit(ctx, record, f"{record.kind} message for {record.ticket_no}: {record.outcome}")
    if record.outcome != "sent":
        sys.stderr.write(f"counter-app: the sender failed: {record.detail}\n")
        return EXIT_FAILURE
    return 0


def cmd_log(ctx: Context) -> int:
    from counter_app.services.outreach import messages
    from counter_app.services.stores import chain as stores
    from counter_app.timeutil import to_local

    rows = messages.log(ctx.db, ctx.actor, ctx.args.ticket_no)
    tz = stores.time_zone_for(ctx.db, ctx.actor)

    def text() -> str:
        lines = []
        for r in rows:
            at = to_local(r.at, tz)
            assert at is not None
            lines.append(
                f"{at:%Y-%m-%d %H:%M}  {r.ticket_no}  {r.kind:<11} {r.channel}  {r.outcome}"
                f"  {r.user}"
            )
        return "\n".join(lines) or "No messages"

    emit(ctx, {"messages": rows}, text)
    return 0


def cmd_maintenance_due(ctx: Context) -> int:
    from counter_app.services.outreach import maintenance

    rows = maintenance.due(ctx.db, ctx.actor)

    def text() -> str:
        return (
            "\n".join(
                f"{d.due_on}  {d.brand} {d.model}  {d.imei or d.serial or ''}  "
                f"{d.customer_name} {d.phone_masked}  last {d.last_maintenance} ({d.ticket_no})"
                for d in rows
            )
            or "No device is due for maintenance"
        )

    emit(ctx, {"devices": rows}, text)
    return 0
