"""`counter-app parts faulty|return-supplier`: faulty parts recovered from customers' devices
(kept apart from sellable stock) and faulty stock sent back to the supplier."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit
from counter_app.services import inventory


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


def cmd_return_supplier(ctx: Context) -> int:
    a = ctx.args
    part = inventory.supplier_return(ctx.db, ctx.actor, a.sku, a.qty, a.reason)
    emit(
        ctx,
        {"sku": part.sku, "on_hand": part.on_hand, "returned": int(a.qty)},
        f"{part.sku}: {a.qty} returned to the supplier; {part.on_hand} on hand",
    )
    return 0
