"""Devices ready but not collected: days waiting, notices sent, the disposal date
(services/tickets/uncollected.py), read in the background; a row opens its ticket."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from counter_app.db import Database
from counter_app.services.base.dto import Actor
from counter_app.services.tickets import uncollected
from counter_app.ui.dialog_title import fit_title
from counter_app.ui.models.table_model import Column, RowsModel, read_only_table
from counter_app.ui.operations import run_task, show_error
from counter_app.ui.table_fit import fit_columns

DUE = QColor(255, 243, 205)
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("UncollectedDialog", "Ticket"), lambda r: r.ticket_no),
    Column(
        QT_TRANSLATE_NOOP("UncollectedDialog", "Customer"),
        lambda r: f"{r.customer_name}  {r.phone_masked}",
    ),
    Column(QT_TRANSLATE_NOOP("UncollectedDialog", "Device"), lambda r: r.device),
    Column(QT_TRANSLATE_NOOP("UncollectedDialog", "Ready since"), lambda r: r.ready_on.isoformat()),
    Column(QT_TRANSLATE_NOOP("UncollectedDialog", "Days"), lambda r: r.days_waiting, right=True),
    Column(
        QT_TRANSLATE_NOOP("UncollectedDialog", "Notices"),
        lambda r: r.notices_sent,
        right=True,
        background=lambda r: DUE if r.notice_due else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("UncollectedDialog", "Disposal from"),
        lambda r: r.disposal_on.isoformat(),
        background=lambda r: DUE if r.disposal_due else None,
    ),
]


class UncollectedDialog(QDialog):
    """Emits ``open_ticket(ticket_no)`` when a row is double-clicked."""

    open_ticket = Signal(str)
    loaded = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Devices waiting to be collected"))
        fit_title(self)
        self.model = RowsModel(COLUMNS, "UncollectedDialog", self)
        self.view = read_only_table(self.model)
        self.view.doubleClicked.connect(self._open)
        self.hint = QLabel(
            self.tr("Highlighted: a notice is due, or the device may be disposed of")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)
        self.resize(900, 420)

        def failed(exc: BaseException) -> None:
            show_error(self, exc)

        run_task(
            self, uncollected.uncollected, db, actor, on_done=self._show, on_error=failed, busy=True
        )

    def _show(self, rows: list[uncollected.UncollectedTicket]) -> None:
        self.model.set_rows(rows)
        fit_columns(self.view)
        self.loaded.emit()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_ticket.emit(row.ticket_no)
            self.accept()
