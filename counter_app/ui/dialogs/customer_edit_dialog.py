"""Correcting a customer's details and contact consent; each error shows under its field."""

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
from counter_app.services.base.dto import Actor, CustomerInfo
from counter_app.services.people import customers as customer_service
from counter_app.ui.page_writes import OneWrite
from counter_app.validation import format_phone


class CustomerEditDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, customer: CustomerInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.customer = db, actor, customer
        self.setWindowTitle(self.tr("Edit customer"))
        form = QFormLayout(self)
        self.name = QLineEdit(customer.name, objectName="name")
        self.phone = QLineEdit(format_phone(customer.phone), objectName="phone")
        self.email = QLineEdit(customer.email or "", objectName="email")
        self.consent = QCheckBox(self.tr("May be contacted"), objectName="contact_consent")
        self.consent.setChecked(customer.contact_consent)
        self.errors: dict[str, QLabel] = {}
        for label, widget, field in (
            (self.tr("Name"), self.name, "name"),
            (self.tr("Phone"), self.phone, "phone"),
            (self.tr("Email"), self.email, "email"),
        ):
            form.addRow(label, widget)
            error = QLabel(objectName=f"{field}_error")
            error.setStyleSheet("color: #c62828;")
            error.hide()
            form.addRow("", error)
            self.errors[field] = error
        form.addRow("", self.consent)
        self.message = QLabel(objectName="message")
        self.message.setStyleSheet("color: #c62828;")
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.writes = OneWrite(self, lambda: [buttons])

    def save(self) -> bool:
        """Saved in the background; the dialog closes once saved, or shows the refusal
        under the field it concerns. Returns whether the save was started."""
        for label in self.errors.values():
            label.hide()
        return self.writes.run(
            customer_service.update,
            self.db,
            self.actor,
            self.customer.id,
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            contact_consent=self.consent.isChecked(),
            on_done=lambda _: self.accept(),
            on_refused=self._refused,
        )

    def _refused(self, exc: ServiceError) -> None:
        label = self.errors.get(exc.field) if isinstance(exc, ValidationError) else None
        if label is None:
            self.message.setText(i18n.error_text(exc))
        else:
            label.setText(i18n.error_text(exc))
            label.show()
