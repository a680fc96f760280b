"""`counter-app audit verify`: walk the tamper-evident chain (exit 1 at the first break)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from counter_app.cli.common import EXIT_FAILURE, Context, emit


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    audit = subparsers.add_parser(
        "audit", parents=[parent], help="the tamper-evident chain of money and history records"
    )
    sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "verify",
        parents=[parent],
        help="walk the chain: exit 0 intact, 1 naming the first broken record",
        description="--head: a head hash printed earlier (the daily report); if it is no "
        "longer in the chain, records after it were removed.",
    )
    p.add_argument("--head", default=None, metavar="HASH")
    p.set_defaults(handler=cmd_verify)


def _broken(check: Any) -> str:
    if check.problem == "truncated":
        return (
            f"the chain ends at record {check.records} (head {check.head}): "
            "the given head is not in it, records after it were removed"
        )
    what = {"link": "link broken", "changed": "changed", "deleted": "deleted"}[check.problem]
    ticket = f" (ticket {check.ticket_no})" if check.ticket_no else ""
    return f"record {check.broken_seq}: {check.table} {check.record_id}{ticket} {what}"


def cmd_verify(ctx: Context) -> int:
    from counter_app.services.money import audit

    check = audit.verify(ctx.db, ctx.actor, ctx.args.head)
    if check.intact:
        emit(ctx, check, f"{check.records} records, intact, head {check.head}")
        return 0
    if ctx.json:
        emit(ctx, check, "")
    sys.stderr.write(f"counter-app: audit chain broken: {_broken(check)}\n")
    return EXIT_FAILURE
