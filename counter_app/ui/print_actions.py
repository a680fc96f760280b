"""Print menu for a ticket: Label / Intake slip / Quote / Receipt, each Preview, Print or
Save as PDF — all through printing.output.paint_document, the one render path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from counter_app import i18n, pc_settings
from counter_app.db import Database
from counter_app.errors import ServiceError, ValidationError
from counter_app.printing import calibration, escpos, label, output, receipt_printer
from counter_app.printing.documents import Document, build
from counter_app.services.base.dto import Actor
from counter_app.ui import file_dialogs
from counter_app.ui.dialog_title import fit_title
from counter_app.ui.operations import run_task, show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("print_actions", text)


def kind_names() -> dict[str, str]:
    return {
        "label": tr("Label"),
        "intake": tr("Intake slip"),
        "quote": tr("Quote"),
        "receipt": tr("Receipt"),
    }


def _document(
    db: Database, actor: Actor, kind: str, ticket_no: str, options: output.Options
) -> Document:
    """The document (read in the background), checked: a label set-up that cannot print
    this ticket's barcode and number is refused (the smallest label that works is named)."""
    doc = build(db, actor, kind, ticket_no)
    if kind == "label":
        label.check(output.label_spec(options), doc.ticket.ticket_no)
    return doc


def _print_refused(parent: QWidget | None) -> Callable[[BaseException], None]:
    """How printing says it could not: a message box with the reason in one line."""

    def refused(exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            QMessageBox.warning(parent, tr("Print"), i18n.error_text(exc))
        else:
            show_error(parent, exc)

    return refused


def _with_document(
    parent: QWidget | None,
    db: Database,
    actor: Actor,
    kind: str,
    ticket_no: str,
    then: Callable[[Document], None],
) -> None:
    """Build the document in the background (the pointer shows it is busy), then ``then``
    on the UI thread; a refusal is said in a message box."""

    refused = _print_refused(parent)

    run_task(
        parent,
        _document,
        db,
        actor,
        kind,
        ticket_no,
        _options(kind),
        on_done=then,
        on_error=refused,
        busy=True,
    )


def _options(kind: str) -> output.Options:
    paper = pc_settings.read(pc_settings.PAPER, kind=kind)
    return output.check_options(kind, output.Options(paper=paper or None))


def _remember(kind: str, printer: QPrinter) -> None:
    """This PC's printer for this kind of document, and its paper: a page under 100 mm
    wide is the receipt roll, anything wider A4 (labels use their calibrated size)."""
    pc_settings.write(pc_settings.PRINTER, printer.printerName(), kind=kind)
    if kind in ("intake", "receipt"):
        width = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).width()
        pc_settings.write(pc_settings.PAPER, "80mm" if width < 100 else "a4", kind=kind)


