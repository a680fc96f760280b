"""The PDF finishing step on its own: which characters a ToUnicode map gets back, and that a
Chinese receipt's text and the page's ink survive it unchanged."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from counter_app.printing.pdf_finish import POINTS_PER_MM, mend_to_unicode, printed_text


def test_radicals_and_ligatures_become_what_was_printed_punctuation_stays():
    assert printed_text("华强⼿机维修中⼼ 陳⼤⽂ ⼀") == "华强手机维修中心 陳大文 一"
    assert printed_text("Identiﬁer oﬃce") == "Identifier office"
    # Full-width punctuation and digits are what a Chinese shop types: never "normalised".
    assert printed_text("（保修）：１２３，") == "（保修）：１２３，"


def test_only_destinations_change_never_glyph_codes():
    cmap = (
        b"2 beginbfchar\n<2F3F> <2F3F>\n<0005> <FB01>\nendbfchar\n"
        b"2 beginbfrange\n<0000> <0000> <0000>\n"
        b"<0001> <0004> [<534E> <5F3A> <2F3F> <FF08>]\nendbfrange\n"
    )
    assert mend_to_unicode(cmap) == (
        b"2 beginbfchar\n<2F3F> <624B>\n<0005> <00660069>\nendbfchar\n"
        b"2 beginbfrange\n<0000> <0000> <0000>\n"
        b"<0001> <0004> [<534E> <5F3A> <624B> <FF08>]\nendbfrange\n"
    )


def test_a_qt_pdf_gets_its_exact_size_and_text_without_its_ink_moving(tmp_path):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QFont, QPainter, QPdfWriter

    from counter_app.printing.label import LabelSpec, label_layout
    from counter_app.printing.pdf_finish import finish_pdf
    from counter_app.printing.render import FONT_FAMILIES
    from tests.printing.raster import pdf_text, rasterise

    path = tmp_path / "page.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(203)
    writer.setPageLayout(label_layout(LabelSpec(57, 32, 203)))
    painter = QPainter(writer)
    painter.fillRect(QRect(40, 30, 100, 2), QColor(0, 0, 0))  # 2 dots high, 30 dots down
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(24)
    painter.setFont(font)
    painter.drawText(QRect(40, 100, 400, 60), 0, "华强手机维修中心 陳大文 Identifier")
    painter.end()
    del writer
    assert "⼿" in pdf_text(path)  # what Qt alone writes: the Kangxi radical for 手
    written = path.read_bytes()

    finish_pdf(path, 57, 32)
    assert pdf_text(path) == "华强手机维修中心 陳大文 Identifier"
    finished = path.read_bytes()
    assert finished.startswith(written) and len(finished) > len(written)  # appended only
    box = PdfReader(path).pages[0].mediabox
    size = (float(box.width) / POINTS_PER_MM, float(box.height) / POINTS_PER_MM)
    assert size == pytest.approx((57, 32), abs=1e-5) and float(box.left) == 0
    raster = rasterise(path, 203)
    assert (raster.width, raster.height) == (456, 256)  # 57 × 32 mm at 203 dpi
    dark_rows = [y for y, row in enumerate(raster.rows[:90]) if row[60] < 128]
    assert dark_rows == [30, 31]  # still exactly where it was drawn from the top


def test_a_pdf_not_written_by_qt_is_left_as_it_was(tmp_path, caplog):
    from counter_app.printing.pdf_finish import finish_pdf

    path = tmp_path / "other.pdf"
    original = b"%PDF-1.5\n1 0 obj\n<< /Type /XRef >>\nstartxref\n9\n%%EOF\n"
    path.write_bytes(original)
    finish_pdf(path, 80, 100)
    assert path.read_bytes() == original
    assert "left as Qt wrote it" in caplog.text
