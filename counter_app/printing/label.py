"""The job label for the device bag: a QPainter routine in exact millimetres and dots.

Sizes: 62×29 mm and 57×32 mm thermal labels or a custom size; 203 or 300 dpi. The barcode's
modules are whole printer dots with their quiet zones; every text is elided to its box, so
nothing overflows or is cut off. Per-PC calibration (offsets, size, dpi) lives in QSettings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSettings, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from counter_app.printing import barcode
from counter_app.printing.documents import Document
from counter_app.printing.qt import ensure_gui_app
from counter_app.printing.render import FONT_FAMILIES

PRESETS = {"62x29": (62.0, 29.0), "57x32": (57.0, 32.0)}
DPIS = (203, 300)
SETTINGS_GROUP = "labels"


def tr(text: str) -> str:
    return QCoreApplication.translate("documents", text)


@dataclass(frozen=True)
class LabelSpec:
    width_mm: float = 62.0
    height_mm: float = 29.0
    dpi: int = 203
    offset_x_mm: float = 0.0  # calibration: shifts everything right (negative: left)
    offset_y_mm: float = 0.0  # calibration: shifts everything down (negative: up)

    def dots(self, mm: float) -> int:
        return round(mm * self.dpi / 25.4)

    @property
    def size_dots(self) -> tuple[int, int]:
        return self.dots(self.width_mm), self.dots(self.height_mm)


def parse_size(text: str) -> tuple[float, float]:
    """'62x29' -> (62.0, 29.0); a custom 'WxH' in mm between 20 and 120 is accepted."""
    if text in PRESETS:
        return PRESETS[text]
    try:
        width, height = (float(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise ValueError(f"label size {text!r}: use 62x29, 57x32 or WxH in mm") from None
    if not (20 <= width <= 120 and 15 <= height <= 120):
        raise ValueError(f"label size {text!r}: width 20-120 mm, height 15-120 mm")
    return width, height


def saved_spec(size: str | None = None, dpi: int | None = None) -> LabelSpec:
    """This PC's label printer set-up (QSettings), with ``size``/``dpi`` overriding."""
    settings = QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    width, height = parse_size(size or str(settings.value("size", "62x29")))
    spec = LabelSpec(
        width_mm=width,
        height_mm=height,
        dpi=int(dpi or settings.value("dpi", 203)),
        offset_x_mm=float(settings.value("offset_x_mm", 0.0)),
        offset_y_mm=float(settings.value("offset_y_mm", 0.0)),
    )
    settings.endGroup()
    return spec


def save_spec(size: str, dpi: int, offset_x_mm: float, offset_y_mm: float) -> None:
    parse_size(size)
    settings = QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    settings.setValue("size", size)
    settings.setValue("dpi", int(dpi))
    settings.setValue("offset_x_mm", float(offset_x_mm))
    settings.setValue("offset_y_mm", float(offset_y_mm))
    settings.endGroup()
    settings.sync()


def _font(spec: LabelSpec, height_mm: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(max(6, spec.dots(height_mm)))
    font.setBold(bold)
    return font


def _text(
    painter: QPainter, rect: QRect, text: str, font: QFont, align=Qt.AlignmentFlag.AlignLeft
) -> None:  # type: ignore[no-untyped-def]
    painter.setFont(font)
    shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)


