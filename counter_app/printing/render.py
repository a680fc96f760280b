"""The one render path: HTML (from a document's data) -> QTextDocument -> any paged device.

Preview (QPrintPreviewDialog's QPrinter), a real printer and PDF files all go through
``paint_html``; ``html_to_pdf`` is the PDF case. QtGui/QtPrintSupport only, no widgets.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from counter_app import files
from counter_app.printing.barcode import BarcodeObject
from counter_app.printing.pdf_finish import finish_pdf_data
from counter_app.printing.qt import ensure_gui_app

# Fonts tried in order; Noto Sans CJK / WenQuanYi render Chinese as glyphs, not boxes.
FONT_FAMILIES = [
    # A Latin family first: with Noto Sans CJK first, Qt's PDFs lose the text of digits
    # (they print, but cannot be searched or extracted). CJK falls back to Noto Sans CJK /
    # WenQuanYi / the Windows and macOS Chinese UI fonts, so Chinese prints as glyphs.
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Sans Serif",
]


def page_layout(width_mm: float, height_mm: float, margin_mm: float = 10.0) -> QPageLayout:
    size = QPageSize(
        QSizeF(width_mm, height_mm),
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    return QPageLayout(
        size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
        QPageLayout.Unit.Millimeter,
    )


A4 = (210.0, 297.0)


def document_font(point_size: float = 10.0) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


Barcodes = dict[str, tuple[str, int, int]]  # <img src> name -> (text, module, height) in dots


def _document(
    html: str,
    point_size: float,
    resources: dict[str, QImage] | None,
    device: QPagedPaintDevice,
    barcodes: Barcodes | None = None,
) -> QTextDocument:
    document = QTextDocument()
    # Lay out with the device's own resolution, so points are points on paper.
    document.documentLayout().setPaintDevice(device)
    if barcodes:
        BarcodeObject.install(document, barcodes)
    document.setDefaultFont(document_font(point_size))
    for name, image in (resources or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setDocumentMargin(0)
    document.setHtml(html)
    return document


def fit_roll_length(
    html: str,
    device: QPagedPaintDevice,
    point_size: float = 10.0,
    resources: dict[str, QImage] | None = None,
    barcodes: Barcodes | None = None,
) -> None:
    """For a receipt roll: make the page exactly as long as the content (plus margins)."""
    ensure_gui_app()
    layout = device.pageLayout()
    dpi = device.logicalDpiX()
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    width_mm = layout.fullRect(QPageLayout.Unit.Millimeter).width()
    document = _document(html, point_size, resources, device, barcodes)
    document.setTextWidth((width_mm - margins.left() - margins.right()) / 25.4 * dpi)
    content_mm = document.size().height() / dpi * 25.4
    device.setPageLayout(
        page_layout(width_mm, content_mm + margins.top() + margins.bottom() + 2, margins.left())
    )


def paint_html(
    html: str,
    device: QPagedPaintDevice,
    point_size: float = 10.0,
    resources: dict[str, QImage] | None = None,
    barcodes: Barcodes | None = None,
    running: Running | None = None,
) -> int:
    """Lay ``html`` out on the device's page (its layout must be set) and paint every page.
    ``resources`` are images the HTML names in <img src>; ``barcodes`` are <img src> names
    drawn as Code 128 on the device's dots. A document of more than one page gets
    ``running(page, pages)``'s (head, foot) in the page's top and bottom margins (the head
    from page 2: page 1 has the document's own header). Returns the number of pages."""
    ensure_gui_app()
    layout = device.pageLayout()
    dpi = device.logicalDpiX()
    paint_rect = layout.paintRectPixels(dpi)
    document = _document(html, point_size, resources, device, barcodes)
    document.setPageSize(QSizeF(paint_rect.width(), paint_rect.height()))
    pages = max(1, document.pageCount())
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            if running is not None and pages > 1:
                _running_lines(painter, device, running(page + 1, pages), page > 0)
            painter.save()
            painter.translate(0, -page * paint_rect.height())
            document.drawContents(
                painter,
                QRectF(0, page * paint_rect.height(), paint_rect.width(), paint_rect.height()),
            )
            painter.restore()
    finally:
        painter.end()
    return pages


def html_to_image(
    html: str,
    width_dots: int,
    dpi: int,
    point_size: float = 10.0,
    margin_dots: int = 0,
    barcodes: Barcodes | None = None,
) -> QImage:
    """``html`` laid out ``width_dots`` wide on a printer of ``dpi`` (points are points on
    paper) as one black-on-white image as long as its content: a raster for a receipt
    printer. Glyphs are drawn without anti-aliasing (the head prints black or nothing)."""
    ensure_gui_app()
    per_metre = round(dpi / 0.0254)
    probe = QImage(8, 8, QImage.Format.Format_RGB32)
    probe.setDotsPerMeterX(per_metre)
    probe.setDotsPerMeterY(per_metre)
    document = _document(html, point_size, None, probe, barcodes)
    document.setTextWidth(width_dots - 2 * margin_dots)
    height = math.ceil(document.size().height()) + 2 * margin_dots
    image = QImage(width_dots, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    image.fill(0xFFFFFFFF)
    document.documentLayout().setPaintDevice(image)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, False)
        painter.translate(margin_dots, margin_dots)
        document.drawContents(painter)
    finally:
        painter.end()
    return image


Running = Callable[[int, int], tuple[str, str]]  # (page, pages) -> (head, foot)
RUNNING_MM = 4.0  # the band inside the page margin a running head or foot is drawn in


def _running_lines(
    painter: QPainter, device: QPagedPaintDevice, lines: tuple[str, str], with_head: bool
) -> None:
    """The running head (just above the text area) and foot (just below it), in the page
    margin and inside the printable area (a margin is at least RUNNING_MM + 1 mm)."""
    layout = device.pageLayout()
    dpi = device.logicalDpiX()
    rect = layout.paintRectPixels(dpi)
    band = RUNNING_MM * dpi / 25.4
    head, foot = lines
    painter.save()
    painter.setFont(document_font(7.5))
    painter.setPen(QColor(0, 0, 0))
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    if with_head and head:
        painter.drawText(QRectF(0, -band, rect.width(), band), int(align), head)
    if foot:
        painter.drawText(QRectF(0, rect.height(), rect.width(), band), int(align), foot)
    painter.restore()


class PdfFile:
    """A PDF drawn in memory on ``writer`` and written whole by ``save``: the target is
    checked before anything is drawn (a device, folder or link is refused, exit 2), and a
    full or read-only disk leaves an earlier file as it was (``files``)."""

    def __init__(
        self, path: Path, layout: QPageLayout | None = None, resolution: int = 300, title: str = ""
    ) -> None:
        self.path = files.check_target(Path(path))
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setResolution(resolution)
        if layout is not None:
            self.writer.setPageLayout(layout)
        self.writer.setTitle(title)
        self.writer.setCreator("Service Counter")

    def save(self, width_mm: float | None = None, height_mm: float | None = None) -> None:
        """Finish the drawn PDF (its painter ended) to exactly ``width_mm`` x ``height_mm``
        (default: the writer's page) and write it."""
        if width_mm is None or height_mm is None:
            size = self.writer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
            width_mm, height_mm = size.width(), size.height()
        data = bytes(self._buffer.data().data())
        self._buffer.close()
        files.write_bytes(self.path, finish_pdf_data(data, width_mm, height_mm))


def check_writable(path: Path) -> None:
    """Refuse (ValidationError) before rendering a target that cannot be a PDF: not a
    regular file, the shop's database, or in a missing folder."""
    files.check_target(Path(path))


def finished_pdf(
    path: Path,
    layout: QPageLayout,
    resolution: int,
    title: str,
    paint: Callable[[QPdfWriter], object],
) -> None:
    """The one way every document becomes a PDF file: ``paint`` draws on a writer at
    ``resolution`` dpi, in memory; then the PDF is finished (``pdf_finish``: the exact paper
    size of the writer's last page layout, text that copies as printed) and written whole
    (``PdfFile``: the target checked first, an earlier file untouched on a failed write)."""
    ensure_gui_app()
    pdf = PdfFile(Path(path), layout, resolution=resolution, title=title)
    paint(pdf.writer)
    pdf.save()


def nowrap(text: str) -> str:
    """``text`` escaped for HTML and kept on one line (a time span, a phone number): Qt's
    table layout breaks at a plain space even inside <nobr>, so spaces are non-breaking."""
    return f"<nobr>{escape(text).replace(' ', '&nbsp;')}</nobr>"


def html_to_pdf(
    html: str,
    path: Path,
    layout: QPageLayout,
    title: str = "",
    point_size: float = 10.0,
    resources: dict[str, QImage] | None = None,
    roll: bool = False,
    barcodes: Barcodes | None = None,
    resolution: int = 300,
) -> int:
    """Write ``html`` as a PDF at ``path`` of exactly the layout's paper (the roll: as long
    as its content), drawn on the dots of a ``resolution``-dpi printer, its text copying as
    printed (``pdf_finish``); raises OSError if the file cannot be written."""
    ensure_gui_app()
    check_writable(Path(path))
    pages = 0

    def paint(writer: QPdfWriter) -> None:
        nonlocal pages
        if roll:
            fit_roll_length(html, writer, point_size, resources, barcodes)
        pages = paint_html(html, writer, point_size, resources, barcodes)

    finished_pdf(Path(path), layout, resolution, title, paint)
    return pages
