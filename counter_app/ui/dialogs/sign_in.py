"""Sign-in on a shared shop PC: pick the account, type the password (if it has one); a
manager without a password is reminded to set one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
)

from counter_app.db import Database
from counter_app.errors import ServiceError
from counter_app.services.base.dto import Actor
from counter_app.services.people import users as user_service
from counter_app.ui import format as fmt
from counter_app.ui.dialog_title import fit_title
from counter_app.ui.operations import run_task
from counter_app.ui.page_writes import OneWrite, say


def direct_actor(db: Database, user: str | None, demo: bool) -> Actor | None:
    """The account entered without the dialog: the demo shop's manager, or a --user whose
    account has no password. None means the sign-in dialog must ask."""
    if demo:
        return user_service.sign_in(db, user or user_service.DEFAULT_MANAGER, "")
    if user and not user_service.has_password(db, user):
        return user_service.sign_in(db, user, "")
    return None


class SignInDialog(QDialog):
    def __init__(self, db: Database, parent=None, preselect: str | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in"))
        fit_title(self)  # the title bar keeps the whole title, app name included
        self.user = QComboBox(objectName="user")
        self.preselect = (preselect or "").strip().lower()
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)  # the lockout's sentence, whole, on two lines if need be
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
        # The accounts are listed, and the password checked, in the background.
        self.writes = OneWrite(self, lambda: [buttons])
        self.listed = False
        buttons.setEnabled(False)
        run_task(
            self, user_service.list_users, db, on_done=lambda people: self._list(buttons, people)
        )

    def _list(self, buttons: QDialogButtonBox, people: list) -> None:  # type: ignore[type-arg]
        for user in people:
            self.user.addItem(f"{user.display_name} · {fmt.role_text(user.role)}", user.username)
        index = self.user.findData(self.preselect) if self.preselect else -1
        if index >= 0:
            self.user.setCurrentIndex(index)
        self.listed = True
        buttons.setEnabled(True)

    def try_sign_in(self) -> None:
        if not self.listed:
            return
        self.writes.run(
            user_service.sign_in,
            self.db,
            self.user.currentData(),
            self.password.text(),
            on_done=self._signed_in,
            on_refused=self._refused,
        )

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, exc: ServiceError) -> None:
        say(self.error)(exc)
        self.password.selectAll()


class SetPasswordDialog(QDialog):
    """A manager's account has no password: anyone at the counter could enter it."""

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.setWindowTitle(self.tr("Set a password"))
        fit_title(self)  # the title bar keeps the whole title, app name included
        note = QLabel(
            self.tr(
                "Your manager account has no password: anyone at this PC can sign in as you. "
                "Set one now."
            ),
            objectName="note",
        )
        note.setWordWrap(True)
        self.password = QLineEdit(objectName="password")
        self.repeat = QLineEdit(objectName="repeat")
        for box in (self.password, self.repeat):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)  # the lockout's sentence, whole, on two lines if need be
        self.error.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("Repeat it"), self.repeat)
        form.addRow(self.error)
        form.addRow(buttons)
        self.writes = OneWrite(self, lambda: [buttons])

    def save(self) -> None:
        """Saved in the background; the dialog closes once saved, or says why not."""
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ"))
            return
        self.writes.run(
            user_service.set_password,
            self.db,
            self.actor,
            self.actor.username,
            self.password.text(),
            on_done=lambda _: self.accept(),
            on_refused=say(self.error),
        )


def password_reminder(db: Database, actor: Actor, parent=None) -> SetPasswordDialog | None:  # type: ignore[no-untyped-def]
    """The reminder dialog for a manager without a password, else None."""
    if actor.role != "manager" or user_service.has_password(db, actor.username):
        return None
    return SetPasswordDialog(db, actor, parent)


def remind_to_set_password(db: Database, actor: Actor, window: QMainWindow) -> None:
    """A manager without a password gets a reminder in the window's status bar, with the
    button that sets one: it never blocks the window (a scan or a key still goes where
    the clerk expects it). Whether the account has a password is read in the background."""
    if actor.role != "manager":
        return
    run_task(
        window,
        user_service.has_password,
        db,
        actor.username,
        on_done=lambda has: None if has else _add_reminder(db, actor, window),
    )


def _add_reminder(db: Database, actor: Actor, window: QMainWindow) -> None:
    button = QPushButton(
        QCoreApplication.translate("SignIn", "No password on this manager account: set one…"),
        objectName="set_password_reminder",
    )
    button.setStyleSheet("color: #b71c1c; font-weight: bold;")
    button.setFlat(True)

    def ask() -> None:
        dialog = SetPasswordDialog(db, actor, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            window.statusBar().removeWidget(button)
            button.deleteLater()

    button.clicked.connect(ask)
    window.statusBar().addPermanentWidget(button)
