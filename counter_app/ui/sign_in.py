"""Sign-in on a shared shop PC: pick the account, type the password (if it has one)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from counter_app import i18n
from counter_app.db import Database
from counter_app.errors import ServiceError
from counter_app.services import users as user_service
from counter_app.services.dto import Actor
from counter_app.ui import format as fmt


class SignInDialog(QDialog):
    def __init__(self, db: Database, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.user = QComboBox(objectName="user")
        for user in user_service.list_users(db):
            self.user.addItem(f"{user.display_name} · {fmt.role_text(user.role)}", user.username)
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.error)
        form.addRow(buttons)
        self.password.setFocus()

    def try_sign_in(self) -> None:
        try:
            self.actor = user_service.sign_in(
                self.db, self.user.currentData(), self.password.text()
            )
        except ServiceError as exc:
            self.error.setText(i18n.error_text(exc))
            self.password.selectAll()
            return
        self.accept()
