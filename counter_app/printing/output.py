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
    PdfFile,
    check_writable,
    fit_roll_length,
    page_layout,
    paint_html,
)
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service

PAPERS = ("a4", "80mm")
ROLL_WIDTH_MM = 80.0
# The printable area: an 80 mm roll printer prints the middle 72 mm; an office printer
# cannot print the outer ~5 mm of an A4 sheet. Documents keep all ink inside it, the page
# margins a little wider (glyphs may reach past their box by a fraction of a millimetre).
PRINTABLE_MARGIN_MM = {"80mm": 4.0, "a4": 10.0}
ROLL_MARGIN_MM = PRINTABLE_MARGIN_MM["80mm"] + 0.5
A4_MARGIN_MM = 15.0
DEFAULT_DPI = {"80mm": 203, "a4": 300}  # the roll's thermal head; an office printer


@dataclass(frozen=True)
class Options:
    size: str | None = None  # labels: 62x29, 57x32 or WxH; None = this PC's setting
    dpi: int | None = None  # printer dots per inch (labels: None = this PC's setting)
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
        raise ValidationError("dpi", QT_TRANSLATE_NOOP("errors", "Printer dpi: 203 or 300"))
    return Options(options.size, options.dpi, paper)


def label_spec(options: Options) -> label.LabelSpec:
    """This PC's label set-up with the size/dpi of ``options``."""
    return label.saved_spec(options.size, options.dpi)


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
    """Render ``doc`` onto a printer, a preview's printer or a PDF writer. Returns pages.
    The barcode is drawn on the device's own dots (``barcode.BarcodeObject``)."""
    ensure_gui_app()
    if doc.kind == "label":
        label.paint_on(device, label_spec(options), doc)
        return 1
    roll = options.paper == "80mm"
    if roll:
        layout = page_layout(ROLL_WIDTH_MM, 200.0, ROLL_MARGIN_MM)
    else:
        layout = page_layout(*A4, A4_MARGIN_MM)
    device.setPageLayout(layout)
    dpi = device.logicalDpiX()
    module = barcode.min_module_dots(dpi)
    height = round(8 * dpi / 25.4)
    width = barcode.needed_dots(doc.ticket.ticket_no, module)
    html_docs.set_barcode_size(round(width * 96 / dpi), round(height * 96 / dpi))
    barcodes = {html_docs.BARCODE_RESOURCE: (doc.ticket.ticket_no, module, height)}
    html = html_of(doc, roll)
    point = 8.5 if roll else 10.0
    if roll:
        fit_roll_length(html, device, point, barcodes=barcodes)
    return paint_html(html, device, point, barcodes=barcodes)


def write_pdf(
    db: Database, actor: Actor, kind: str, ticket_no: str, path: Path, options: Options = Options()
) -> Document:
    """Build ``kind`` for ``ticket_no`` and write it as a PDF of the exact paper size, drawn
    on the dots of a printer of ``options.dpi``. Raises ValidationError / NotFound for bad
    input (nothing written), OSError when ``path`` cannot be written."""
    options = check_options(kind, options)
    doc = build(db, actor, kind, ticket_no)
    if kind == "label":
        spec = label_spec(options)
        label.check(spec, doc.ticket.ticket_no)
        check_writable(Path(path))
        label.to_pdf(Path(path), spec, doc)
        return doc
    dpi = options.dpi or DEFAULT_DPI[options.paper or "a4"]
    pdf = PdfFile(
        Path(path), page_layout(*A4), resolution=dpi, title=f"{doc.ticket.ticket_no} {kind}"
    )
    paint_document(doc, pdf.writer, options)
    pdf.save()
    return doc
