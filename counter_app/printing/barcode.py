"""Code 128 for printers: modules from python-barcode, drawn on whole printer dots.

Every barcode on every document goes through ``paint``: it snaps the symbol to the device's
own pixels (a printer's dots, or a PDF written at the printer's resolution), so each bar
and space is a whole number of dots. ``BarcodeObject`` puts such a barcode into a
QTextDocument (intake slip, quote, receipt) in place of an ``<img>``.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from barcode import Code128
from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter, QPyTextObject, QTextDocument, QTextFormat

QUIET_MODULES = 10  # the symbology's minimum quiet zone each side
# A narrow bar of ~0.25 mm survives a worn thermal head: 2 dots at 203 dpi, 3 at 300.
NARROW_BAR_MM = 0.245


@functools.lru_cache(maxsize=256)
def modules(text: str) -> str:
    """The bar pattern ('1' bar, '0' space) of ``text`` in Code 128."""
    return Code128(text).build()[0]


def min_module_dots(dpi: float) -> int:
    """The narrowest bar a thermal printer of ``dpi`` prints reliably, in whole dots."""
    return max(2, math.ceil(NARROW_BAR_MM * dpi / 25.4))


@dataclass(frozen=True)
class BarcodeGeometry:
    pattern: str
    module_dots: int  # width of one module in printer dots (whole dots: crisp bars)
    width_dots: int  # bars plus both quiet zones

    @property
    def bars_dots(self) -> int:
        return len(self.pattern) * self.module_dots


def needed_dots(text: str, module_dots: int) -> int:
    """Width of ``text``'s symbol with both quiet zones at ``module_dots`` per module."""
    return (len(modules(text)) + 2 * QUIET_MODULES) * module_dots


def fit(
    text: str, available_dots: int, max_module_dots: int = 4, min_module: int = 1
) -> BarcodeGeometry:
    """The widest whole-dot module (``min_module``..``max_module_dots``) that fits
    ``available_dots`` with both quiet zones. Raises ValueError if none fits."""
    pattern = modules(text)
    total = len(pattern) + 2 * QUIET_MODULES
    module = min(max(max_module_dots, min_module), available_dots // total)
    if module < max(1, min_module):
        raise ValueError(f"barcode of {text!r} needs {total} modules, {available_dots} dots")
    return BarcodeGeometry(pattern, module, total * module)


def paint(
    painter: QPainter, geometry: BarcodeGeometry, left: float, top: float, height: float
) -> None:
    """The bars, ``left`` being where the quiet zone starts (painter coordinates). Drawn
    in the device's own pixels: the corner is rounded to a whole dot and each module is
    ``module_dots`` × the painter's scale, rounded — so bars never straddle a dot."""
    transform = painter.deviceTransform()
    scale = transform.m11()
    corner = transform.map(QPointF(left, top))
    x0, y0 = round(corner.x()), round(corner.y())
    module = max(1, round(geometry.module_dots * scale))
    bar_height = max(1, round(height * transform.m22()))
    x0 += QUIET_MODULES * module
    black = QColor(0, 0, 0)
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    run_start = None
    for index, bit in enumerate(geometry.pattern + "0"):
        if bit == "1" and run_start is None:
            run_start = index
        elif bit == "0" and run_start is not None:
            painter.fillRect(
                QRect(x0 + run_start * module, y0, (index - run_start) * module, bar_height),
                black,
            )
            run_start = None
    painter.restore()


def image(text: str, module_dots: int = 2, height: int = 60) -> QImage:
    """A standalone barcode image, one pixel a dot (for a screen preview)."""
    pattern = modules(text)
    geometry = BarcodeGeometry(
        pattern, module_dots, (len(pattern) + 2 * QUIET_MODULES) * module_dots
    )
    img = QImage(geometry.width_dots, height, QImage.Format.Format_Grayscale8)
    img.fill(QColor(255, 255, 255))
    painter = QPainter(img)
    paint(painter, geometry, 0, 0, height)
    painter.end()
    return img


class BarcodeObject(QPyTextObject):
    """Draws the document's ``<img src=NAME>`` barcodes dot-exact (``paint``) on the
    document's paint device; other images are drawn as the document's image resources.
    Install with ``install``; sizes are in device pixels (dots)."""

    def __init__(self, parent: QObject, barcodes: dict[str, tuple[str, int, int]]) -> None:
        super().__init__(parent)
        # resource name -> (text, module dots, height in dots)
        self.barcodes = barcodes

    @classmethod
    def install(
        cls, document: QTextDocument, barcodes: dict[str, tuple[str, int, int]]
    ) -> BarcodeObject:
        handler = cls(document, barcodes)
        document.documentLayout().registerHandler(int(QTextFormat.ObjectTypes.ImageObject), handler)
        return handler

    def _geometry(self, name: str) -> tuple[BarcodeGeometry, int] | None:
        if name not in self.barcodes:
            return None
        text, module, height = self.barcodes[name]
        pattern = modules(text)
        return BarcodeGeometry(pattern, module, needed_dots(text, module)), height

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        image_format = fmt.toImageFormat()
        found = self._geometry(image_format.name())
        if found is not None:
            return QSizeF(found[0].width_dots, found[1])
        device = doc.documentLayout().paintDevice()
        scale = device.logicalDpiX() / 96 if device is not None else 1.0
        return QSizeF(image_format.width() * scale, image_format.height() * scale)

    def drawObject(  # noqa: N802
        self,
        painter: QPainter,
        rect: QRectF,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        name = fmt.toImageFormat().name()
        found = self._geometry(name)
        if found is not None:
            paint(painter, found[0], rect.left(), rect.top(), found[1])
            return
        resource = doc.resource(int(QTextDocument.ResourceType.ImageResource), name)
        if isinstance(resource, QImage):
            painter.drawImage(rect, resource)
