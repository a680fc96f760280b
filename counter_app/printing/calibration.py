"""The label printer's calibration page: where the printer really prints, read off in mm.

Rulers along the top and left edges start at the printable edge (0), ticks every 0.5 mm,
numbered every 5 mm; the printable area's outline; a centre cross clear of the text; and
the instructions. Drawn without the saved offsets, so the gaps a clerk measures are the
printer's own error: offset right = margin − left gap, offset down = margin − top gap.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter

from counter_app.errors import QT_TRANSLATE_NOOP
from counter_app.printing.label import (
    LabelSpec,
    draw_text,
    image_with,
    label_font,
    label_text,
    offset_text,
    paint_with,
    pdf_with,
    row_height,
)

# Strings on the page (context "labels"), for lupdate.
_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("labels", "Calibration"),
    QT_TRANSLATE_NOOP("labels", "Rulers start {margin} mm inside the edges"),
    QT_TRANSLATE_NOOP("labels", "Measure the gap from the label's edge to 0:"),
    QT_TRANSLATE_NOOP("labels", "Offset right = {margin} − left gap"),
    QT_TRANSLATE_NOOP("labels", "Offset down = {margin} − top gap"),
    QT_TRANSLATE_NOOP("labels", "Saved: right {dx}, down {dy} mm"),
)


def paint_calibration(painter: QPainter, spec: LabelSpec) -> None:
    """Rulers from the printable edge (0.5 mm ticks, numbered every 5 mm), the printable
    area's outline, a centre cross clear of the text, and instructions. Drawn without the
    offsets: the gaps a clerk measures are the printer's own error."""
    area = spec.printable()
    black = QColor(0, 0, 0)
    line = max(1, spec.dpi // 150)
    painter.save()
    painter.setPen(black)
    # The printable area's outline.
    left, top, right, bottom = area.left(), area.top(), area.right() + 1, area.bottom() + 1
    for rect in (
        QRect(left, top, right - left, line),
        QRect(left, bottom - line, right - left, line),
        QRect(left, top, line, bottom - top),
        QRect(right - line, top, line, bottom - top),
    ):
        painter.fillRect(rect, black)
    digits = label_font(spec, 1.6)
    digit_box = QRect(0, 0, spec.dots(3), spec.dots(2.0))
    long_tick = spec.dots(1.8)
    painter.setFont(digits)

    def tick_length(half_mm: int) -> int:
        return long_tick if half_mm % 10 == 0 else spec.dots(1.2 if half_mm % 2 == 0 else 0.7)

    half = 0  # along the top edge: x from the printable left edge, numbers under the ticks
    while (x := left + spec.dots(half * 0.5)) <= right - line:
        painter.fillRect(QRect(x, top, line, tick_length(half)), black)
        number = digit_box.translated(x + (spec.dots(1.3) if half == 0 else 0), top + long_tick)
        if half % 10 == 0 and number.right() < right - line:
            painter.drawText(number, int(Qt.AlignmentFlag.AlignLeft), str(half // 2))
        half += 1
    half = 0  # down the left edge: numbers right of the ticks
    while (y := top + spec.dots(half * 0.5)) <= bottom - line:
        painter.fillRect(QRect(left, y, tick_length(half), line), black)
        number = digit_box.translated(left + long_tick + line, y - digit_box.height() // 2)
        if half % 10 == 0 and half and number.bottom() < bottom - line:
            painter.drawText(number, int(Qt.AlignmentFlag.AlignVCenter), str(half // 2))
        half += 1
    # The label's centre, and the text in the rows above and below the cross.
    cx, cy = spec.dots(spec.width_mm / 2), spec.dots(spec.height_mm / 2)
    arm = spec.dots(1.5)
    painter.fillRect(QRect(cx - arm, cy, 2 * arm + 1, line), black)
    painter.fillRect(QRect(cx, cy - arm, line, 2 * arm + 1), black)
    margin = f"{spec.margin_mm:g}"
    lines = [
        label_text("Calibration") + f" {spec.width_mm:g}×{spec.height_mm:g} mm {spec.dpi} dpi",
        label_text("Rulers start {margin} mm inside the edges").format(margin=margin),
        label_text("Measure the gap from the label's edge to 0:"),
        label_text("Offset right = {margin} − left gap").format(margin=margin),
        label_text("Offset down = {margin} − top gap").format(margin=margin),
        label_text("Saved: right {dx}, down {dy} mm").format(
            dx=offset_text(spec.offset_x_mm), dy=offset_text(spec.offset_y_mm)
        ),
    ]
    font = label_font(spec, 2.0)
    row = row_height(spec, 2.0)
    text_left = left + long_tick + spec.dots(3.5)
    text_width = right - line - spec.dots(0.3) - text_left
    y = top + long_tick + spec.dots(2.2)
    cross = (cy - arm - spec.dots(0.3), cy + arm + line + spec.dots(0.3))
    for text in lines:
        if y < cross[1] and y + row > cross[0]:
            y = cross[1]
        if y + row > bottom - line:
            break
        draw_text(painter, QRect(text_left, y, text_width, row), text, font)
        y += row
    painter.restore()


def paint_on(device: QPagedPaintDevice | QImage, spec: LabelSpec) -> None:
    """The calibration page on a printer, PDF writer or image."""
    paint_with(device, spec, lambda painter: paint_calibration(painter, spec))


def to_image(spec: LabelSpec) -> QImage:
    return image_with(spec, lambda painter: paint_calibration(painter, spec))


def to_pdf(path: Path, spec: LabelSpec) -> None:
    """The calibration page as a PDF of exactly the label's size, at the printer's dots."""
    pdf_with(path, spec, "Calibration", lambda painter: paint_calibration(painter, spec))
