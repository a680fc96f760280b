"""The till (cash drawer) from the Shop menu: open it with a float, pay out petty cash, and
close it counting note by note (100, 50, 20, 10, 5, 1, 0.5, 0.1). The figures come from
services/money/till.py in the background; the dialog only asks and shows."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n
from counter_app.db import Database
from counter_app.printing import escpos
from counter_app.services.base.dto import Actor
from counter_app.services.money import till as till_service
from counter_app.ui.operations import run_task


class CountingHelper(QGroupBox):
    """How many of each note and coin are in the drawer; the total follows the counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Count the drawer"), parent)
        form = QFormLayout(self)
        self.counts: dict[Decimal, QSpinBox] = {}
        for value in till_service.DENOMINATIONS:
            box = QSpinBox(objectName=f"count_{value}")
            box.setRange(0, 100_000)
            box.valueChanged.connect(self._update)
            box.setAccessibleName(self.tr("Pieces of {value}").format(value=value))
            self.counts[value] = box
            form.addRow(f"{value} ×", box)
        self.total = QLabel("0.00", objectName="counted_total")
        form.addRow(self.tr("Counted"), self.total)

    def counted(self) -> Decimal:
        return till_service.count_notes({v: box.value() for v, box in self.counts.items()})

    def _update(self) -> None:
        self.total.setText(f"{self.counted():.2f}")


class TillDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Till"))
        self.state = QLabel(self.tr("Reading the till…"), objectName="till_state")
        self.state.setWordWrap(True)
        self.error = QLabel(objectName="till_error")
        self.error.setStyleSheet("color: #b00020")
        self.float_amount = QLineEdit("0.00", objectName="float_amount")
        self.open_button = QPushButton(self.tr("Open the till"), objectName="open_till")
        self.open_button.clicked.connect(self._open)
        self.payout_amount = QLineEdit(objectName="payout_amount")
        self.payout_reason = QLineEdit(objectName="payout_reason")
        self.payout_button = QPushButton(self.tr("Pay out"), objectName="payout")
        self.payout_button.clicked.connect(self._payout)
        self.helper = CountingHelper()
        self.note = QLineEdit(objectName="close_note")
        self.close_button = QPushButton(self.tr("Close the till"), objectName="close_till")
        self.close_button.clicked.connect(self._close)
        self.opening = QGroupBox(self.tr("Open"))
        form = QFormLayout(self.opening)
        form.addRow(self.tr("Float"), self.float_amount)
        form.addRow(self.open_button)
        self.working = QGroupBox(self.tr("Petty cash and closing"))
        form = QFormLayout(self.working)
        form.addRow(self.tr("Amount"), self.payout_amount)
        form.addRow(self.tr("Reason"), self.payout_reason)
        form.addRow(self.payout_button)
        form.addRow(self.helper)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.close_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.state, self.error, self.opening, self.working, buttons):
            layout.addWidget(widget)
        self.opening.setEnabled(False)
        self.working.setEnabled(False)
        run_task(self, till_service.status, db, actor, on_done=self._show, on_error=self._failed)

    def _show(self, summary: till_service.TillSummary | None) -> None:
        self.error.clear()
        self.opening.setEnabled(summary is None or not summary.is_open)
        self.working.setEnabled(summary is not None and summary.is_open)
        if self.opening.isEnabled():  # type the float, Enter opens the till
            self.open_button.setDefault(True)
            self.float_amount.setFocus()
            self.float_amount.selectAll()
        else:
            self.open_button.setDefault(False)
        if summary is None:
            self.state.setText(self.tr("No till is open on this PC."))
            return
        text = self.tr(
            "Float {float}, cash taken {taken}, refunded {refunded}, paid out {out}: expected {expected}"
        ).format(
            float=f"{summary.float_amount:.2f}",
            taken=f"{summary.cash_taken:.2f}",
            refunded=f"{summary.cash_refunded:.2f}",
            out=f"{summary.payouts:.2f}",
            expected=f"{summary.expected:.2f}",
        )
        if summary.variance is not None:
            text += "\n" + self.tr("Counted {counted}: variance {variance}").format(
                counted=f"{summary.counted:.2f}", variance=f"{summary.variance:+.2f}"
            )
            if summary.flagged:
                text += "\n" + self.tr("Beyond the shop's limit: flagged for the manager.")
        self.state.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(i18n.error_text(exc))

    def _open(self) -> None:
        run_task(
            self,
            till_service.open_till,
            self.db,
            self.actor,
            self.float_amount.text(),
            on_done=self._cash_moved,
            on_error=self._failed,
        )

    def _payout(self) -> None:
        run_task(
            self,
            till_service.payout,
            self.db,
            self.actor,
            self.payout_amount.text(),
            self.payout_reason.text(),
            on_done=self._cash_moved,
            on_error=self._failed,
        )

    def _cash_moved(self, summary: till_service.TillSummary) -> None:
        """Opened or paid out (committed): this PC's cash drawer opens, if it has one; a
        printer failure is one line here, and the till stands."""
        self._show(summary)
        problem = escpos.drawer_after_cash("cash")
        if problem:
            self.error.setText(problem)

    def _close(self) -> None:
        run_task(
            self,
            till_service.close_till,
            self.db,
            self.actor,
            self.helper.counted(),
            self.note.text(),
            on_done=self._closed,
            on_error=self._failed,
        )

    def _closed(self, summary: till_service.TillSummary) -> None:
        self._show(summary)
        self.opening.setEnabled(True)
        self.working.setEnabled(False)
