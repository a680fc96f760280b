"""The ticket page's Warranty tab: the engine's decision in words, the technician's finding
(free / paid with an exclusion, same fault for a comeback), settling a return or exchange,
and moving the promised time. Each error shows under the part of the form it concerns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n, names
from counter_app.db import Database
from counter_app.errors import ServiceError
from counter_app.names import payment_method_text
from counter_app.services.base.dto import Actor, TicketDetail
from counter_app.services.money import returns as return_service
from counter_app.services.tickets import promise as promise_service
from counter_app.services.tickets import quotes as quote_service
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import zone
from counter_app.ui import format as fmt
from counter_app.ui.operations import run_task, show_error
from counter_app.ui.scanner import accept_scans

if TYPE_CHECKING:  # the settings module is read when first needed
    from counter_app.services.shop.settings import ShopSettings

ERROR_STYLE = "color: #c62828;"


def settlement_text(d: TicketDetail) -> str:
    """The ticket's warranty line in the current language (the engine's one wording)."""
    return names.settlement_text(
        d.warranty_decision, d.warranty_code, d.warranty_params, QCoreApplication.translate
    )


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class WarrantyPanel(QWidget):
    changed = Signal(str)
    busy_changed = Signal(bool)  # a write started here is running (True) or answered

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.detail: TicketDetail | None = None
        self.time_zone = "Asia/Shanghai"
        self.busy = False
        self._build()

    def _build(self) -> None:
        self.summary = QLabel(objectName="warranty_summary")
        self.summary.setWordWrap(True)
        self.offer = QLabel(objectName="exchange_offer")
        self.offer.setStyleSheet("color: #e65100; font-weight: bold;")
        self.offer.setWordWrap(True)

        self.finding = QGroupBox(self.tr("Technician's finding"))
        form = QFormLayout(self.finding)
        self.decision = QComboBox(objectName="warranty_decision")
        self.decision.addItem(self.tr("Free (covered)"), "free")
        self.decision.addItem(self.tr("Paid"), "paid")
        self.exclusion = QComboBox(objectName="exclusion")
        self.exclusion.addItem(self.tr("None"), "")
        for kind in warranty.EXCLUSIONS:
            self.exclusion.addItem(names.exclusion_text(kind, QCoreApplication.translate), kind)
        self.exclusion.currentIndexChanged.connect(self._exclusion_picked)
        self.applies_to = QComboBox(objectName="applies_to")
        self.same_fault = QCheckBox(self.tr("Same fault as the earlier repair"))
        self.same_fault.setObjectName("same_fault")
        self.reason = QLineEdit(objectName="warranty_reason")
        self.reason.setPlaceholderText(self.tr("What was found"))
        self.finding_error = _error_label("finding_error")
        self.finding_button = QPushButton(self.tr("Record finding"), objectName="record_finding")
        self.finding_button.clicked.connect(self.record_finding)
        self.reason.returnPressed.connect(self.record_finding)  # Enter records it
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Not covered because"), self.exclusion)
        form.addRow(self.tr("Applies to"), self.applies_to)
        form.addRow("", self.same_fault)
        form.addRow(self.tr("Note"), self.reason)
        form.addRow("", self.finding_error)
        form.addRow("", self.finding_button)

        self.returns = QGroupBox(self.tr("Return or exchange"))
        rform = QFormLayout(self.returns)
        self.choices = QLabel(objectName="return_choices")
        self.choices.setWordWrap(True)
        self.outcome = QComboBox(objectName="return_outcome")
        outcome_names = {
            "refund": self.tr("Refund"),
            "exchange": self.tr("Exchange"),
            "repair": self.tr("Repair under warranty"),
            "no_fault": self.tr("No fault found: return as is"),
        }
        for outcome in warranty.RETURN_OUTCOMES:
            self.outcome.addItem(outcome_names[outcome], outcome)
        self.refund_amount = QLineEdit(objectName="refund_amount")
        self.refund_method = QComboBox(objectName="refund_method")
        for method in fmt.payment_methods():  # as the shop offers
            self.refund_method.addItem(payment_method_text(method), method)
        self.exchange_imei = QLineEdit(objectName="exchange_imei")
        self.exchange_imei.setPlaceholderText(self.tr("the new device's IMEI"))
        accept_scans(self.exchange_imei, "imei")
        self.return_error = _error_label("return_error")
        self.return_button = QPushButton(self.tr("Settle return"), objectName="settle_return")
        self.return_button.clicked.connect(self.settle_return)
        for field in (self.refund_amount, self.exchange_imei):
            field.returnPressed.connect(self.settle_return)  # Enter settles it
        rform.addRow(self.choices)
        rform.addRow(self.tr("Outcome"), self.outcome)
        rform.addRow(self.tr("Refund amount"), self.refund_amount)
        rform.addRow(self.tr("Refund method"), self.refund_method)
        rform.addRow(self.tr("New IMEI"), self.exchange_imei)
        rform.addRow("", self.return_error)
        rform.addRow("", self.return_button)

        self.promise_box = QGroupBox(self.tr("Promised time"))
        pform = QFormLayout(self.promise_box)
        self.promised_at = QDateTimeEdit(objectName="promised_at")
        self.promised_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised_at.setCalendarPopup(True)
        self.promise_reason = QLineEdit(objectName="promise_reason")
        self.promise_reason.setPlaceholderText(self.tr("Why it changes"))
        self.promise_error = _error_label("promise_error")
        self.promise_button = QPushButton(self.tr("Change promise"), objectName="change_promise")
        self.promise_button.clicked.connect(self.change_promise)
        self.promise_reason.returnPressed.connect(self.change_promise)
        for button in (self.finding_button, self.return_button, self.promise_button):
            button.setToolTip(f"{button.text()} (Enter)")
        pform.addRow(self.tr("New time"), self.promised_at)
        pform.addRow(self.tr("Reason"), self.promise_reason)
        pform.addRow("", self.promise_error)
        pform.addRow("", self.promise_button)

        # Two columns, so the ticket page still fits a 1280-pixel screen.
        row = QGridLayout()
        row.addWidget(self.finding, 0, 0, 2, 1)
        row.addWidget(self.returns, 0, 1)
        row.addWidget(self.promise_box, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.offer)
        layout.addLayout(row)
        layout.addStretch(1)

    # -- showing ----------------------------------------------------------------------
    def set_ticket(self, d: TicketDetail, time_zone: str) -> None:
        """Show ``d``; another ticket than before starts with empty fields (nothing typed
        for one ticket carries over to the next)."""
        same = self.detail is not None and self.detail.ticket_no == d.ticket_no
        self.detail, self.time_zone = d, time_zone
        if not same:
            self._fresh_inputs()
        for label in (self.finding_error, self.return_error, self.promise_error):
            label.hide()
        lines = [settlement_text(d)]
        if d.warranty_kind:
            lines.insert(0, names.warranty_kind_text(d.warranty_kind, QCoreApplication.translate))
        if d.warranty_exclusion:
            lines.append(
                self.tr("Finding: {exclusion}").format(
                    exclusion=names.exclusion_text(d.warranty_exclusion, QCoreApplication.translate)
                )
            )
        if d.warranty_reason:
            lines.append(names.event_text(d.warranty_reason))
        self.summary.setText("\n".join(lines))
        self.offer.setVisible(d.exchange_offered)
        self.offer.setText(
            names.exchange_offer_text(d.failed_repairs, QCoreApplication.translate)
            if d.exchange_offered
            else ""
        )
        is_open = d.status not in ("collected", "cancelled")
        self.finding.setEnabled(is_open and self.actor.role in ("technician", "manager"))
        self.applies_to.clear()
        self.applies_to.addItem(self.tr("The whole job"), None)
        for line in d.lines:
            self.applies_to.addItem(line.description, line.id)
        self.same_fault.setVisible(d.is_comeback)
        self.same_fault.setChecked(d.warranty_code == "comeback_same_fault")
        returnable = (
            d.service_type == "return_exchange"
            and d.return_outcome is None
            and d.status in return_service.RETURNABLE_STATUSES
            and self.actor.role in ("clerk", "manager")
        )
        self.returns.setVisible(d.service_type == "return_exchange")
        self.returns.setEnabled(returnable)
        if d.purchase_date is not None and d.service_type == "return_exchange":
            self._show_choices(d)
        elif d.service_type == "return_exchange":
            self.choices.setText(
                self.tr("No purchase date: no refund or exchange; repair or no fault found")
            )
        if d.purchase_price is not None and not self.refund_amount.text():
            self.refund_amount.setText(f"{d.purchase_price:.2f}")
        self.promise_box.setEnabled(
            is_open and self.actor.role in ("clerk", "technician", "manager")
        )
        if d.promised_at is not None:
            local = d.promised_at.astimezone(zone(time_zone))
            self.promised_at.setDateTime(QDateTime(local.replace(tzinfo=None)))

    def _fresh_inputs(self) -> None:
        for field in (self.reason, self.refund_amount, self.exchange_imei, self.promise_reason):
            field.clear()
        for combo in (self.decision, self.exclusion, self.outcome, self.refund_method):
            combo.setCurrentIndex(0)
        self.choices.clear()

    def _show_choices(self, d: TicketDetail) -> None:
        """The shop's return periods are read in the background."""
        from counter_app.services.shop import settings as settings_service

        def show(values: ShopSettings) -> None:
            if self.detail is d:  # still the ticket asked for
                self.choices.setText(self._choices_text(d, values))

        run_task(self, settings_service.get_all, self.db, on_done=show)

    def _choices_text(self, d: TicketDetail, values: ShopSettings) -> str:
        assert d.purchase_date is not None
        policy = warranty.Policy.from_settings(values)
        received = d.received_at.astimezone(zone(self.time_zone)).date()
        allowed = return_service.choices_for(d.purchase_date, received, policy)
        return self.tr("Bought {bought}: refund until {refund}, exchange until {exchange}").format(
            bought=allowed.bought, refund=allowed.return_until, exchange=allowed.exchange_until
        )

    def _exclusion_picked(self) -> None:
        if self.exclusion.currentData():
            self.decision.setCurrentIndex(self.decision.findData("paid"))

    # -- actions ----------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        """While a write of this ticket page runs no second one starts from this tab."""
        self.busy = busy
        for button in (self.finding_button, self.return_button, self.promise_button):
            button.setEnabled(not busy)

    def _run(
        self,
        error_label: QLabel,
        action: Callable[[int], Any],
        on_success: Callable[[], None] | None = None,
    ) -> bool:
        """Run a change with the shown version in the background; meanwhile the page is
        busy (busy_changed) and starts no other change. The refusal shows under the part
        of the form it concerns. Returns whether the change was started."""
        if self.detail is None or self.busy:
            return False
        ticket_no, version = self.detail.ticket_no, self.detail.version
        self.set_busy(True)
        self.busy_changed.emit(True)

        def done(_: object) -> None:
            self.set_busy(False)
            self.busy_changed.emit(False)
            error_label.hide()
            if on_success is not None:
                on_success()
            self.changed.emit(ticket_no)

        def failed(exc: BaseException) -> None:
            self.set_busy(False)
            self.busy_changed.emit(False)
            if not isinstance(exc, ServiceError):
                show_error(self, exc)
                return
            error_label.setText(i18n.error_text(exc))
            error_label.show()

        run_task(self, action, version, on_done=done, on_error=failed, busy=True)
        return True

    def record_finding(self) -> bool:
        no = self.detail.ticket_no if self.detail else ""
        decision, exclusion = self.decision.currentData(), self.exclusion.currentData() or None
        same, reason = self.same_fault.isChecked(), self.reason.text()
        line_id = self.applies_to.currentData()
        return self._run(
            self.finding_error,
            lambda v: quote_service.set_warranty(
                self.db,
                self.actor,
                no,
                decision,
                reason,
                v,
                exclusion=exclusion,
                same_fault=same,
                line_id=line_id,
            ),
            self.reason.clear,
        )

    def settle_return(self) -> bool:
        no = self.detail.ticket_no if self.detail else ""
        outcome = self.outcome.currentData()
        amount, method = self.refund_amount.text(), self.refund_method.currentData()
        imei = self.exchange_imei.text()
        return self._run(
            self.return_error,
            lambda v: return_service.record_return(
                self.db,
                self.actor,
                no,
                outcome,
                amount=amount,
                method=method,
                exchange_imei=imei,
                expected_version=v,
            ),
        )

    def change_promise(self) -> bool:
        no = self.detail.ticket_no if self.detail else ""
        naive: datetime = self.promised_at.dateTime().toPython()
        at = naive.replace(tzinfo=zone(self.time_zone))
        reason = self.promise_reason.text()
        return self._run(
            self.promise_error,
            lambda v: promise_service.change_promise(self.db, self.actor, no, at, reason, v),
            self.promise_reason.clear,
        )
