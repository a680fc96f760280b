"""`counter-app appointment (add|list|reschedule|confirm|arrive|no-show|done|cancel)`:
bookings and visits."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from counter_app.cli.common import Context, emit, iso_date, whole_number
from counter_app.models import APPOINTMENT_KINDS


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    appointment = subparsers.add_parser(
        "appointment", parents=[parent], help="booked drop-offs and on-site visits"
    )
    sub = appointment.add_subparsers(dest="appointment_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=[parent], help="book an appointment; prints its id")
    p.add_argument("--phone", default="", help="customer phone (required without --from-consult)")
    p.add_argument("--name", default="", help="customer name (required without --from-consult)")
    p.add_argument("--kind", required=True, choices=APPOINTMENT_KINDS)
    p.add_argument("--at", required=True, metavar="'YYYY-MM-DD HH:MM'", help="slot start, local")
    p.add_argument("--minutes", default="60", help="slot length (default 60)")
    p.add_argument(
        "--address",
        default="",
        help="the customer's address (on site: required unless the customer record has one)",
    )
    p.add_argument("--engineer", default="", metavar="USER", help="technician (on-site: required)")
    p.add_argument("--fault", default="", help="the fault, as far as known")
    device = p.add_mutually_exclusive_group()
    device.add_argument("--imei", default="", help="the device's IMEI (warranty decides the price)")
    device.add_argument("--serial", default="", help="the device's serial number")
    p.add_argument("--brand", default="", help="the device's brand")
    p.add_argument("--model", default="", help="the device's model")
    p.add_argument(
        "--from-consult",
        type=whole_number,
        metavar="ID",
        help="book from this consultation (its name, phone and question)",
    )
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser(
        "reschedule",
        parents=[parent],
        help="move a booking to another slot (the day it is due by stays the original one)",
    )
    p.add_argument("id", type=whole_number, metavar="ID")
    p.add_argument("--at", required=True, metavar="'YYYY-MM-DD HH:MM'", help="new slot, local")
    p.add_argument("--reason", required=True, help="why it moves")
    p.set_defaults(handler=cmd_reschedule)

    p = sub.add_parser("list", parents=[parent], help="a day's appointments")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--engineer", metavar="USER", help="only this engineer's")
    p.set_defaults(handler=cmd_list)

    for action, text in (
        ("confirm", "the customer confirmed the time"),
        ("arrive", "the engineer (or customer) arrived, now"),
        ("no-show", "nobody came"),
    ):
        p = sub.add_parser(action, parents=[parent], help=text)
        p.add_argument("id", type=int, metavar="ID")
        p.set_defaults(handler=cmd_move, action=action)

    p = sub.add_parser("done", parents=[parent], help="the visit is done (on site: a ticket)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--note", default="", help="the work done")
    p.add_argument("--paid", metavar="AMOUNT", help="amount paid on site")
    p.add_argument("--method", default="", help="how it was paid: cash, card, wechat_pay, ...")
    p.add_argument("--signed-by", default="", metavar="NAME", help="the customer's name as signed")
    p.add_argument(
        "--not-fixed",
        action="store_true",
        help="on site: the device could not be fixed (the ticket stays open in diagnosis)",
    )
    p.add_argument(
        "--exclusion",
        default="",
        metavar="KIND",
        help="on site: a warranty exclusion found (drop_impact, liquid, ...): the visit is paid",
    )
    p.set_defaults(handler=cmd_done)

    p = sub.add_parser("cancel", parents=[parent], help="cancel a booking")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_cancel)


def _line(info: Any, tz: str) -> str:
    from counter_app.timeutil import to_local

    starts, ends = to_local(info.starts_at, tz), to_local(info.ends_at, tz)
    assert starts is not None and ends is not None
    flags = " LATE" if info.late else ""
    flags += " PAST-DUE" if info.past_due and info.status in ("booked", "confirmed") else ""
    flags += " NOT-FIXED" if info.outcome == "not_fixed" else ""
    where = f"  {info.address}" if info.address else ""
    ticket = f"  -> {info.ticket_no}" if info.ticket_no else ""
    return (
        f"#{info.id}  {starts:%Y-%m-%d %H:%M}-{ends:%H:%M}  {info.kind:<7} {info.status:<9}"
        f" {info.engineer or '-':<10} {info.customer_name} {info.phone_masked}{where}"
        f"{flags}{ticket}"
    )


def _tz(ctx: Context) -> str:
    from counter_app.services.stores import chain as stores

    return stores.time_zone_for(ctx.db, ctx.actor)


def _warn_past_due(info: Any) -> list[str]:
    """A slot after the day the visit is due by: a warning on stderr (and in the JSON)."""
    if not info.past_due:
        return []
    text = f"warning: the slot is after {info.due_on}, the day the visit is due by"
    sys.stderr.write(f"counter-app: {text}\n")
    return [text]


def _cover_json(cover: Any) -> dict[str, Any] | None:
    if cover is None:
        return None
    return {
        "covered": cover.covered,
        "kind": cover.kind,
        "code": cover.code,
        "ends_on": cover.ends_on,
        "reason": cover.reason,
    }


def cmd_add(ctx: Context) -> int:
    from counter_app.services.appointments import booking as appointments

    a = ctx.args
    info = appointments.add(
        ctx.db,
        ctx.actor,
        appointments.AppointmentData(
            name=a.name,
            phone=a.phone,
            kind=a.kind,
            at=a.at,
            minutes=a.minutes,
            address=a.address,
            engineer=a.engineer,
            fault=a.fault,
            imei=a.imei,
            serial=a.serial,
            brand=a.brand,
            model=a.model,
            consultation_id=a.from_consult,
        ),
    )
    warnings = _warn_past_due(info)
    cover = appointments.cover(ctx.db, info.id)
    due = f" (due by {info.due_on})" if info.due_on else ""
    free = ""
    if cover is not None:
        free = (
            "; under warranty: free for covered work" if cover.covered else "; not under warranty"
        )
    emit(
        ctx,
        {
            "id": info.id,
            "due_on": info.due_on,
            "address": info.address,
            "consultation_id": info.consultation_id,
            "warranty": _cover_json(cover),
            "warnings": warnings,
        },
        f"Appointment {info.id} booked{due}{free}",
    )
    return 0


def cmd_reschedule(ctx: Context) -> int:
    from counter_app.services.appointments import booking as appointments

    info = appointments.reschedule(ctx.db, ctx.actor, ctx.args.id, ctx.args.at, ctx.args.reason)
    warnings = _warn_past_due(info)
    if ctx.json:
        from dataclasses import asdict

        emit(ctx, {**asdict(info), "warnings": warnings}, "")
    else:
        print(_line(info, _tz(ctx)))
    return 0


def cmd_list(ctx: Context) -> int:
    from counter_app.services.appointments import booking as appointments
    from counter_app.timeutil import local_today

    tz = _tz(ctx)
    day = ctx.args.date or local_today(tz)
    rows = appointments.day(ctx.db, day, ctx.args.engineer, actor=ctx.actor)
    emit(
        ctx,
        {"date": day, "appointments": rows},
        lambda: "\n".join([_line(r, tz) for r in rows]) or f"No appointments on {day}",
    )
    return 0


def cmd_move(ctx: Context) -> int:
    from counter_app.services.appointments import booking as appointments

    action = {
        "confirm": appointments.confirm,
        "arrive": appointments.arrive,
        "no-show": appointments.no_show,
    }[ctx.args.action]
    info = action(ctx.db, ctx.actor, ctx.args.id)
    emit(ctx, info, lambda: _line(info, _tz(ctx)))
    return 0


def cmd_done(ctx: Context) -> int:
    from counter_app.services.appointments import booking as appointments

    a = ctx.args
    info = appointments.done(
        ctx.db,
        ctx.actor,
        a.id,
        appointments.VisitReport(
            note=a.note,
            paid=a.paid,
            method=a.method or "",
            signed_by=a.signed_by,
            fixed=not a.not_fixed,
            exclusion=a.exclusion,
        ),
    )
    emit(ctx, info, lambda: _line(info, _tz(ctx)))
    return 0


def cmd_cancel(ctx: Context) -> int:
    from counter_app.services.appointments import booking as appointments

    info = appointments.cancel(ctx.db, ctx.actor, ctx.args.id, ctx.args.reason)
    emit(ctx, info, lambda: _line(info, _tz(ctx)))
    return 0


def print_appointment_doc(ctx: Context) -> int:
    """`print service-sheet ID --pdf F` and `print day-sheet --engineer U --date D --pdf F`."""
    from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
    from counter_app.printing import appointment_docs

    a = ctx.args
    if a.kind == "service-sheet":
        try:
            appointment_id = int(a.ticket_no or "")
        except ValueError:
            raise ValidationError(
                "id", QT_TRANSLATE_NOOP("errors", "Give the appointment number")
            ) from None
        appointment_docs.service_sheet_pdf(ctx.db, ctx.actor, appointment_id, a.pdf)
        emit(
            ctx,
            {"pdf": str(a.pdf), "kind": a.kind, "id": appointment_id},
            f"Service sheet of appointment {appointment_id}: {a.pdf}",
        )
        return 0
    if not a.engineer:
        raise ValidationError("engineer", QT_TRANSLATE_NOOP("errors", "Give the engineer"))
    sheet = appointment_docs.day_sheet_pdf(ctx.db, a.engineer, a.date, a.pdf)
    emit(
        ctx,
        {
            "pdf": str(a.pdf),
            "kind": a.kind,
            "engineer": a.engineer.strip().lower(),
            "date": sheet.day,
            "appointments": len(sheet.appointments),
        },
        f"Day sheet of {sheet.engineer} for {sheet.day}: {a.pdf}",
    )
    return 0
