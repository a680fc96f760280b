"""`counter-app parts (import|export|receive|adjust|add|use|list)`: the parts inventory."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from counter_app.cli.common import Context, emit, iso_date, whole_number
from counter_app.cli.stock import parts_claims, parts_recovery


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    parts = subparsers.add_parser("parts", parents=[parent], help="the parts inventory")
    sub = parts.add_subparsers(dest="parts_command", metavar="ACTION", required=True)
    p = sub.add_parser("import", parents=[parent], help="upsert parts from an .xlsx (by SKU)")
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="validate and show the plan only")
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser("export", parents=[parent], help="Parts, Movements, Low stock to .xlsx")
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--from", dest="since", type=iso_date, help="movements from (YYYY-MM-DD)")
    p.add_argument("--to", dest="until", type=iso_date, help="movements up to (YYYY-MM-DD)")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("receive", parents=[parent], help="parts in from a supplier")
    p.add_argument("sku")
    p.add_argument("qty")
    p.add_argument("--cost", help="unit cost (becomes the part's cost)")
    p.add_argument("--supplier", default="")
    p.set_defaults(handler=cmd_receive)
    p = sub.add_parser("adjust", parents=[parent], help="stock-count correction (+/-)")
    p.add_argument("sku")
    p.add_argument("change", help="e.g. -2 or 3")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_adjust)
    p = sub.add_parser("add", parents=[parent], help="add a part to the catalogue")
    p.add_argument("sku")
    p.add_argument("--name", required=True)
    p.add_argument("--cost", required=True)
    p.add_argument("--price", required=True)
    p.add_argument("--barcode", default="")
    p.add_argument("--category", default="")
    p.add_argument("--models", default="", help="compatible brands/models")
    p.add_argument("--supplier", default="")
    p.add_argument("--bin", default="")
    p.add_argument("--low", default="0", help="low-stock level")
    p.set_defaults(handler=cmd_add)
    p = sub.add_parser("use", parents=[parent], help="fit the part of an approved quote line")
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("line_id", type=whole_number, metavar="LINE")
    p.add_argument("--undo", action="store_true", help="return it to stock instead")
    p.set_defaults(handler=cmd_use)
    p = sub.add_parser(
        "transfer", parents=[parent], help="send parts from this store to another store"
    )
    p.add_argument("sku")
    p.add_argument("qty")
    p.add_argument("--to", dest="to_store", required=True, metavar="STORE", help="store code")
    p.set_defaults(handler=cmd_transfer)
    p = sub.add_parser("list", parents=[parent], help="parts with stock on hand")
    p.add_argument("--low", action="store_true", help="only parts at or below their low level")
    p.add_argument("--search", default="", help="SKU, name or model contains")
    p.set_defaults(handler=cmd_list)
    parts_recovery.register_parts_actions(sub, parent)
    parts_claims.register_parts_actions(sub, parent)


def cmd_import(ctx: Context) -> int:
    from counter_app.exporting import parts_excel

    plan = parts_excel.plan_import(ctx.db, ctx.args.file)
    parts_excel.raise_if_bad(plan)
    summary = {
        "create": len(plan.creates),
        "update": len(plan.updates),
        "adjust": len(plan.adjustments),
        "unchanged": plan.unchanged,
    }
    if ctx.args.dry_run:
        emit(
            ctx,
            {"dry_run": True, **summary},
            "Would " + ", ".join(f"{k} {v}" for k, v in summary.items()),
        )
        return 0
    counts = parts_excel.apply_import(ctx.db, ctx.actor, ctx.args.file)
    emit(ctx, counts, ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def _bound(day: date | None, end: bool, ctx: Context) -> datetime | None:
    if day is None:
        return None
    from datetime import timedelta

    from counter_app.services.stores import chain as stores
    from counter_app.timeutil import zone

    tz = zone(stores.time_zone_for(ctx.db, ctx.actor))
    moment = datetime.combine(day + timedelta(days=1) if end else day, time.min, tzinfo=tz)
    return moment


def cmd_export(ctx: Context) -> int:
    from counter_app.exporting import parts_excel

    counts = parts_excel.export(
        ctx.db, ctx.args.file, _bound(ctx.args.since, False, ctx), _bound(ctx.args.until, True, ctx)
    )
    emit(
        ctx,
        {"file": str(ctx.args.file), **counts},
        f"{ctx.args.file}: {counts['parts']} parts, {counts['movements']} movements, "
        f"{counts['low_stock']} low",
    )
    return 0


def _part_text(part: Any) -> str:
    return f"{part.sku} {part.name}: {part.on_hand} on hand"


def cmd_receive(ctx: Context) -> int:
    from counter_app.services.stock import inventory

    a = ctx.args
    part = inventory.receive(ctx.db, ctx.actor, a.sku, a.qty, a.cost, a.supplier)
    emit(ctx, part, _part_text(part))
    return 0


def cmd_adjust(ctx: Context) -> int:
    from counter_app.services.stock import inventory

    a = ctx.args
    part = inventory.adjust(ctx.db, ctx.actor, a.sku, a.change, a.reason)
    emit(ctx, part, _part_text(part))
    return 0


def cmd_add(ctx: Context) -> int:
    from counter_app.services.stock import inventory
    from counter_app.services.stock.inventory import PartData

    a = ctx.args
    part = inventory.create_part(
        ctx.db,
        ctx.actor,
        PartData(
            sku=a.sku,
            name=a.name,
            cost=a.cost,
            price=a.price,
            barcode=a.barcode,
            category=a.category,
            compatible_models=a.models,
            supplier=a.supplier,
            bin_location=a.bin,
            low_stock_level=a.low,
        ),
    )
    emit(ctx, part, _part_text(part))
    return 0


def cmd_use(ctx: Context) -> int:
    from counter_app.services.stock import inventory

    a = ctx.args
    if a.undo:
        qty = inventory.return_from_ticket(ctx.db, ctx.actor, a.ticket_no, a.line_id)
    else:
        qty = inventory.use_on_ticket(ctx.db, ctx.actor, a.ticket_no, a.line_id)
    emit(
        ctx,
        {
            "ticket_no": a.ticket_no.upper(),
            "line_id": a.line_id,
            "returned" if a.undo else "used": qty,
        },
        f"{'returned' if a.undo else 'used'} {qty}",
    )
    return 0


def cmd_transfer(ctx: Context) -> int:
    from counter_app.services.stock import inventory

    a = ctx.args
    moved = inventory.transfer(ctx.db, ctx.actor, a.sku, a.qty, a.to_store)
    emit(
        ctx,
        moved,
        f"{moved.sku}: {moved.quantity} from {moved.from_store} (now {moved.from_on_hand}) "
        f"to {moved.to_store} (now {moved.to_on_hand})",
    )
    return 0


def cmd_list(ctx: Context) -> int:
    """Stock on hand at --store (default: the whole chain; one store's shop: its stock),
    with each store's own count."""
    from counter_app.services.stock import inventory
    from counter_app.services.stores import chain as stores

    store_id = stores.store_id_for(ctx.db, ctx.store_code)
    parts = inventory.search_parts(
        ctx.db, ctx.args.search, low_only=ctx.args.low, limit=100_000, store_id=store_id
    )
    per_store = inventory.stock_per_store(ctx.db, [p.id for p in parts])
    by_sku = {p.sku: per_store.get(p.id, {}) for p in parts}
    several = len(stores.store_codes(ctx.db)) > 1

    def line(p: Any) -> str:
        text = f"{p.sku:<16} {p.on_hand:>5}  {p.price:>9.2f}  {p.name}"
        if several and by_sku[p.sku]:
            text += "  [" + " ".join(f"{c}:{n}" for c, n in sorted(by_sku[p.sku].items())) + "]"
        return text + ("  LOW" if p.warn_low else "")

    emit(
        ctx,
        {"parts": parts, "count": len(parts), "stock_by_store": by_sku},
        lambda: "\n".join(line(p) for p in parts),
    )
    return 0
