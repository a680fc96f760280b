"""Every document kind as the printer sees it, at 203 and 300 dpi: each barcode decodes and
its bars are whole dots (narrow bar >= 2 / 3 dots), no ink outside the printable area, no
grey on roll and label paper, the page is exactly its paper, and the text copies back
exactly as printed (Chinese names, shop and fault; Latin ligatures)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from counter_app.printing import calibration, label, report_doc
from counter_app.printing.output import PRINTABLE_MARGIN_MM, ROLL_WIDTH_MM, Options
from counter_app.printing.output import write_pdf as write_document
from counter_app.services.money import payments
from counter_app.services.reporting import reports
from counter_app.services.shop import settings
from counter_app.services.tickets import quotes
from counter_app.timeutil import to_local
from tests.printing.raster import measure, pdf_text, rasterise
from tests.services.helpers import take_in, to_awaiting_approval

SHOP = "华强手机维修中心"
CUSTOMER = "陳大文"
FAULT = "手机进水 心大文一 office fine"  # 手 心 大 文 一 share glyphs with Kangxi radicals
ROLL, A4 = PRINTABLE_MARGIN_MM["80mm"], PRINTABLE_MARGIN_MM["a4"]

# (name, kind, options, paper width mm or None for the label's, printable margin mm, roll)
DOCUMENTS = [
    ("label-62x29", "label", Options(size="62x29"), 62.0, label.DEFAULT_MARGIN_MM, True),
    ("label-57x32", "label", Options(size="57x32"), 57.0, label.DEFAULT_MARGIN_MM, True),
    ("calibration", "calibration", Options(size="62x29"), 62.0, label.DEFAULT_MARGIN_MM, True),
    ("intake-80mm", "intake", Options(paper="80mm"), ROLL_WIDTH_MM, ROLL, True),
    ("intake-a4", "intake", Options(paper="a4"), 210.0, A4, False),
    ("quote-a4", "quote", Options(), 210.0, A4, False),
    ("receipt-80mm", "receipt", Options(paper="80mm"), ROLL_WIDTH_MM, ROLL, True),
    ("receipt-a4", "receipt", Options(paper="a4"), 210.0, A4, False),
    ("daily-report", "daily", Options(), 210.0, A4, False),
    ("monthly-report", "monthly", Options(), 210.0, A4, False),
]


@pytest.fixture
def paid_ticket(db, staff):
    """陳大文's phone at 华强手机维修中心: quoted, approved, half paid."""
    settings.update(db, staff.manager, {"store_name": SHOP})
    no = take_in(db, staff.clerk, name=CUSTOMER, fault=FAULT)
    to_awaiting_approval(db, staff.technician, no, "450.00")
    quotes.decide(db, staff.clerk, no, True, "in_person")
    payments.pay(db, staff.clerk, no, "200", "wechat_pay")
    return no


def _write(db, staff, kind: str, no: str, options: Options, dpi: int, path: Path) -> None:
    if kind == "calibration":
        spec = label.LabelSpec(*label.parse_size(options.size or "62x29"), dpi)
        calibration.to_pdf(path, spec)
    elif kind == "daily":
        report_doc.write_pdf(reports.daily(db, staff.manager), path)
    elif kind == "monthly":
        today = date.today()
        report_doc.write_pdf(reports.monthly(db, staff.manager, today.year, today.month), path)
    else:
        options = Options(options.size, dpi, options.paper)
        write_document(db, staff.clerk, kind, no, path, options)


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize(
    ("name", "kind", "options", "width_mm", "margin_mm", "thermal"),
    DOCUMENTS,
    ids=[d[0] for d in DOCUMENTS],
)
def test_document_as_the_printer_sees_it(
    db, staff, paid_ticket, tmp_path, name, kind, options, width_mm, margin_mm, thermal, dpi
):
    path = tmp_path / f"{name}.pdf"
    _write(db, staff, kind, paid_ticket, options, dpi, path)
    box = PdfReader(path).pages[0].mediabox
    page_width_mm = float(box.width) * 25.4 / 72
    page_height_mm = float(box.height) * 25.4 / 72
    assert page_width_mm == pytest.approx(width_mm, abs=0.001)  # 80.00 mm, not 80.08
    if kind in ("label", "calibration"):
        assert page_height_mm == pytest.approx(label.parse_size(options.size)[1], abs=0.001)
    elif width_mm == 210.0:
        assert page_height_mm == pytest.approx(297.0, abs=0.001)

    mono = rasterise(path, dpi)
    assert abs(mono.width - mono.px(page_width_mm)) < 1

    # Every barcode decodes, and is drawn on whole dots with a wide enough narrow bar.
    found = mono.barcodes()
    expected = [] if kind in ("calibration", "daily", "monthly") else [paid_ticket]
    assert [code.text for code in found] == expected
    for code in found:
        bars = measure(mono, code)
        assert bars.module >= (2 if dpi == 203 else 3)
        assert bars.whole_modules and bars.pattern_matches
        smudged = mono.blurred_around(code, radius=2 if dpi == 300 else 1)
        assert [c.text for c in smudged.barcodes()] == [paid_ticket]

    # No ink outside the printable area (left, right, top; bottom for fixed-size pages).
    left, top, right, bottom = mono.ink_box()
    assert left >= mono.px(margin_mm) - 0.5, f"ink {left / mono.px(1):.2f} mm from the left"
    assert right + 1 <= mono.px(page_width_mm - margin_mm) + 0.5
    assert top >= mono.px(margin_mm) - 0.5
    assert bottom + 1 <= mono.px(page_height_mm - margin_mm) + 0.5

    # Thermal paper: black only (grey text would come out as a half-dotted pattern).
    if thermal:
        assert rasterise(path, dpi, mono=False).grey_pixels() == 0

    # The text copies back exactly as printed (no ⼿ ⼤ ⽂ radicals, no ﬁ ligatures).
    text = pdf_text(path)
    assert not [ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF or 0xFB00 <= ord(ch) <= 0xFB4F]
    if kind in ("intake", "quote", "receipt"):
        for printed in (CUSTOMER, SHOP, "Identifier"):
            assert printed in text
        assert kind == "receipt" or FAULT in text
    elif kind == "label":
        assert CUSTOMER in text and paid_ticket in text and "138****5678" in text
    elif kind == "calibration":
        assert "Offset right = 1.5 − left gap" in text
    else:  # the reports
        assert SHOP in text


def test_quote_validity_counts_from_when_the_quote_was_sent(db, staff, tmp_path):
    from counter_app.printing.documents import build

    settings.update(db, staff.manager, {"quote_valid_days": "7"})
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, "120.00")
    sent = build(db, staff.clerk, "quote", no).ticket.quotes[-1].created_at
    sent_day = to_local(sent, settings.get_all(db).time_zone).date()
    reprint = build(db, staff.clerk, "quote", no, now=sent + timedelta(days=30))
    assert reprint.printed_local.date() > sent_day
    assert reprint.quote_valid_until == date.fromordinal(sent_day.toordinal() + 7)
    path = tmp_path / "quote.pdf"
    write_document(db, staff.clerk, "quote", no, path)
    assert f"valid until {reprint.quote_valid_until:%Y-%m-%d}" in pdf_text(path)


def test_daily_report_says_none_for_an_empty_comebacks_table(db, staff, tmp_path):
    path = tmp_path / "daily.pdf"
    report = reports.daily(db, staff.manager)
    assert report.comebacks == ()
    report_doc.write_pdf(report, path)
    text = pdf_text(path)
    assert "Comebacks Ticket Earlier ticket Device Fault None" in text
