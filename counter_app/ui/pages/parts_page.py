"""Parts: searchable stock table (a scanned barcode jumps to the part), low-stock filter,
scanner-driven receiving, a part's movements, valuation, Excel export/import in the
background with progress, and an import preview before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n, names
from counter_app.db import Database
from counter_app.errors import ServiceError
from counter_app.services.base.dto import Actor
from counter_app.services.stock import inventory
from counter_app.services.stock.claims import DiscontinuedInfo
from counter_app.ui import file_dialogs
from counter_app.ui import format as fmt
from counter_app.ui.dialog_title import fit_title
from counter_app.ui.dialogs.faulty_disposal_dialog import FaultyDisposalDialog
from counter_app.ui.dialogs.parts_recovery_dialog import PartsRecoveryDialog
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.operations import run_task, show_error
from counter_app.ui.pages.part_claims import ClaimsPanel, DiscontinueDialog, kept_text
from counter_app.ui.scanner import accept_scans
from counter_app.ui.table_fit import fit_columns

if TYPE_CHECKING:  # the Excel exporter (and openpyxl) loads when first used
    from counter_app.exporting.parts_excel import ImportPlan

LOW = QColor(255, 228, 225)
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("PartsPage", "SKU"), lambda p: p.sku),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Name"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Models"), lambda p: p.compatible_models),
    Column(
        QT_TRANSLATE_NOOP("PartsPage", "On hand"),
        lambda p: p.on_hand,
        right=True,
        background=lambda p: LOW if p.warn_low else None,
    ),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Low level"), lambda p: p.low_stock_level, right=True),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Cost"), lambda p: fmt.money_text(p.cost), right=True),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Price"), lambda p: fmt.money_text(p.price), right=True),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Bin"), lambda p: p.bin_location),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Supplier"), lambda p: p.supplier),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Discontinued"), kept_text),
]
MOVEMENT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("PartsPage", "When"), lambda m: fmt.local_time_text(m.at)),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Kind"), lambda m: names.movement_kind_text(m.kind)),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Qty"), lambda m: f"{m.quantity:+d}", right=True),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Ticket"), lambda m: m.ticket_no or ""),
    Column(QT_TRANSLATE_NOOP("PartsPage", "Reason"), lambda m: m.reason),
    Column(QT_TRANSLATE_NOOP("PartsPage", "By"), lambda m: m.user),
]


class ReceiveDialog(QDialog):
    """Scan the SKU (or barcode), type the quantity, Enter: received. Stays open for the
    next scan; closes with Esc."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Receive parts"))
        fit_title(self)  # the title bar keeps the whole title, app name included
        self.code = QLineEdit(objectName="code")
        self.code.setPlaceholderText(self.tr("Scan or type the SKU / barcode"))
        self.qty = QSpinBox(objectName="qty")
        self.qty.setRange(1, 9999)
        self.cost = QLineEdit(objectName="cost")
        self.cost.setPlaceholderText(self.tr("unit cost (optional)"))
        self.result = QLabel(objectName="result")
        form = QFormLayout(self)
        form.addRow(self.tr("Part"), self.code)
        form.addRow(self.tr("Quantity"), self.qty)
        form.addRow(self.tr("Cost"), self.cost)
        form.addRow(self.result)
        self.code.returnPressed.connect(self._code_entered)
        self.qty.installEventFilter(self)
        self.received: list[str] = []

    def _code_entered(self) -> None:
        self.qty.setFocus()
        self.qty.selectAll()

    def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
        from PySide6.QtCore import QEvent, Qt

        if (
            watched is self.qty
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.receive()  # Enter after the quantity: received, ready for the next scan
            return True
        return super().eventFilter(watched, event)

    def receive(self) -> None:
        """Receive in the background; the fields wait meanwhile (no second receipt)."""
        if not self.code.isEnabled():
            return
        code, qty, cost = self.code.text(), self.qty.value(), self.cost.text().strip() or None

        def write() -> inventory.PartInfo:
            found = inventory.find_by_code(self.db, code)
            return inventory.receive(self.db, self.actor, found.sku if found else code, qty, cost)

        self._set_busy(True)
        run_task(self, write, on_done=self._received, on_error=self._refused)

    def _set_busy(self, busy: bool) -> None:
        for field in (self.code, self.qty, self.cost):
            field.setEnabled(not busy)
        if busy:
            self.result.setText(self.tr("Saving…"))

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ServiceError):
            self.result.setText(i18n.error_text(exc))
            self.qty.setFocus()
        else:
            show_error(self, exc)

    def _received(self, part: inventory.PartInfo) -> None:
        self._set_busy(False)
        self.received.append(part.sku)
        self.result.setText(self.tr("{sku}: {n} on hand").format(sku=part.sku, n=part.on_hand))
        self.code.clear()
        self.cost.clear()
        self.qty.setValue(1)
        self.code.setFocus()


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import preview"))
        fit_title(self)  # the title bar keeps the whole title, app name included
        text = QPlainTextEdit(objectName="preview")
        text.setReadOnly(True)
        lines = []
        if plan.errors:
            lines.append(
                self.tr("Nothing will be imported: %n row(s) have errors.", "", len(plan.errors))
            )
            lines += [
                self.tr("Row {row}: {message}").format(row=e.row, message=e.message)
                for e in plan.errors[:50]  # the first 50; the count is above
            ]
        else:
            lines.append(self.tr("New parts: {n}").format(n=len(plan.creates)))
            lines.append(self.tr("Changed parts: {n}").format(n=len(plan.updates)))
            lines.append(self.tr("Stock counts to adjust: {n}").format(n=len(plan.adjustments)))
            lines += [f"  {sku}: {old} → {new}" for sku, old, new in plan.adjustments[:200]]
        text.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if plan.ok:
            buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(560, 400)


class PartsPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self._asked = self._answered = 0
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("SKU, barcode, name or model"))
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._scanned)
        accept_scans(self.search, "code", enter=True)  # a part's barcode replaces the search
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.refresh)
        self.low_only = QCheckBox(self.tr("Low stock only"), objectName="low_only")
        self.low_only.toggled.connect(self.refresh)
        self.valuation = QLabel(objectName="valuation")
        buttons = QHBoxLayout()  # the stock as a whole
        chosen = QHBoxLayout()  # the part chosen in the list
        for row, title, slot, name in (
            (buttons, self.tr("Receive…"), self.receive, "receive"),
            (buttons, self.tr("Export to Excel…"), self.export, "export"),
            (buttons, self.tr("Import from Excel…"), self.import_file, "import"),
            (
                buttons,
                self.tr("Faulty parts to dispose of…"),
                self.faulty_disposal,
                "faulty_disposal",
            ),
            (chosen, self.tr("Faulty part recovered…"), lambda: self.recovery("faulty"), "faulty"),
            (
                chosen,
                self.tr("Return to supplier…"),
                lambda: self.recovery("supplier"),
                "return_supplier",
            ),
            (chosen, self.tr("Discontinue…"), self.discontinue, "discontinue"),
        ):
            button = QPushButton(title, objectName=name)
            button.clicked.connect(slot)
            row.addWidget(button)
            if name == "receive":
                button.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
                button.setToolTip(self.tr("Receive parts (Ctrl+R)"))
        buttons.addStretch(1)
        buttons.addWidget(self.valuation)
        chosen.addStretch(1)
        self.model = RowsModel(COLUMNS, "PartsPage", self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # one Tab stop
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_movements())
        self.movements_model = RowsModel(MOVEMENT_COLUMNS, "PartsPage", self)
        self.movements = QTableView()
        self.movements.setTabKeyNavigation(False)  # one Tab stop
        self.movements.setModel(self.movements_model)
        self.movements.verticalHeader().hide()
        self.message = QLabel(objectName="parts_message")
        self.message.setWordWrap(True)
        self.message.hide()  # shown with something to say
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.low_only)
        stock = QWidget()
        stock_layout = QVBoxLayout(stock)
        stock_layout.addLayout(top)
        stock_layout.addLayout(buttons)
        stock_layout.addLayout(chosen)
        stock_layout.addWidget(self.message)
        stock_layout.addWidget(self.view, 3)
        stock_layout.addWidget(QLabel(self.tr("Movements of the selected part")))
        stock_layout.addWidget(self.movements, 2)
        # Claims back to the supplier for parts that failed under warranty (issue 30).
        self.claims = ClaimsPanel(db, actor, self)
        self.tabs = QTabWidget(objectName="parts_tabs")
        self.tabs.addTab(stock, self.tr("Stoc&k"))
        self.tabs.addTab(self.claims, self.tr("C&laims"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # Loaded when the page is first shown (MainWindow calls refresh), not at start-up.

    def refresh(self) -> None:
        """The stock list and its value, read in the background (an older answer dropped)."""
        self._asked += 1
        asked = self._asked
        text, low_only = self.search.text(), self.low_only.isChecked()

        def read() -> tuple[list[inventory.PartInfo], object]:
            store_id = self.actor.store_id  # this PC's store (None: the only one)
            parts = inventory.search_parts(
                self.db, text, low_only=low_only, limit=500, store_id=store_id
            )
            return parts, inventory.valuation(self.db, store_id)

        def show(result: tuple[list[inventory.PartInfo], object]) -> None:
            if asked != self._asked:
                return
            self._answered = asked
            parts, value = result
            self.model.set_rows(parts)
            fit_columns(self.view)
            self.valuation.setText(
                self.tr("Stock at cost: {value}").format(value=fmt.money_text(value))
            )

        run_task(self, read, on_done=show)

    def idle(self) -> bool:
        """The newest list is shown."""
        return self._answered == self._asked

    def _scanned(self) -> None:
        """A scanned SKU or barcode (Enter in the search box): just that part."""
        self._asked += 1
        asked = self._asked

        def show(part: inventory.PartInfo | None) -> None:
            if asked != self._asked:
                return
            self._answered = asked
            self.model.set_rows([part] if part is not None else [])
            self.movements_model.set_rows([])  # never an earlier part's movements
            if part is not None:
                self.view.selectRow(0)

        run_task(
            self,
            inventory.find_by_code,
            self.db,
            self.search.text(),
            self.actor.store_id,
            on_done=show,
        )

    def _show_movements(self) -> None:
        """The chosen part's movements, read in the background."""
        part = self.model.row_at(self.view.currentIndex().row())
        self.movements_model.set_rows([])
        if part is None:
            return

        def show(rows: list) -> None:  # type: ignore[type-arg]
            chosen = self.model.row_at(self.view.currentIndex().row())
            if chosen is not None and chosen.sku == part.sku:  # still the part chosen
                self.movements_model.set_rows(rows)
                fit_columns(self.movements)

        run_task(self, inventory.movements, self.db, part.sku, limit=200, on_done=show, busy=True)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.claims:
            self.claims.prefill(self.model.row_at(self.view.currentIndex().row()))
            self.claims.refresh()

    def discontinue(self) -> None:
        """The chosen part's model is discontinued: kept in stock as its category says."""
        part = self.model.row_at(self.view.currentIndex().row())
        if part is None:
            self.message.setText(self.tr("Choose a part in the list first."))
            self.message.show()
            return
        self.message.hide()
        dialog = DiscontinueDialog(self.db, self.actor, part, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._discontinued(dialog.done_info))
        dialog.open()  # window-modal; the answer arrives through accepted

    def _discontinued(self, info: DiscontinuedInfo | None) -> None:
        if info is None:
            return
        self.message.setText(
            self.tr("{sku} discontinued: kept in stock until {day}, at least {n}").format(
                sku=info.sku, day=fmt.local_date_text(info.keep_until), n=info.kept_minimum
            )
        )
        self.message.show()
        self.refresh()

    def recovery(self, mode: str) -> None:
        part = self.model.row_at(self.view.currentIndex().row())
        dialog = PartsRecoveryDialog(self.db, self.actor, mode, part.sku if part else "", self)
        dialog.exec()
        self.refresh()

    def faulty_disposal(self) -> None:
        FaultyDisposalDialog(self.db, self.actor, self).exec()

    def receive(self) -> None:
        dialog = ReceiveDialog(self.db, self.actor, self)
        dialog.exec()
        self.refresh()

    def export(self) -> None:
        name = file_dialogs.save_file_name(
            self, self.tr("Export parts"), "parts.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if not name:
            return
        from counter_app.exporting import parts_excel

        run_task(
            self,
            parts_excel.export,
            self.db,
            Path(name),
            progress=self.tr("Exporting parts…"),
            with_report=True,
            on_done=lambda counts: QMessageBox.information(
                self,
                self.tr("Export parts"),
                self.tr("%n part(s) written to {path}", "", counts["parts"]).format(path=name),
            ),
        )

    def import_file(self) -> None:
        name = file_dialogs.open_file_name(
            self, self.tr("Import parts"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if not name:
            return
        from counter_app.exporting import parts_excel

        run_task(
            self,
            parts_excel.plan_import,
            self.db,
            Path(name),
            progress=self.tr("Checking the file…"),
            on_done=lambda plan: self._confirm_import(plan, Path(name)),
        )

    def _confirm_import(self, plan: ImportPlan, path: Path) -> None:
        if ImportPreviewDialog(plan, self).exec() != QDialog.DialogCode.Accepted:
            return
        from counter_app.exporting import parts_excel

        run_task(
            self,
            parts_excel.apply_import,
            self.db,
            self.actor,
            path,
            progress=self.tr("Importing…"),
            on_done=lambda _: self.refresh(),
        )
