"""The job label for the device bag: a QPainter routine in exact millimetres and dots.

Sizes: 62×29 mm and 57×32 mm thermal labels or a custom size; 203 or 300 dpi. All ink
stays inside the label's printable area (by default 1.5 mm in from every edge, a per-PC
setting for each label size), also after the calibration offsets move it. The barcode's
narrow bar is at least 2 dots at 203 dpi and 3 at 300 dpi, with its quiet zones, and the
ticket number is printed whole: a size, dpi or offset that cannot do that is refused up
front (``check``), naming the smallest label that works. Other text is elided to its box
and rows that do not fit are left out, least useful first, so nothing overlaps.
Per-PC set-up (size, dpi, offsets, printable margin) lives in QSettings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSettings, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
)

from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.printing import barcode
from counter_app.printing.documents import Document
from counter_app.printing.qt import ensure_gui_app
from counter_app.printing.render import FONT_FAMILIES, PdfFile

PRESETS = {"62x29": (62.0, 29.0), "57x32": (57.0, 32.0)}
DPIS = (203, 300)
SETTINGS_GROUP = "labels"
DEFAULT_MARGIN_MM = 1.5
MAX_MARGIN_MM = 5.0
MAX_OFFSET_MM = 5.0
MIN_BAR_MM = 6.0  # bar height a hand scanner reads in one sweep
# The longest ticket number of a normal day (T + date + 4-digit sequence): sizes are
# checked against it before any ticket exists (settings), and against the real one when
# printing.
REFERENCE_TICKET_NO = "T261231-9999"

# Strings drawn on labels and the calibration page (context "labels"), for lupdate.
_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("labels", "In"),
    QT_TRANSLATE_NOOP("labels", "Due"),
)


def label_text(text: str) -> str:
    return QCoreApplication.translate("labels", text)


@dataclass(frozen=True)
class LabelSpec:
    width_mm: float = 62.0
    height_mm: float = 29.0
    dpi: int = 203
    offset_x_mm: float = 0.0  # calibration: shifts everything right (negative: left)
    offset_y_mm: float = 0.0  # calibration: shifts everything down (negative: up)
    margin_mm: float = DEFAULT_MARGIN_MM  # the printer cannot print this close to an edge

    def dots(self, mm: float) -> int:
        return round(mm * self.dpi / 25.4)

    @property
    def size_dots(self) -> tuple[int, int]:
        return self.dots(self.width_mm), self.dots(self.height_mm)

    @property
    def size_text(self) -> str:
        return f"{self.width_mm:g}x{self.height_mm:g}"

    def printable(self) -> QRect:
        """The printable area in page dots (whole dots inside the margins)."""
        per_mm = self.dpi / 25.4
        left = math.ceil(self.margin_mm * per_mm - 1e-9)
        top = math.ceil(self.margin_mm * per_mm - 1e-9)
        right = math.floor((self.width_mm - self.margin_mm) * per_mm + 1e-9)
        bottom = math.floor((self.height_mm - self.margin_mm) * per_mm + 1e-9)
        return QRect(left, top, right - left, bottom - top)

    @property
    def offset_dots(self) -> tuple[int, int]:
        return self.dots(self.offset_x_mm), self.dots(self.offset_y_mm)

    def content_area(self) -> QRect:
        """Where the label is drawn, in label dots: inside the printable area both before
        and after the offsets move it, so no offset puts ink outside the printable area."""
        area = self.printable()
        dx, dy = self.offset_dots
        return area.intersected(area.translated(-dx, -dy))


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


# ---------------------------------------------------------------- the layout and its check


def label_font(spec: LabelSpec, height_mm: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(max(6, spec.dots(height_mm)))
    font.setBold(bold)
    return font


def row_height(spec: LabelSpec, height_mm: float) -> int:
    """A text row's height in dots: the font's em plus room for CJK glyphs' descent."""
    return math.ceil(max(6, spec.dots(height_mm)) * 1.25)


NUMBER_MM, NUMBER_MIN_MM = 2.9, 2.2
SIDE_MM = 2.2
ROWS_MM = {"device": (2.7, True), "customer": (2.5, False), "fault": (2.3, False)}
ROW_PRIORITY = ("customer", "device", "fault")  # what a label keeps first when short


@dataclass(frozen=True)
class LabelPlan:
    """Where everything goes, in label dots (before the calibration offsets)."""

    area: QRect
    code: barcode.BarcodeGeometry
    bar_height: int
    number_font: QFont
    number_row: int
    rows: tuple[str, ...]  # which of device, customer, fault are printed, top to bottom


def _number_font(spec: LabelSpec, ticket_no: str, width: int) -> QFont | None:
    ensure_gui_app()
    size = NUMBER_MM
    while size >= NUMBER_MIN_MM - 1e-9:
        font = label_font(spec, size, bold=True)
        if fits(ticket_no, font, width):
            return font
        size -= 0.1
    return None


