"""The job label for the device bag: a QPainter routine in exact millimetres and dots.

Sizes: 62×29 mm and 57×32 mm thermal labels or a custom size; 180, 203, 300 or 600 dpi.
All ink lands inside the label's printable area (by default 1.5 mm in from every edge, a
per-PC setting for each label size) once the calibration offsets have undone the printer's
own error, either way, and is never drawn off the page. The barcode's
narrow bar is at least 2 dots at 203 dpi and 3 at 300 dpi, with its quiet zones, and the
ticket number is printed whole: a size, dpi or offset that cannot do that is refused up
front (``check``), naming the smallest label that works. Other text is elided to its box
and rows that do not fit are left out, least useful first, so nothing overlaps.
Per-PC set-up (size, dpi, offsets, printable margin) lives in QSettings.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSizeF, Qt
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

from counter_app import pc_settings
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.printing import barcode
from counter_app.printing.documents import Document
from counter_app.printing.qt import ensure_gui_app
from counter_app.printing.receipt_printer import DPIS, dpi_choices
from counter_app.printing.render import FONT_FAMILIES, finished_pdf

PRESETS = {"62x29": (62.0, 29.0), "57x32": (57.0, 32.0)}
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
        """Where the label is drawn, in label dots before the offsets: inside the printable
        area of the label itself, and on the page once the offsets move it. The offsets
        undo the printer's own error (it prints ``-offset`` away from where it is told),
        so ink drawn at ``content + offset`` lands at ``content`` on the label: a negative
        offset moves the label left/up exactly as a positive one moves it right/down."""
        dx, dy = self.offset_dots
        page = QRect(0, 0, *self.size_dots)
        return self.printable().intersected(page.translated(-dx, -dy))


def offset_text(mm: float) -> str:
    """An offset as set, signed, to the hundredth of a millimetre: +1.5, -1.25, +0.0."""
    text = f"{mm:+.2f}"
    return text[:-1] if text.endswith("0") else text


MIN_WIDTH_MM, MAX_WIDTH_MM = 20, 120
MIN_HEIGHT_MM, MAX_HEIGHT_MM = 15, 120


def parse_size(text: str, dpi: int = 203) -> tuple[float, float]:
    """'62x29' -> (62.0, 29.0); a custom 'WxH' in mm, width 20-120 and height 15-120.
    Raises ValidationError naming the accepted range and the smallest label that works at
    ``dpi`` with the default margin."""
    if text in PRESETS:
        return PRESETS[text]
    try:
        width, height = (float(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        width = height = math.nan
    if not (MIN_WIDTH_MM <= width <= MAX_WIDTH_MM and MIN_HEIGHT_MM <= height <= MAX_HEIGHT_MM):
        smallest = smallest_size(LabelSpec(dpi=dpi if dpi in DPIS else 203), REFERENCE_TICKET_NO)
        raise ValidationError(
            "size",
            QT_TRANSLATE_NOOP(
                "errors",
                "Label size {size}: use 62x29, 57x32 or WxH in mm, width {min_width}–"
                "{max_width} and height {min_height}–{max_height}; the smallest that works "
                "is {smallest} mm",
            ),
            size=text,
            min_width=MIN_WIDTH_MM,
            max_width=MAX_WIDTH_MM,
            min_height=MIN_HEIGHT_MM,
            max_height=MAX_HEIGHT_MM,
            smallest=f"{smallest[0]}×{smallest[1]}",
        )
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
    scale: float = 1.0  # text and bars grow on labels larger than 62×29 (100×50: ×1.6)


def _number_font(spec: LabelSpec, ticket_no: str, width: int, scale: float = 1.0) -> QFont | None:
    ensure_gui_app()
    size = NUMBER_MM * scale
    while size >= NUMBER_MIN_MM - 1e-9:
        font = label_font(spec, size, bold=True)
        if fits(ticket_no, font, width):
            return font
        size -= 0.1
    return None


# The printable area of a 62×29 label: a larger label scales its text and bars up from it.
REFERENCE_AREA_MM = (62.0 - 2 * DEFAULT_MARGIN_MM, 29.0 - 2 * DEFAULT_MARGIN_MM)
MAX_SCALE = 2.0


def scale_of(spec: LabelSpec) -> float:
    """How much larger than a 62×29 label's this label's text and bars are drawn: by the
    smaller of the two ratios of printable areas, in tenths, from 1 (never smaller)."""
    area = spec.content_area()
    ratio = min(
        area.width() / spec.dots(REFERENCE_AREA_MM[0]),
        area.height() / spec.dots(REFERENCE_AREA_MM[1]),
    )
    return min(MAX_SCALE, max(1.0, math.floor(ratio * 10 + 1e-9) / 10))


def plan(spec: LabelSpec, ticket_no: str) -> LabelPlan | None:
    """The label's layout, or None if ``spec`` cannot print a scannable barcode of
    ``ticket_no`` and the whole number inside its printable area."""
    area = spec.content_area()
    module = barcode.min_module_dots(spec.dpi)
    if area.width() <= 0 or area.height() <= 0:
        return None
    scale = scale_of(spec)
    widest = max(module, round(max(module, spec.dpi // 100) * scale))
    try:
        code = barcode.fit(ticket_no, area.width(), widest, module)
    except ValueError:
        return None
    font = _number_font(spec, ticket_no, area.width(), scale)
    if font is None:
        return None
    number_row = row_height(spec, NUMBER_MM * scale)
    room = area.height() - number_row
    if room < spec.dots(MIN_BAR_MM):
        return None
    chosen: list[str] = []
    for name in ROW_PRIORITY:
        height = sum(row_height(spec, ROWS_MM[n][0] * scale) for n in [*chosen, name])
        if spec.dots(MIN_BAR_MM) + height <= room:
            chosen.append(name)
    used = sum(row_height(spec, ROWS_MM[n][0] * scale) for n in chosen)
    bar_height = min(spec.dots(14.0 * scale), room - used)  # what is left: taller scans easier
    rows = tuple(n for n in ROWS_MM if n in chosen)
    return LabelPlan(area, code, bar_height, font, number_row, rows, scale)


def smallest_size(spec: LabelSpec, ticket_no: str) -> tuple[int, int]:
    """The smallest whole-millimetre label (width, height) that works at ``spec``'s dpi,
    printable margin and offsets (width and height are independent of each other)."""

    def works(width: float, height: float) -> bool:
        return plan(replace(spec, width_mm=width, height_mm=height), ticket_no) is not None

    top_w, top_h = MAX_WIDTH_MM, MAX_HEIGHT_MM
    width = next((w for w in range(MIN_WIDTH_MM, top_w + 1) if works(w, top_h)), top_w)
    height = next((h for h in range(MIN_HEIGHT_MM, top_h + 1) if works(top_w, h)), top_h)
    return width, height


def check(spec: LabelSpec, ticket_no: str = REFERENCE_TICKET_NO) -> LabelPlan:
    """The layout of ``spec``; raises ValidationError (offsets, margin, or a label too
    small for a scannable barcode and the whole ticket number: the smallest that works
    is named). Nothing is drawn or saved before this passes."""
    if spec.dpi not in DPIS:
        raise ValidationError(
            "dpi", QT_TRANSLATE_NOOP("errors", "Printer dpi: {dpis}"), dpis=dpi_choices()
        )
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


def saved_spec(size: str | None = None, dpi: int | None = None) -> LabelSpec:
    """This PC's label printer set-up (QSettings), with ``size``/``dpi`` overriding."""
    width, height = parse_size(size or pc_settings.read(pc_settings.LABEL_SIZE))
    spec = LabelSpec(
        width_mm=width,
        height_mm=height,
        dpi=int(dpi or pc_settings.read(pc_settings.LABEL_DPI)),
        offset_x_mm=pc_settings.read(pc_settings.LABEL_OFFSET_X),
        offset_y_mm=pc_settings.read(pc_settings.LABEL_OFFSET_Y),
    )
    margin = pc_settings.read(pc_settings.LABEL_MARGIN, size=spec.size_text)
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
    width, height = parse_size(size, int(dpi))
    spec = LabelSpec(width, height, int(dpi), float(offset_x_mm), float(offset_y_mm))
    if margin_mm is None:
        margin_mm = saved_spec(spec.size_text, spec.dpi).margin_mm
    spec = replace(spec, margin_mm=float(margin_mm))
    check(spec)
    pc_settings.write(pc_settings.LABEL_SIZE, spec.size_text)
    pc_settings.write(pc_settings.LABEL_DPI, spec.dpi)
    pc_settings.write(pc_settings.LABEL_OFFSET_X, spec.offset_x_mm)
    pc_settings.write(pc_settings.LABEL_OFFSET_Y, spec.offset_y_mm)
    pc_settings.write(pc_settings.LABEL_MARGIN, spec.margin_mm, size=spec.size_text)
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
    small = label_font(spec, SIDE_MM * layout.scale)
    received = doc.received_local.strftime("%m-%d")
    promised = doc.promised_local.strftime("%m-%d %H:%M") if doc.promised_local else "—"
    side = [label_text("In") + " " + received, label_text("Due") + " " + promised[:5]]
    if doc.promised_local:
        side.append(promised[6:])
    side_row = row_height(spec, SIDE_MM * layout.scale)
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
        size_mm *= layout.scale
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


