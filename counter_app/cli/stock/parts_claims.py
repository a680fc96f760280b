"""`counter-app parts discontinue|claim|claims|claim-state`: parts of discontinued models
kept in stock, and claims back to the supplier or maker for parts that failed under warranty."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit, whole_number
from counter_app.models import CLAIM_STATES


def register_parts_actions(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "discontinue",
        parents=[parent],
        help="the part's model is discontinued: keep it in stock for years (inventory role)",
        description="Mark a part's model discontinued. It stays stocked until --keep-years "
        "from today (default: electronic_parts_keep_years for the categories in "
        "electronic_part_categories, else the longest warranty); meanwhile a supplier "
        "return may not take it below its low-stock level (at least 1).",
    )
    p.add_argument("sku")
    p.add_argument("--keep-years", type=whole_number, metavar="N", help="keep it N years")
    p.set_defaults(handler=cmd_discontinue)
    p = sub.add_parser(
        "claim",
        parents=[parent],
        help="claim a part that failed under warranty back from its supplier or maker",
    )
    p.add_argument("sku")
    p.add_argument("--ticket", required=True, metavar="NO", help="the free warranty job")
    p.add_argument("--supplier", required=True, metavar="S", help="supplier or maker")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_claim)
    p = sub.add_parser("claims", parents=[parent], help="claims to suppliers, newest first")
    p.add_argument("--state", choices=CLAIM_STATES, help="only claims in this state")
    p.set_defaults(handler=cmd_claims)
    p = sub.add_parser(
        "claim-state",
        parents=[parent],
        help="move a claim on: open -> sent -> accepted | rejected, accepted -> credited",
    )
    p.add_argument("claim_id", type=whole_number, metavar="ID")
    p.add_argument("state", choices=CLAIM_STATES)
    p.add_argument("--note", default="", help="e.g. the supplier's RMA number")
    p.set_defaults(handler=cmd_claim_state)


def _claim_line(c: Any) -> str:
    return f"#{c.id}  {c.state:<9} {c.sku}  {c.ticket_no}  -> {c.supplier}"


def cmd_discontinue(ctx: Context) -> int:
    from counter_app.services.stock import claims

    info = claims.discontinue(ctx.db, ctx.actor, ctx.args.sku, ctx.args.keep_years)
    emit(
        ctx,
        info,
        f"{info.sku} discontinued: kept in stock until {info.keep_until} "
        f"(at least {info.kept_minimum}; {info.on_hand} on hand)",
    )
    return 0


def cmd_claim(ctx: Context) -> int:
    from counter_app.services.stock import claims

    a = ctx.args
    info = claims.claim(ctx.db, ctx.actor, a.sku, a.ticket, a.supplier, a.note)
    emit(ctx, info, f"Claim {info.id} opened: " + _claim_line(info))
    return 0


def cmd_claims(ctx: Context) -> int:
    from counter_app.services.stock import claims

    rows = claims.claims(ctx.db, ctx.args.state)
    emit(ctx, {"claims": rows}, lambda: "\n".join(_claim_line(c) for c in rows) or "No claims")
    return 0


def cmd_claim_state(ctx: Context) -> int:
    from counter_app.services.stock import claims

    a = ctx.args
    info = claims.move_claim(ctx.db, ctx.actor, a.claim_id, a.state, a.note)
    emit(ctx, info, _claim_line(info))
    return 0
