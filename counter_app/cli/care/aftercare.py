"""`counter-app followup|complaint|consult`: follow-up calls, complaints and consultations."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.cli.common import Context, emit, iso_date


def _score(value: str) -> int:
    """argparse type: a whole number (the service checks it is 1-5)."""
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number 1-5") from None


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    followup = subparsers.add_parser(
        "followup", parents=[parent], help="follow-up calls after collection (回访)"
    )
    sub = followup.add_subparsers(dest="followup_command", metavar="ACTION", required=True)
    p = sub.add_parser("due", parents=[parent], help="calls due on a day and overdue")
    p.add_argument("--date", type=iso_date, help="YYYY-MM-DD (default: today)")
    p.set_defaults(handler=cmd_followup_due)
    p = sub.add_parser("record", parents=[parent], help="record the call about a ticket")
    p.add_argument("ticket_no", metavar="TICKET")
    p.add_argument("--reached", required=True, choices=("yes", "no"))
    p.add_argument("--satisfaction", type=_score, metavar="1-5")
    p.add_argument("--class", dest="feedback_class", metavar="CLASS")
    p.add_argument("--comment", default="", metavar="T")
    p.set_defaults(handler=cmd_followup_record)

    complaint = subparsers.add_parser("complaint", parents=[parent], help="complaints (投诉)")
    sub = complaint.add_subparsers(dest="complaint_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=[parent], help="record a complaint")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--ticket", metavar="NO")
    who.add_argument("--phone", metavar="P")
    p.add_argument("--class", dest="feedback_class", required=True, metavar="CLASS")
    p.add_argument("--channel", required=True, metavar="CH")
    p.add_argument("--severity", required=True, metavar="S")
    p.add_argument("--text", required=True, metavar="T")
    p.add_argument("--against", metavar="USER", help="the staff member complained about")
    p.set_defaults(handler=cmd_complaint_add)
    p = sub.add_parser("list", parents=[parent], help="serious and overdue first")
    p.add_argument("--open", action="store_true", help="only open and in progress")
    p.set_defaults(handler=cmd_complaint_list)
    p = sub.add_parser("assign", parents=[parent], help="make a staff member responsible")
    p.add_argument("complaint_id", type=int, metavar="ID")
    p.add_argument("username", metavar="USER")
    p.set_defaults(handler=cmd_complaint_assign)
    p = sub.add_parser("resolve", parents=[parent], help="record the resolution")
    p.add_argument("complaint_id", type=int, metavar="ID")
    p.add_argument("--resolution", required=True, metavar="T")
    p.add_argument("--told", action="store_true", help="the customer was told of the outcome")
    p.set_defaults(handler=cmd_complaint_resolve)
    for name, handler, text in (
        ("close", cmd_complaint_close, "close a resolved complaint (manager)"),
        ("reopen", cmd_complaint_reopen, "reopen a resolved or closed complaint (manager)"),
    ):
        p = sub.add_parser(name, parents=[parent], help=text)
        p.add_argument("complaint_id", type=int, metavar="ID")
        p.set_defaults(handler=handler)

    consult = subparsers.add_parser("consult", parents=[parent], help="consultations (咨询)")
    sub = consult.add_subparsers(dest="consult_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=[parent], help="record a phone or counter consultation")
    p.add_argument("--name", required=True, metavar="N")
    p.add_argument("--phone", required=True, metavar="P")
    p.add_argument("--question", required=True, metavar="T")
    p.add_argument("--answer", default="", metavar="T")
    p.add_argument("--callback", metavar='"YYYY-MM-DD HH:MM"', help="call back at (local time)")
    p.set_defaults(handler=cmd_consult_add)


def cmd_followup_due(ctx: Context) -> int:
    from counter_app.services.aftercare import followups

    calls = followups.due_list(ctx.db, ctx.actor, ctx.args.date)
    emit(
        ctx,
        {"count": len(calls), "calls": calls},
        lambda: "\n".join(
            [f"{len(calls)} call(s) due"]
            + [
                f"  {c.due_on} {'overdue ' if c.overdue else ''}{c.reason:<16} "
                f"{c.ticket_no or '-':<13} {c.customer_name} {c.phone_masked}  {c.device}  "
                f"{c.work_done}" + (f"  (try {c.attempts + 1})" if c.attempts else "")
                for c in calls
            ]
        ),
    )
    return 0


def cmd_followup_record(ctx: Context) -> int:
    from counter_app.services.aftercare import followups

    a = ctx.args
    result = followups.record_for_ticket(
        ctx.db,
        ctx.actor,
        a.ticket_no,
        reached=a.reached == "yes",
        satisfaction=a.satisfaction,
        feedback_class=a.feedback_class,
        comment=a.comment,
    )
    emit(
        ctx,
        result,
        lambda: (
            f"{result.ticket_no}: {result.state}"
            + (f", try again {result.next_try_on}" if result.next_try_on else "")
            + (f"; complaint {result.complaint_id} opened" if result.complaint_id else "")
        ),
    )
    return 0


def _local(ctx: Context, moment: Any) -> str:
    from counter_app.services.stores import chain as stores
    from counter_app.timeutil import to_local

    return f"{to_local(moment, stores.time_zone_for(ctx.db, ctx.actor)):%Y-%m-%d %H:%M}"


def _show(ctx: Context, complaint: Any) -> None:
    c = complaint
    emit(
        ctx,
        c,
        lambda: (
            f"complaint {c.id}: {c.state}, {c.severity}, {c.feedback_class}, "
            f"due {_local(ctx, c.due_at)}"
            + (f", responsible {c.responsible}" if c.responsible else "")
        ),
    )


def cmd_complaint_add(ctx: Context) -> int:
    from counter_app.services.aftercare import complaints

    a = ctx.args
    _show(
        ctx,
        complaints.add(
            ctx.db,
            ctx.actor,
            feedback_class=a.feedback_class,
            channel=a.channel,
            severity=a.severity,
            description=a.text,
            ticket_no=a.ticket,
            phone=a.phone,
            against=a.against,
        ),
    )
    return 0


def cmd_complaint_list(ctx: Context) -> int:
    from counter_app.services.aftercare import complaints

    rows = complaints.list_complaints(ctx.db, ctx.actor, open_only=ctx.args.open)
    emit(
        ctx,
        {"count": len(rows), "complaints": rows},
        lambda: "\n".join(
            [f"{len(rows)} complaint(s)"]
            + [
                f"  {c.id:>5} {c.state:<11} {c.severity:<7} {'OVERDUE ' if c.overdue else ''}"
                f"{c.feedback_class:<24} {c.ticket_no or '-':<13} {c.customer_name} "
                f"{c.responsible or '-'}"
                for c in rows
            ]
        ),
    )
    return 0


def cmd_complaint_assign(ctx: Context) -> int:
    from counter_app.services.aftercare import complaints

    _show(ctx, complaints.assign(ctx.db, ctx.actor, ctx.args.complaint_id, ctx.args.username))
    return 0


def cmd_complaint_resolve(ctx: Context) -> int:
    from counter_app.services.aftercare import complaints

    a = ctx.args
    _show(ctx, complaints.resolve(ctx.db, ctx.actor, a.complaint_id, a.resolution, told=a.told))
    return 0


def cmd_complaint_close(ctx: Context) -> int:
    from counter_app.services.aftercare import complaints

    _show(ctx, complaints.close(ctx.db, ctx.actor, ctx.args.complaint_id))
    return 0


def cmd_complaint_reopen(ctx: Context) -> int:
    from counter_app.services.aftercare import complaints

    _show(ctx, complaints.reopen(ctx.db, ctx.actor, ctx.args.complaint_id))
    return 0


def cmd_consult_add(ctx: Context) -> int:
    from counter_app.services.aftercare import consultations

    a = ctx.args
    c = consultations.add(
        ctx.db,
        ctx.actor,
        name=a.name,
        phone=a.phone,
        question=a.question,
        answer=a.answer,
        callback=a.callback,
    )
    emit(
        ctx,
        c,
        lambda: (
            f"consultation {c.id} recorded"
            + (f"; callback due {_local(ctx, c.callback_at)}" if c.callback_at else "")
        ),
    )
    return 0
