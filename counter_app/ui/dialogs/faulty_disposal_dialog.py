"""Parts page: recovered faulty parts awaiting disposal, and their disposal (scrapped,
returned to the supplier or recycled), by the inventory keeper. Reads and the disposal run
in the background; an error shows under the form and nothing is written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n
from counter_app.db import Database
from counter_app.services.base.dto import Actor
from counter_app.services.stock import faulty_parts
from counter_app.ui import format as fmt
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.operations import run_task
from counter_app.ui.table_fit import fit_columns

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("FaultyDisposalDialog", "No."), lambda p: f"#{p.id}", right=True),
    Column(
        QT_TRANSLATE_NOOP("FaultyDisposalDialog", "Recovered"),
        lambda p: fmt.local_time_text(p.recovered_at),
    ),
    Column(QT_TRANSLATE_NOOP("FaultyDisposalDialog", "SKU"), lambda p: p.sku),
    Column(QT_TRANSLATE_NOOP("FaultyDisposalDialog", "Name"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("FaultyDisposalDialog", "Qty"), lambda p: p.quantity, right=True),
    Column(QT_TRANSLATE_NOOP("FaultyDisposalDialog", "Ticket"), lambda p: p.ticket_no or ""),
    Column(QT_TRANSLATE_NOOP("FaultyDisposalDialog", "Note"), lambda p: p.note),
    Column(QT_TRANSLATE_NOOP("FaultyDisposalDialog", "By"), lambda p: p.recorded_by),
]


class FaultyDisposalDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self._busy = 0
        self.setWindowTitle(self.tr("Faulty parts awaiting disposal"))
        self.model = RowsModel(COLUMNS, "FaultyDisposalDialog", self)
        self.view = QTableView(objectName="faulty_parts")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.how = QComboBox(objectName="how")
        for method in faulty_parts.DISPOSAL_METHODS:
            text = QCoreApplication.translate("names", faulty_parts.METHOD_TEXT[method])
            self.how.addItem(text, method)
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("e.g. the supplier's RMA number"))
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.empty = QLabel(self.tr("No recovered faulty part awaits disposal"), objectName="empty")
        self.empty.hide()
        self.dispose_button = QPushButton(self.tr("Dispose of the selected part"))
        self.dispose_button.setObjectName("dispose")
        self.dispose_button.clicked.connect(self.dispose)
        form = QFormLayout()
        form.addRow(self.tr("How"), self.how)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.dispose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.refresh()

    def idle(self) -> bool:
        """No read or disposal is under way."""
        return self._busy == 0

    def _start(self) -> None:
        self._busy += 1

    def _finish(self) -> None:
        self._busy -= 1

    def refresh(self) -> None:
        self._start()

        def show(parts: list[faulty_parts.FaultyPartInfo]) -> None:
            self._finish()
            self.model.set_rows(parts)
            fit_columns(self.view)
            if parts:
                self.view.selectRow(0)
            self.empty.setVisible(not parts)
            self.dispose_button.setEnabled(bool(parts))

        run_task(
            self,
            faulty_parts.awaiting_disposal,
            self.db,
            self.actor,
            on_done=show,
            on_error=self._failed,
        )

    def dispose(self) -> None:
        part = self.model.row_at(self.view.currentIndex().row())
        if part is None:
            self._show_error(self.tr("Select a part in the list first"))
            return
        self._start()

        def done(_: object) -> None:
            self._finish()
            self.error.hide()
            self.note.clear()
            self.refresh()

        run_task(
            self,
            faulty_parts.dispose,
            self.db,
            self.actor,
            part.id,
            self.how.currentData(),
            self.note.text(),
            on_done=done,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self._show_error(i18n.error_text(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
