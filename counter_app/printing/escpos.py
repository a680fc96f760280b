"""Raw ESC/POS for counter receipt printers (Epson, Xprinter, Gprinter) and their cash drawer.

A receipt or intake slip is sent as the same document the paper and the PDF show, drawn at
the printer's own dots as one raster image (``GS v 0``), so Chinese needs no printer code
page and the barcode keeps whole-dot bars; then the paper is fed to the cutter and cut
(``GS V``). Each job starts with ``ESC @`` (initialise). The cash drawer wired to the
printer opens with ``ESC p``. Over TCP the printer is first asked for its paper sensor
(``DLE EOT 4``); a printer that answers "paper out" is reported before anything is sent,
one that does not answer is printed to anyway.

Why our own few commands rather than python-escpos: we need five fixed byte sequences, and
python-escpos would bring Pillow, a USB stack (pyusb/libusb) and a profile database into the
bundle to send them, while its image path dithers through Pillow instead of printing the
dots we already drew; the commands here are the same on every ESC/POS printer.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, qGray

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from counter_app.printing.documents import Document
from counter_app.printing.receipt_printer import Target, parse_uri
from counter_app.services.base.dto import Actor

logger = logging.getLogger(__name__)

INIT = b"\x1b@"  # ESC @
CUT = b"\x1dV\x41\x03"  # GS V 65 3: feed to the cutter (+3 units), full cut
DRAWER_PULSE = b"\x1bp\x00\x19\xfa"  # ESC p 0 25 250: pin 2, 50 ms on, 500 ms off
PAPER_STATUS = b"\x10\x04\x04"  # DLE EOT 4: the paper roll sensor
PAPER_OUT_BITS = 0x60  # in the DLE EOT 4 answer: roll end detected
BAND_ROWS = 256  # rows per GS v 0 command: every printer's buffer takes a band this tall
CONNECT_SECONDS = 3.0
STATUS_SECONDS = 0.3
HEAD_MM = 72.0  # an 80 mm roll printer prints the middle 72 mm


class PrinterError(ServiceError):
    """The receipt printer could not be reached or cannot print now; nothing was lost."""


def head_dots(dpi: int) -> int:
    """The print head's width in dots, a whole number of bytes (576 at 203 dpi, 512 at 180)."""
    return (round(HEAD_MM * dpi / 25.4) + 7) // 8 * 8


def raster(image: QImage) -> bytes:
    """``image`` as ``GS v 0`` commands (bands of ``BAND_ROWS``): dark pixels print."""
    mono = image.convertToFormat(
        QImage.Format.Format_Mono,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.MonoOnly,
    )
    width, height = mono.width(), mono.height()
    row_bytes = (width + 7) // 8
    stride = mono.bytesPerLine()
    bits = bytes(mono.constBits())  # type: ignore[call-overload]
    if qGray(mono.color(1)) >= 128:  # bit set = white: the printer wants set = dot
        bits = bits.translate(_INVERT)
    tail = (0xFF << (row_bytes * 8 - width)) & 0xFF if width % 8 else 0xFF
    out = bytearray()
    for top in range(0, height, BAND_ROWS):
        rows = min(BAND_ROWS, height - top)
        out += b"\x1dv0\x00" + bytes((row_bytes & 0xFF, row_bytes >> 8, rows & 0xFF, rows >> 8))
        for y in range(top, top + rows):
            line = bytearray(bits[y * stride : y * stride + row_bytes])
            line[-1] &= tail  # the padding past the image's right edge prints nothing
            out += line
    return bytes(out)


_INVERT = bytes(0xFF - b for b in range(256))


def receipt_job(image: QImage) -> bytes:
    """One printed document: initialise, the raster, feed and cut."""
    return INIT + raster(image) + CUT


def _printer_error(target: Target, reason: str) -> PrinterError:
    return PrinterError(
        QT_TRANSLATE_NOOP("errors", "Receipt printer {printer}: {reason}"),
        printer=target.text,
        reason=reason,
    )


def _paper_out(sock: socket.socket) -> bool:
    """Ask the paper sensor; a printer that does not answer in time is taken as ready."""
    sock.sendall(PAPER_STATUS)
    sock.settimeout(STATUS_SECONDS)
    try:
        answer = sock.recv(1)
    except TimeoutError:
        return False
    finally:
        sock.settimeout(CONNECT_SECONDS)
    return bool(answer) and bool(answer[0] & PAPER_OUT_BITS)


def send(uri: str | Target, parts: Iterable[bytes], ask_paper: bool = True) -> None:
    """Send ``parts`` to the raw printer at ``uri`` (``tcp://HOST:PORT`` or
    ``file:DEVICE``). Raises PrinterError (one translated line: unreachable, paper out,
    write failed) and ValidationError for an address that is not a printer's."""
    target = uri if isinstance(uri, Target) else parse_uri(uri)
    if target.kind == "file":
        try:
            fd = os.open(target.path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
            try:
                for part in parts:
                    os.write(fd, part)
            finally:
                os.close(fd)
        except OSError as exc:
            raise _printer_error(target, exc.strerror or str(exc)) from exc
        return
    try:
        with socket.create_connection((target.host, target.port), CONNECT_SECONDS) as sock:
            if ask_paper and _paper_out(sock):
                raise PrinterError(
                    QT_TRANSLATE_NOOP("errors", "Receipt printer {printer}: out of paper"),
                    printer=target.text,
                )
            for part in parts:
                sock.sendall(part)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise _printer_error(target, reason) from exc


def open_drawer(uri: str | Target) -> None:
    """Pulse the cash drawer wired to the printer at ``uri``. Raises PrinterError."""
    send(uri, [INIT, DRAWER_PULSE], ask_paper=False)


def drawer_after_cash(method: str) -> str | None:
    """After a committed cash payment (or a till opening or payout: ``method`` "cash"):
    open this PC's cash drawer if it has one. Returns None, or the one translated line to
    show when the drawer could not be opened: the money is already recorded either way."""
    from counter_app.printing.receipt_printer import saved

    setup = saved()
    if method != "cash" or not setup.cash_drawer or setup.target is None:
        return None
    try:
        open_drawer(setup.target)
    except ServiceError as exc:
        logger.warning("cash drawer: %s", exc)
        from counter_app import i18n

        return i18n.error_text(exc)
    return None


def print_document(
    db: Database, actor: Actor, kind: str, ticket_no: str, uri: str | None, dpi: int | None
) -> Document:
    """Send the intake slip or receipt of ``ticket_no`` to a raw ESC/POS printer (``uri``,
    default this PC's receipt printer) at ``dpi`` (default this PC's). Raises
    ValidationError / NotFound (nothing sent) and PrinterError."""
    from counter_app.printing import output
    from counter_app.printing.documents import build
    from counter_app.printing.receipt_printer import check_dpi, saved

    setup = saved()
    if kind not in ("intake", "receipt"):
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("errors", "Only intake slips and receipts go to --to")
        )
    target = parse_uri(uri) if uri else setup.target
    if target is None:
        raise ValidationError(
            "to",
            QT_TRANSLATE_NOOP(
                "errors", "Give the receipt printer: --to tcp://HOST:PORT or file:DEVICE"
            ),
        )
    dots_per_inch = check_dpi(dpi or setup.dpi)
    doc = build(db, actor, kind, ticket_no)
    image = output.roll_image(doc, dots_per_inch, head_dots(dots_per_inch))
    send(target, [receipt_job(image)])
    return doc
