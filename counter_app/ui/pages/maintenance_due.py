"""After-care's "Maintenance due" tab (issue 30, point 11): the devices whose last
maintenance is older than the shop's interval, of customers who consented to be contacted
(the same service query as `counter-app maintenance due`), with the reminder message copied
to the clipboard or handed to the shop's sender when one is set. Reads and writes run in the
background."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app import i18n
from counter_app.db import Database
from counter_app.errors import ServiceError
from counter_app.services.base.dto import Actor
from counter_app.services.outreach import maintenance, messages
from counter_app.ui import format as fmt
from counter_app.ui.keyed import keyed
from counter_app.ui.models.maintenance_due_model import MaintenanceDueModel
from counter_app.ui.models.table_model import Column
from counter_app.ui.models.table_model import read_only_table as _table
from counter_app.ui.operations import run_task, show_error
from counter_app.ui.page_writes import OneWrite, say
from counter_app.ui.table_fit import fit_columns

KIND = "maintenance"
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("MaintenanceDue", "Due"), lambda d: fmt.local_date_text(d.due_on)),
    Column(
        QT_TRANSLATE_NOOP("MaintenanceDue", "Last maintenance"),
        lambda d: fmt.local_date_text(d.last_maintenance),
    ),
    Column(QT_TRANSLATE_NOOP("MaintenanceDue", "Customer"), lambda d: d.customer_name),
    Column(QT_TRANSLATE_NOOP("MaintenanceDue", "Phone"), lambda d: d.phone_masked),
    Column(QT_TRANSLATE_NOOP("MaintenanceDue", "Device"), lambda d: f"{d.brand} {d.model}"),
    Column(QT_TRANSLATE_NOOP("MaintenanceDue", "IMEI / serial"), lambda d: d.imei or d.serial),
    Column(QT_TRANSLATE_NOOP("MaintenanceDue", "Last job"), lambda d: d.ticket_no),
]


class MaintenanceDuePanel(QWidget):
    loaded = Signal()
    open_ticket = Signal(str)
    message_logged = Signal()  # a reminder was handed to the sender (logged on the ticket)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.summary = QLabel(objectName="maintenance_summary")
        self.status = QLabel(objectName="maintenance_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = MaintenanceDueModel(COLUMNS, "MaintenanceDue", db, actor, self)
        self.view = _table(self.model)
        self.view.setObjectName("maintenance_due")
        self.view.setAccessibleName(self.tr("Devices due for maintenance"))
        self.view.doubleClicked.connect(self._open_ticket)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.status.clear())
        self.copy_button = QPushButton(self.tr("&Copy message"), objectName="maintenance_copy")
        self.copy_button.clicked.connect(self.copy_message)
        self.send_button = QPushButton(self.tr("S&end"), objectName="maintenance_send")
        self.send_button.clicked.connect(self.send_message)
        self.send_button.hide()  # shown once a sender is known to be set
        keyed(self.copy_button, "Ctrl+Shift+M")
        keyed(self.send_button, "Ctrl+Shift+S")
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.writes = OneWrite(self, lambda: [self.copy_button, self.send_button])
        run_task(self, messages.can_send, self.db, on_done=self.send_button.setVisible)

    def refresh(self) -> None:
        self.model.reload(on_done=self._shown, on_error=self._failed)

    def _shown(self, rows: list[maintenance.MaintenanceDue]) -> None:
        self.summary.setText(self.tr("%n device(s) due for maintenance", "", len(rows)))
        fit_columns(self.view)
        if rows:
            self.view.selectRow(0)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self.summary.setText(i18n.error_text(exc))
            self.loaded.emit()
        else:
            show_error(self, exc)

    def current(self) -> maintenance.MaintenanceDue | None:
        return self.model.row_at(self.view.currentIndex().row())  # type: ignore[no-any-return]

    def _open_ticket(self) -> None:
        due = self.current()
        if due is not None:
            self.open_ticket.emit(due.ticket_no)

    def _chosen(self) -> maintenance.MaintenanceDue | None:
        due = self.current()
        if due is None:
            self.status.setText(self.tr("Choose a device in the list first."))
        return due

    def copy_message(self) -> None:
        """The reminder's text on the clipboard, to paste into a chat or SMS by hand."""
        due = self._chosen()
        if due is None:
            return

        def copied(text: messages.MessageText) -> None:
            QGuiApplication.clipboard().setText(text.text)
            self.status.setText(self.tr("Message copied"))

        self.writes.run(  # a read, but one at a time with Send
            messages.preview,
            self.db,
            self.actor,
            due.ticket_no,
            KIND,
            on_done=copied,
            on_refused=say(self.status),
        )

    def send_message(self) -> None:
        due = self._chosen()
        if due is None:
            return

        def sent(record: messages.MessageRecord) -> None:
            if record.outcome == "sent":
                self.status.setText(self.tr("Message sent"))
            else:
                self.status.setText(
                    self.tr("The sender failed: {detail}").format(detail=record.detail)
                )
            self.message_logged.emit()

        self.writes.run(
            messages.send,
            self.db,
            self.actor,
            due.ticket_no,
            KIND,
            on_done=sent,
            on_refused=say(self.status),
        )
