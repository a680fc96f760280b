"""The ticket page: header, the actions allowed from the current status, timeline, quote
editor, approval, payments, notes, technician. Every change carries the version this page
loaded: a change made meanwhile at another counter is refused and the page reloads."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n, names
from counter_app.db import Database
from counter_app.errors import Conflict, ServiceError
from counter_app.models import DECISION_METHODS
from counter_app.services.base.dto import Actor, TicketDetail
from counter_app.services.money import payments as payment_service
from counter_app.services.people import contact
from counter_app.services.people import users as user_service
from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartInfo
from counter_app.services.tickets import diagnosis, workflow
from counter_app.services.tickets import jobs as ticket_service
from counter_app.services.tickets import outcomes as outcome_service
from counter_app.services.tickets import quotes as quote_service
from counter_app.ui import format as fmt
from counter_app.ui.dialogs.beyond_repair_dialog import BeyondRepairDialog
from counter_app.ui.keyed import keyed
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.models.table_model import read_only_table as _table
from counter_app.ui.operations import run_task, show_error
from counter_app.ui.pages.customer_reach import CustomerReach
from counter_app.ui.pages.warranty_panel import WarrantyPanel
from counter_app.ui.pages.warranty_panel import settlement_text as warranty_settlement_text
from counter_app.ui.scanner import accept_scans
from counter_app.ui.table_fit import fit_columns

EVENT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("TicketPage", "When"), lambda e: fmt.local_time_text(e.at)),
    Column(QT_TRANSLATE_NOOP("TicketPage", "Who"), lambda e: e.user),
    Column(
        QT_TRANSLATE_NOOP("TicketPage", "What"),
        lambda e: (
            fmt.event_text(e.kind) + (f" → {fmt.status_text(e.to_status)}" if e.to_status else "")
        ),
    ),
    Column(QT_TRANSLATE_NOOP("TicketPage", "Details"), lambda e: _event_note(e)),
]
LINE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("TicketPage", "Item"), lambda r: r[1].description),
    Column(
        QT_TRANSLATE_NOOP("TicketPage", "Quote"),
        lambda r: f"{r[0].seq} · {names.quote_status_text(r[0].status)}",
    ),
    Column(QT_TRANSLATE_NOOP("TicketPage", "Qty"), lambda r: r[1].qty, right=True),
    Column(
        QT_TRANSLATE_NOOP("TicketPage", "Price"),
        lambda r: fmt.money_text(r[1].unit_price),
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("TicketPage", "Amount"),
        lambda r: fmt.money_text(r[1].line_total),
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("TicketPage", "Used"),
        lambda r: r[1].used_qty if r[1].sku else "",
        right=True,
    ),
]
PAYMENT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("TicketPage", "When"), lambda p: fmt.local_time_text(p.at)),
    Column(QT_TRANSLATE_NOOP("TicketPage", "Kind"), lambda p: names.payment_kind_text(p.kind)),
    Column(QT_TRANSLATE_NOOP("TicketPage", "Method"), lambda p: fmt.payment_method_text(p.method)),
    Column(
        QT_TRANSLATE_NOOP("TicketPage", "Amount"), lambda p: fmt.money_text(p.amount), right=True
    ),
    Column(
        QT_TRANSLATE_NOOP("TicketPage", "Change"), lambda p: fmt.money_text(p.change), right=True
    ),
    Column(QT_TRANSLATE_NOOP("TicketPage", "By"), lambda p: p.user),
]


def _event_note(event: Any) -> str:
    """The services' notes are codes with parameters (how consent was given, a payment...)
    or JSON (calls, complaints): shown in words; a user's text as typed."""
    return names.ticket_event_text(event.kind, event.note, event.note_code, event.note_params)


STATUS_COLOURS = {
    "received": "#607d8b",
    "diagnosing": "#6d4c41",
    "awaiting_approval": "#ef6c00",
    "in_repair": "#1565c0",
    "waiting_parts": "#8e24aa",
    "quality_check": "#00838f",
    "ready": "#2e7d32",
    "declined": "#c62828",
    "collected": "#455a64",
    "cancelled": "#9e9e9e",
}


class _Tabs(QTabWidget):
    """Tabs that also find a page shown inside a scroll area."""

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        for index in range(self.count()):
            page = self.widget(index)
            if page is widget or (isinstance(page, QScrollArea) and page.widget() is widget):
                self.setCurrentIndex(index)
                return


PICKER_MARGIN = 48  # px beside the part picker's longest line: frame and scroll bar