def plan(spec: LabelSpec, ticket_no: str) -> LabelPlan | None:
    """The label's layout, or None if ``spec`` cannot print a scannable barcode of
    ``ticket_no`` and the whole number inside its printable area."""
    area = spec.content_area()
    module = barcode.min_module_dots(spec.dpi)
    if area.width() <= 0 or area.height() <= 0:
        return None
    try:
        code = barcode.fit(ticket_no, area.width(), max(module, spec.dpi // 100), module)
    except ValueError:
        return None
    font = _number_font(spec, ticket_no, area.width())
    if font is None:
        return None
    number_row = row_height(spec, NUMBER_MM)
    room = area.height() - number_row
    if room < spec.dots(MIN_BAR_MM):
        return None
    chosen: list[str] = []
    for name in ROW_PRIORITY:
        height = sum(row_height(spec, ROWS_MM[n][0]) for n in [*chosen, name])
        if spec.dots(MIN_BAR_MM) + height <= room:
            chosen.append(name)
    used = sum(row_height(spec, ROWS_MM[n][0]) for n in chosen)
    bar_height = min(spec.dots(14.0), room - used)  # what is left: taller scans easier
    rows = tuple(n for n in ROWS_MM if n in chosen)
    return LabelPlan(area, code, bar_height, font, number_row, rows)


def smallest_size(spec: LabelSpec, ticket_no: str) -> tuple[int, int]:
    """The smallest whole-millimetre label (width, height) that works at ``spec``'s dpi,
    printable margin and offsets (width and height are independent of each other)."""

    def works(width: float, height: float) -> bool:
        return plan(replace(spec, width_mm=width, height_mm=height), ticket_no) is not None

    width = next((w for w in range(20, 121) if works(w, 120)), 120)
    height = next((h for h in range(15, 121) if works(120, h)), 120)
    return width, height


def check(spec: LabelSpec, ticket_no: str = REFERENCE_TICKET_NO) -> LabelPlan:
    """The layout of ``spec``; raises ValidationError (offsets, margin, or a label too
    small for a scannable barcode and the whole ticket number: the smallest that works
    is named). Nothing is drawn or saved before this passes."""
    if spec.dpi not in DPIS:
        raise ValidationError("dpi", QT_TRANSLATE_NOOP("errors", "Label dpi: 203 or 300"))
    if not 0 <= spec.margin_mm <= MAX_MARGIN_MM:
        raise ValidationError(
            "margin",
            QT_TRANSLATE_NOOP("errors", "Printable margin: 0 to {max} mm"),
            max=f"{MAX_MARGIN_MM:g}",
        )
    for field, value in (("dx", spec.offset_x_mm), ("dy", spec.offset_y_mm)):
        if not abs(value) <= MAX_OFFSET_MM:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Offset {value} mm: at most {max} mm either way (move the labels in "
                    "the printer if it is further off)",
                ),
                value=f"{value:g}",
                max=f"{MAX_OFFSET_MM:g}",
            )
    found = plan(spec, ticket_no)
    if found is None:
        width, height = smallest_size(spec, ticket_no)
        raise ValidationError(
            "size",
            QT_TRANSLATE_NOOP(
                "errors",
                "Label {size} mm at {dpi} dpi cannot print a scannable barcode and the whole "
                "ticket number inside its printable area; the smallest that works is "
                "{smallest} mm",
            ),
            size=spec.size_text.replace("x", "×"),
            dpi=spec.dpi,
            smallest=f"{width}×{height}",
        )
    return found


# ---------------------------------------------------------------- per-PC settings


def _margin_key(size: str) -> str:
    return f"margin_mm/{size}"


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
    margin = float(settings.value(_margin_key(spec.size_text), DEFAULT_MARGIN_MM))
    settings.endGroup()
    return replace(spec, margin_mm=margin)


def save_spec(
    size: str,
    dpi: int,
    offset_x_mm: float,
    offset_y_mm: float,
    margin_mm: float | None = None,
) -> LabelSpec:
    """Check (``check``: raises ValidationError, nothing saved) and save this PC's set-up.
    ``margin_mm`` None keeps the size's saved printable margin."""
    try:
        width, height = parse_size(size)
    except ValueError:
        raise ValidationError(
            "size",
            QT_TRANSLATE_NOOP("errors", "Label size {size}: use 62x29, 57x32 or WxH in mm"),
            size=size,
        ) from None
    spec = LabelSpec(width, height, int(dpi), float(offset_x_mm), float(offset_y_mm))
    if margin_mm is None:
        margin_mm = saved_spec(spec.size_text, spec.dpi).margin_mm
    spec = replace(spec, margin_mm=float(margin_mm))
    check(spec)
    settings = QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    settings.setValue("size", spec.size_text)
    settings.setValue("dpi", spec.dpi)
    settings.setValue("offset_x_mm", spec.offset_x_mm)
    settings.setValue("offset_y_mm", spec.offset_y_mm)
    settings.setValue(_margin_key(spec.size_text), spec.margin_mm)
    settings.endGroup()
    settings.sync()
    return spec


# ---------------------------------------------------------------- drawing


def text_pad(font: QFont) -> int:
    """Glyphs may reach a little past their advance (side bearings): text keeps this many
    dots clear of each side of its box."""
    return max(1, round(font.pixelSize() * 0.08))


def fits(text: str, font: QFont, width: int) -> bool:
    """Whether ``text`` is drawn whole (not elided) in a box ``width`` dots wide."""
    return QFontMetrics(font).horizontalAdvance(text) + 2 * text_pad(font) <= width


def draw_text(
    painter: QPainter, rect: QRect, text: str, font: QFont, align=Qt.AlignmentFlag.AlignLeft
) -> None:  # type: ignore[no-untyped-def]
    painter.setFont(font)
    pad = text_pad(font)
    rect = rect.adjusted(pad, 0, -pad, 0)
    shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)