def _printer_for(kind: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = pc_settings.read(pc_settings.PRINTER, kind=kind)
    if name and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(str(name))
    return printer


def preview(parent: QWidget | None, db: Database, actor: Actor, kind: str, ticket_no: str) -> None:
    def show(doc: Document) -> None:
        printer = _printer_for(kind)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(f"{kind_names()[kind]} · {doc.ticket.ticket_no}")
        dialog.paintRequested.connect(lambda p: output.paint_document(doc, p, _options(kind)))
        dialog.exec()

    _with_document(parent, db, actor, kind, ticket_no, show)


def print_dialog(
    parent: QWidget | None, db: Database, actor: Actor, kind: str, ticket_no: str
) -> bool:
    """The system print dialog; the chosen printer is remembered for this kind of document.
    The document is read in the background first. Returns whether printing was started.
    An intake slip or receipt goes straight to this PC's ESC/POS receipt printer when one
    is set (no dialog: the counter's own printer)."""
    if kind in ("intake", "receipt") and receipt_printer.saved().target is not None:
        return _print_raw(parent, db, actor, kind, ticket_no)
    if not QPrinterInfo.availablePrinterNames():
        QMessageBox.information(
            parent,
            tr("Print"),
            tr(
                "No printer is installed on this computer. Use Save as PDF, or add a printer "
                "in the system settings."
            ),
        )
        return False

    def ask(doc: Document) -> None:
        printer = _printer_for(kind)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        _remember(kind, printer)
        output.paint_document(doc, printer, _options(kind))

    _with_document(parent, db, actor, kind, ticket_no, ask)
    return True


def _print_raw(
    parent: QWidget | None, db: Database, actor: Actor, kind: str, ticket_no: str
) -> bool:
    """Send the slip or receipt to the ESC/POS printer in the background; a printer that
    is off or out of paper is said in one line."""

    refused = _print_refused(parent)

    run_task(
        parent,
        escpos.print_document,
        db,
        actor,
        kind,
        ticket_no,
        None,
        None,
        on_error=refused,
        busy=True,
    )
    return True


def save_pdf(
    parent: QWidget | None,
    db: Database,
    actor: Actor,
    kind: str,
    ticket_no: str,
    on_saved: Callable[[Path], None] | None = None,
) -> Path | None:
    """Ask where, then build and write the PDF in the background (``on_saved(path)`` once
    written; a refusal is said in a message box). Returns the path being written, None
    when the user chose none."""
    suggested = str(Path.home() / f"{ticket_no}-{kind}.pdf")
    name = file_dialogs.save_file_name(
        parent, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)")
    )
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")

    def refused(exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            QMessageBox.warning(parent, tr("Save as PDF"), i18n.error_text(exc))
        elif isinstance(exc, OSError):
            QMessageBox.warning(
                parent,
                tr("Save as PDF"),
                tr("Cannot write {path}: {reason}").format(path=path, reason=exc.strerror or exc),
            )
        else:
            show_error(parent, exc)

    run_task(
        parent,
        output.write_pdf,
        db,
        actor,
        kind,
        ticket_no,
        path,
        _options(kind),
        on_done=lambda _: on_saved(path) if on_saved is not None else None,
        on_error=refused,
        busy=True,
    )
    return path


def print_label(parent: QWidget | None, db: Database, actor: Actor, ticket_no: str) -> bool:
    """After intake: print the bag label straight away (Save as PDF if no printer)."""
    if not QPrinterInfo.availablePrinterNames():
        return save_pdf(parent, db, actor, "label", ticket_no) is not None
    return print_dialog(parent, db, actor, "label", ticket_no)


def document_menu(parent: QWidget, db: Database, actor: Actor, ticket_no: str) -> QMenu:
    menu = QMenu(tr("Print"), parent)
    for kind, title in kind_names().items():
        sub = menu.addMenu(title)
        sub.setObjectName(f"print-{kind}")
        sub.addAction(tr("Preview…"), lambda k=kind: preview(parent, db, actor, k, ticket_no))
        sub.addAction(tr("Print…"), lambda k=kind: print_dialog(parent, db, actor, k, ticket_no))
        sub.addAction(tr("Save as PDF…"), lambda k=kind: save_pdf(parent, db, actor, k, ticket_no))
    menu.addSeparator()
    menu.addAction(tr("Label printer calibration…"), lambda: LabelCalibrationDialog(parent).exec())
    return menu


class LabelCalibrationDialog(QDialog):
    """Size, dpi, x/y offsets and printable margin of this PC's label printer; prints the
    calibration page. A set-up that cannot print a scannable label is explained (the
    smallest size that works) and not saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Label printer calibration"))
        fit_title(self)  # the title bar keeps the whole title, app name included
        spec = label.saved_spec()
        form = QFormLayout(self)
        self.size_box = QComboBox()
        self.size_box.addItems(list(label.PRESETS))
        if self.size_box.findText(spec.size_text) < 0:
            self.size_box.addItem(spec.size_text)
        self.size_box.setEditable(True)
        self.size_box.setCurrentText(spec.size_text)
        self.dpi_box = QComboBox()
        self.dpi_box.addItems([str(dpi) for dpi in label.DPIS])
        self.dpi_box.setCurrentText(str(spec.dpi))
        self.x_box = self._millimetres(spec.offset_x_mm, -label.MAX_OFFSET_MM)
        self.y_box = self._millimetres(spec.offset_y_mm, -label.MAX_OFFSET_MM)
        self.margin_box = self._millimetres(spec.margin_mm, 0.0, label.MAX_MARGIN_MM)
        self.problem = QLabel()
        self.problem.setObjectName("label-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        form.addRow(self.tr("Label size (mm)"), self.size_box)
        form.addRow(self.tr("Printer resolution (dpi)"), self.dpi_box)
        form.addRow(self.tr("Offset right (mm)"), self.x_box)
        form.addRow(self.tr("Offset down (mm)"), self.y_box)
        form.addRow(self.tr("Unprintable edge (mm)"), self.margin_box)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.print_button = buttons.addButton(
            self.tr("Print calibration page"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_calibration)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.size_box.currentTextChanged.connect(self.check)
        self.dpi_box.currentTextChanged.connect(self.check)
        for box in (self.x_box, self.y_box, self.margin_box):
            box.valueChanged.connect(self.check)
        self.check()

    @staticmethod
    def _millimetres(value: float, low: float, high: float = label.MAX_OFFSET_MM) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setSingleStep(0.25)
        box.setDecimals(2)  # offsets as measured: -1.25 mm, not rounded to -1.2
        box.setValue(value)
        return box

    def spec(self) -> label.LabelSpec:
        """The set-up in the dialog, checked (raises ValidationError)."""
        size = self.size_box.currentText().strip()
        width, height = label.parse_size(size, int(self.dpi_box.currentText()))
        spec = label.LabelSpec(
            width,
            height,
            int(self.dpi_box.currentText()),
            self.x_box.value(),
            self.y_box.value(),
            self.margin_box.value(),
        )
        label.check(spec)
        return spec

    def check(self) -> bool:
        """Say now (not after printing) when the set-up cannot print a scannable label."""
        try:
            self.spec()
        except ValidationError as exc:
            self.problem.setText(i18n.error_text(exc))
            self.problem.show()
            self.save_button.setEnabled(False)
            return False
        self.problem.clear()
        self.problem.hide()
        self.save_button.setEnabled(True)
        return True

    def save(self) -> None:
        try:
            spec = self.spec()
            label.save_spec(
                spec.size_text, spec.dpi, spec.offset_x_mm, spec.offset_y_mm, spec.margin_mm
            )
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.error_text(exc))
            return
        self.accept()

    def print_calibration(self) -> None:
        try:
            spec = self.spec()
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.error_text(exc))
            return
        if not QPrinterInfo.availablePrinterNames():
            name = file_dialogs.save_file_name(self, self.tr("Save as PDF"), "calibration.pdf")
            if name:
                try:
                    calibration.to_pdf(Path(name), spec)
                except ServiceError as exc:  # not a regular file, a full or read-only disk
                    QMessageBox.warning(self, self.windowTitle(), i18n.error_text(exc))
                except OSError as exc:
                    QMessageBox.warning(self, self.windowTitle(), str(exc.strerror or exc))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            calibration.paint_on(printer, spec)
