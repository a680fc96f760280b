"""This PC's label set-up: sizes and dpi that cannot print a scannable label are refused up
front (at the boundary, naming the smallest that works, nothing written), offsets are
bounded and never push ink outside the printable area, the CLI shows and sets them, the GUI
says so before saving, and labels and the calibration page speak the shop's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from counter_app.errors import ValidationError
from counter_app.printing import calibration, label
from counter_app.printing.documents import build
from tests.printing.raster import measure, pdf_text, rasterise
from tests.services.helpers import take_in


@pytest.fixture(autouse=True)
def fresh_label_setup():
    """Every test starts from this PC's defaults and leaves them so."""
    settings = QSettings()
    settings.remove("labels")  # the group of pc_settings.LABEL_SIZE
    settings.sync()
    yield
    settings.remove("labels")  # the group of pc_settings.LABEL_SIZE
    settings.sync()


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_narrowest_label_that_scans_is_45_mm_and_44_is_refused(dpi):
    works = label.check(label.LabelSpec(45, 15, dpi))
    assert works.code.module_dots == (2 if dpi == 203 else 3)
    with pytest.raises(ValidationError) as refused:
        label.check(label.LabelSpec(44, 15, dpi))
    assert refused.value.field == "size"
    assert "the smallest that works is 45×15 mm" in refused.value.message


def test_an_offset_shrinks_what_fits_and_the_message_says_how_much(db, staff):
    with pytest.raises(ValidationError) as refused:
        label.check(label.LabelSpec(45, 20, 300, offset_x_mm=2.0))
    assert "the smallest that works is 46×15 mm" in refused.value.message
    label.check(label.LabelSpec(45, 20, 300, offset_x_mm=-1.5))  # within the margin: fits
    with pytest.raises(ValidationError) as too_far:
        label.check(label.LabelSpec(62, 29, 203, offset_y_mm=-5.5))
    assert too_far.value.field == "dy"


def test_cli_refuses_a_label_that_cannot_scan_and_writes_nothing(cli, tmp_path):
    no = cli(
        "intake", "--name", "陳大文", "--phone", "13812345678", "--brand", "Apple",
        "--model", "iPhone 13", "--imei", "490154203237518", "--fault", "手心大文一",
    ).stdout.strip()  # fmt: skip
    for size, dpi in (("20x15", "203"), ("40x30", "203"), ("44x29", "300")):
        target = tmp_path / f"{size}-{dpi}.pdf"
        refused = cli("print", "label", no, "--size", size, "--dpi", dpi, "--pdf", str(target))
        assert refused.returncode == 2, refused.stderr
        assert "smallest that works is 45×15 mm" in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
        assert not target.exists()
    narrowest = tmp_path / "45x15.pdf"
    ok = cli("print", "label", no, "--size", "45x15", "--dpi", "203", "--pdf", str(narrowest))
    assert ok.returncode == 0, ok.stderr
    raster = rasterise(narrowest, 203)
    [code] = raster.barcodes()
    bars = measure(raster, code)
    assert code.text == no and bars.module == 2 and bars.whole_modules and bars.pattern_matches
    assert no in pdf_text(narrowest)  # the whole number, not "T261127-0…"


def test_cli_shows_and_sets_this_pcs_calibration_within_bounds(cli):
    shown = cli("print", "calibration", "--show", "--json")
    assert shown.returncode == 0, shown.stderr
    assert shown.json() == {
        "size": "62x29",
        "dpi": 203,
        "offset_x_mm": 0.0,
        "offset_y_mm": 0.0,
        "margin_mm": 1.5,
    }
    moved = cli("print", "calibrate", "--dx", "1.5", "--dy", "-1", "--size", "57x32", "--json")
    assert moved.returncode == 0, moved.stderr
    assert moved.json()["offset_x_mm"] == 1.5 and moved.json()["size"] == "57x32"
    for bad in (["--dx", "5.5"], ["--dy", "-8"], ["--margin", "7"], ["--size", "40x30"]):
        refused = cli("print", "calibrate", *bad)
        assert refused.returncode == 2, bad
    again = cli("print", "calibration", "--show", "--json").json()
    assert (again["size"], again["offset_x_mm"], again["offset_y_mm"]) == ("57x32", 1.5, -1.0)
    assert "offset right +1.5 mm, down -1.0 mm" in cli("print", "calibration", "--show").stdout
    left = cli("print", "calibrate", "--dx", "-1.25", "--dy", "-0.5")
    assert "offset right -1.25 mm, down -0.5 mm" in left.stdout  # as set, not "-1.2"


