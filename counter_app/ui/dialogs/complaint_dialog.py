"""The "New complaint" dialog, opened from the ticket page, the customers page and the
After-care page; it records through services/aftercare/complaints.py and stays open on an error."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from counter_app.db import Database
from counter_app.models import COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES
from counter_app.names import channel_text, feedback_class_text, severity_text
from counter_app.services.aftercare import complaints
from counter_app.services.aftercare.complaints import COMPLAINT_CLASSES, ComplaintInfo
from counter_app.services.base.dto import Actor
from counter_app.services.people import users as user_service
from counter_app.ui.operations import run_task
from counter_app.ui.page_writes import OneWrite, say


class ComplaintDialog(QDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        ticket_no: str = "",
        phone: str = "",
    ) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.result_info: ComplaintInfo | None = None
        self.setWindowTitle(self.tr("New complaint"))
        self.ticket = QLineEdit(ticket_no, objectName="ticket")
        self.ticket.setPlaceholderText(self.tr("Ticket number (optional)"))
        self.phone = QLineEdit(phone, objectName="phone")
        self.phone.setPlaceholderText(self.tr("Customer's phone, when there is no ticket"))
        self.feedback_class = QComboBox(objectName="feedback_class")
        for name in COMPLAINT_CLASSES:
            self.feedback_class.addItem(feedback_class_text(name), name)
        self.channel = QComboBox(objectName="channel")
        for name in COMPLAINT_CHANNELS:
            self.channel.addItem(channel_text(name), name)
        self.severity = QComboBox(objectName="severity")
        for name in COMPLAINT_SEVERITIES:
            self.severity.addItem(severity_text(name), name)
        self.description = QPlainTextEdit(objectName="description")
        self.description.setTabChangesFocus(True)
        self.against = QComboBox(objectName="against")
        self.against.addItem(self.tr("Nobody in particular"), "")
        self.staff_listed = False  # the staff are listed in the background
        run_task(self, user_service.list_users, db, on_done=self._list_staff)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Ticket"), self.ticket)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Class"), self.feedback_class)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("What happened"), self.description)
        form.addRow(self.tr("Complaint about"), self.against)
        form.addRow(self.message)
        form.addRow(buttons)
        self.writes = OneWrite(self, lambda: [buttons])

    def _list_staff(self, people: list) -> None:  # type: ignore[type-arg]
        for user in people:
            self.against.addItem(user.display_name, user.username)
        self.staff_listed = True

    def save(self) -> None:
        """Saved in the background; the dialog closes once saved, or says why not."""
        self.writes.run(
            complaints.add,
            self.db,
            self.actor,
            feedback_class=self.feedback_class.currentData(),
            channel=self.channel.currentData(),
            severity=self.severity.currentData(),
            description=self.description.toPlainText(),
            ticket_no=self.ticket.text() or None,
            phone=self.phone.text() or None,
            against=self.against.currentData() or None,
            on_done=self._saved,
            on_refused=say(self.message),
        )

    def _saved(self, info: ComplaintInfo) -> None:
        self.result_info = info
        self.accept()
