"""The schedule: a day list and a week grid per engineer over the appointment service, with
book / confirm / arrived / done / no-show / cancel and the service and day sheets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n
from counter_app.db import Database
from counter_app.errors import ServiceError
from counter_app.printing import appointment_docs
from counter_app.printing.appointment_docs import kind_text, status_text
from counter_app.services.appointments import booking as appointments
from counter_app.services.appointments.booking import AppointmentInfo
from counter_app.services.base.dto import Actor
from counter_app.timeutil import local_today
from counter_app.ui import file_dialogs
from counter_app.ui import format as fmt
from counter_app.ui.dialogs.appointment_dialogs import BookDialog, DoneDialog, RescheduleDialog
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.operations import run_task, show_error
from counter_app.ui.page_writes import OneWrite
from counter_app.ui.table_fit import fit_columns
from counter_app.validation import format_phone

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("SchedulePage", text)


_STRINGS = (
    QT_TRANSLATE_NOOP("SchedulePage", "late"),
    QT_TRANSLATE_NOOP("SchedulePage", "No engineer"),
)


def _hm(moment: datetime) -> str:
    local = fmt.local_datetime(moment)
    return local.strftime("%H:%M") if local else ""


def slot_text(a: AppointmentInfo) -> str:
    return f"{_hm(a.starts_at)}–{_hm(a.ends_at)}"


def state_text(a: AppointmentInfo) -> str:
    text = status_text(a.status)
    if a.late:
        text += " · " + _tr("late")
    return text


def state_colour(a: AppointmentInfo) -> QColor | None:
    if a.late:
        return QColor(255, 224, 224)
    if a.status == "done":
        return QColor(222, 242, 222)
    if a.status in ("cancelled", "no_show"):
        return QColor(230, 230, 230)
    return None


DAY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("SchedulePage", "Time"), slot_text),
    Column(QT_TRANSLATE_NOOP("SchedulePage", "Kind"), lambda a: kind_text(a.kind)),
    Column(QT_TRANSLATE_NOOP("SchedulePage", "Status"), state_text, background=state_colour),
    Column(QT_TRANSLATE_NOOP("SchedulePage", "Engineer"), lambda a: a.engineer_name or ""),
    Column(QT_TRANSLATE_NOOP("SchedulePage", "Customer"), lambda a: a.customer_name),
    Column(QT_TRANSLATE_NOOP("SchedulePage", "Phone"), lambda a: format_phone(a.phone)),
    Column(QT_TRANSLATE_NOOP("SchedulePage", "Address"), lambda a: a.address),
    Column(
        QT_TRANSLATE_NOOP("SchedulePage", "Device and fault"),
        lambda a: " — ".join(x for x in (f"{a.brand} {a.model}".strip(), a.fault) if x),
    ),
    Column(QT_TRANSLATE_NOOP("SchedulePage", "Due by"), lambda a: fmt.local_date_text(a.due_on)),
    Column(QT_TRANSLATE_NOOP("SchedulePage", "Ticket"), lambda a: a.ticket_no or ""),
]


class WeekModel(QAbstractTableModel):
    """Engineers down, the seven days across; a cell lists that engineer's appointments."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.monday = date.today()
        self.engineers: list[tuple[str, str]] = []
        self.cells: dict[tuple[str, int], list[AppointmentInfo]] = {}

    def set_week(
        self, monday: date, engineers: list[tuple[str, str]], rows: list[AppointmentInfo]
    ) -> None:
        self.beginResetModel()
        self.monday = monday
        self.engineers = list(engineers)
        self.cells = {}
        for a in rows:
            local = fmt.local_datetime(a.starts_at)
            assert local is not None
            self.cells.setdefault((a.engineer or "", (local.date() - monday).days), []).append(a)
        if any(key[0] == "" for key in self.cells):
            self.engineers.append(("", _tr("No engineer")))
        self.endResetModel()

    def appointments_at(self, row: int, column: int) -> list[AppointmentInfo]:
        if not 0 <= row < len(self.engineers):
            return []
        return self.cells.get((self.engineers[row][0], column), [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.engineers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        items = self.appointments_at(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "\n".join(
                f"{slot_text(a)} {a.customer_name} · {kind_text(a.kind)} · {status_text(a.status)}"
                for a in items
            )
        if role == Qt.ItemDataRole.BackgroundRole and any(a.late for a in items):
            return QBrush(QColor(255, 224, 224))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            day = self.monday + timedelta(days=section)
            return QLocale().toString(QDate(day), "ddd MM-dd")  # the interface language
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.engineers):
            return self.engineers[section][1]
        return None


class SchedulePage(QWidget):
    """Day and week views; actions on the selected appointment of the day view."""

    open_ticket = Signal(str)
    start_booked_intake = Signal(object)  # IntakeData of a drop-off that arrived

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.time_zone = fmt.time_zone()  # the PC's store zone, as the window set it
        self.pending_dropoff: int | None = None
        self.engineer_list: list[tuple[str, str]] = []  # listed in the background
        self._asked = self._answered = 0  # reads asked for / shown: older answers dropped
        self.day = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.day.setDate(QDate(local_today(self.time_zone)))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Day"), "day")
        self.mode.addItem(self.tr("Week"), "week")
        self.engineer = QComboBox()
        self.engineer.addItem(self.tr("All engineers"), "")
        previous = QPushButton("◀")
        following = QPushButton("▶")
        today = QPushButton(self.tr("Today"))
        previous.clicked.connect(lambda: self._step(-1))
        following.clicked.connect(lambda: self._step(1))
        today.clicked.connect(lambda: self.day.setDate(QDate(local_today(self.time_zone))))
        self.count = QLabel()
        top = QHBoxLayout()
        for widget in (previous, self.day, following, today, self.mode, self.engineer):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.count)

        self.model = RowsModel(DAY_COLUMNS, "SchedulePage", self)
        self.day_view = QTableView()
        self.day_view.setTabKeyNavigation(False)  # one Tab stop
        self.day_view.setModel(self.model)
        self.day_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_view.verticalHeader().hide()
        self.day_view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.day_view.doubleClicked.connect(self._open)
        self.day_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.week_model = WeekModel(self)
        self.week_view = QTableView()
        self.week_view.setTabKeyNavigation(False)  # one Tab stop
        self.week_view.setModel(self.week_model)
        self.week_view.setWordWrap(True)
        self.week_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.week_view.doubleClicked.connect(self._open_week_cell)
        self.views = QStackedWidget()
        self.views.addWidget(self.day_view)
        self.views.addWidget(self.week_view)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, title, slot in (
            ("book", self.tr("Book…"), self.book),
            ("confirm", self.tr("Confirm"), self.confirm),
            ("reschedule", self.tr("Reschedule…"), self.reschedule),
            ("arrive", self.tr("Arrived"), self.arrive),
            ("done", self.tr("Done…"), self.done),
            ("no_show", self.tr("No-show"), self.no_show),
            ("cancel", self.tr("Cancel…"), self.cancel),
            ("service_sheet", self.tr("Service sheet"), self.preview_service_sheet),
            ("day_sheet", self.tr("Day sheet"), self.preview_day_sheet),
            ("day_sheet_pdf", self.tr("Day sheet PDF…"), self.save_day_sheet),
        ):
            button = QPushButton(title)
            button.clicked.connect(slot)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)
        layout.addLayout(actions)
        self.day.dateChanged.connect(lambda _: self.refresh())
        self.mode.currentIndexChanged.connect(lambda _: self.refresh())
        self.engineer.currentIndexChanged.connect(lambda _: self.refresh())
        # One write at a time from this page: its action buttons wait meanwhile.
        self.writes = OneWrite(self, lambda: list(self.buttons.values()))
        run_task(self, appointments.engineers, db, on_done=self._list_engineers)

    def _list_engineers(self, engineers: list[tuple[str, str]]) -> None:
        self.engineer_list = list(engineers)
        for username, display in self.engineer_list:
            self.engineer.addItem(display, username)
        self.refresh()  # the week view has a row per engineer

    # -- loading --------------------------------------------------------------------------
    def current_day(self) -> date:
        return self.day.date().toPython()  # type: ignore[no-any-return]

    def monday(self) -> date:
        day = self.current_day()
        return day - timedelta(days=day.weekday())

    def _step(self, direction: int) -> None:
        days = 7 if self.mode.currentData() == "week" else 1
        self.day.setDate(self.day.date().addDays(direction * days))

    def refresh(self, select: int | None = None) -> None:
        """Reload the day or the week in the background, keeping the selected appointment
        (or the one ``select`` names) selected."""
        engineer = self.engineer.currentData() or None
        selected = self.selected()
        if select is None and selected is not None:
            select = selected.id
        week = self.mode.currentData() == "week"
        monday, day = self.monday(), self.current_day()
        self._asked += 1
        asked = self._asked

        def show(rows: list[AppointmentInfo]) -> None:
            if asked != self._asked:
                return  # a newer read was asked for
            self._answered = asked
            if week:
                shown = [e for e in self.engineer_list if engineer in (None, e[0])]
                self.week_model.set_week(monday, shown, rows)
                self.views.setCurrentWidget(self.week_view)
            else:
                self.model.set_rows(rows)
                fit_columns(self.day_view)
                self.views.setCurrentWidget(self.day_view)
                if select is not None:
                    self.select_appointment(select)
            self.count.setText(self.tr("%n appointment(s)", "", len(rows)))
            self._enable()

        if week:
            run_task(
                self,
                appointments.week,
                self.db,
                monday,
                engineer,
                actor=self.actor,
                on_done=show,
                busy=True,
            )
        else:
            run_task(
                self,
                appointments.day,
                self.db,
                day,
                engineer,
                actor=self.actor,
                on_done=show,
                busy=True,
            )

    def idle(self) -> bool:
        """The newest read is shown and no write is running."""
        return self._answered == self._asked and not self.writes.busy

    def selected(self) -> AppointmentInfo | None:
        if self.views.currentWidget() is not self.day_view:
            return None
        rows = self.day_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_appointment(self, appointment_id: int) -> bool:
        for index, row in enumerate(self.model.rows):
            if row.id == appointment_id:
                self.day_view.selectRow(index)
                return True
        return False

    def _enable(self) -> None:
        """Offer only the actions the selected appointment's state allows."""
        info = self.selected()
        status = info.status if info else None
        allowed = appointments.FROM_STATUSES
        for key, to in (
            ("confirm", "confirmed"),
            ("arrive", "arrived"),
            ("done", "done"),
            ("no_show", "no_show"),
            ("cancel", "cancelled"),
        ):
            self.buttons[key].setEnabled(status in allowed[to])
        self.buttons["reschedule"].setEnabled(status in ("booked", "confirmed"))
        self.buttons["service_sheet"].setEnabled(info is not None)
        has_engineer = bool(self.engineer.currentData())
        self.buttons["day_sheet"].setEnabled(has_engineer)
        self.buttons["day_sheet_pdf"].setEnabled(has_engineer)

    def _open(self, index: Index) -> None:
        row = self.model.row_at(index.row())
        if row is not None and row.ticket_no:
            self.open_ticket.emit(row.ticket_no)

    def _open_week_cell(self, index: Index) -> None:
        """A week cell opens that day for that engineer."""
        username = self.week_model.engineers[index.row()][0]
        self.engineer.setCurrentIndex(max(0, self.engineer.findData(username)))
        self.day.setDate(QDate(self.week_model.monday + timedelta(days=index.column())))
        self.mode.setCurrentIndex(self.mode.findData("day"))

    # -- actions --------------------------------------------------------------------------
    def _run(
        self, fn: Any, *args: Any, then: Callable[[AppointmentInfo], None] | None = None
    ) -> bool:
        """Change an appointment in the background (one change at a time); the day is
        read again with it selected, then ``then(info)``. Returns whether it started."""

        def done(info: AppointmentInfo) -> None:
            self.refresh(select=info.id)
            if then is not None:
                then(info)

        def refused(exc: ServiceError) -> None:
            QMessageBox.warning(self, self.tr("Schedule"), i18n.error_text(exc))
            self._enable()

        return self.writes.run(fn, self.db, self.actor, *args, on_done=done, on_refused=refused)

    def book(self) -> None:
        dialog = BookDialog(self.db, self.actor, self.engineer_list, parent=self)
        if self.engineer.currentData():
            dialog.engineer.setCurrentIndex(dialog.engineer.findData(self.engineer.currentData()))
        if dialog.exec() and dialog.result_info is not None:
            self.mode.setCurrentIndex(self.mode.findData("day"))
            local = fmt.local_datetime(dialog.result_info.starts_at)
            assert local is not None
            self.day.setDate(QDate(local.date()))
            self.refresh(select=dialog.result_info.id)

    def confirm(self) -> None:
        info = self.selected()
        if info is not None:
            self._run(appointments.confirm, info.id)

    def arrive(self) -> None:
        """Arrived; a drop-off customer goes straight to a prefilled intake."""
        info = self.selected()
        if info is None:
            return
        self._run(appointments.arrive, info.id, then=self._arrived)

    def _arrived(self, arrived: AppointmentInfo) -> None:
        if arrived.kind == "dropoff":
            self.pending_dropoff = arrived.id
            self.start_booked_intake.emit(appointments.intake_prefill(arrived))

    def intake_saved(self, ticket_no: str) -> None:
        """The drop-off's intake is saved: the appointment is done, linked to the ticket."""
        if self.pending_dropoff is None:
            return
        report = appointments.VisitReport(ticket_no=ticket_no)
        if self._run(appointments.done, self.pending_dropoff, report):
            self.pending_dropoff = None
        else:  # another change of this page is running: closed right after it
            self.writes_done_then(lambda: self.intake_saved(ticket_no))

    def writes_done_then(self, then: Callable[[], None]) -> None:
        """``then()`` once this page's running change has answered."""
        if not self.writes.busy:
            then()
            return
        QTimer.singleShot(100, self, lambda: self.writes_done_then(then))  # none once closed

    def done(self) -> None:
        info = self.selected()
        if info is None:
            return
        dialog = DoneDialog(self.db, self.actor, info, self)
        if dialog.exec():
            self.refresh(select=info.id)

    def reschedule(self) -> None:
        info = self.selected()
        if info is None:
            return
        dialog = RescheduleDialog(self.db, self.actor, info, self)
        if dialog.exec() and dialog.result_info is not None:
            local = fmt.local_datetime(dialog.result_info.starts_at)
            assert local is not None
            self.day.setDate(QDate(local.date()))
            self.refresh(select=info.id)

    def no_show(self) -> None:
        info = self.selected()
        if info is not None:
            self._run(appointments.no_show, info.id)

    def cancel(self) -> None:
        info = self.selected()
        if info is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel appointment"), self.tr("Reason for cancelling:")
        )
        if ok:
            self._run(appointments.cancel, info.id, reason)

    # -- papers ---------------------------------------------------------------------------
    def _preview(self, title: str, html: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(lambda p: appointment_docs.paint(html, p))
        dialog.exec()

    def preview_service_sheet(self) -> None:
        info = self.selected()
        if info is None:
            return

        def show(sheet: appointment_docs.ServiceSheet) -> None:
            self._preview(self.tr("Service sheet"), appointment_docs.service_sheet_html(sheet))

        run_task(
            self,
            appointment_docs.service_sheet,
            self.db,
            self.actor,
            info.id,
            on_done=show,
            on_error=lambda exc: self._refused(self.tr("Service sheet"), exc),
            busy=True,
        )

    def _refused(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            QMessageBox.warning(self, title, i18n.error_text(exc))
        else:
            show_error(self, exc)

    def day_sheet(self, then: Callable[[appointment_docs.DaySheet], None]) -> None:
        """The day sheet of the chosen engineer and day, read in the background."""
        run_task(
            self,
            appointment_docs.day_sheet,
            self.db,
            self.engineer.currentData() or "",
            self.current_day(),
            on_done=then,
            on_error=lambda exc: self._refused(self.tr("Day sheet"), exc),
            busy=True,
        )

    def preview_day_sheet(self) -> None:
        self.day_sheet(
            lambda sheet: self._preview(
                self.tr("Day sheet"), appointment_docs.day_sheet_html(sheet)
            )
        )

    def save_day_sheet(self) -> None:
        self.day_sheet(self._save_day_sheet)

    def _save_day_sheet(self, sheet: appointment_docs.DaySheet) -> None:
        suggested = str(Path.home() / f"day-sheet-{sheet.engineer}-{sheet.day}.pdf")
        name = file_dialogs.save_file_name(
            self, self.tr("Day sheet PDF…"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            appointment_docs.write_pdf(path, appointment_docs.day_sheet_html(sheet), sheet.engineer)
        except ServiceError as exc:  # not a regular file, a full or read-only disk
            QMessageBox.warning(self, self.tr("Day sheet"), i18n.error_text(exc))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Day sheet"), str(exc.strerror or exc))
