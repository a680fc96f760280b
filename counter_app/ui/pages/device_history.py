"""Device history: every ticket of a device by IMEI or serial, newest first."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n
from counter_app.db import Database
from counter_app.errors import NotFound, ServiceError
from counter_app.services.base.dto import Actor
from counter_app.services.tickets import devices as device_service
from counter_app.ui import format as fmt
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.operations import run_task, show_error
from counter_app.ui.table_fit import fit_columns
from counter_app.validation import looks_like_imei

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("DeviceHistoryPage", "Ticket"), lambda e: e.ticket_no),
    Column(
        QT_TRANSLATE_NOOP("DeviceHistoryPage", "Received"),
        lambda e: fmt.local_time_text(e.received_at),
    ),
    Column(
        QT_TRANSLATE_NOOP("DeviceHistoryPage", "Service"),
        lambda e: fmt.service_type_text(e.service_type),
    ),
    Column(QT_TRANSLATE_NOOP("DeviceHistoryPage", "Fault"), lambda e: e.fault),
    Column(QT_TRANSLATE_NOOP("DeviceHistoryPage", "Parts"), lambda e: ", ".join(e.parts)),
    Column(QT_TRANSLATE_NOOP("DeviceHistoryPage", "Outcome"), lambda e: fmt.status_text(e.status)),
    Column(
        QT_TRANSLATE_NOOP("DeviceHistoryPage", "Total"),
        lambda e: fmt.money_text(e.total),
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("DeviceHistoryPage", "Warranty until"),
        lambda e: fmt.local_date_text(e.warranty_until),
    ),
    Column(QT_TRANSLATE_NOOP("DeviceHistoryPage", "Customer"), lambda e: e.customer_name),
]


class DeviceHistoryPage(QWidget):
    open_ticket = Signal(str)
    start_intake = Signal(str)
    shown = Signal(str)  # the identifier now shown (the window title names it)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.identifier = QLineEdit(objectName="identifier")
        self.identifier.setPlaceholderText(self.tr("IMEI or serial number"))
        self.identifier.returnPressed.connect(lambda: self.show_device(self.identifier.text()))
        find = QPushButton(self.tr("Show history"))
        find.clicked.connect(lambda: self.show_device(self.identifier.text()))
        self._asked = ""
        self.summary = QLabel(objectName="summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.intake_button = QPushButton(self.tr("Take in this device"), objectName="take_in")
        self.intake_button.clicked.connect(
            lambda: self.start_intake.emit(self.identifier.text().strip())
        )
        self.intake_button.hide()
        self.model = RowsModel(COLUMNS, "DeviceHistoryPage", self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # one Tab stop
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(
            lambda index: self.open_ticket.emit(self.model.row_at(index.row()).ticket_no)
        )
        row = QHBoxLayout()
        row.addWidget(self.identifier, 1)
        row.addWidget(find)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.intake_button)
        layout.addWidget(self.view)

    def show_device(self, identifier: str) -> None:
        """The device's history, read in the background; an older answer is dropped."""
        identifier = identifier.strip()
        self.identifier.setText(identifier)
        self.shown.emit(identifier)
        self.intake_button.hide()
        self._asked = identifier

        def shown(history: Any) -> None:
            if self._asked == identifier:
                self._show(history)

        def failed(exc: BaseException) -> None:
            if self._asked != identifier:
                return
            self.model.set_rows([])
            if not isinstance(exc, ServiceError):
                show_error(self, exc)
                return
            self.summary.setText(html.escape(i18n.error_text(exc)))
            if isinstance(exc, NotFound):
                self.intake_button.setVisible(looks_like_imei(identifier) or bool(identifier))

        run_task(self, device_service.history, self.db, identifier, on_done=shown, on_error=failed)

    def _show(self, history: Any) -> None:
        d = history.device
        e = html.escape  # names as typed, never as markup
        text = [
            f"<b>{e(d.brand)} {e(d.model)}</b> {e(d.colour)} · "
            + e(f"IMEI {d.imei}" if d.imei else f"S/N {d.serial}")
            + (
                f" · {e(history.owner.name)} {e(history.owner.phone_masked)}"
                if history.owner
                else ""
            )
        ]
        if history.under_repair_warranty:
            text.append(
                e(
                    self.tr("Under our repair warranty until {date} ({ticket})").format(
                        date=history.under_repair_warranty.warranty_until,
                        ticket=history.under_repair_warranty.ticket_no,
                    )
                )
            )
        if history.open_ticket:
            text.append(e(self.tr("Open ticket: {ticket}").format(ticket=history.open_ticket)))
        if history.replaced_by_imei:
            text.append(
                e(
                    self.tr("Exchanged for the device with IMEI {imei}").format(
                        imei=history.replaced_by_imei
                    )
                )
            )
        self.summary.setText("<br>".join(text))
        self.model.set_rows(history.entries)
        fit_columns(self.view)
