"""`counter-app print (label|intake|quote|receipt) NO --pdf FILE`, the calibration page
(`print calibration --pdf FILE`, `print calibration --show`), this PC's label set-up
(`print calibrate [--size S] [--dpi D] [--dx MM] [--dy MM] [--margin MM]`), the appointment
papers (service-sheet ID, day-sheet --engineer U --date D), raw ESC/POS printing
(`print receipt|intake NO --to URI [--dpi D]`) and this PC's receipt printer
(`print receipt-printer [--to URI] [--dpi D] [--cash-drawer on|off]`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counter_app.cli.care.appointments import print_appointment_doc
from counter_app.cli.common import Context, emit, iso_date
from counter_app.printing.appointment_docs import KINDS as APPOINTMENT_KINDS
from counter_app.printing.documents import KINDS


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "print",
        parents=[parent],
        help="write a ticket's label, intake slip, quote or receipt; label calibration",
    )
    p.add_argument(
        "kind",
        choices=KINDS + ("calibration", "calibrate", "receipt-printer") + APPOINTMENT_KINDS,
        help="the document, or calibrate",
    )
    p.add_argument(
        "ticket_no",
        metavar="NO",
        nargs="?",
        help="ticket number (documents only; service-sheet: appointment id)",
    )
    p.add_argument("--pdf", metavar="FILE", type=Path, help="PDF file to write")
    p.add_argument("--size", help="label size: 62x29, 57x32 or WxH in mm (default: this PC's)")
    p.add_argument(
        "--dpi",
        type=int,
        choices=(180, 203, 300, 600),
        help="printer resolution (labels: this PC's)",
    )
    p.add_argument("--paper", choices=("a4", "80mm"), help="intake slip / receipt paper")
    p.add_argument("--show", action="store_true", help="calibration: print this PC's label set-up")
    p.add_argument("--dx", type=float, metavar="MM", help="calibrate: offset right (mm, -5..5)")
    p.add_argument("--dy", type=float, metavar="MM", help="calibrate: offset down (mm, -5..5)")
    p.add_argument(
        "--margin", type=float, metavar="MM", help="calibrate: unprintable edge of this size"
    )
    p.add_argument(
        "--to",
        metavar="URI",
        help="receipt|intake: an ESC/POS printer (tcp://HOST:PORT or file:DEVICE); "
        "receipt-printer: this PC's (system, tcp://HOST:PORT or file:DEVICE)",
    )
    p.add_argument(
        "--cash-drawer",
        choices=("on", "off"),
        help="receipt-printer: open the drawer on cash payments, till opening and payouts",
    )
    p.add_argument("--engineer", metavar="USER", help="day-sheet: the engineer")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="day-sheet: default today")
    p.set_defaults(handler=cmd_print)


def _setup(spec: Any) -> dict[str, Any]:
    return {
        "size": spec.size_text,
        "dpi": spec.dpi,
        "offset_x_mm": spec.offset_x_mm,
        "offset_y_mm": spec.offset_y_mm,
        "margin_mm": spec.margin_mm,
    }


def _setup_text(spec: Any) -> str:
    from counter_app.printing import label

    return (
        f"label {spec.size_text} mm at {spec.dpi} dpi; "
        f"offset right {label.offset_text(spec.offset_x_mm)} mm, "
        f"down {label.offset_text(spec.offset_y_mm)} mm; printable margin {spec.margin_mm:g} mm"
    )


def _receipt_printer(ctx: Context) -> int:
    """Show, or set with --to/--dpi/--cash-drawer, this PC's receipt printer."""
    from counter_app.printing import receipt_printer
    from counter_app.printing.qt import ensure_gui_app

    a = ctx.args
    ensure_gui_app()
    if a.to is None and a.dpi is None and a.cash_drawer is None:
        setup = receipt_printer.saved()
    else:
        drawer = None if a.cash_drawer is None else a.cash_drawer == "on"
        setup = receipt_printer.save(a.to, a.dpi, drawer)
    emit(
        ctx,
        {"receipt_printer": setup.uri, "dpi": setup.dpi, "cash_drawer": setup.cash_drawer},
        f"receipt printer {setup.uri} at {setup.dpi} dpi; "
        f"cash drawer {'on' if setup.cash_drawer else 'off'}",
    )
    return 0


def cmd_print(ctx: Context) -> int:
    from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
    from counter_app.printing import calibration, label, output
    from counter_app.printing.qt import ensure_gui_app
    from counter_app.printing.render import check_writable

    a = ctx.args
    output.use_shop_language(ctx.db)
    if a.kind == "calibrate":
        ensure_gui_app()
        current = label.saved_spec()
        spec = label.save_spec(
            a.size or current.size_text,
            a.dpi or current.dpi,
            current.offset_x_mm if a.dx is None else a.dx,
            current.offset_y_mm if a.dy is None else a.dy,
            a.margin,
        )
        emit(ctx, _setup(spec), "saved: " + _setup_text(spec))
        return 0
    if a.kind == "receipt-printer":
        return _receipt_printer(ctx)
    if a.to is not None:
        from counter_app.printing import escpos

        if not a.ticket_no:
            raise ValidationError(
                "ticket_no", QT_TRANSLATE_NOOP("errors", "Give the ticket number")
            )
        doc = escpos.print_document(ctx.db, ctx.actor, a.kind, a.ticket_no, a.to, a.dpi)
        emit(
            ctx,
            {"to": a.to, "kind": a.kind, "ticket_no": doc.ticket.ticket_no},
            f"{a.kind} of {doc.ticket.ticket_no}: {a.to}",
        )
        return 0
    if a.kind == "calibration" and a.show:
        options = output.check_options("label", output.Options(a.size, a.dpi, None))
        spec = output.label_spec(options)
        emit(ctx, _setup(spec), _setup_text(spec))
        return 0
    if a.pdf is None:
        raise ValidationError("pdf", QT_TRANSLATE_NOOP("errors", "Give the PDF file: --pdf FILE"))
    if a.kind in APPOINTMENT_KINDS:
        return print_appointment_doc(ctx)
    if a.kind == "calibration":
        options = output.check_options("label", output.Options(a.size, a.dpi, None))
        spec = output.label_spec(options)
        label.check(spec)
        check_writable(a.pdf)
        calibration.to_pdf(a.pdf, spec)
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
