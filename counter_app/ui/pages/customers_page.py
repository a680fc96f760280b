"""Customers: search by phone tail or name, their tickets, corrections, anonymisation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n
from counter_app.db import Database
from counter_app.exporting import data_export
from counter_app.services.base.dto import Actor
from counter_app.services.people import customers as customer_service
from counter_app.ui import file_dialogs
from counter_app.ui.dialogs.customer_edit_dialog import CustomerEditDialog
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.operations import run_task
from counter_app.ui.page_writes import OneWrite, say
from counter_app.ui.scanner import accept_scans
from counter_app.ui.table_fit import fit_columns

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CustomersPage", "Name"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("CustomersPage", "Phone"), lambda c: c.phone_masked),
    Column(QT_TRANSLATE_NOOP("CustomersPage", "Tickets"), lambda c: c.ticket_count, right=True),
]


class CustomersPage(QWidget):
    open_ticket = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self._asked = self._answered = 0
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Last 4+ digits of the phone, or the name"))
        self.search.returnPressed.connect(self.refresh)
        accept_scans(self.search, "code", enter=True)
        self.model = RowsModel(COLUMNS, "CustomersPage", self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # one Tab stop
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_tickets())
        self.tickets = QListWidget(objectName="tickets")
        self.tickets.itemDoubleClicked.connect(lambda item: self.open_ticket.emit(item.text()))
        self.edit_button = QPushButton(self.tr("Edit details…"), objectName="edit_customer")
        self.edit_button.clicked.connect(self.edit)
        self.anonymise_button = QPushButton(self.tr("Erase personal data…"), objectName="anonymise")
        self.anonymise_button.clicked.connect(self.anonymise)
        self.anonymise_button.setEnabled(actor.role == "manager")
        self.export_button = QPushButton(self.tr("Export their data…"), objectName="export_data")
        self.export_button.clicked.connect(self.export_data)
        self.export_button.setEnabled(actor.role == "manager")
        self.message = QLabel()
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.view)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Tickets (double-click to open)")))
        right.addWidget(self.tickets)
        right.addWidget(self.edit_button)
        right.addWidget(self.export_button)
        right.addWidget(self.anonymise_button)
        self.complaint_button = QPushButton(self.tr("New complaint…"), objectName="new_complaint")
        self.complaint_button.clicked.connect(self.new_complaint)
        self.complaint_button.setEnabled(actor.role in ("clerk", "manager"))
        right.addWidget(self.complaint_button)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 1)
        self.writes = OneWrite(
            self, lambda: (self.edit_button, self.anonymise_button, self.complaint_button)
        )

    def refresh(self) -> None:
        """Customers matching the search, read in the background (older answers dropped)."""
        self._asked += 1
        asked = self._asked

        def show(found: list) -> None:  # type: ignore[type-arg]
            if asked != self._asked:
                return
            self._answered = asked
            self.model.set_rows(found)
            fit_columns(self.view)
            self.tickets.clear()

        run_task(self, customer_service.search, self.db, self.search.text(), on_done=show)

    def idle(self) -> bool:
        """The newest search is shown."""
        return self._answered == self._asked

    def _current(self):  # type: ignore[no-untyped-def]
        return self.model.row_at(self.view.currentIndex().row())

    def _show_tickets(self) -> None:
        """The chosen customer's tickets, read in the background."""
        self.tickets.clear()
        customer = self._current()
        if customer is None:
            return

        def show(numbers: list[str]) -> None:
            if self._current() is customer:  # still the customer chosen
                self.tickets.clear()
                self.tickets.addItems(numbers)

        run_task(self, customer_service.tickets_of, self.db, customer.id, on_done=show, busy=True)

    def new_complaint(self) -> None:
        from counter_app.ui.dialogs.complaint_dialog import ComplaintDialog

        customer = self._current()
        if customer is not None and customer.phone:
            ComplaintDialog(self.db, self.actor, self, phone=customer.phone).exec()

    def edit(self) -> None:
        customer = self._current()
        if customer is None:
            return
        if CustomerEditDialog(self.db, self.actor, customer, self).exec():
            self.refresh()

    def anonymise(self) -> None:
        customer = self._current()
        if customer is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase the name, phone and email of {name}? The repair records stay, "
                "anonymous. This cannot be undone."
            ).format(name=customer.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.writes.run(
            customer_service.anonymise,
            self.db,
            self.actor,
            customer.id,
            on_done=lambda _: self.refresh(),
            on_refused=say(self.message),
        )

    def export_data(self) -> None:
        """Everything stored about the selected customer, as one JSON file (on request)."""
        customer = self._current()
        if customer is None or not customer.phone:
            return
        name = file_dialogs.save_file_name(
            self,
            self.tr("Export their data"),
            f"customer-{customer.id}.json",
            self.tr("JSON (*.json)"),
        )
        if not name:
            return
        run_task(
            self,
            data_export.write_customer_json,
            self.db,
            self.actor,
            customer.phone,
            Path(name),
            on_done=lambda _: self.message.setText(self.tr("Saved: {file}").format(file=name)),
            on_error=lambda exc: self.message.setText(i18n.error_text(exc)),
        )
