"""`counter-app print (label|intake|quote|receipt) NO --pdf FILE`, the calibration page, and
the appointment papers (service-sheet ID, day-sheet --engineer U --date D)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counter_app.cli.appointments import print_appointment_doc
from counter_app.cli.common import Context, emit, iso_date
from counter_app.printing.appointment_docs import KINDS as APPOINTMENT_KINDS
from counter_app.printing.documents import KINDS


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "print", parents=[parent], help="write a ticket's label, intake slip, quote or receipt"
    )
    p.add_argument(
        "kind", choices=KINDS + ("calibration",) + APPOINTMENT_KINDS, help="the document"
    )
    p.add_argument(
        "ticket_no", metavar="NO", nargs="?", help="ticket number (service-sheet: appointment id)"
    )
    p.add_argument("--pdf", metavar="FILE", required=True, type=Path, help="PDF file to write")
    p.add_argument("--size", help="label size: 62x29, 57x32 or WxH in mm (default: this PC's)")
    p.add_argument("--dpi", type=int, choices=(203, 300), help="label printer resolution")
    p.add_argument("--paper", choices=("a4", "80mm"), help="intake slip / receipt paper")
    p.add_argument("--engineer", metavar="USER", help="day-sheet: the engineer")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="day-sheet: default today")
    p.set_defaults(handler=cmd_print)


def cmd_print(ctx: Context) -> int:
    from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
    from counter_app.printing import label, output
    from counter_app.printing.render import check_writable

    a = ctx.args
    output.use_shop_language(ctx.db)
    if a.kind in APPOINTMENT_KINDS:
        return print_appointment_doc(ctx)
    if a.kind == "calibration":
        options = output.check_options("label", output.Options(a.size, a.dpi, None))
        check_writable(a.pdf)
        label.to_pdf(a.pdf, label.saved_spec(options.size, options.dpi), None)
        emit(ctx, {"pdf": str(a.pdf), "kind": "calibration"}, f"Calibration page: {a.pdf}")
        return 0
    if not a.ticket_no:
        raise ValidationError("ticket_no", QT_TRANSLATE_NOOP("errors", "Give the ticket number"))
    doc = output.write_pdf(
        ctx.db, ctx.actor, a.kind, a.ticket_no, a.pdf, output.Options(a.size, a.dpi, a.paper)
    )
    emit(
        ctx,
        {"pdf": str(a.pdf), "kind": a.kind, "ticket_no": doc.ticket.ticket_no},
        f"{a.kind} of {doc.ticket.ticket_no}: {a.pdf}",
    )
    return 0
