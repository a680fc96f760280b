"""Round 3 papers: appointment papers are finished like every document (exact A4, text that
copies as printed), and the day sheet never breaks a time or a phone number."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader

from counter_app import i18n
from counter_app.printing import appointment_docs
from counter_app.services.appointments import booking
from counter_app.services.shop import settings
from counter_app.services.tickets import jobs as tickets
from counter_app.timeutil import local_today
from tests.printing.raster import pdf_text, rasterise
from tests.printing.test_documents import collected  # noqa: F401 - a fixture

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
        # As an office printer sees it: all ink inside A4's printable area (10 mm).
        raster = rasterise(path, 300)
        left, top, right, bottom = raster.ink_box()
        assert left >= raster.px(10) - 0.5 and top >= raster.px(10) - 0.5
        assert right + 1 <= raster.px(200) + 0.5 and bottom + 1 <= raster.px(287) + 0.5
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


ENGLISH_DEFAULTS = ("Keep the device dry", "Please back up your data", "Repairs are under warranty")


def test_a_chinese_shops_papers_carry_no_english_default_words(
    db,
    staff,
    collected,  # noqa: F811 - the fixture imported above
    tmp_path,
):
    from counter_app.printing.output import Options, use_shop_language, write_pdf

    no = collected  # 张伟's, deposit by WeChat Pay, the rest in cash; back to default terms:
    default_terms = settings.SPEC_BY_KEY["receipt_terms"].default
    settings.update(db, staff.manager, {"language": "zh_CN", "receipt_terms": default_terms})
    try:
        use_shop_language(db)
        texts = {}
        for kind, paper in (("receipt", "80mm"), ("intake", "80mm"), ("quote", "a4")):
            path = tmp_path / f"{kind}.pdf"
            write_pdf(db, staff.clerk, kind, no, path, Options(paper=paper))
            texts[kind] = pdf_text(path)
        # The shop's own words stay as written, in any language.
        settings.update(db, staff.manager, {"care_instructions": "Keep it dry, please."})
        write_pdf(db, staff.clerk, "receipt", no, tmp_path / "own.pdf", Options(paper="80mm"))
    finally:
        i18n.install("en")
    for text in texts.values():
        assert not [words for words in ENGLISH_DEFAULTS if words in text]
    receipt = texts["receipt"]
    assert "请保持设备干燥" in receipt and "维修在所列期限内保修" in receipt
    assert "请提前备份数据" in texts["intake"]
    # The repair warranty's end once; the payments under their own heading, before the cover.
    until = tickets.detail(db, staff.clerk, no).warranty_until
    assert until is not None and receipt.count(f"{until:%Y-%m-%d}") == 1
    assert receipt.index("已收款项") < receipt.index("已付定金") < receipt.index("保修至")
    # Chinese sentences end with "。", not ".".
    assert "。" in texts["quote"] and not [s for s in texts["quote"].split("。") if s.endswith(".")]
    assert "本人同意上述维修及价格。" in texts["quote"]
    assert "Keep it dry, please." in pdf_text(tmp_path / "own.pdf")


def test_page_two_of_a_long_quote_says_whose_it_is(db, staff, tmp_path):
    from counter_app.printing.output import Options, write_pdf
    from counter_app.services.tickets import quotes, workflow
    from tests.services.helpers import take_in

    settings.update(db, staff.manager, {"store_name": SHOP})
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    for n in range(45):
        quotes.add_line(
            db, staff.technician, no, kind="labour", description=f"Step {n + 1}", price="10"
        )
    path = tmp_path / "quote.pdf"
    write_pdf(db, staff.clerk, "quote", no, path, Options())
    pages = PdfReader(path).pages
    assert len(pages) >= 2
    second = " ".join(pages[1].extract_text().split())
    assert no in second and SHOP in second and f"Page 2 of {len(pages)}" in second
    assert f"Page 1 of {len(pages)}" in " ".join(pages[0].extract_text().split())


@pytest.mark.parametrize("size", ["0x0", "10x5", "1000x1000", "-5x20", "abc"])
def test_a_label_size_out_of_range_names_the_range_and_the_smallest(size):
    from counter_app.errors import ValidationError
    from counter_app.printing import label

    with pytest.raises(ValidationError) as refused:
        label.parse_size(size, 203)
    message = refused.value.message
    assert "width 20–120 and height 15–120" in message
    assert "the smallest that works is 45×15 mm" in message


def test_a_100x50_label_uses_its_room(db, staff, tmp_path):
    from counter_app.printing import label
    from counter_app.printing.documents import build
    from tests.printing.raster import measure, rasterise
    from tests.services.helpers import take_in

    doc = build(db, staff.clerk, "label", take_in(db, staff.clerk))
    spec = label.LabelSpec(100, 50, 203)
    label.to_pdf(tmp_path / "big.pdf", spec, doc)
    raster = rasterise(tmp_path / "big.pdf", 203)
    bottom = raster.ink_box()[3]
    blank_mm = (spec.printable().bottom() - bottom) * 25.4 / 203
    assert blank_mm < 5.0  # not 21.6 mm of bare label
    [code] = raster.barcodes()
    bars = measure(raster, code)
    assert bars.module >= 3 and bars.whole_modules and bars.pattern_matches
    small = label.check(label.LabelSpec(62, 29, 203))
    assert small.scale == 1.0 and label.check(spec).scale > 1.5
