"""Dialogs of the schedule: book an appointment, move it, record a finished visit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from counter_app import names
from counter_app.db import Database
from counter_app.printing.appointment_docs import kind_text
from counter_app.services.appointments import booking as appointments
from counter_app.services.appointments.booking import AppointmentData, AppointmentInfo, VisitReport
from counter_app.services.base.dto import Actor
from counter_app.services.people import customers as customer_service
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import utcnow, zone
from counter_app.ui import format as fmt
from counter_app.ui.dialog_title import fit_title
from counter_app.ui.operations import run_task
from counter_app.ui.page_writes import OneWrite, say


class _ServiceDialog(QDialog):
    """A form whose OK runs one service call; an error stays in the dialog, nothing saved."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.form = QFormLayout(self)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.result_info: AppointmentInfo | None = None
        self.writes = OneWrite(self, lambda: [self.buttons])

    def finish_layout(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def request(self) -> Callable[[], AppointmentInfo]:
        """The service call the form asks for, its values taken now (on the UI thread)."""
        raise NotImplementedError

    def save(self) -> None:
        """Run in the background; the dialog closes once it is done, or says why not."""
        self.writes.run(self.request(), on_done=self._saved, on_refused=say(self.error))

    def _saved(self, info: AppointmentInfo) -> None:
        self.result_info = info
        self.accept()


def _slot_edit(starts: datetime) -> QDateTimeEdit:
    """A slot's start, picked in the shop's local time."""
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setDateTime(QDateTime(starts.date(), starts.time()))
    return edit


def _picked(edit: QDateTimeEdit, time_zone: str) -> datetime:
    local = edit.dateTime().toPython().replace(second=0, microsecond=0)
    return local.replace(tzinfo=zone(time_zone))


class _AppointmentDialog(_ServiceDialog):
    """A dialog about one appointment, titled with its number."""

    def __init__(
        self, db: Database, actor: Actor, info: AppointmentInfo, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(db, actor, parent)
        self.info = info
        self.setWindowTitle(title.format(id=info.id))
        fit_title(self)


class BookDialog(_ServiceDialog):
    """Book a drop-off or an on-site visit."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        engineers: list[tuple[str, str]],
        starts: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setWindowTitle(self.tr("Book an appointment"))
        fit_title(self)
        self.time_zone = fmt.time_zone()  # the shop's, as the main window set it
        self.phone = QLineEdit()
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in ("onsite", "dropoff"):
            self.kind.addItem(kind_text(kind), kind)
        if starts is None:
            local = fmt.local_datetime(utcnow() + timedelta(days=1))
            assert local is not None
            starts = local.replace(hour=10, minute=0, second=0, microsecond=0)
        self.at = _slot_edit(starts)
        self.minutes = QSpinBox()
        self.minutes.setRange(appointments.MIN_MINUTES, appointments.MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.address = QLineEdit()
        self.engineer = QComboBox()
        self.engineer.addItem(self.tr("(none)"), "")
        for username, display in engineers:
            self.engineer.addItem(display, username)
        self.brand = QLineEdit()
        self.model_edit = QLineEdit()
        self.identifier = QLineEdit()
        self.identifier.setPlaceholderText(self.tr("IMEI or serial number, if known"))
        self.fault = QLineEdit()
        self.notes = QLineEdit()
        for title, widget in (
            (self.tr("Phone"), self.phone),
            (self.tr("Name"), self.name),
            (self.tr("Kind"), self.kind),
            (self.tr("Time"), self.at),
            (self.tr("Minutes"), self.minutes),
            (self.tr("Address"), self.address),
            (self.tr("Engineer"), self.engineer),
            (self.tr("Brand"), self.brand),
            (self.tr("Model"), self.model_edit),
            (self.tr("IMEI / serial"), self.identifier),
            (self.tr("Fault"), self.fault),
            (self.tr("Notes"), self.notes),
        ):
            self.form.addRow(title, widget)
        self.phone.editingFinished.connect(self.look_up_phone)
        self.finish_layout()

    def look_up_phone(self) -> None:
        """A returning customer's name, as at intake."""
        typed = self.phone.text()

        def show(found: Any) -> None:
            if self.phone.text() != typed:
                return  # the phone was changed meanwhile
            if found is not None and not self.name.text().strip():
                self.name.setText(found.name)

        run_task(self, customer_service.find_by_phone, self.db, typed, on_done=show)

    def data(self) -> AppointmentData:
        identifier = self.identifier.text().strip()
        digits = identifier.replace(" ", "").replace("-", "")
        is_imei = digits.isdigit() and len(digits) >= 14
        return AppointmentData(
            name=self.name.text(),
            phone=self.phone.text(),
            kind=self.kind.currentData(),
            at=_picked(self.at, self.time_zone),
            minutes=self.minutes.value(),
            address=self.address.text(),
            engineer=self.engineer.currentData(),
            brand=self.brand.text(),
            model=self.model_edit.text(),
            imei=identifier if is_imei else "",
            serial="" if is_imei else identifier,
            fault=self.fault.text(),
            notes=self.notes.text(),
        )

    def request(self) -> Callable[[], AppointmentInfo]:
        db, actor, data = self.db, self.actor, self.data()
        return lambda: appointments.add(db, actor, data)


class DoneDialog(_AppointmentDialog):
    """What the engineer did on the visit, what was paid, who signed."""

    def __init__(
        self, db: Database, actor: Actor, info: AppointmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            db,
            actor,
            info,
            QCoreApplication.translate("DoneDialog", "Appointment {id} done"),
            parent,
        )
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.parts = QLineEdit()
        self.parts.setPlaceholderText(self.tr("SKU x quantity, separated by commas"))
        self.paid = QLineEdit()
        self.method = QComboBox()
        for method in fmt.payment_methods():  # as the shop offers
            self.method.addItem(fmt.payment_method_text(method), method)
        self.signed_by = QLineEdit(info.customer_name)
        self.not_fixed = QCheckBox(
            self.tr("Could not fix it on site (the job goes on on its ticket)"),
            objectName="not_fixed",
        )
        self.exclusion = QComboBox(objectName="exclusion")
        self.exclusion.addItem(self.tr("(none: warranty applies if covered)"), "")
        for kind in warranty.EXCLUSIONS:
            self.exclusion.addItem(names.exclusion_text(kind, QCoreApplication.translate), kind)
        self.form.addRow(self.tr("Work done"), self.note)
        if info.kind == "onsite":
            self.form.addRow(self.not_fixed)
            self.form.addRow(self.tr("Parts used"), self.parts)
            self.form.addRow(self.tr("Paid on site"), self.paid)
            self.form.addRow(self.tr("Method"), self.method)
            self.form.addRow(self.tr("Warranty exclusion"), self.exclusion)
        self.form.addRow(self.tr("Signed by"), self.signed_by)
        self.finish_layout()

    def parts_used(self) -> list[tuple[str, str]]:
        used = []
        for item in self.parts.text().split(","):
            if not item.strip():
                continue
            sku, _, qty = item.strip().replace("×", "x").rpartition(" x ")
            used.append((sku.strip(), qty.strip()) if sku else (item.strip(), "1"))
        return used

    def report(self) -> VisitReport:
        paid = self.paid.text().strip()
        return VisitReport(
            note=self.note.toPlainText(),
            paid=paid or None,
            method=self.method.currentData() if paid else "",
            signed_by=self.signed_by.text(),
            parts=self.parts_used(),
            fixed=not self.not_fixed.isChecked(),
            exclusion=self.exclusion.currentData() or "",
        )

    def request(self) -> Callable[[], AppointmentInfo]:
        db, actor, appointment_id, report = self.db, self.actor, self.info.id, self.report()
        return lambda: appointments.done(db, actor, appointment_id, report)


class RescheduleDialog(_AppointmentDialog):
    """Move a booking to another slot; a slot after the day the visit is due by is said."""

    def __init__(
        self, db: Database, actor: Actor, info: AppointmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            db,
            actor,
            info,
            QCoreApplication.translate("RescheduleDialog", "Reschedule appointment {id}"),
            parent,
        )
        self.time_zone = fmt.time_zone()
        starts = fmt.local_datetime(info.starts_at)
        assert starts is not None
        self.at = _slot_edit(starts)
        self.at.setObjectName("new_time")
        self.reason = QLineEdit(objectName="reason")
        self.past_due = QLabel(objectName="past_due")
        self.past_due.setWordWrap(True)
        self.past_due.setStyleSheet("color: #e65100;")
        self.form.addRow(self.tr("New time"), self.at)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.past_due)
        self.at.dateTimeChanged.connect(lambda _: self._check_due())
        self._check_due()
        self.finish_layout()

    def _local(self) -> datetime:
        return _picked(self.at, self.time_zone)

    def _check_due(self) -> None:
        late = appointments.slot_past_due(self.info.due_on, self._local().date())
        self.past_due.setText(
            self.tr("After {day}, the day the visit is due by").format(day=self.info.due_on)
            if late
            else ""
        )

    def request(self) -> Callable[[], AppointmentInfo]:
        db, actor, number = self.db, self.actor, self.info.id
        at, reason = self._local(), self.reason.text()
        return lambda: appointments.reschedule(db, actor, number, at, reason)
