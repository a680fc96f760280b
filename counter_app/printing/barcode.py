"""Code 128 for printers: modules from python-barcode, drawn on whole printer dots."""

from __future__ import annotations

from dataclasses import dataclass

from barcode import Code128
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter

QUIET_MODULES = 10  # the symbology's minimum quiet zone each side


def modules(text: str) -> str:
    """The bar pattern ('1' bar, '0' space) of ``text`` in Code 128."""
    return Code128(text).build()[0]


@dataclass(frozen=True)
class BarcodeGeometry:
    pattern: str
    module_dots: int  # width of one module in printer dots (whole dots: crisp bars)
    width_dots: int  # bars plus both quiet zones

    @property
    def bars_dots(self) -> int:
        return len(self.pattern) * self.module_dots


def fit(text: str, available_dots: int, max_module_dots: int = 4) -> BarcodeGeometry:
    """The widest whole-dot module that fits ``available_dots`` with both quiet zones.
    Raises ValueError if even one dot per module does not fit."""
    pattern = modules(text)
    total = len(pattern) + 2 * QUIET_MODULES
    module = min(max_module_dots, available_dots // total)
    if module < 1:
        raise ValueError(f"barcode of {text!r} needs {total} dots, only {available_dots} available")
    return BarcodeGeometry(pattern, module, total * module)


def paint(painter: QPainter, geometry: BarcodeGeometry, left: int, top: int, height: int) -> None:
    """Bars at device-pixel positions (``left`` is where the quiet zone starts)."""
    x = left + QUIET_MODULES * geometry.module_dots
    black = QColor(0, 0, 0)
    run_start = None
    for index, bit in enumerate(geometry.pattern + "0"):
        if bit == "1" and run_start is None:
            run_start = index
        elif bit == "0" and run_start is not None:
            painter.fillRect(
                QRect(
                    x + run_start * geometry.module_dots,
                    top,
                    (index - run_start) * geometry.module_dots,
                    height,
                ),
                black,
            )
            run_start = None


def image(text: str, module_dots: int = 2, height: int = 60) -> QImage:
    """A standalone barcode image (for documents that embed it as a picture)."""
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
