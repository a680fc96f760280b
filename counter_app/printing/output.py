"""The one entry point for every document: the same call previews, prints and writes PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage, QPagedPaintDevice

from counter_app import i18n
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.printing import barcode, html_docs, label, receipt_printer
from counter_app.printing.documents import Document, build
from counter_app.printing.qt import ensure_gui_app
from counter_app.printing.render import (
    A4,
    Running,
    check_writable,
    finished_pdf,
    fit_roll_length,
    html_to_image,
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


def default_dpi(paper: str) -> int:
    """The roll's thermal head as set on this PC (180 for Epson TM-class printers), or an
    office printer's 300 dpi for A4."""
    if paper == "80mm":
        return receipt_printer.saved().dpi
    return DEFAULT_DPI["a4"]


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
        label.parse_size(options.size, options.dpi or 203)
    if options.dpi is not None and options.dpi not in label.DPIS:
        raise ValidationError(
            "dpi", QT_TRANSLATE_NOOP("errors", "Printer dpi: {dpis}"), dpis=label.dpi_choices()
        )
    return Options(options.size, options.dpi, paper)


def label_spec(options: Options) -> label.LabelSpec:
    """This PC's label set-up with the size/dpi of ``options``."""
    return label.saved_spec(options.size, options.dpi)


def use_shop_language(db: Database) -> str:
    """Documents printed without the GUI speak the shop's language (setting or system)."""
    ensure_gui_app()
    return i18n.install(i18n.pick_language(settings_service.get_all(db).language))


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
    barcodes = barcodes_at(doc, device.logicalDpiX())
    html = html_of(doc, roll)
    point = 8.5 if roll else 10.0
    if roll:
        fit_roll_length(html, device, point, barcodes=barcodes)
        return paint_html(html, device, point, barcodes=barcodes)
    return paint_html(html, device, point, barcodes=barcodes, running=running_lines(doc))


def running_lines(doc: Document) -> Running:
    """An A4 document's running head (shop, paper and ticket number, from page 2) and foot
    (page N of M), so a loose second page still says whose it is."""
    title = html_docs.title_of(doc.kind)

    def lines(page: int, pages: int) -> tuple[str, str]:
        head = f"{doc.shop.name} · {title} {doc.ticket.ticket_no}"
        foot = html_docs.tr("Page {page} of {pages}").format(page=page, pages=pages)
        return head, foot

    return lines


def barcodes_at(doc: Document, dpi: int) -> dict[str, tuple[str, int, int]]:
    """The document's barcode on a printer of ``dpi``: whole dots, 8 mm tall."""
    module = barcode.min_module_dots(dpi)
    height = round(8 * dpi / 25.4)
    width = barcode.needed_dots(doc.ticket.ticket_no, module)
    html_docs.set_barcode_size(round(width * 96 / dpi), round(height * 96 / dpi))
    return {html_docs.BARCODE_RESOURCE: (doc.ticket.ticket_no, module, height)}


def roll_image(doc: Document, dpi: int, width_dots: int) -> QImage:
    """A roll document (intake slip, receipt) as the raster a receipt printer of ``dpi``
    prints across its ``width_dots`` head: the same HTML as the paper and the PDF."""
    ensure_gui_app()
    barcodes = barcodes_at(doc, dpi)
    margin = round(0.5 * dpi / 25.4)
    return html_to_image(html_of(doc, True), width_dots, dpi, 8.5, margin, barcodes)


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
    check_writable(Path(path))
    dpi = options.dpi or default_dpi(options.paper or "a4")
    finished_pdf(
        Path(path),
        page_layout(*A4),
        dpi,
        f"{doc.ticket.ticket_no} {kind}",
        lambda writer: paint_document(doc, writer, options),
    )
    return doc