@pytest.mark.parametrize(("dx", "dy"), [(1.5, -1.0), (-1.0, 1.5)])
def test_offsets_move_the_label_but_never_its_ink_out_of_the_printable_area(
    db, staff, tmp_path, dx, dy
):
    doc = build(db, staff.clerk, "label", take_in(db, staff.clerk))
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    spec = label.LabelSpec(62, 29, 203, offset_x_mm=dx, offset_y_mm=dy)
    label.to_pdf(plain, label.LabelSpec(62, 29, 203), doc)
    label.to_pdf(moved, spec, doc)
    before, after = rasterise(plain, 203), rasterise(moved, 203)
    # Where the calibrated printer puts the ink (it prints -offset away from where it is
    # told): inside the label's printable area; and nothing is drawn off the page.
    left, top, right, bottom = after.ink_box()
    ox, oy = spec.offset_dots
    edge = spec.printable()
    assert left - ox >= edge.left() and top - oy >= edge.top()
    assert right - ox <= edge.right() and bottom - oy <= edge.bottom()
    assert left >= 0 and top >= 0 and right < after.width and bottom < after.height
    [code_before], [code_after] = before.barcodes(), after.barcodes()
    shift_x = code_after.position.top_left.x - code_before.position.top_left.x
    shift_y = code_after.position.top_left.y - code_before.position.top_left.y
    assert (shift_x, shift_y) == (spec.dots(dx), spec.dots(dy))


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("dx", [-0.5, -1.25, -5.0])
def test_a_negative_offset_moves_the_barcode_left_by_its_dots(db, staff, tmp_path, dpi, dx):
    doc = build(db, staff.clerk, "label", take_in(db, staff.clerk))
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    spec = label.LabelSpec(62, 29, dpi, offset_x_mm=dx, offset_y_mm=dx)
    label.to_pdf(plain, label.LabelSpec(62, 29, dpi), doc)
    label.to_pdf(moved, spec, doc)
    before, after = rasterise(plain, dpi), rasterise(moved, dpi)
    [code_before], [code_after] = before.barcodes(), after.barcodes()
    assert code_after.text == code_before.text == doc.ticket.ticket_no
    shift_x = code_after.position.top_left.x - code_before.position.top_left.x
    shift_y = code_after.position.top_left.y - code_before.position.top_left.y
    # Exactly the offset's dots; -5 mm is more than the 1.5 mm margin: the label is then
    # drawn from the page's very edge, the furthest a printer can be told to go.
    edge = spec.printable()
    assert shift_x == (spec.dots(dx) if dx > -1.5 else -edge.left())
    assert shift_y == (spec.dots(dx) if dx > -1.5 else -edge.top())
    assert shift_x < 0 and shift_y < 0


def test_calibration_page_is_numbered_from_the_printable_edge_and_explains_itself(tmp_path):
    path = tmp_path / "calibration.pdf"
    spec = label.LabelSpec(57, 32, 300, offset_x_mm=0.5)
    calibration.to_pdf(path, spec)
    text = pdf_text(path)
    top_ruler = pdf_text(path, (0, 0, 57, 5.5))
    assert top_ruler == "0 5 10 15 20 25 30 35 40 45 50"  # mm from the printable edge
    assert "Rulers start 1.5 mm inside the edges" in text
    assert "Offset right = 1.5 − left gap" in text and "Offset down = 1.5 − top gap" in text
    assert "Saved: right +0.5, down +0.0 mm" in text
    raster = rasterise(path, 300)
    left, top, right, bottom = raster.ink_box()
    edge = spec.printable()
    assert (left, top) == (edge.left(), edge.top())  # ruler 0 on the printable edge
    assert right == edge.right() and bottom == edge.bottom()
    # Ticks every 0.5 mm along the top ruler: dark columns in the row just under its edge.
    row = raster.rows[top + spec.dots(0.4)]
    ticks = [x for x in range(left, left + spec.dots(10.2)) if row[x] < 128]
    assert ticks == [left + spec.dots(0.5 * n) + k for n in range(21) for k in range(2)]


def test_label_settings_dialog_says_why_before_saving(qtbot):
    from counter_app.ui.print_actions import LabelCalibrationDialog

    dialog = LabelCalibrationDialog()
    qtbot.addWidget(dialog)
    assert dialog.problem.isHidden() and dialog.save_button.isEnabled()
    dialog.size_box.setCurrentText("40x30")
    assert not dialog.problem.isHidden() and not dialog.save_button.isEnabled()
    assert "smallest that works is 45×15 mm" in dialog.problem.text()
    dialog.size_box.setCurrentText("57x32")
    dialog.x_box.setValue(-1.25)
    assert dialog.x_box.value() == -1.25  # as measured, not rounded to a tenth
    dialog.x_box.setValue(1.0)
    assert dialog.problem.isHidden() and dialog.save_button.isEnabled()
    dialog.save()
    saved = label.saved_spec()
    assert (saved.size_text, saved.offset_x_mm) == ("57x32", 1.0)


def test_labels_and_calibration_page_speak_the_shops_language(db, staff, tmp_path):
    from counter_app import i18n

    doc = build(db, staff.clerk, "label", take_in(db, staff.clerk, name="陳大文"))
    try:
        i18n.install("zh_CN")
        label.to_pdf(tmp_path / "label.pdf", label.LabelSpec(62, 29, 203), doc)
        calibration.to_pdf(tmp_path / "calibration.pdf", label.LabelSpec(62, 29, 203))
    finally:
        i18n.install("en")
    text = pdf_text(tmp_path / "label.pdf")
    assert f"收 {doc.received_local:%m-%d}" in text and "陳大文" in text
    page = pdf_text(tmp_path / "calibration.pdf")
    assert "校准" in page and "向右偏移 = 1.5 − 左边距" in page
    assert "Calibration" not in page and "Offset" not in page
