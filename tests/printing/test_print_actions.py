"""The ticket's print menu: four documents, Save as PDF through the same render path,
no printer -> a message, never a crash."""

from pathlib import Path

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from counter_app.ui import file_dialogs, print_actions
from tests.services.helpers import take_in


def test_menu_offers_every_document(qtbot, db, staff):
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = print_actions.document_menu(parent, db, staff.clerk, take_in(db, staff.clerk))
    titles = [a.text() for a in menu.actions() if a.menu()]
    assert titles == ["Label", "Intake slip", "Quote", "Receipt"]
    label_menu = menu.actions()[0].menu()
    assert [a.text() for a in label_menu.actions()] == ["Preview…", "Print…", "Save as PDF…"]


def test_save_as_pdf_writes_the_document(qtbot, db, staff, tmp_path, monkeypatch):
    no = take_in(db, staff.clerk)
    target = tmp_path / "slip.pdf"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(target))
    parent = QWidget()
    qtbot.addWidget(parent)
    saved = []
    assert print_actions.save_pdf(parent, db, staff.clerk, "intake", no, saved.append) == target
    qtbot.waitUntil(lambda: saved == [target])  # written in the background
    assert target.read_bytes().startswith(b"%PDF")


def test_no_printer_gives_a_message_not_a_crash(qtbot, db, staff, monkeypatch):
    shown = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not print_actions.print_dialog(
        parent, db, staff.clerk, "quote", take_in(db, staff.clerk)
    )
    assert shown and "No printer" in shown[0]


def test_receipt_without_payment_is_explained(qtbot, db, staff, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(tmp_path / "r.pdf"))
    parent = QWidget()
    qtbot.addWidget(parent)
    print_actions.save_pdf(parent, db, staff.clerk, "receipt", take_in(db, staff.clerk))
    qtbot.waitUntil(lambda: bool(warnings))  # refused in the background
    assert "no payments" in warnings[0]
    assert not Path(tmp_path / "r.pdf").exists()


def test_calibration_settings_are_saved_per_pc(qtbot):
    from counter_app.printing import label

    dialog = print_actions.LabelCalibrationDialog()
    qtbot.addWidget(dialog)
    dialog.size_box.setCurrentText("57x32")
    dialog.dpi_box.setCurrentText("300")
    dialog.x_box.setValue(1.5)
    dialog.y_box.setValue(-0.5)
    dialog.save()
    spec = label.saved_spec()
    assert (spec.width_mm, spec.height_mm, spec.dpi) == (57, 32, 300)
    assert (spec.offset_x_mm, spec.offset_y_mm) == (1.5, -0.5)
    label.save_spec("62x29", 203, 0.0, 0.0)
