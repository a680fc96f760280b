"""The one render path: HTML (from a document's data) -> QTextDocument -> any paged device.

Preview (QPrintPreviewDialog's QPrinter), a real printer and PDF files all go through
``paint_html``; ``html_to_pdf`` is the PDF case. QtGui/QtPrintSupport only, no widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from counter_app.printing.qt import ensure_gui_app

# Fonts tried in order; Noto Sans CJK / WenQuanYi render Chinese as glyphs, not boxes.
FONT_FAMILIES = [
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


def paint_html(html: str, device: QPagedPaintDevice, point_size: float = 10.0) -> int:
    """Lay ``html`` out on the device's page (its layout must be set) and paint every page.
    Returns the number of pages."""
    ensure_gui_app()
    document = QTextDocument()
    document.setDefaultFont(document_font(point_size))
    layout = device.pageLayout()
    dpi = device.logicalDpiX()
    paint_rect = layout.paintRectPixels(dpi)
    document.setPageSize(QSizeF(paint_rect.width(), paint_rect.height()))
    document.setDocumentMargin(0)
    document.setHtml(html)
    pages = max(1, document.pageCount())
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * paint_rect.height())
            from PySide6.QtCore import QRectF

            document.drawContents(
                painter,
                QRectF(0, page * paint_rect.height(), paint_rect.width(), paint_rect.height()),
            )
            painter.restore()
    finally:
        painter.end()
    return pages


def pdf_writer(
    path: Path, layout: QPageLayout, resolution: int = 300, title: str = ""
) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(resolution)
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator("Service Counter")
    return writer


def html_to_pdf(
    html: str, path: Path, layout: QPageLayout, title: str = "", point_size: float = 10.0
) -> int:
    """Write ``html`` as a PDF at ``path``; raises OSError if the file cannot be written."""
    ensure_gui_app()
    path = Path(path)
    if not path.parent.exists():
        raise OSError(2, "No such folder", str(path.parent))
    try:
        with path.open("ab"):
            pass
    except OSError:
        raise
    writer = pdf_writer(path, layout, title=title)
    return paint_html(html, writer, point_size)
