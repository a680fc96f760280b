"""Every document rendered to PDF and read back as a customer or a scanner would."""

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtGui import QImage

from counter_app.printing import label
from counter_app.printing.output import Options, write_pdf
from counter_app.services.money import payments
from counter_app.services.shop import settings
from counter_app.services.tickets import quotes, workflow
from tests.services.helpers import take_in, to_awaiting_approval

MM_PER_POINT = 25.4 / 72


@pytest.fixture
def collected(db, staff):
    """张伟's phone: screen replaced for 450.00, 100 deposit by WeChat Pay, rest in cash."""
    settings.update(
        db, staff.manager, {"store_name": "华强手机维修中心", "receipt_terms": "保修期内免费维修"}
    )
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, "450.00")
    payments.pay(db, staff.clerk, no, "100", "wechat_pay")
    quotes.decide(db, staff.clerk, no, True, "in_person")
    workflow.change_status(db, staff.technician, no, "quality_check")
    workflow.change_status(db, staff.technician, no, "ready")
    payments.pay(db, staff.clerk, no, "350", "cash", tendered="400")
    workflow.change_status(db, staff.clerk, no, "collected")
    return no


def pdf_text(path: Path) -> str:
    """The PDF's text with runs of white space (pypdf puts tabs between words) as one space,
    exactly as copied: no normalising (手 must not come back as the radical ⼿)."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def page_size_mm(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width) * MM_PER_POINT, float(box.height) * MM_PER_POINT


@pytest.mark.parametrize("size", ["62x29", "57x32"])
def test_label_pdf_is_the_label_size_and_its_barcode_scans_at_203_dpi(db, staff, tmp_path, size):
    no = take_in(db, staff.clerk, name="欧阳娜娜" * 6, model="iPhone 15 Pro Max Ultra Edition")
    path = tmp_path / "label.pdf"
    write_pdf(db, staff.clerk, "label", no, path, Options(size=size, dpi=203))
    width, height = page_size_mm(path)
    expected = label.parse_size(size)
    assert width == pytest.approx(expected[0], abs=0.001)  # exactly the label, to a micron
    assert height == pytest.approx(expected[1], abs=0.001)
    subprocess.run(
        ["pdftoppm", "-r", "203", "-png", "-singlefile", str(path), str(tmp_path / "l")], check=True
    )
    image = QImage(str(tmp_path / "l.png"))
    assert abs(image.width() - round(expected[0] * 203 / 25.4)) <= 1
    found = zxingcpp.read_barcodes(image)
    assert [b.text for b in found] == [no]
    assert found[0].format == zxingcpp.BarcodeFormat.Code128
    text = pdf_text(path)
    assert "138****5678" in text and "13812345678" not in text
    assert "欧阳娜娜" in text and "欧阳娜娜" * 6 not in text  # shortened (elided), not overflowing
    assert "…" in text  # the ellipsis marks what was shortened


@pytest.mark.parametrize("dpi", [203, 300])
def test_label_modules_land_on_whole_dots_with_quiet_zones(db, staff, dpi):
    from counter_app.printing.documents import build

    no = take_in(db, staff.clerk)
    spec = label.LabelSpec(62, 29, dpi)
    image = label.to_image(spec, build(db, staff.clerk, "label", no))
    from counter_app.printing.barcode import modules

    full_row = [image.pixelColor(x, spec.dots(5)).lightness() < 128 for x in range(image.width())]
    first_bar = full_row.index(True)
    assert first_bar >= spec.dots(1.5) + 10 * 2  # margin + a quiet zone of >= 10 modules
    pattern = modules(no)
    module = next(n for n in range(1, 10) if not full_row[first_bar + n])  # first bar: 2 modules
    module //= 2 if pattern.startswith("11") else 1
    end = first_bar + len(pattern) * module
    row = full_row[first_bar:end]
    assert not any(full_row[end : end + 10 * module])  # quiet zone after the last bar
    runs, current, length = [], row[0], 0
    for dark in row:
        if dark == current:
            length += 1
        else:
            runs.append((current, length))
            current, length = dark, 1
    runs.append((current, length))
    widths = [n for _, n in runs]
    assert all(n % module == 0 for n in widths)  # bars and spaces: whole modules of whole dots
    assert "".join(("1" if dark else "0") * (n // module) for dark, n in runs) == pattern
    assert zxingcpp.read_barcodes(image)[0].text == no


def test_receipt_shows_amounts_methods_change_and_warranty_end(db, staff, collected, tmp_path):
    from counter_app.services.tickets import jobs as tickets

    path = tmp_path / "receipt.pdf"
    write_pdf(db, staff.clerk, "receipt", collected, path, Options(paper="80mm"))
    text = pdf_text(path)
    detail = tickets.detail(db, staff.clerk, collected)
    assert "张伟" in text and "华强手机维修中心" in text and "保修期内免费维修" in text
    for amount in ("450.00", "100.00", "350.00", "50.00"):  # total, WeChat, cash, change
        assert amount in text
    assert "WeChat Pay" in text and "Cash" in text
    assert detail.warranty_until.isoformat() in text
    assert page_size_mm(path)[0] == pytest.approx(80, abs=0.1)
    a4 = tmp_path / "receipt-a4.pdf"
    write_pdf(db, staff.clerk, "receipt", collected, a4, Options(paper="a4"))
    assert page_size_mm(a4) == pytest.approx((210, 297), abs=0.2)


def test_quote_shows_lines_total_warranty_and_consent(db, staff, tmp_path):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, "388.50")
    quotes.set_warranty(db, staff.technician, no, "paid", "Liquid damage: not covered")
    path = tmp_path / "quote.pdf"
    write_pdf(db, staff.clerk, "quote", no, path)
    text = pdf_text(path)
    assert "388.50" in text and "Replace screen" in text and "张伟" in text
    assert "Liquid damage: not covered" in text
    assert "valid until" in text and "signature" in text


def test_intake_slip_lists_condition_accessories_terms(db, staff, tmp_path):
    from counter_app.services.tickets import intake

    no = intake.take_in(
        db,
        staff.clerk,
        intake.IntakeData(
            name="张伟",
            phone="13812345678",
            brand="Huawei",
            model="P60",
            imei="490154203237518",
            fault="屏幕碎裂",
            accessories="手机壳, SIM tray",
            condition={"screen": "cracked", "back": "ok"},
        ),
    ).ticket_no
    path = tmp_path / "slip.pdf"
    write_pdf(db, staff.clerk, "intake", no, path, Options(paper="a4"))
    text = pdf_text(path)
    assert "490154203237518" in text and "屏幕碎裂" in text and "手机壳" in text
    assert "Cracked" in text and "signature" in text  # the condition by name, not its code


def test_receipt_without_payments_is_refused(db, staff, tmp_path):
    from counter_app.errors import ValidationError

    no = take_in(db, staff.clerk)
    with pytest.raises(ValidationError) as info:
        write_pdf(db, staff.clerk, "receipt", no, tmp_path / "r.pdf")
    assert "no payments" in info.value.message
    assert not (tmp_path / "r.pdf").exists()


def test_print_from_the_cli_and_its_errors(cli, tmp_path):
    no = cli(
        "intake",
        "--name",
        "张伟",
        "--phone",
        "13812345678",
        "--brand",
        "Apple",
        "--model",
        "iPhone 13",
        "--imei",
        "490154203237518",
        "--fault",
        "x",
    ).stdout.strip()
    ok = cli("print", "label", no, "--pdf", str(tmp_path / "l.pdf"), "--size", "57x32", "--json")
    assert ok.returncode == 0, ok.stderr
    assert ok.json()["ticket_no"] == no and (tmp_path / "l.pdf").stat().st_size > 500
    unknown = cli("print", "label", "T000000-001", "--pdf", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 2 and "No ticket" in unknown.stderr
    no_receipt = cli("print", "receipt", no, "--pdf", str(tmp_path / "r.pdf"))
    assert no_receipt.returncode == 2 and "no payments" in no_receipt.stderr
    unwritable = cli("print", "label", no, "--pdf", str(tmp_path / "missing" / "l.pdf"))
    assert unwritable.returncode == 1 and "No such folder" in unwritable.stderr
    assert len(unwritable.stderr.strip().splitlines()) == 1
    calibration = cli("print", "calibration", "--pdf", str(tmp_path / "c.pdf"))
    assert calibration.returncode == 0 and "Calibration" in pdf_text(tmp_path / "c.pdf")


def test_calibration_offsets_move_every_label(db, staff):
    from counter_app.printing.documents import build

    doc = build(db, staff.clerk, "label", take_in(db, staff.clerk))
    plain = label.to_image(label.LabelSpec(62, 29, 203), doc)
    shifted = label.to_image(label.LabelSpec(62, 29, 203, offset_x_mm=2.0), doc)

    def first_dark_column(image: QImage) -> int:
        y = 40
        return next(x for x in range(image.width()) if image.pixelColor(x, y).lightness() < 128)

    assert first_dark_column(shifted) - first_dark_column(plain) == label.LabelSpec().dots(2.0)


def test_chinese_shop_prints_chinese_documents(db, staff, collected, tmp_path):
    from counter_app import i18n

    try:
        i18n.install("zh_CN")
        path = tmp_path / "receipt-zh.pdf"
        write_pdf(db, staff.clerk, "receipt", collected, path, Options(paper="80mm"))
    finally:
        i18n.install("en")
    text = pdf_text(path)
    # The repair warranty's end once, in the hand-over's "covered until" (保修至 … 本店维修).
    for words in ("收据", "合计", "微信支付", "现金", "找零", "保修至", "本店维修", "张伟"):
        assert words in text
    assert "450.00" in text and "138****5678" in text
