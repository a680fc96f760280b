"""`counter-app ticket list` (the job board's order), `ticket uncollected`, `ticket diagnose`
and `ticket notice`: the board and the rules of diagnosis and collection."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit, whole_number
from counter_app.models import CLOSED_STATUSES
from counter_app.services.tickets import diagnosis
from counter_app.services.tickets import jobs as ticket_service
from counter_app.services.tickets import uncollected as uncollected_service

PAGE = 500


def register_ticket_actions(tsub: Any, parent: argparse.ArgumentParser) -> None:
    """Add `ticket list`, `ticket uncollected`, `ticket diagnose`, `ticket notice`."""
    p = tsub.add_parser(
        "list",
        parents=[parent],
        help="open tickets in the job board's order (urgent, high, then by promised time)",
    )
    p.add_argument("--status", action="append", metavar="S", help="only this status (repeatable)")
    p.add_argument("--overdue", action="store_true", help="only tickets past their promised time")
    p.add_argument(
        "--technician", metavar="USER", help="only this technician's tickets ('' for unassigned)"
    )
    p.set_defaults(handler=cmd_list)

    p = tsub.add_parser(
        "uncollected",
        parents=[parent],
        help="ready tickets not collected: days waiting, notices sent, disposal date",
    )
    p.set_defaults(handler=cmd_uncollected)

    p = tsub.add_parser(
        "diagnose", parents=[parent], help="record the cause the technician found (technician)"
    )
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("--cause", required=True, metavar="TEXT", help="what causes the fault")
    p.add_argument("--expect-version", type=whole_number, metavar="N", help="refuse if changed")
    p.set_defaults(handler=cmd_diagnose)

    p = tsub.add_parser(
        "notice",
        parents=[parent],
        help="record a notice sent about a device not collected (a call, a letter)",
    )
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("--note", default="", help="how the customer was told")
    p.set_defaults(handler=cmd_notice)


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    statuses = tuple(s.strip().lower() for s in a.status or ())
    flt = ticket_service.BoardFilter(
        statuses=statuses,
        technician=a.technician.strip().lower() if a.technician is not None else None,
        overdue_only=a.overdue,
        include_closed=any(s in CLOSED_STATUSES for s in statuses),
    )
    rows: list[Any] = []
    while True:
        page = ticket_service.job_board(
            ctx.db, flt, sort=ticket_service.BOARD_ORDER, offset=len(rows), limit=PAGE
        )
        rows.extend(page)
        if len(page) < PAGE:
            break
    tickets = [
        {
            "ticket_no": r.ticket_no,
            "status": r.status,
            "priority": r.priority,
            "promised_at": r.promised_at,
            "overdue": r.overdue,
            "service_type": r.service_type,
            "technician": r.technician,
            "customer": r.customer_name,
            "device": f"{r.brand} {r.model}",
        }
        for r in rows
    ]

    def text() -> str:
        return "\n".join(
            f"{r.ticket_no:<14} {r.priority:<7} {r.status:<17} "
            f"{r.promised_at:%Y-%m-%d %H:%M}Z{' overdue' if r.overdue else ''}  "
            f"{r.brand} {r.model}"
            if r.promised_at
            else f"{r.ticket_no:<14} {r.priority:<7} {r.status:<17} {r.brand} {r.model}"
            for r in rows
        )

    emit(ctx, {"tickets": tickets}, text)
    return 0


def cmd_uncollected(ctx: Context) -> int:
    rows = uncollected_service.uncollected(ctx.db, ctx.actor)

    def text() -> str:
        return "\n".join(
            f"{r.ticket_no:<14} ready {r.ready_on}  {r.days_waiting:>4} days  "
            f"notices {r.notices_sent}{' (one is due)' if r.notice_due else ''}  "
            f"disposal from {r.disposal_on}  {r.customer_name} {r.phone_masked}  {r.device}"
            for r in rows
        )

    emit(ctx, {"tickets": rows}, text)
    return 0


def cmd_diagnose(ctx: Context) -> int:
    a = ctx.args
    cause = diagnosis.diagnose(ctx.db, ctx.actor, a.ticket_no, a.cause, a.expect_version)
    number = a.ticket_no.strip().upper()
    emit(ctx, {"ticket_no": number, "diagnosed_cause": cause}, f"{number}: {cause}")
    return 0


def cmd_notice(ctx: Context) -> int:
    a = ctx.args
    count = uncollected_service.notice_given(ctx.db, ctx.actor, a.ticket_no, a.note)
    number = a.ticket_no.strip().upper()
    emit(ctx, {"ticket_no": number, "notices_sent": count}, f"{number}: notice {count} recorded")
    return 0
