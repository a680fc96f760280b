"""The technician's "Beyond repair" dialog on the ticket page: why the device cannot be
repaired (the ORDS barriers) and a note. It only asks; the page records it through
services/tickets/outcomes.py in the background."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from counter_app import names
from counter_app.models.ticket import BARRIERS


class BeyondRepairDialog(QDialog):
    def __init__(self, ticket_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Beyond repair: {ticket}").format(ticket=ticket_no))
        self.barrier = QComboBox(objectName="barrier")
        for key in BARRIERS:
            self.barrier.addItem(names.barrier_text(key), key)
        self.note = QPlainTextEdit(objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What you found, for the customer and the record"))
        explain = QLabel(
            self.tr(
                "The device goes back to the customer unrepaired; the customer pays only the "
                "shop's diagnosis fee, if any."
            )
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("Why"), self.barrier)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str]:
        """(barrier key, note) as chosen."""
        return str(self.barrier.currentData()), self.note.toPlainText()
