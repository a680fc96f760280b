"""After-care: today's follow-up calls (with overdue ones and callbacks), complaints, and
phone or counter consultations. Lists load off the UI thread; a call is recorded from the
keyboard: arrows pick the call, then score, class, comment and Enter."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n
from counter_app.db import Database
from counter_app.errors import ServiceError
from counter_app.models import COMPLAINT_STATES, FEEDBACK_CLASSES
from counter_app.names import (
    callback_state_text,
    channel_text,
    complaint_state_text,
    feedback_class_text,
    followup_reason_text,
    severity_text,
)
from counter_app.services.aftercare import complaints, consultations, followups
from counter_app.services.aftercare.complaints import COMPLAINT_CLASSES
from counter_app.services.appointments import booking as appointments
from counter_app.services.base.dto import Actor
from counter_app.services.people import users as user_service
from counter_app.timeutil import utcnow
from counter_app.ui import format as fmt
from counter_app.ui.dialogs.complaint_dialog import ComplaintDialog
from counter_app.ui.dialogs.consultation_booking import ConsultationBookDialog
from counter_app.ui.models.due_calls_model import DueCallsModel
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.models.table_model import read_only_table as _table
from counter_app.ui.operations import run_task, show_error
from counter_app.ui.page_writes import OneWrite, say
from counter_app.ui.pages.maintenance_due import MaintenanceDuePanel
from counter_app.ui.table_fit import fit_columns
from counter_app.validation import format_phone

OVERDUE = QColor("#ffe0b2")
SERIOUS_OVERDUE = QColor("#ffcdd2")

# Login name -> the person's name, as listed in the background for the staff filter: the
# complaints name people, not their logins ("陈杰", not "chenjie").
_PEOPLE: dict[str, str] = {}


def _person(username: str | None) -> str:
    return _PEOPLE.get(username or "", username or "")


CALL_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("AftercarePage", "Due"),
        lambda c: fmt.local_date_text(c.due_on),
        background=lambda c: OVERDUE if c.overdue else None,
    ),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Call"), lambda c: followup_reason_text(c.reason)),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Customer"), lambda c: c.customer_name),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Phone"), lambda c: c.phone_masked),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Ticket"), lambda c: c.ticket_no or ""),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Device"), lambda c: c.device),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "What was done"), lambda c: c.work_done),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Technician"), lambda c: c.technician or ""),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Tries"), lambda c: c.attempts, right=True),
]


def _complaint_colour(c: Any) -> QColor | None:
    if not c.overdue:
        return None
    return SERIOUS_OVERDUE if c.severity == "serious" else OVERDUE


COMPLAINT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("AftercarePage", "No."), lambda c: c.id, right=True),
    Column(
        QT_TRANSLATE_NOOP("AftercarePage", "Severity"),
        lambda c: severity_text(c.severity),
        background=_complaint_colour,
    ),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "State"), lambda c: complaint_state_text(c.state)),
    Column(
        QT_TRANSLATE_NOOP("AftercarePage", "Due"),
        lambda c: fmt.local_time_text(c.due_at),
        background=_complaint_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("AftercarePage", "Class"), lambda c: feedback_class_text(c.feedback_class)
    ),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Channel"), lambda c: channel_text(c.channel)),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Customer"), lambda c: c.customer_name),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Ticket"), lambda c: c.ticket_no or ""),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "About"), lambda c: _person(c.against)),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Responsible"), lambda c: _person(c.responsible)),
]

CONSULTATION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("AftercarePage", "When"), lambda c: fmt.local_time_text(c.created_at)),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Caller"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Phone"), lambda c: c.phone_masked),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Question"), lambda c: c.question),
    Column(QT_TRANSLATE_NOOP("AftercarePage", "Answer"), lambda c: c.answer),
    Column(
        QT_TRANSLATE_NOOP("AftercarePage", "Callback"),
        lambda c: (
            f"{fmt.local_time_text(c.callback_at)} {callback_state_text(c.callback_state)}"
            if c.callback_at
            else ""
        ),
    ),
]


class AftercarePage(QWidget):
    open_ticket = Signal(str)
    calls_loaded = Signal()
    complaints_loaded = Signal()
    consultations_loaded = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.can_call = actor.role in ("clerk", "manager")
        self.can_see_complaints = actor.role in ("clerk", "manager", "technician")
        self.tabs = QTabWidget(objectName="aftercare_tabs")
        if self.can_call:
            self.tabs.addTab(self._calls_tab(), self.tr("Calls due"))
        if self.can_see_complaints:
            self.tabs.addTab(self._complaints_tab(), self.tr("Complaints"))
            self.tabs.addTab(self._consultations_tab(), self.tr("Consultations"))
            # Devices due for their regular maintenance, customers with consent only.
            self.maintenance = MaintenanceDuePanel(db, actor, self)
            self.maintenance.open_ticket.connect(self.open_ticket)
            self.tabs.addTab(self.maintenance, self.tr("Maintenance due"))
        layout = QVBoxLayout(self)
        if not (self.can_call or self.can_see_complaints):
            layout.addWidget(
                QLabel(self.tr("After-care is for the counter, technicians and the manager."))
            )
        layout.addWidget(self.tabs)
        # One write at a time from this page: its action buttons wait meanwhile.
        self.writes = OneWrite(self, self._action_buttons)

    def _action_buttons(self) -> list[QWidget]:
        buttons: list[QWidget] = []
        if self.can_call:
            buttons += [self.call_button, self.record_button]
        if self.can_see_complaints:
            buttons += [
                self.new_complaint_button,
                self.assign_button,
                self.resolve_button,
                self.close_button,
                self.reopen_button,
                self.save_consultation_button,
                self.book_button,
            ]
        return buttons

    def _list_staff(self, people: list[Any]) -> None:
        for user in people:
            self.staff_filter.addItem(user.display_name, user.username)
            _PEOPLE[user.username] = user.display_name
        model = self.complaints_model
        if model.rowCount():  # the names, where logins were shown
            last = model.index(model.rowCount() - 1, model.columnCount() - 1)
            model.dataChanged.emit(model.index(0, 0), last)

    # -- calls ------------------------------------------------------------------------
    def _calls_tab(self) -> QWidget:
        tab = QWidget()
        self.calls_model = DueCallsModel(CALL_COLUMNS, "AftercarePage", self.db, self.actor, self)
        self.calls_view = _table(self.calls_model)
        self.calls_view.doubleClicked.connect(self._open_call_ticket)
        self.calls_view.selectionModel().currentRowChanged.connect(lambda *_: self._call_changed())
        self.calls_summary = QLabel(objectName="calls_summary")
        self.call_button = QPushButton(self.tr("Call (show number)"), objectName="call")
        self.call_button.clicked.connect(self.show_number)
        self.full_phone = QLabel(objectName="full_phone")
        self.full_phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reached = QComboBox(objectName="reached")
        self.reached.addItem(self.tr("Reached"), True)
        self.reached.addItem(self.tr("Not reached (try again tomorrow)"), False)
        self.score = QSpinBox(objectName="score")
        self.score.setRange(0, 5)
        self.score.setSpecialValueText(self.tr("no score"))
        self.feedback = QComboBox(objectName="feedback_class")
        self.feedback.addItem(self.tr("(from the score)"), None)
        for name in FEEDBACK_CLASSES:
            self.feedback.addItem(feedback_class_text(name), name)
        self.comment = QLineEdit(objectName="comment")
        self.comment.setPlaceholderText(self.tr("What the customer said; Enter records the call"))
        self.comment.returnPressed.connect(self.record_call)
        self.record_button = QPushButton(self.tr("Record call"), objectName="record_call")
        self.record_button.clicked.connect(self.record_call)
        QShortcut(QKeySequence("Ctrl+Return"), tab, activated=self.record_call).setWhatsThis(
            self.tr("Record the follow-up call")
        )
        self.call_message = QLabel(objectName="call_message")
        self.call_message.setWordWrap(True)
        form = QFormLayout()
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.call_button)
        phone_row.addWidget(self.full_phone, 1)
        form.addRow(phone_row)
        form.addRow(self.tr("Outcome"), self.reached)
        form.addRow(self.tr("Satisfaction (1-5)"), self.score)
        form.addRow(self.tr("Feedback"), self.feedback)
        form.addRow(self.tr("Comment"), self.comment)
        form.addRow(self.record_button)
        form.addRow(self.call_message)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.calls_summary)
        layout.addWidget(self.calls_view, 1)
        layout.addLayout(form)
        QWidget.setTabOrder(self.calls_view, self.call_button)
        QWidget.setTabOrder(self.call_button, self.reached)
        QWidget.setTabOrder(self.reached, self.score)
        QWidget.setTabOrder(self.score, self.feedback)
        QWidget.setTabOrder(self.feedback, self.comment)
        QWidget.setTabOrder(self.comment, self.record_button)
        return tab

    def current_call(self) -> Any:
        return self.calls_model.row_at(self.calls_view.currentIndex().row())

    def _call_changed(self) -> None:
        self.full_phone.clear()
        self.call_message.clear()

    def _open_call_ticket(self) -> None:
        call = self.current_call()
        if call is not None and call.ticket_no:
            self.open_ticket.emit(call.ticket_no)

    def show_number(self) -> None:
        call = self.current_call()
        if call is None:
            return
        self.writes.run(  # revealing is audited: a write
            followups.reveal_phone,
            self.db,
            self.actor,
            call.due_key,
            on_done=lambda phone: self._show_phone(call, phone),
            on_refused=say(self.call_message),
        )

    def _show_phone(self, call: Any, phone: str) -> None:
        if self.current_call() is call:  # still the call chosen
            self.full_phone.setText(format_phone(phone))

    def record_call(self) -> None:
        call = self.current_call()
        if call is None:
            self.call_message.setText(self.tr("Choose a call in the list first."))
            return
        reached = bool(self.reached.currentData())
        score = self.score.value() or None
        kwargs = dict(
            reached=reached,
            satisfaction=score if reached else None,
            feedback_class=self.feedback.currentData() if reached else None,
            comment=self.comment.text(),
        )
        self.writes.run(
            followups.record,
            self.db,
            self.actor,
            call.due_key,
            on_done=self._call_recorded,
            on_refused=self._call_failed,
            **kwargs,
        )

    def _call_recorded(self, result: followups.CallResult) -> None:
        if result.state == "done":
            text = self.tr("Call recorded.")
        elif result.state == "retry":
            text = self.tr("Not reached: on the list again on {day}.").format(
                day=fmt.local_date_text(result.next_try_on)
            )
        else:
            text = self.tr("Not reached %n time(s): closed as unreachable.", "", result.attempts)
        if result.complaint_id:
            text += " " + self.tr("Complaint {id} opened.").format(id=result.complaint_id)
        self.call_message.setText(text)
        self.score.setValue(0)
        self.feedback.setCurrentIndex(0)
        self.reached.setCurrentIndex(0)
        self.comment.clear()
        self.refresh()

    def _call_failed(self, exc: BaseException) -> None:
        self.call_message.setText(i18n.error_text(exc))

    def _show_calls(self, page: followups.DuePage) -> None:
        """The first page is shown (the model has it); the count is the whole list's."""
        self.calls_summary.setText(
            self.tr("%n call(s) due, {overdue} overdue", "", page.total).format(
                overdue=page.overdue
            )
        )
        fit_columns(self.calls_view)
        if page.calls:
            self.calls_view.selectRow(0)
        self.calls_loaded.emit()

    # -- complaints -------------------------------------------------------------------
    def _complaints_tab(self) -> QWidget:
        tab = QWidget()
        self.state_filter = QComboBox(objectName="state_filter")
        self.state_filter.addItem(self.tr("Unresolved"), "unresolved")
        self.state_filter.addItem(self.tr("All states"), "")
        for state in COMPLAINT_STATES:
            self.state_filter.addItem(complaint_state_text(state), state)
        self.class_filter = QComboBox(objectName="class_filter")
        self.class_filter.addItem(self.tr("All classes"), "")
        for name in COMPLAINT_CLASSES:
            self.class_filter.addItem(feedback_class_text(name), name)
        self.staff_filter = QComboBox(objectName="staff_filter")
        self.staff_filter.addItem(self.tr("All staff"), "")
        run_task(self, user_service.list_users, self.db, on_done=self._list_staff)
        for combo in (self.state_filter, self.class_filter, self.staff_filter):
            combo.currentIndexChanged.connect(lambda *_: self.refresh_complaints())
        self.complaints_model = RowsModel(COMPLAINT_COLUMNS, "AftercarePage", self)
        self.complaints_view = _table(self.complaints_model)
        self.complaints_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._complaint_changed()
        )
        self.complaints_view.doubleClicked.connect(self._open_complaint_ticket)
        self.complaint_detail = QLabel(objectName="complaint_detail")
        self.complaint_detail.setWordWrap(True)
        self.complaint_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.complaint_message = QLabel(objectName="complaint_message")
        self.complaint_message.setWordWrap(True)
        manager = self.actor.role == "manager"
        self.new_complaint_button = QPushButton(
            self.tr("New complaint…"), objectName="new_complaint"
        )
        self.new_complaint_button.clicked.connect(self.new_complaint)
        self.new_complaint_button.setEnabled(self.actor.role in ("clerk", "manager"))
        self.assign_button = QPushButton(self.tr("Assign…"), objectName="assign")
        self.assign_button.clicked.connect(self.assign)
        self.resolve_button = QPushButton(self.tr("Resolve…"), objectName="resolve")
        self.resolve_button.clicked.connect(self.resolve)
        self.close_button = QPushButton(self.tr("Close"), objectName="close_complaint")
        self.close_button.clicked.connect(lambda: self._change(complaints.close))
        self.reopen_button = QPushButton(self.tr("Reopen"), objectName="reopen")
        self.reopen_button.clicked.connect(lambda: self._change(complaints.reopen))
        for button in (self.assign_button, self.close_button, self.reopen_button):
            button.setEnabled(manager)
        filters = QHBoxLayout()
        for widget in (self.state_filter, self.class_filter, self.staff_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (
            self.new_complaint_button,
            self.assign_button,
            self.resolve_button,
            self.close_button,
            self.reopen_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.complaints_view, 1)
        layout.addWidget(self.complaint_detail)
        layout.addLayout(buttons)
        layout.addWidget(self.complaint_message)
        return tab

    def current_complaint(self) -> Any:
        return self.complaints_model.row_at(self.complaints_view.currentIndex().row())

    def _complaint_changed(self) -> None:
        c = self.current_complaint()
        self.complaint_message.clear()
        if c is None:
            self.complaint_detail.clear()
            return
        lines = [
            self.tr("Complaint {id} by {customer} ({phone}), recorded {at} by {user}").format(
                id=c.id,
                customer=c.customer_name,
                phone=c.phone_masked,
                at=fmt.local_time_text(c.created_at),
                user=c.created_by,
            ),
            c.description,
        ]
        if c.resolution:
            told = self.tr("customer told") if c.customer_told else self.tr("customer not told")
            lines.append(
                self.tr("Resolution: {text} ({told})").format(text=c.resolution, told=told)
            )
        self.complaint_detail.setText("\n".join(line for line in lines if line))

        def show_history(shown: Any) -> None:
            if self.current_complaint() is not c:
                return  # another complaint was chosen meanwhile
            lines.extend(
                f"{fmt.local_time_text(e.at)} {e.user}: {complaint_state_text(e.to_state or '')}"
                for e in shown.events
            )
            self.complaint_detail.setText("\n".join(line for line in lines if line))

        run_task(
            self,
            complaints.show,
            self.db,
            self.actor,
            c.id,
            on_done=show_history,
            busy=True,
            on_error=lambda exc: None if isinstance(exc, ServiceError) else show_error(self, exc),
        )

    def _open_complaint_ticket(self) -> None:
        c = self.current_complaint()
        if c is not None and c.ticket_no:
            self.open_ticket.emit(c.ticket_no)

    def new_complaint(self) -> None:
        dialog = ComplaintDialog(self.db, self.actor, self)
        if dialog.exec():
            self.refresh_complaints()

    def _change(self, action: Any, *args: Any, **kwargs: Any) -> None:
        c = self.current_complaint()
        if c is None:
            return
        self.writes.run(
            action,
            self.db,
            self.actor,
            c.id,
            *args,
            on_done=lambda _: self.refresh_complaints(),
            on_refused=say(self.complaint_message),
            **kwargs,
        )

    def assign(self) -> None:
        if self.current_complaint() is None:
            return
        run_task(self, user_service.list_users, self.db, on_done=self._choose_assignee)

    def _choose_assignee(self, people: list[Any]) -> None:
        names = [p.display_name for p in people]
        name, ok = QInputDialog.getItem(
            self, self.tr("Assign"), self.tr("Responsible person:"), names, 0, False
        )
        if ok and name in names:
            self._change(complaints.assign, people[names.index(name)].username)

    def resolve(self) -> None:
        if self.current_complaint() is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Resolve"), self.tr("How it was resolved:")
        )
        if not ok:
            return
        told = QInputDialog.getItem(
            self,
            self.tr("Resolve"),
            self.tr("Was the customer told of the outcome?"),
            [self.tr("Yes"), self.tr("Not yet")],
            0,
            False,
        )[0] == self.tr("Yes")
        self._change(complaints.resolve, text, told=told)

    def _show_complaints(self, rows: list[Any]) -> None:
        self.complaints_model.set_rows(rows)
        fit_columns(self.complaints_view)
        self.complaints_loaded.emit()

    # -- consultations ----------------------------------------------------------------
    def _consultations_tab(self) -> QWidget:
        tab = QWidget()
        self.caller = QLineEdit(objectName="caller")
        self.caller_phone = QLineEdit(objectName="caller_phone")
        self.question = QPlainTextEdit(objectName="question")
        self.question.setTabChangesFocus(True)
        self.question.setFixedHeight(60)
        self.answer = QPlainTextEdit(objectName="answer")
        self.answer.setTabChangesFocus(True)
        self.answer.setFixedHeight(60)
        self.wants_callback = QCheckBox(self.tr("Call back at"), objectName="wants_callback")
        self.callback_at = QDateTimeEdit(objectName="callback_at")
        self.callback_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.callback_at.setCalendarPopup(True)
        # An hour from now on the store's clock (the time typed is the store's local time).
        soon = fmt.local_datetime(utcnow() + timedelta(hours=1))
        assert soon is not None
        self.callback_at.setDateTime(
            QDateTime(QDate(soon.year, soon.month, soon.day), QTime(soon.hour, soon.minute))
        )
        self.callback_at.setEnabled(False)
        self.wants_callback.toggled.connect(self.callback_at.setEnabled)
        self.save_consultation_button = QPushButton(
            self.tr("Save consultation"), objectName="save_consultation"
        )
        self.save_consultation_button.clicked.connect(self.save_consultation)
        self.consultation_message = QLabel(objectName="consultation_message")
        self.consultation_message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Caller"), self.caller)
        form.addRow(self.tr("Phone"), self.caller_phone)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Answer"), self.answer)
        callback_row = QHBoxLayout()
        callback_row.addWidget(self.wants_callback)
        callback_row.addWidget(self.callback_at, 1)
        form.addRow(callback_row)
        form.addRow(self.save_consultation_button)
        form.addRow(self.consultation_message)
        self.consultations_model = RowsModel(CONSULTATION_COLUMNS, "AftercarePage", self)
        self.consultations_view = _table(self.consultations_model)
        # A consultation becomes a booking: its caller, phone and question carried over.
        self.book_button = QPushButton(
            self.tr("&Book appointment…"), objectName="book_from_consultation"
        )
        self.book_button.clicked.connect(self.book_from_consultation)
        self.book_button.setEnabled(self.actor.role in ("clerk", "manager"))
        layout = QHBoxLayout(tab)
        left = QWidget()
        left.setLayout(form)
        right = QVBoxLayout()
        right.addWidget(self.consultations_view, 1)
        book_row = QHBoxLayout()
        book_row.addWidget(self.book_button)
        book_row.addStretch(1)
        right.addLayout(book_row)
        layout.addWidget(left, 1)
        layout.addLayout(right, 2)
        return tab

    def book_from_consultation(self) -> None:
        chosen = self.consultations_model.row_at(self.consultations_view.currentIndex().row())
        if chosen is None:
            self.consultation_message.setText(self.tr("Choose a consultation in the list first."))
            return
        run_task(
            self,
            appointments.engineers,
            self.db,
            on_done=lambda engineers: self._book(chosen, engineers),
        )

    def _book(self, consultation: Any, engineers: list[tuple[str, str]]) -> None:
        dialog = ConsultationBookDialog(self.db, self.actor, engineers, consultation, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._booked(dialog.result_info))
        dialog.open()  # window-modal; the booking arrives through accepted

    def _booked(self, info: Any) -> None:
        if info is None:
            return
        self.consultation_message.setText(
            self.tr("Appointment {id} booked for {at}").format(
                id=info.id, at=fmt.local_time_text(info.starts_at)
            )
        )

    def save_consultation(self) -> None:
        callback = None
        if self.wants_callback.isChecked():
            callback = self.callback_at.dateTime().toString("yyyy-MM-dd HH:mm")
        self.writes.run(
            consultations.add,
            self.db,
            self.actor,
            name=self.caller.text(),
            phone=self.caller_phone.text(),
            question=self.question.toPlainText(),
            answer=self.answer.toPlainText(),
            callback=callback,
            on_done=self._consultation_saved,
            on_refused=say(self.consultation_message),
        )

    def _consultation_saved(self, _: object) -> None:
        self.consultation_message.setText(self.tr("Consultation saved."))
        for widget in (self.caller, self.caller_phone):
            widget.clear()
        self.question.clear()
        self.answer.clear()
        self.wants_callback.setChecked(False)
        self.refresh()

    def _show_consultations(self, rows: list[Any]) -> None:
        self.consultations_model.set_rows(rows)
        fit_columns(self.consultations_view)
        self.consultations_loaded.emit()

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.can_call:
            self.calls_model.reload(on_done=self._show_calls)
        if self.can_see_complaints:
            self.refresh_complaints()
            run_task(
                self,
                consultations.recent,
                self.db,
                self.actor,
                on_done=self._show_consultations,
            )
            self.maintenance.refresh()

    def refresh_complaints(self) -> None:
        if not self.can_see_complaints:
            return
        state = self.state_filter.currentData()
        run_task(
            self,
            complaints.list_complaints,
            self.db,
            self.actor,
            open_only=state == "unresolved",
            state=state if state not in ("", "unresolved") else None,
            feedback_class=self.class_filter.currentData() or None,
            staff=self.staff_filter.currentData() or None,
            on_done=self._show_complaints,
        )
