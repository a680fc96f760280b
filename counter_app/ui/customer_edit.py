"""Correcting a customer's details (name, phone, email, contact consent) at the counter; the
service checks them like intake does and keeps an audit record."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from counter_app import i18n
from counter_app.db import Database
from counter_app.errors import ServiceError, ValidationError
from counter_app.services import customers as customer_service
from counter_app.services.dto import Actor, CustomerInfo
from counter_app.ui.operations import run_task, show_error
from counter_app.validation import format_phone


class CustomerEditDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, customer: CustomerInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.customer = db, actor, customer
        self.saved: CustomerInfo | None = None
        self.setWindowTitle(self.tr("Customer details"))
        self.setMinimumWidth(420)
        self.name = QLineEdit(customer.name, objectName="name")
        self.phone = QLineEdit(format_phone(customer.phone), objectName="phone")
        self.email = QLineEdit(customer.email or "", objectName="email")
        self.consent = QCheckBox(self.tr("May be contacted"), objectName="consent")
        self.consent.setChecked(customer.contact_consent)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.consent)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def save(self) -> None:
        """Saved in the background; a refusal names the field and keeps the dialog open."""
        self.buttons.setEnabled(False)
        run_task(
            self,
            customer_service.update,
            self.db,
            self.actor,
            self.customer.id,
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            contact_consent=self.consent.isChecked(),
            on_done=self._saved,
            on_error=self._refused,
        )

    def _saved(self, info: CustomerInfo) -> None:
        self.saved = info
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, ServiceError):
            show_error(self, exc)
            return
        self.error.setText(i18n.error_text(exc))
        if isinstance(exc, ValidationError):
            field = getattr(self, exc.field, None)
            if isinstance(field, QLineEdit):
                field.setFocus()
                field.selectAll()
