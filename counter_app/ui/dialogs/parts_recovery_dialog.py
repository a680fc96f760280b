"""Parts page dialogs: a faulty part recovered from a customer's device (故障件回收), and
faulty stock sent back to the supplier. Errors show under the form; nothing is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from counter_app.db import Database
from counter_app.services.base.dto import Actor
from counter_app.services.stock import inventory
from counter_app.ui.dialog_title import fit_title
from counter_app.ui.page_writes import OneWrite, say


class PartsRecoveryDialog(QDialog):
    """``mode`` "faulty": recovered from a ticket's device; "supplier": returned to supplier."""

    def __init__(
        self, db: Database, actor: Actor, mode: str, sku: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.mode = db, actor, mode
        self.setWindowTitle(
            self.tr("Faulty part recovered") if mode == "faulty" else self.tr("Return to supplier")
        )
        fit_title(self)
        form = QFormLayout(self)
        self.ticket_no = QLineEdit(objectName="ticket_no")
        self.sku = QLineEdit(sku, objectName="sku")
        self.qty = QLineEdit("1", objectName="qty")
        self.reason = QLineEdit(objectName="reason")
        if mode == "faulty":
            form.addRow(self.tr("Ticket"), self.ticket_no)
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Quantity"), self.qty)
        form.addRow(self.tr("Note") if mode == "faulty" else self.tr("Reason"), self.reason)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.writes = OneWrite(self, lambda: [buttons])

    def save(self) -> bool:
        """Saved in the background; the dialog closes once saved, or says why not.
        Returns whether the save was started."""
        if self.mode == "faulty":
            args: tuple = (
                inventory.record_faulty_recovered,
                self.db,
                self.actor,
                self.ticket_no.text(),
                self.sku.text(),
                self.qty.text(),
                self.reason.text(),
            )
        else:
            args = (
                inventory.supplier_return,
                self.db,
                self.actor,
                self.sku.text(),
                self.qty.text(),
                self.reason.text(),
            )
        return self.writes.run(*args, on_done=self._saved, on_refused=say(self.error))

    def _saved(self, _: object) -> None:
        self.error.hide()
        self.accept()
