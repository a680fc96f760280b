"""Today's appointments, beside the job board: who is booked when, at a glance."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from counter_app.db import Database
from counter_app.printing.appointment_docs import kind_text, status_text
from counter_app.services.appointments import booking as appointments
from counter_app.timeutil import local_today
from counter_app.ui import format as fmt
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.operations import run_task
from counter_app.ui.pages.schedule_page import slot_text, state_colour
from counter_app.ui.table_fit import fit_columns

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("TodayAppointments", "Time"), slot_text),
    Column(QT_TRANSLATE_NOOP("TodayAppointments", "Customer"), lambda a: a.customer_name),
    Column(
        QT_TRANSLATE_NOOP("TodayAppointments", "Kind"),
        lambda a: " · ".join(x for x in (kind_text(a.kind), a.engineer_name) if x),
    ),
    Column(
        QT_TRANSLATE_NOOP("TodayAppointments", "Status"),
        lambda a: status_text(a.status),
        background=state_colour,
    ),
]


class TodayAppointments(QWidget):
    """Today's booked, confirmed, arrived and done appointments (the store's local day)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.time_zone = fmt.time_zone()  # the store's, set when the shop opened: no read here
        self.title = QLabel()
        self.model = RowsModel(COLUMNS, "TodayAppointments", self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # one Tab stop
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        self.setMinimumWidth(260)
        self._asked = 0  # the newest read: an older answer is dropped

    def refresh(self) -> None:
        """Read today's appointments in the background (the board refreshes this)."""
        self._asked += 1
        asked = self._asked
        run_task(
            self,
            appointments.day,
            self.db,
            local_today(self.time_zone),
            active_only=True,
            on_done=lambda rows: self._show(asked, rows),
        )

    def _show(self, asked: int, rows: list) -> None:  # type: ignore[type-arg]
        if asked != self._asked:
            return
        self.model.set_rows(rows)
        self.title.setText(self.tr("%n appointment(s) today", "", len(rows)))
        fit_columns(self.view)