def paint_on(device: QPagedPaintDevice | QImage, spec: LabelSpec, doc: Document) -> None:
    """One label on a printer, PDF or image. Raises ValidationError before drawing
    anything if the label cannot be printed."""
    check(spec, doc.ticket.ticket_no)
    paint_with(device, spec, lambda painter: paint_label(painter, doc, spec))


def paint_with(
    device: QPagedPaintDevice | QImage, spec: LabelSpec, routine: Callable[[QPainter], None]
) -> None:
    """Run ``routine`` with a painter in label dots on a label-sized page of ``device``
    (the label, or the calibration page: ``calibration`` calls this)."""
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
        routine(painter)
    finally:
        painter.end()


def image_with(spec: LabelSpec, routine: Callable[[QPainter], None]) -> QImage:
    width, height = spec.size_dots
    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.setDotsPerMeterX(round(spec.dpi / 0.0254))
    img.setDotsPerMeterY(round(spec.dpi / 0.0254))
    img.fill(QColor(255, 255, 255))
    paint_with(img, spec, routine)
    return img


def to_image(spec: LabelSpec, doc: Document) -> QImage:
    check(spec, doc.ticket.ticket_no)
    return image_with(spec, lambda painter: paint_label(painter, doc, spec))


def pdf_with(path: Path, spec: LabelSpec, title: str, routine: Callable[[QPainter], None]) -> None:
    """A PDF of exactly the label's size, drawn by ``routine`` at the printer's dots."""
    finished_pdf(
        Path(path), label_layout(spec), spec.dpi, title, lambda w: paint_with(w, spec, routine)
    )


def to_pdf(path: Path, spec: LabelSpec, doc: Document) -> None:
    """The label as a PDF of exactly the label's size, drawn at the printer's dots.
    Raises ValidationError (nothing written) if it cannot be printed."""
    ensure_gui_app()
    check(spec, doc.ticket.ticket_no)
    pdf_with(path, spec, doc.ticket.ticket_no, lambda painter: paint_label(painter, doc, spec))