def paint_label(painter: QPainter, doc: Document, spec: LabelSpec) -> None:
    """Draw the label with (0, 0) at the label's top-left corner, in printer dots."""
    t = doc.ticket
    width, height = spec.size_dots
    painter.save()
    painter.translate(spec.dots(spec.offset_x_mm), spec.dots(spec.offset_y_mm))
    painter.fillRect(QRect(0, 0, width, height), QColor(255, 255, 255))
    painter.setPen(QPen(QColor(0, 0, 0)))
    margin = spec.dots(1.5)
    inner = width - 2 * margin
    code = barcode.fit(t.ticket_no, inner, max_module_dots=max(2, spec.dpi // 100))
    bar_top = spec.dots(1.2)
    bar_height = spec.dots(max(7.0, spec.height_mm * 0.30))
    barcode.paint(painter, code, margin, bar_top, bar_height)
    side_left = margin + code.width_dots
    number_top = bar_top + bar_height
    line = spec.dots(3.4)
    _text(
        painter,
        QRect(margin, number_top, code.width_dots, line),
        t.ticket_no,
        _font(spec, 2.9, bold=True),
        Qt.AlignmentFlag.AlignHCenter,
    )
    side_width = width - margin - side_left
    if side_width > spec.dots(6):  # dates beside the barcode when there is room
        small = _font(spec, 2.2)
        received = doc.received_local.strftime("%m-%d")
        promised = doc.promised_local.strftime("%m-%d %H:%M") if doc.promised_local else "—"
        rows = [tr("In") + " " + received, tr("Due") + " " + promised[:5], promised[6:]]
        for index, text in enumerate(rows):
            _text(
                painter,
                QRect(side_left, bar_top + index * spec.dots(2.9), side_width, spec.dots(2.9)),
                text,
                small,
            )
    y = number_top + line
    body = _font(spec, 2.7, bold=True)
    rest = (height - margin - y) // 3
    device = f"{t.device.brand} {t.device.model}".strip()
    _text(painter, QRect(margin, y, inner, rest), device, body)
    # The masked phone always shows in full; the name gets what room is left.
    phone = doc.phone_masked
    if doc.promised_local and side_width <= spec.dots(6):  # no room beside the barcode
        phone += "  " + tr("Due") + " " + doc.promised_local.strftime("%m-%d")
    customer_font = _font(spec, 2.5)
    painter.setFont(customer_font)
    phone_width = painter.fontMetrics().horizontalAdvance(phone) + spec.dots(1)
    _text(
        painter,
        QRect(margin + inner - phone_width, y + rest, phone_width, rest),
        phone,
        customer_font,
        Qt.AlignmentFlag.AlignRight,
    )
    _text(
        painter, QRect(margin, y + rest, inner - phone_width, rest), t.customer.name, customer_font
    )
    _text(
        painter,
        QRect(margin, y + 2 * rest, inner, rest),
        " ".join(t.fault.split()),
        _font(spec, 2.3),
    )
    painter.restore()


def paint_calibration(painter: QPainter, spec: LabelSpec) -> None:
    """The label outline, millimetre rulers and the current offsets, for adjusting them."""
    width, height = spec.size_dots
    painter.save()
    painter.translate(spec.dots(spec.offset_x_mm), spec.dots(spec.offset_y_mm))
    painter.fillRect(QRect(0, 0, width, height), QColor(255, 255, 255))
    pen = QPen(QColor(0, 0, 0))
    pen.setWidth(max(1, spec.dpi // 203))
    painter.setPen(pen)
    painter.drawRect(QRect(0, 0, width - 1, height - 1))
    for mm in range(0, int(spec.width_mm) + 1):
        x = spec.dots(mm)
        tick = spec.dots(3 if mm % 10 == 0 else 2 if mm % 5 == 0 else 1)
        painter.drawLine(x, 0, x, tick)
    for mm in range(0, int(spec.height_mm) + 1):
        y = spec.dots(mm)
        tick = spec.dots(3 if mm % 10 == 0 else 2 if mm % 5 == 0 else 1)
        painter.drawLine(0, y, tick, y)
    cx, cy = width // 2, height // 2
    painter.drawLine(cx - spec.dots(3), cy, cx + spec.dots(3), cy)
    painter.drawLine(cx, cy - spec.dots(3), cx, cy + spec.dots(3))
    font = _font(spec, 2.6)
    lines = [
        tr("Calibration") + f"  {spec.width_mm:g}×{spec.height_mm:g} mm  {spec.dpi} dpi",
        tr("Offset") + f" X {spec.offset_x_mm:+.1f} mm  Y {spec.offset_y_mm:+.1f} mm",
        tr("Ticks every 1 mm, long every 10 mm"),
    ]
    for index, text in enumerate(lines):
        _text(
            painter,
            QRect(spec.dots(5), spec.dots(6 + index * 3.6), width - spec.dots(8), spec.dots(3.4)),
            text,
            font,
        )
    painter.restore()


def label_layout(spec: LabelSpec) -> QPageLayout:
    size = QPageSize(
        QSizeF(spec.width_mm, spec.height_mm),
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


def paint_on(device: QPagedPaintDevice | QImage, spec: LabelSpec, doc: Document | None) -> None:
    """One label (or the calibration page when ``doc`` is None) on a printer, PDF or image."""
    ensure_gui_app()
    if isinstance(device, QPagedPaintDevice):
        device.setPageLayout(label_layout(spec))
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if not isinstance(device, QImage):
            # A printer's logical dpi may differ from the label's: draw in label dots.
            scale = device.logicalDpiX() / spec.dpi
            painter.scale(scale, scale)
        if doc is None:
            paint_calibration(painter, spec)
        else:
            paint_label(painter, doc, spec)
    finally:
        painter.end()


def to_image(spec: LabelSpec, doc: Document | None) -> QImage:
    width, height = spec.size_dots
    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.setDotsPerMeterX(round(spec.dpi / 0.0254))
    img.setDotsPerMeterY(round(spec.dpi / 0.0254))
    img.fill(QColor(255, 255, 255))
    paint_on(img, spec, doc)
    return img


def to_pdf(path: Path, spec: LabelSpec, doc: Document | None) -> None:
    ensure_gui_app()
    writer = QPdfWriter(str(path))
    writer.setResolution(spec.dpi)
    writer.setCreator("Service Counter")
    writer.setTitle(doc.ticket.ticket_no if doc else "Label calibration")
    paint_on(writer, spec, doc)
    del writer  # closes the file
    exact_page_size(Path(path), spec.width_mm, spec.height_mm)


_BOX = re.compile(rb"/(MediaBox|TrimBox) \[0 0 ([0-9.]+) ([0-9.]+)\]")


def exact_page_size(path: Path, width_mm: float, height_mm: float) -> None:
    """Qt writes page boxes rounded to whole points (62 mm -> 176 pt = 62.09 mm). Label
    printers pick the media from the page size, so write the exact size in its place:
    the same number of bytes (padded with a space), so no cross-reference offset moves."""
    data = path.read_bytes()
    width = f"{width_mm * 72 / 25.4:.6f}".encode()
    height = f"{height_mm * 72 / 25.4:.6f}".encode()

    def exact(match: re.Match[bytes]) -> bytes:
        old = match.group(0)
        new = b"/" + match.group(1) + b" [0 0 " + width + b" " + height + b"]"
        return new.ljust(len(old)) if len(new) <= len(old) else old

    path.write_bytes(_BOX.sub(exact, data))