def paint_label(painter: QPainter, doc: Document, spec: LabelSpec) -> None:
    """Draw the label with (0, 0) at the label's top-left corner, in printer dots."""
    t = doc.ticket
    layout = check(spec, t.ticket_no)
    area, code = layout.area, layout.code
    painter.save()
    painter.translate(*spec.offset_dots)
    painter.setPen(QColor(0, 0, 0))
    barcode.paint(painter, code, area.left(), area.top(), layout.bar_height)
    number_top = area.top() + layout.bar_height
    # Centred under the bars; the whole area's width if the bars are narrower than it.
    number_width = code.width_dots
    if not fits(t.ticket_no, layout.number_font, number_width):
        number_width = area.width()
    draw_text(
        painter,
        QRect(area.left(), number_top, number_width, layout.number_row),
        t.ticket_no,
        layout.number_font,
        Qt.AlignmentFlag.AlignHCenter,
    )
    # Dates beside the barcode, right of its quiet zone, when they fit there whole.
    side_left = area.left() + code.width_dots
    side_width = area.right() + 1 - side_left
    small = label_font(spec, SIDE_MM)
    received = doc.received_local.strftime("%m-%d")
    promised = doc.promised_local.strftime("%m-%d %H:%M") if doc.promised_local else "—"
    side = [label_text("In") + " " + received, label_text("Due") + " " + promised[:5]]
    if doc.promised_local:
        side.append(promised[6:])
    side_row = row_height(spec, SIDE_MM)
    beside = side_width > 0 and all(fits(text, small, side_width) for text in side)
    beside = beside and len(side) * side_row <= layout.bar_height + layout.number_row
    if beside:
        for index, text in enumerate(side):
            draw_text(
                painter,
                QRect(side_left, area.top() + index * side_row, side_width, side_row),
                text,
                small,
            )
    y = number_top + layout.number_row
    for name in layout.rows:
        size_mm, bold = ROWS_MM[name]
        font = label_font(spec, size_mm, bold)
        row = QRect(area.left(), y, area.width(), row_height(spec, size_mm))
        y += row.height()
        if name == "device":
            draw_text(painter, row, f"{t.device.brand} {t.device.model}".strip(), font)
        elif name == "fault":
            draw_text(painter, row, " ".join(t.fault.split()), font)
        else:  # the masked phone always shows in full; the name gets what room is left
            phone = doc.phone_masked
            if doc.promised_local and not beside:
                phone += "  " + label_text("Due") + " " + doc.promised_local.strftime("%m-%d")
            painter.setFont(font)
            phone_width = min(
                row.width(), painter.fontMetrics().horizontalAdvance(phone) + spec.dots(1)
            )
            draw_text(
                painter,
                QRect(row.right() + 1 - phone_width, row.top(), phone_width, row.height()),
                phone,
                font,
                Qt.AlignmentFlag.AlignRight,
            )
            name_rect = QRect(row.left(), row.top(), row.width() - phone_width, row.height())
            draw_text(painter, name_rect, t.customer.name, font)
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
    """One label (or the calibration page when ``doc`` is None) on a printer, PDF or image.
    Raises ValidationError before drawing anything if the label cannot be printed."""
    ensure_gui_app()
    if doc is not None:
        check(spec, doc.ticket.ticket_no)
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
            from counter_app.printing.calibration import paint_calibration

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
    """The label (or calibration page) as a PDF of exactly the label's size, drawn at the
    printer's dots. Raises ValidationError (nothing written) if it cannot be printed."""
    ensure_gui_app()
    if doc is not None:
        check(spec, doc.ticket.ticket_no)
    pdf = PdfFile(
        Path(path), resolution=spec.dpi, title=doc.ticket.ticket_no if doc else "Calibration"
    )
    paint_on(pdf.writer, spec, doc)
    pdf.save(spec.width_mm, spec.height_mm)
