"""`counter-app parts faulty|faulty-list|dispose|return-supplier`: faulty parts recovered from
customers' devices (kept apart from sellable stock), their disposal later, and faulty stock
sent back to the supplier."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit
from counter_app.models import DISPOSAL_METHODS
from counter_app.services.stock import faulty_parts, inventory
from counter_app.timeutil import to_local


def register_parts_actions(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "faulty",
        parents=[parent],
        help="record a faulty part taken out of a customer's device (not sellable stock)",
    )
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("--sku", required=True, help="the part's SKU")
    p.add_argument("--qty", default="1", help="how many (default 1)")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_faulty)
    p = sub.add_parser(
        "faulty-list",
        parents=[parent],
        help="recovered faulty parts awaiting disposal, oldest first (inventory role)",
    )
    p.set_defaults(handler=cmd_faulty_list)
    p = sub.add_parser(
        "dispose",
        parents=[parent],
        help="dispose of a recovered faulty part, once (inventory role)",
        description="Record how a recovered faulty part (its ID from `parts faulty-list`) "
        "left the shop: scrapped, returned to the supplier or recycled. A part is disposed "
        "of once; a second disposal or an unknown ID is refused and nothing is written.",
    )
    p.add_argument("recovery_id", metavar="ID", help="the number shown by `parts faulty-list`")
    p.add_argument("--how", required=True, choices=DISPOSAL_METHODS, help="how it left the shop")
    p.add_argument("--note", default="", help="e.g. the supplier's RMA number")
    p.set_defaults(handler=cmd_dispose)
    p = sub.add_parser(
        "return-supplier",
        parents=[parent],
        help="send faulty stock back to the supplier (inventory role)",
    )
    p.add_argument("sku")
    p.add_argument("qty")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_return_supplier)


def cmd_faulty(ctx: Context) -> int:
    a = ctx.args
    inventory.record_faulty_recovered(ctx.db, ctx.actor, a.ticket_no, a.sku, a.qty, a.note)
    emit(
        ctx,
        {"ticket_no": a.ticket_no.upper(), "sku": a.sku.strip(), "qty": int(a.qty)},
        f"{a.ticket_no.upper()}: faulty {a.sku.strip()} recovered",
    )
    return 0


def cmd_faulty_list(ctx: Context) -> int:
    parts = faulty_parts.awaiting_disposal(ctx.db, ctx.actor)
    from counter_app.services.stores import chain as stores

    tz = stores.time_zone_for(ctx.db, ctx.actor)

    def line(p: faulty_parts.FaultyPartInfo) -> str:
        text = f"#{p.id:<6} {to_local(p.recovered_at, tz):%Y-%m-%d %H:%M}  {p.sku:<16}"
        text += f" ×{p.quantity}  {p.name}"
        text += f"  {p.ticket_no or '-'}"
        return text + (f"  ({p.note})" if p.note else "")

    emit(
        ctx,
        {"faulty_parts": parts, "count": len(parts)},
        lambda: "\n".join(line(p) for p in parts) or "No recovered faulty part awaits disposal",
    )
    return 0


def cmd_dispose(ctx: Context) -> int:
    a = ctx.args
    done = faulty_parts.dispose(ctx.db, ctx.actor, a.recovery_id, a.how, a.note)
    emit(
        ctx,
        {
            "id": done.id,
            "sku": done.sku,
            "qty": done.quantity,
            "ticket_no": done.ticket_no,
            "how": done.method,
            "note": done.note,
        },
        f"#{done.id} {done.sku} ×{done.quantity}: disposed of ({done.method})",
    )
    return 0


def cmd_return_supplier(ctx: Context) -> int:
    a = ctx.args
    part = inventory.supplier_return(ctx.db, ctx.actor, a.sku, a.qty, a.reason)
    emit(
        ctx,
        {"sku": part.sku, "on_hand": part.on_hand, "returned": int(a.qty)},
        f"{part.sku}: {a.qty} returned to the supplier; {part.on_hand} on hand",
    )
    return 0