# The step buttons' keys, in the order the buttons stand (approve/decline come first).
STEP_KEYS = tuple(f"Alt+{n}" for n in range(1, 10))


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class TicketPage(QWidget):
    open_device = Signal(str)
    ticket_changed = Signal(str)
    shown = Signal(str)  # the ticket now shown (the window title names it)
    busy_changed = Signal(bool)
    POLL_MS = 4000

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.detail: TicketDetail | None = None
        self.busy = False  # a write is running: no second one may start meanwhile
        self._till_pending = False  # a cash payment waits for the till question
        self._showing_change = False  # a write is done, the page not yet reloaded
        self._generation = 0  # answers to an older load are dropped
        self._answered = 0  # the newest load answered so far
        self._auto_amount = ""  # what this page itself put into the amount field
        self._stamp: object = None
        self._build()
        # Another counter's change shows up here within POLL_MS while the page is on screen.
        self.poll = QTimer(self, interval=self.POLL_MS, timeout=self.check_for_changes)
        self.poll.start()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        """The page: message bar, header, step buttons, then the tabs beside the job box."""
        top = self._build_header()
        self.actions_box = QHBoxLayout()
        self.actions_holder = QWidget()
        self.actions_holder.setLayout(self.actions_box)
        self.tabs = self._build_tabs()
        side = self._build_side()
        body = QHBoxLayout()
        body.addWidget(self.tabs, 3)
        body.addWidget(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.actions_holder)
        layout.addLayout(body)
        self._name_fields()
        self._set_enabled(False)

    def _build_header(self) -> QHBoxLayout:
        """Message bar, ticket number, status chip, customer line and the header buttons."""
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background: #fff3e0; color: #e65100; padding: 6px;")
        self.message.hide()
        self.number = QLabel(objectName="ticket_no")
        big = QFont()
        big.setPointSize(20)
        big.setBold(True)
        self.number.setFont(big)
        self.status_chip = QLabel(objectName="status")
        self.info = QLabel(objectName="info")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.phone_button = QPushButton(self.tr("Show full number"), objectName="show_phone")
        self.phone_button.setToolTip(self.tr("For calling the customer; copied to the clipboard"))
        self.phone_button.clicked.connect(self.reveal_phone)
        self.phone_button.hide()
        self.device_link = QPushButton(self.tr("Device history"))
        self.device_link.clicked.connect(self._open_device)
        self.print_button = QToolButton(objectName="print")
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.busy_label = QLabel(self.tr("Working…"), objectName="busy")
        self.busy_label.setStyleSheet("color: #1565c0; font-style: italic;")
        self.busy_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.status_chip)
        top.addWidget(self.busy_label)
        top.addStretch(1)
        top.addWidget(self.phone_button)
        top.addWidget(self.device_link)
        top.addWidget(self.print_button)
        self.complaint_button = QPushButton(self.tr("New complaint…"), objectName="new_complaint")
        self.complaint_button.clicked.connect(self.new_complaint)
        self.complaint_button.setEnabled(self.actor.role in ("clerk", "manager"))
        top.addWidget(self.complaint_button)
        keyed(self.phone_button, "Ctrl+Shift+N")
        keyed(self.device_link, "Ctrl+Shift+H")
        keyed(self.print_button, "Ctrl+P", shortcut=False)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_button.showMenu)
        keyed(self.complaint_button, "Ctrl+Shift+K")
        return top

    def _build_tabs(self) -> _Tabs:
        """Timeline, Quote, Payments and Warranty."""
        self.events_model = RowsModel(EVENT_COLUMNS, "TicketPage", self)
        self.lines_model = RowsModel(LINE_COLUMNS, "TicketPage", self)
        self.payments_model = RowsModel(PAYMENT_COLUMNS, "TicketPage", self)
        self.events_view = _table(self.events_model)
        self.lines_view = _table(self.lines_model)
        self.payments_view = _table(self.payments_model)
        self.events_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        tabs = _Tabs()
        tabs.addTab(self.events_view, self.tr("Timeline"))
        tabs.addTab(self._build_quote_tab(), self.tr("Quote"))
        tabs.addTab(self._build_pay_tab(), self.tr("Payments"))
        self.warranty_panel = WarrantyPanel(self.db, self.actor)
        self.warranty_panel.changed.connect(self._warranty_changed)
        # One write at a time on the whole page, the Warranty tab's included.
        self.warranty_panel.busy_changed.connect(self._set_busy)
        self.busy_changed.connect(self.warranty_panel.set_busy)
        # The panel's many rows scroll rather than make the window taller than a 1280×720 screen.
        tabs.addTab(_scrolling(self.warranty_panel), self.tr("Warranty"))
        for index, key in enumerate(("Alt+T", "Alt+Q", "Alt+P", "Alt+W")):
            # The window's (a hidden page's shortcut never fires): wherever the focus is.
            QShortcut(QKeySequence(key), self, activated=lambda i=index: self._open_tab(i))
            tabs.setTabToolTip(index, f"{tabs.tabText(index)} ({key})")
        return tabs

    def _build_quote_tab(self) -> QWidget:
        """The quote's lines and the small form that adds one (labour, part, other)."""
        quote_tab = QWidget()
        quote_layout = QVBoxLayout(quote_tab)
        quote_layout.addWidget(self.lines_view)
        add = QGridLayout()
        self.line_kind = QComboBox(objectName="line_kind")
        for kind, title in (
            ("labour", self.tr("Labour")),
            ("part", self.tr("Part")),
            ("other", self.tr("Other")),
        ):
            self.line_kind.addItem(title, kind)
        self.line_text = QLineEdit(objectName="line_text")
        self.line_text.setPlaceholderText(self.tr("Description, or the part's SKU"))
        accept_scans(self.line_text, "code")  # a part's barcode
        # The part picker: parts for the device's model (or what is typed), with stock and
        # price, found in the background; picking one fills the SKU and the price.
        self.part_choices = QStringListModel(self)
        self.part_picker = QCompleter(self.part_choices, self)
        self.part_picker.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.part_picker.activated[str].connect(self._part_picked)
        self._part_rows: dict[str, PartInfo] = {}
        self._part_search = QTimer(self, singleShot=True, interval=200)
        self._part_search.timeout.connect(self.find_parts)
        self.line_text.textEdited.connect(lambda _: self._part_search.start())
        self.line_kind.currentIndexChanged.connect(self._kind_changed)
        self.line_qty = QSpinBox(objectName="line_qty")
        self.line_qty.setRange(1, 999)
        self.line_price = QLineEdit(objectName="line_price")
        self.line_price.setPlaceholderText(self.tr("Price (parts: from stock)"))
        self.add_line_button = QPushButton(self.tr("Add line"), objectName="add_line")
        self.add_line_button.clicked.connect(self.add_line)
        for field in (self.line_text, self.line_price, self.line_qty.lineEdit()):
            field.returnPressed.connect(self.add_line)  # Enter adds the line
        self.remove_line_button = QPushButton(self.tr("Remove line"), objectName="remove_line")
        self.remove_line_button.clicked.connect(self.remove_line)
        self.use_part_button = QPushButton(self.tr("Mark part used"), objectName="use_part")
        self.use_part_button.clicked.connect(self.use_part)
        keyed(self.add_line_button, "Enter", shortcut=False)
        keyed(self.remove_line_button, "Alt+R")
        keyed(self.use_part_button, "Alt+U")
        add.addWidget(self.line_kind, 0, 0)
        add.addWidget(self.line_text, 0, 1)
        add.addWidget(self.line_qty, 0, 2)
        add.addWidget(self.line_price, 0, 3)
        add.addWidget(self.add_line_button, 0, 4)
        add.addWidget(self.remove_line_button, 1, 3)
        add.addWidget(self.use_part_button, 1, 4)
        quote_layout.addLayout(add)
        self.totals = QLabel(objectName="totals")
        quote_layout.addWidget(self.totals)
        return quote_tab

    def _build_pay_tab(self) -> QWidget:
        """Payments taken and the form that takes one, with the change to hand back."""
        pay_tab = QWidget()
        pay_layout = QVBoxLayout(pay_tab)
        pay_layout.addWidget(self.payments_view)
        form = QHBoxLayout()
        self.pay_amount = QLineEdit(objectName="pay_amount")
        self.pay_amount.setPlaceholderText(self.tr("Amount"))
        self.pay_method = QComboBox(objectName="pay_method")
        for method in fmt.payment_methods():  # as the shop offers
            self.pay_method.addItem(fmt.payment_method_text(method), method)
        self.pay_tendered = QLineEdit(objectName="pay_tendered")
        self.pay_tendered.setPlaceholderText(self.tr("Cash given"))
        self.pay_button = QPushButton(self.tr("Take payment"), objectName="pay")
        self.pay_button.clicked.connect(self.pay)
        for field in (self.pay_amount, self.pay_tendered):
            field.returnPressed.connect(self.pay)  # Enter takes the payment
        keyed(self.pay_button, "Enter", shortcut=False)
        for widget in (self.pay_amount, self.pay_method, self.pay_tendered, self.pay_button):
            form.addWidget(widget)
        pay_layout.addLayout(form)
        self.change = QLabel(objectName="change")
        pay_layout.addWidget(self.change)
        for signal in (self.pay_amount.textChanged, self.pay_tendered.textChanged):
            signal.connect(self.show_change)
        self.pay_method.currentIndexChanged.connect(self.show_change)
        self.balance = QLabel(objectName="balance")
        pay_layout.addWidget(self.balance)
        return pay_tab

    def _build_side(self) -> QGroupBox:
        """The job box: technician, passcode, note, how consent was given."""
        side = QGroupBox(self.tr("Job"))
        side_form = QFormLayout(side)
        self.technician = QComboBox(objectName="technician")
        self.technician.addItem(self.tr("Unassigned"), "")
        self._technicians_listed = False  # listed in the background
        run_task(
            self, user_service.list_users, self.db, "technician", on_done=self._add_technicians
        )
        self.assign_button = QPushButton(self.tr("Assign"), objectName="assign")
        self.assign_button.clicked.connect(self.assign)
        keyed(self.assign_button, "Alt+A")
        tech_row = QHBoxLayout()
        tech_row.addWidget(self.technician, 1)
        tech_row.addWidget(self.assign_button)
        side_form.addRow(self.tr("Technician"), tech_row)
        self.passcode = QLabel(objectName="passcode")
        self.passcode.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side_form.addRow(self.tr("Passcode"), self.passcode)
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("Add a note and press Enter"))
        self.note.returnPressed.connect(self.add_note)
        side_form.addRow(self.tr("Note"), self.note)
        self.cause = QLineEdit(objectName="cause")  # the technician's finding (确认故障原因)
        self.cause.setPlaceholderText(self.tr("The cause found; press Enter"))
        self.cause.returnPressed.connect(self.diagnose)
        side_form.addRow(self.tr("Cause found"), self.cause)
        side_form.setRowVisible(self.cause, self.actor.role in ("technician", "manager"))
        self.consent = QComboBox(objectName="consent_method")
        for method in DECISION_METHODS:
            self.consent.addItem(names.decision_method_text(method), method)
        side_form.addRow(self.tr("Consent given"), self.consent)
        self.reach = CustomerReach(self.db, self.actor)
        self.reach.changed.connect(self.refresh)
        side_form.addRow(self.reach)
        return side

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.tabs,
            self.actions_holder,
            self.assign_button,
            self.note,
            self.cause,
            self.print_button,
            self.device_link,
        ):
            widget.setEnabled(enabled)

    # -- loading ----------------------------------------------------------------------
    def show_ticket(self, ticket_no: str) -> None:
        self.message.hide()
        self.load(ticket_no)

    def refresh(self) -> None:
        if self.detail is not None:
            self.load(self.detail.ticket_no)

    def idle(self) -> bool:
        """No write running and the newest load shown."""
        return (
            self._technicians_listed
            and not self.busy
            and not self._till_pending
            and self._answered == self._generation
        )

    def _add_technicians(self, technicians: list) -> None:  # type: ignore[type-arg]
        self._technicians_listed = True
        for tech in technicians:
            self.technician.addItem(tech.display_name, tech.username)
        d = self.detail
        if d is not None and d.technician and self.technician.currentIndex() == 0:
            self.technician.setCurrentIndex(max(0, self.technician.findText(d.technician)))

    def check_for_changes(self) -> None:
        """Cheap poll while on screen: reload when any ticket changed since the last load."""
        if self.detail is None or self.busy or not self.isVisible():
            return
        ticket_no = self.detail.ticket_no

        def compare(stamp: object) -> None:
            if stamp != self._stamp and self.detail and self.detail.ticket_no == ticket_no:
                self.load(ticket_no)

        run_task(self, ticket_service.board_stamp, self.db, on_done=compare)

    def load(self, ticket_no: str, after: Callable[[], None] | None = None) -> None:
        """Read the ticket in the background and show it; ``after`` runs once it is shown."""
        self._generation += 1
        generation = self._generation

        def read() -> tuple[object, TicketDetail]:
            stamp = ticket_service.board_stamp(self.db)  # before the ticket: never misses one
            return stamp, ticket_service.detail(self.db, self.actor, ticket_no)

        def done(result: tuple[object, TicketDetail]) -> None:
            if generation != self._generation:
                return  # a newer load was started meanwhile
            self._answered = generation
            self._stamp = result[0]
            self.apply(result[1])
            if after is not None:
                after()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._answered = generation
            if self._showing_change:  # the change was made; only showing it failed
                self._showing_change = False
                self._set_busy(False)
            if isinstance(exc, ServiceError):
                self.show_message(i18n.error_text(exc))
            else:
                show_error(self, exc)

        run_task(self, read, on_done=done, on_error=failed)

    def apply(self, detail: TicketDetail) -> None:
        """Show ``detail``. Another ticket: its fields start afresh. The same ticket again
        (a refresh): what the user typed or chose is kept."""
        previous = self.detail
        same = previous is not None and previous.ticket_no == detail.ticket_no
        self.detail = detail
        self.shown.emit(detail.ticket_no)
        self._set_enabled(True)
        d = detail
        self.number.setText(d.ticket_no)
        self.reach.set_ticket(d.ticket_no, d.status)
        colour = STATUS_COLOURS.get(d.status, "#607d8b")
        self.status_chip.setText(fmt.status_text(d.status))
        self.status_chip.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 10px; padding: 3px 10px;"
        )
        self.info.setText("<br>".join(self._info_lines(d)))
        self.warranty_panel.set_ticket(d, fmt.time_zone())
        if d.read_only:
            for widget in (
                self.actions_holder,
                self.assign_button,
                self.note,
                self.add_line_button,
                self.remove_line_button,
                self.use_part_button,
                self.pay_button,
            ):
                widget.setEnabled(False)
        self.phone_button.setVisible(contact.may_see_phone(self.actor))
        if not same:
            self.phone_button.setText(self.tr("Show full number"))
        if d.passcode is not None:
            self.passcode.setText(d.passcode)
        elif d.has_passcode:
            self.passcode.setText(self.tr("(technicians and the manager)"))
        else:
            self.passcode.setText("—")
        if not same or self.technician.currentText() == (
            previous.technician if previous and previous.technician else self.tr("Unassigned")
        ):  # a choice not yet assigned survives a refresh
            index = self.technician.findText(d.technician) if d.technician else 0
            self.technician.setCurrentIndex(max(0, index))
        self.events_model.set_rows(list(reversed(d.events)))
        self.lines_model.set_rows([(q, line) for q in d.quotes for line in q.lines])
        self.payments_model.set_rows(d.payments)
        for view in (self.events_view, self.lines_view, self.payments_view):
            fit_columns(view)  # times, amounts and items shown whole
        self.totals.setText(
            self.tr("Total {total} · paid {paid} · balance {balance}").format(
                total=fmt.money_text(d.total),
                paid=fmt.money_text(d.paid),
                balance=fmt.money_text(d.balance),
            )
        )
        self.balance.setText(
            self.tr("Balance due: {balance}").format(balance=fmt.money_text(d.balance))
        )
        if not same:
            self._fresh_inputs()
        amount = f"{d.balance:.2f}" if d.balance > 0 else ""
        if not same or self.pay_amount.text() == self._auto_amount:
            self.pay_amount.setText(amount)  # the balance, unless the user typed an amount
        self._auto_amount = amount
        if self._showing_change:
            self._showing_change, self.busy = False, False  # the change is on screen
        steps = self._actions(d)
        if not same and steps and self.isVisible():
            steps[0].setFocus()  # a ticket just opened: the next step is one key away
        self._set_busy(self.busy)
        try:
            from counter_app.ui import print_actions
        except ImportError:
            self.print_button.hide()
        else:
            self.print_button.setMenu(
                print_actions.document_menu(self, self.db, self.actor, d.ticket_no)
            )

    def _info_lines(self, d: TicketDetail) -> list[str]:
        """The ticket's header lines (HTML): customer and device, service and dates, fault,
        cause, condition, warranty, and what needs attention."""
        ident = f"IMEI {d.device.imei}" if d.device.imei else f"S/N {d.device.serial}"
        e = html.escape  # what people typed is shown as typed, never as markup
        lines = [
            f"<b>{e(d.customer.name)}</b> {e(d.customer.phone_masked)} · {e(d.device.brand)} "
            f"{e(d.device.model)} {e(d.device.colour)} · {e(ident or '')}",
            e(
                self.tr(
                    "{service}, priority {priority} · received {received} · promised {promised}"
                ).format(
                    service=fmt.service_type_text(d.service_type),
                    priority=fmt.priority_text(d.priority),
                    received=fmt.local_time_text(d.received_at),
                    promised=fmt.local_time_text(d.promised_at),
                )
            ),
            e(self.tr("Fault: {fault}").format(fault=d.fault or "—")),
        ]
        if d.diagnosed_cause:  # what the technician found, beside the customer's words
            lines.append(e(self.tr("Cause found: {cause}").format(cause=d.diagnosed_cause)))
        if d.condition or d.accessories:  # what the device came in with, for the workshop
            condition = ", ".join(
                f"{names.condition_text(item)}: {names.condition_value_text(value)}"
                for item, value in d.condition.items()
            )
            lines.append(
                e(
                    self.tr("Condition on intake: {condition} · Accessories left: {items}").format(
                        condition=condition or "—", items=d.accessories or "—"
                    )
                )
            )
        lines.append(
            e(
                self.tr("Warranty: {decision} {reason}").format(
                    decision=warranty_settlement_text(d),
                    reason=names.event_text(d.warranty_reason or ""),
                )
            )
        )
        if d.exchange_offered:
            lines.append(
                "<b style='color:#e65100'>"
                + e(names.exchange_offer_text(d.failed_repairs, QCoreApplication.translate))
                + "</b>"
            )
        if d.overdue:
            lines.append("<span style='color:#c62828'>" + e(self.tr("Overdue")) + "</span>")
        if d.is_comeback:
            lines.append(e(self.tr("Comeback of {ticket}").format(ticket=d.comeback_of)))
        if d.waiting_part:
            lines.append(e(self.tr("Waiting for part: {part}").format(part=d.waiting_part)))
        if d.outcome:
            lines.append(
                "<b style='color:#c62828'>"
                + e(
                    self.tr("{outcome}: {barrier} · fee {fee}").format(
                        outcome=names.outcome_text(d.outcome),
                        barrier=names.barrier_text(d.outcome_barrier),
                        fee=fmt.money_text(d.outcome_fee),
                    )
                )
                + "</b>"
            )
        if d.read_only:  # another store's ticket: shown, never changed here
            lines.insert(
                0,
                "<b style='color:#e65100'>"
                + e(
                    self.tr("Store {store} {name}: read-only here (you do not work there)").format(
                        store=d.store, name=d.store_name
                    )
                )
                + "</b>",
            )
        return lines

    def _fresh_inputs(self) -> None:
        """Nothing typed for the previous ticket carries over to this one."""
        for field in (self.note, self.line_text, self.line_price, self.pay_tendered):
            field.clear()
        self.line_qty.setValue(1)
        self.consent.setCurrentIndex(0)
        self.pay_method.setCurrentIndex(0)

    def _set_busy(self, busy: bool) -> None:
        """While a write runs the page says so and offers no second one."""
        self.busy = busy
        self.busy_label.setVisible(busy)
        # Another store's ticket (read_only) is shown, never changed here.
        loaded = self.detail is not None and not self.detail.read_only
        for widget in (
            self.actions_holder,
            self.assign_button,
            self.add_line_button,
            self.remove_line_button,
            self.use_part_button,
            self.pay_button,
            self.note,
        ):
            widget.setEnabled(loaded and not busy)
        quotable = (
            loaded and self.detail is not None and self.detail.status in quote_service.QUOTABLE
        )
        for widget in (self.add_line_button, self.remove_line_button):
            widget.setEnabled(quotable and not busy)  # a ready ticket's quote is closed
        self.busy_changed.emit(busy)

    def _name_fields(self) -> None:
        """What a screen reader says for each field (their placeholders are hints only)."""
        for field, name in (
            (self.line_kind, self.tr("Line kind")),
            (self.line_text, self.tr("Description, or the part's SKU")),
            (self.line_qty, self.tr("Qty")),
            (self.line_price, self.tr("Price")),
            (self.pay_amount, self.tr("Amount")),
            (self.pay_method, self.tr("Method")),
            (self.pay_tendered, self.tr("Cash given")),
            (self.technician, self.tr("Technician")),
            (self.note, self.tr("Note")),
            (self.consent, self.tr("Consent given")),
            (self.events_view, self.tr("Timeline")),
            (self.lines_view, self.tr("Quote")),
            (self.payments_view, self.tr("Payments")),
        ):
            field.setAccessibleName(name)

    def _actions(self, d: TicketDetail) -> list[QPushButton]:
        """The steps allowed from here, as buttons in the step bar."""
        had_focus = self.actions_holder.isAncestorOf(QApplication.focusWidget())
        while self.actions_box.count():
            item = self.actions_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone at once, not only after the event loop runs
                widget.deleteLater()
        buttons: list[QPushButton] = []
        if d.status == "awaiting_approval" and self.actor.role in ("clerk", "manager"):
            approve = QPushButton(self.tr("Customer approves"), objectName="approve")
            approve.clicked.connect(lambda: self.decide(True))
            decline = QPushButton(self.tr("Customer declines"), objectName="decline")
            decline.clicked.connect(lambda: self.decide(False))
            buttons += [approve, decline]
        for status in workflow.allowed_for(self.actor, d.service_type, d.status):
            if (d.status, status) in workflow.CONSENT_EDGES:
                continue
            button = QPushButton(fmt.action_text(status), objectName=f"to-{status}")
            if status == "cancelled":
                button.setStyleSheet("color: #c62828;")
            button.clicked.connect(lambda _=False, s=status: self.change_status(s))
            buttons.append(button)
        if outcome_service.can_declare(d.service_type, d.status) and self.actor.role in (
            "technician",
            "manager",
        ):
            button = QPushButton(self.tr("Beyond repair…"), objectName="beyond_repair")
            button.clicked.connect(self.ask_beyond_repair)
            buttons.append(button)
        # Each step has its key (Alt+1 …), and Tab reaches the steps right after the
        # header's buttons, as they stand on screen (they are made after the rest).
        previous: QWidget = self.complaint_button
        for button, key in zip(buttons, STEP_KEYS, strict=False):
            keyed(button, key)
            self.actions_box.addWidget(button)
            button.setVisible(self.actions_holder.isVisible())  # now, not after the event loop
            QWidget.setTabOrder(previous, button)
            previous = button
        self.actions_box.addStretch(1)
        if had_focus and buttons:
            buttons[0].setFocus()  # the step just taken is gone: the next one, not nowhere
        return buttons

    def ask_beyond_repair(self) -> None:
        if self.detail is None:
            return
        dialog = BeyondRepairDialog(self.detail.ticket_no, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.declare_beyond_repair(*dialog.choice())

    def declare_beyond_repair(self, barrier: str, note: str) -> bool:
        no = self.detail.ticket_no if self.detail else ""
        return self._do(
            lambda v: outcome_service.declare_beyond_repair(
                self.db, self.actor, no, barrier, note, expected_version=v
            )
        )

    def _open_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        first = (self.events_view, self.line_kind, self.pay_amount, self.warranty_panel.decision)
        first[index].setFocus()  # the tab's first field

    def _warranty_changed(self, ticket_no: str) -> None:
        self.message.hide()
        self.load(ticket_no)
        self.ticket_changed.emit(ticket_no)

    # -- actions ----------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _do(
        self, action: Callable[[int], Any], on_success: Callable[[], None] | None = None
    ) -> bool:
        """Run a change with the loaded version in the background; meanwhile the page is
        busy and starts no other change. On a refusal the page says why; when someone else
        changed the ticket it reloads, keeping what the user typed. Returns whether the
        change was started."""
        if self.detail is None or self.busy:
            return False
        ticket_no, version = self.detail.ticket_no, self.detail.version
        self._set_busy(True)

        def done(_: object) -> None:
            self.message.hide()
            if on_success is not None:
                on_success()
            # Busy until the changed ticket is shown (apply() ends it): the old step buttons
            # never come back enabled for a key pressed in between.
            self._showing_change = True
            self.load(ticket_no)
            self.ticket_changed.emit(ticket_no)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, Conflict):
                text = i18n.error_text(exc) + " " + self.tr("The page now shows the latest.")
                self.load(ticket_no, after=lambda: self.show_message(text))
            elif isinstance(exc, ServiceError):
                self.show_message(i18n.error_text(exc))
            else:
                show_error(self, exc)

        run_task(self, action, version, on_done=done, on_error=failed)
        return True

    def change_status(self, status: str) -> bool:
        no = self.detail.ticket_no if self.detail else ""
        part = None
        if status == "waiting_parts":  # the part line selected on the Quote tab is awaited
            line = self._selected_line()
            part = line.sku if line is not None and line.sku else None
        note = self.note.text()  # read here: the change runs in the background
        return self._do(
            lambda v: workflow.change_status(
                self.db,
                self.actor,
                no,
                status,
                note,
                expected_version=v,
                waiting_part_sku=part,
            )
        )

    def decide(self, approve: bool) -> bool:
        no = self.detail.ticket_no if self.detail else ""
        method = self.consent.currentData()
        return self._do(
            lambda v: quote_service.decide(
                self.db, self.actor, no, approve, method, expected_version=v
            )
        )

    def add_note(self) -> None:
        no = self.detail.ticket_no if self.detail else ""
        text = self.note.text()
        self._do(
            lambda v: ticket_service.add_note(self.db, self.actor, no, text, v),
            on_success=self.note.clear,
        )

    def diagnose(self) -> None:
        no = self.detail.ticket_no if self.detail else ""
        text = self.cause.text()
        self._do(
            lambda v: diagnosis.diagnose(self.db, self.actor, no, text, v),
            on_success=self.cause.clear,
        )

    def assign(self) -> None:
        no = self.detail.ticket_no if self.detail else ""
        username = self.technician.currentData() or None
        self._do(lambda v: ticket_service.assign(self.db, self.actor, no, username, v))

    def _kind_changed(self) -> None:
        part = self.line_kind.currentData() == "part"
        self.line_text.setCompleter(self.part_picker if part else None)
        if part:
            self.line_text.setFocus()
            self.find_parts()

    def find_parts(self) -> None:
        """Parts matching what is typed, else those for the ticket's device model."""
        if self.line_kind.currentData() != "part" or self.detail is None:
            return
        text = self.line_text.text().strip() or self.detail.device.model

        def show(parts: list[PartInfo]) -> None:
            self._part_rows = {}
            for part in parts:
                label = self.tr("{sku} · {name} · {n} in stock · {price}").format(
                    sku=part.sku, name=part.name, n=part.on_hand, price=fmt.money_text(part.price)
                )
                self._part_rows[label] = part
            self.part_choices.setStringList(list(self._part_rows))
            # wide enough for "SKU · name · n in stock · price": stock and price never cut
            metrics = self.line_text.fontMetrics()
            widest = max((metrics.horizontalAdvance(label) for label in self._part_rows), default=0)
            self.part_picker.popup().setMinimumWidth(widest + PICKER_MARGIN)
            if parts and self.line_text.hasFocus():
                self.part_picker.complete()

        run_task(self, inventory.search_parts, self.db, text, limit=30, on_done=show)

    def _part_picked(self, label: str) -> None:
        part = self._part_rows.get(label)
        if part is None:
            return
        # after the completer has written the label into the field, put the SKU there
        QTimer.singleShot(0, lambda: self.line_text.setText(part.sku))
        self.line_price.setText(f"{part.price:.2f}")
        self.line_qty.setFocus()

    def add_line(self) -> None:
        no = self.detail.ticket_no if self.detail else ""
        kind = self.line_kind.currentData()
        text = self.line_text.text().strip()
        price = self.line_price.text().strip() or None
        qty = self.line_qty.value()
        if kind == "part":

            def action(v: int) -> Any:  # runs in the background, like the look-up
                found = inventory.find_by_code(self.db, text)
                return quote_service.add_line(
                    self.db,
                    self.actor,
                    no,
                    kind="part",
                    sku=found.sku if found else text,
                    qty=qty,
                    price=price,
                    expected_version=v,
                )

        else:
            action = lambda v: quote_service.add_line(  # noqa: E731
                self.db,
                self.actor,
                no,
                kind=kind,
                description=text,
                qty=qty,
                price=price,
                expected_version=v,
            )

        def cleared() -> None:
            self.line_text.clear()
            self.line_price.clear()
            self.line_qty.setValue(1)

        self._do(action, on_success=cleared)

    def _selected_line(self) -> Any:
        rows = self.lines_view.selectionModel().selectedRows()
        row = self.lines_model.row_at(rows[0].row()) if rows else None
        return row[1] if row else None

    def remove_line(self) -> None:
        line = self._selected_line()
        if line is None or self.detail is None:
            return
        no = self.detail.ticket_no
        self._do(lambda v: quote_service.remove_line(self.db, self.actor, no, line.id, v))

    def use_part(self) -> None:
        line = self._selected_line()
        if line is None or self.detail is None:
            return
        no = self.detail.ticket_no
        self._do(lambda v: inventory.use_on_ticket(self.db, self.actor, no, line.id, v))

    def pay(self) -> None:
        """Take the payment; cash asks first for the till when none is open on this PC."""
        if self.detail is None or self.busy:
            return
        if self.pay_method.currentData() == "cash":
            from counter_app.ui.dialogs import till_offer

            if self._till_pending:
                return
            self._till_pending = True

            def settled() -> None:
                self._till_pending = False

            def go() -> None:
                settled()
                self._take_payment()

            till_offer.before_cash(self, self.db, self.actor, go, settled)
            return
        self._take_payment()

    def _take_payment(self) -> None:
        no = self.detail.ticket_no if self.detail else ""
        amount = self.pay_amount.text()
        method = self.pay_method.currentData()
        tendered = self.pay_tendered.text().strip() or None
        drawer: list[str] = []  # the one line to show if the cash drawer did not open

        def take(version: int) -> None:
            from counter_app.printing import escpos

            payment_service.pay(
                self.db, self.actor, no, amount, method, tendered=tendered, expected_version=version
            )
            # Committed: the drawer opens after, and a printer failure never undoes it.
            problem = escpos.drawer_after_cash(method)
            if problem:
                drawer.append(problem)

        def taken() -> None:
            self.pay_tendered.clear()
            if drawer:
                self.show_message(drawer[0])

        self._do(take, on_success=taken)

    def show_change(self) -> None:
        """The change to hand back, shown before the cash is taken."""
        tendered = self.pay_tendered.text().strip()
        if self.pay_method.currentData() != "cash" or not tendered:
            self.change.clear()
            return
        try:
            due = payment_service.change_due(self.pay_amount.text(), tendered)
        except ServiceError as exc:
            self.change.setText(i18n.error_text(exc))
            self.change.setStyleSheet("color: #c62828;")
            return
        self.change.setStyleSheet("font-weight: bold;")
        self.change.setText(self.tr("Change due: {change}").format(change=fmt.money_text(due)))

    def reveal_phone(self) -> None:
        """The full number (clerk and manager), shown on the button and copied."""
        if self.detail is None:
            return

        def shown(number: str) -> None:
            self.phone_button.setText(number)
            clipboard = QGuiApplication.clipboard()
            if clipboard is not None:
                clipboard.setText(number)

        run_task(
            self, contact.full_phone, self.db, self.actor, self.detail.ticket_no, on_done=shown
        )

    def new_complaint(self) -> None:
        from counter_app.ui.dialogs.complaint_dialog import ComplaintDialog

        if self.detail is not None:
            dialog = ComplaintDialog(self.db, self.actor, self, ticket_no=self.detail.ticket_no)
            if dialog.exec():
                self.refresh()

    def _open_device(self) -> None:
        if self.detail is not None:
            self.open_device.emit(self.detail.device.imei or self.detail.device.serial or "")
