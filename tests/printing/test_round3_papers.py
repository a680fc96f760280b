"""Round 3 papers: appointment papers are finished like every document (exact A4, text that
copies as printed), and the day sheet never breaks a time or a phone number."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader

from counter_app import i18n
from counter_app.printing import appointment_docs
from counter_app.services.appointments import booking
from counter_app.services.shop import settings
from counter_app.timeutil import local_today
from tests.printing.raster import pdf_text

SHOP = "华强手机维修中心"
TZ = "Asia/Shanghai"


def _page_mm(path) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    box = PdfReader(path).pages[0].mediabox
    return float(box.width) * 25.4 / 72, float(box.height) * 25.4 / 72


def test_appointment_papers_are_a4_and_copy_back_as_printed(db, staff, tmp_path):
    settings.update(db, staff.manager, {"store_name": SHOP, "language": "zh_CN"})
    day = local_today(TZ) + timedelta(days=2)
    for hour, phone in ((10, "13912345678"), (14, "13700001111")):
        booking.add(
            db,
            staff.clerk,
            booking.AppointmentData(
                name="陳大文",
                phone=phone,
                kind="onsite",
                at=f"{day.isoformat()} {hour:02d}:00",
                minutes=90,
                address="上海市徐汇区漕溪北路88号 客户家中",
                engineer="li",
                fault="手机进水 黄色 马龙 长门车见",
            ),
        )
    service, sheet = tmp_path / "service.pdf", tmp_path / "day.pdf"
    try:
        i18n.install("zh_CN")
        appointment_docs.service_sheet_pdf(db, staff.clerk, 1, service)
        appointment_docs.day_sheet_pdf(db, "li", day, sheet)
    finally:
        i18n.install("en")
    for path in (service, sheet):
        width, height = _page_mm(path)
        assert abs(width - 210.0) < 0.001 and abs(height - 297.0) < 0.001
        text = pdf_text(path)
        assert SHOP in text and "陳大文" in text
        assert "手机进水 黄色 马龙 长门车见" in text
        assert not [ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF]
    day_text = pdf_text(sheet)
    # Each time span and each phone number on one line, whole.
    assert "10:00–11:30" in day_text and "14:00–15:30" in day_text
    assert "139 1234 5678" in day_text or "13912345678" in day_text
    assert "137 0000 1111" in day_text or "13700001111" in day_text


def _gb2312_level1() -> str:
    chars = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the 5 empty cells at the end of row 55
    return "".join(chars)


def _big5_common() -> str:
    """Big5's frequently used characters (常用字, 0xA440-0xC67E)."""
    chars = []
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if (lead, trail) > (0xC6, 0x7E):
                break
            try:
                chars.append(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return "".join(chars)


def test_gb2312_level1_and_common_big5_copy_back_in_full(tmp_path):
    from counter_app.printing.render import A4, html_to_pdf, page_layout

    level1, big5 = _gb2312_level1(), _big5_common()
    assert len(level1) == 3755 and len(big5) == 5401
    for name, chars in (("gb2312", level1), ("big5", big5)):
        lines = "<br>".join(chars[i : i + 40] for i in range(0, len(chars), 40))
        path = tmp_path / f"{name}.pdf"
        # One page as long as the text (a line across a page break is in both pages' text).
        html = f"<html><body><p>{lines}</p></body></html>"
        html_to_pdf(html, path, page_layout(*A4), roll=True)
        copied = "".join(pdf_text(path).split())
        wrong = [(a, b) for a, b in zip(chars, copied, strict=False) if a != b]
        assert len(copied) == len(chars) and not wrong, wrong[:20]
