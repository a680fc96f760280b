"""Book an appointment from a consultation (issue 30, point 6: a consultation becomes a
booking): the booking dialog with the caller's name and question filled in; the phone, left
empty, is the consultation's own (the service takes it, so the whole number never shows)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from counter_app.db import Database
from counter_app.services.aftercare.consultations import ConsultationInfo
from counter_app.services.appointments.booking import AppointmentData
from counter_app.services.base.dto import Actor
from counter_app.ui.dialog_title import fit_title
from counter_app.ui.dialogs.appointment_dialogs import BookDialog


class ConsultationBookDialog(BookDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        engineers: list[tuple[str, str]],
        consultation: ConsultationInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, engineers, parent=parent)
        self.consultation = consultation
        self.setWindowTitle(self.tr("Book from consultation"))
        fit_title(self)
        self.setObjectName("consultation_booking")
        self.name.setText(consultation.name)
        self.phone.setPlaceholderText(
            self.tr("{phone} (from the consultation)").format(phone=consultation.phone_masked)
        )
        self.fault.setText(consultation.question)

    def data(self) -> AppointmentData:
        return replace(super().data(), consultation_id=self.consultation.id)
