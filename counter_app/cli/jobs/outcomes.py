"""`counter-app ticket beyond-repair NO --barrier KEY [--note T]`: the device cannot be
repaired; it goes back to the customer (services/tickets/outcomes.py)."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit
from counter_app.models.ticket import BARRIERS
from counter_app.services.tickets import outcomes as outcome_service


def register_ticket_actions(tsub: Any, parent: argparse.ArgumentParser) -> None:
    """Add `ticket beyond-repair` to the `ticket` command."""
    p = tsub.add_parser(
        "beyond-repair",
        parents=[parent],
        help="the device cannot be repaired: it goes back unrepaired (technician)",
        description="From diagnosis or in repair: record why the device cannot be repaired "
        "(one of the Open Repair Data Standard's barriers). The ticket becomes ready; the "
        "customer owes only the shop's beyond_repair_fee (none for a free warranty job).",
    )
    p.add_argument("ticket_no", metavar="NO")
    # Checked by the service (exit 2 with the keys named), not by argparse choices.
    p.add_argument("--barrier", required=True, metavar="KEY", help="one of: " + ", ".join(BARRIERS))
    p.add_argument("--note", default="", help="what the technician found")
    p.add_argument("--expect-version", type=int, metavar="N", help="refuse if changed since N")
    p.set_defaults(handler=cmd_beyond_repair)


def cmd_beyond_repair(ctx: Context) -> int:
    a = ctx.args
    result = outcome_service.declare_beyond_repair(
        ctx.db, ctx.actor, a.ticket_no, a.barrier, a.note, expected_version=a.expect_version
    )
    emit(
        ctx,
        result,
        f"{result.ticket_no} {result.status}: beyond repair ({result.barrier}), "
        f"fee {result.fee:.2f}",
    )
    return 0
