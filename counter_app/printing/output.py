"""The one entry point for every document: the same call previews, prints and writes PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from counter_app import i18n
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.printing import barcode, html_docs, label
from counter_app.printing.documents import Document, build
from counter_app.printing.qt import ensure_gui_app
from counter_app.printing.render import (
    A4,
    check_writable,
    fit_roll_length,
    page_layout,
    paint_html,
    pdf_writer,
)
from counter_app.services import settings as settings_service
from counter_app.services.dto import Actor

PAPERS = ("a4", "80mm")
ROLL_WIDTH_MM = 80.0


@dataclass(frozen=True)
class Options:
    size: str | None = None  # labels: 62x29, 57x32 or WxH; None = this PC's setting
    dpi: int | None = None  # labels: 203 or 300; None = this PC's setting
    paper: str | None = None  # intake slip and receipt: a4 or 80mm (quote: always A4)


def default_paper(kind: str) -> str:
    return {"intake": "80mm", "receipt": "80mm"}.get(kind, "a4")


def check_options(kind: str, options: Options) -> Options:
    paper = (options.paper or default_paper(kind)).lower()
    if paper not in PAPERS:
        raise ValidationError(
            "paper",
            QT_TRANSLATE_NOOP("errors", "Paper: use a4 or 80mm"),
        )
    if kind == "quote":
        paper = "a4"
    if options.size is not None:
        try:
            label.parse_size(options.size)
        except ValueError:
            raise ValidationError(
                "size",
                QT_TRANSLATE_NOOP("errors", "Label size {size}: use 62x29, 57x32 or WxH in mm"),
                size=options.size,
            ) from None
    if options.dpi is not None and options.dpi not in label.DPIS:
        raise ValidationError("dpi", QT_TRANSLATE_NOOP("errors", "Label dpi: 203 or 300"))
    return Options(options.size, options.dpi, paper)


def use_shop_language(db: Database) -> str:
    """Documents printed without the GUI speak the shop's language (setting or system)."""
    ensure_gui_app()
    return i18n.install(i18n.pick_language(settings_service.get_all(db)["language"]))


def html_of(doc: Document, roll: bool) -> str:
    if doc.kind == "intake":
        return html_docs.intake_slip(doc, roll)
    if doc.kind == "quote":
        return html_docs.quote(doc)
    return html_docs.receipt(doc, roll)


def paint_document(doc: Document, device: QPagedPaintDevice, options: Options) -> int:
    """Render ``doc`` onto a printer, a preview's printer or a PDF writer. Returns pages."""
    ensure_gui_app()
    if doc.kind == "label":
        label.paint_on(device, label.saved_spec(options.size, options.dpi), doc)
        return 1
    roll = options.paper == "80mm"
    layout = page_layout(ROLL_WIDTH_MM, 200.0, 4.0) if roll else page_layout(*A4, 15.0)
    device.setPageLayout(layout)
    dpi = device.logicalDpiX()
    module = max(1, round(0.25 * dpi / 25.4))  # 0.25 mm bars: easy for any counter scanner
    image = barcode.image(doc.ticket.ticket_no, module, round(8 * dpi / 25.4))
    html_docs.set_barcode_size(round(image.width() * 96 / dpi), round(image.height() * 96 / dpi))
    resources = {html_docs.BARCODE_RESOURCE: image}
    html = html_of(doc, roll)
    point = 8.5 if roll else 10.0
    if roll:
        fit_roll_length(html, device, point, resources)
    return paint_html(html, device, point, resources)


def write_pdf(
    db: Database, actor: Actor, kind: str, ticket_no: str, path: Path, options: Options = Options()
) -> Document:
    """Build ``kind`` for ``ticket_no`` and write it as a PDF. Raises ValidationError /
    NotFound for bad input (nothing written), OSError when ``path`` cannot be written."""
    options = check_options(kind, options)
    doc = build(db, actor, kind, ticket_no)
    check_writable(Path(path))
    if kind == "label":
        label.to_pdf(Path(path), label.saved_spec(options.size, options.dpi), doc)
        return doc
    writer = pdf_writer(Path(path), page_layout(*A4), title=f"{doc.ticket.ticket_no} {kind}")
    paint_document(doc, writer, options)
    return doc
