"""The ticket page's box for reaching the customer: a message of a kind copied to the
clipboard (or handed to the shop's sender when one is set), and the loaner phone lent on the
ticket. Every service call runs in the background (operations.run_task)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n
from counter_app.db import Database
from counter_app.errors import ServiceError
from counter_app.models import MESSAGE_KINDS
from counter_app.services.base.dto import Actor
from counter_app.services.outreach import messages
from counter_app.services.tickets import loaners
from counter_app.ui import format as fmt
from counter_app.ui.keyed import keyed
from counter_app.ui.operations import run_task, show_error

LINE_EDIT_MARGIN = 2  # QLineEdit's own space either side of its text (qlineedit_p.h)


def placeholder_width(edit: QLineEdit) -> int:
    """The width a line edit needs to show its whole placeholder (as QLineEdit sizes
    itself: the text, its margins, then the style's frame)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    margins, text = edit.contentsMargins(), edit.textMargins()
    metrics = edit.fontMetrics()
    inner = QSize(
        metrics.horizontalAdvance(edit.placeholderText())
        + 2 * LINE_EDIT_MARGIN
        + margins.left()
        + margins.right()
        + text.left()
        + text.right(),
        metrics.height(),
    )
    return (
        edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, inner, edit).width()
    )


KIND_NAMES = {
    "ready": QT_TRANSLATE_NOOP("CustomerReach", "Ready for pickup"),
    "quote": QT_TRANSLATE_NOOP("CustomerReach", "Quote to approve"),
    "uncollected": QT_TRANSLATE_NOOP("CustomerReach", "Uncollected notice"),
    "followup": QT_TRANSLATE_NOOP("CustomerReach", "Follow-up"),
    "maintenance": QT_TRANSLATE_NOOP("CustomerReach", "Maintenance reminder"),
}
# The kind offered first for a ticket in each status.
KIND_FOR_STATUS = {"ready": "ready", "awaiting_approval": "quote", "collected": "followup"}


class CustomerReach(QGroupBox):
    """Messages to the customer and the loaner phone of one ticket."""

    changed = Signal()  # a message was logged or a loaner moved: the ticket has a new event

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Customer"))
        self.db, self.actor = db, actor
        self.ticket_no = ""
        self.kind = QComboBox(objectName="message_kind")
        for kind in MESSAGE_KINDS:
            self.kind.addItem(QCoreApplication.translate("CustomerReach", KIND_NAMES[kind]), kind)
        self.copy_button = QPushButton(self.tr("Copy message"), objectName="copy_message")
        self.copy_button.clicked.connect(self.copy_message)
        self.send_button = QPushButton(self.tr("Send"), objectName="send_message")
        self.send_button.clicked.connect(self.send_message)
        self.send_button.hide()  # shown once a sender is known to be set
        self.status = QLabel(objectName="reach_status")
        self.status.setWordWrap(True)
        self.loaner = QLabel(objectName="loaner")
        self.loaner.setWordWrap(True)
        self.loaner_imei = QLineEdit(objectName="loaner_imei")
        self.loaner_imei.setPlaceholderText(self.tr("Loaner IMEI"))
        self.loaner_deposit = QLineEdit(objectName="loaner_deposit")
        self.loaner_deposit.setPlaceholderText(self.tr("Deposit"))
        self.lend_button = QPushButton(self.tr("Lend"), objectName="lend_loaner")
        self.lend_button.clicked.connect(self.lend)
        self.back_button = QPushButton(self.tr("Loaner back"), objectName="loaner_back")
        self.back_button.clicked.connect(self.give_back)
        keyed(self.copy_button, "Ctrl+Shift+M")
        keyed(self.send_button, "Ctrl+Shift+S")
        keyed(self.lend_button, "Enter", shortcut=False)  # Enter in the loaner's IMEI
        self.loaner_imei.returnPressed.connect(self.lend)
        self.loaner_deposit.returnPressed.connect(self.lend)
        keyed(self.back_button, "Ctrl+Shift+B")
        messages_row = QHBoxLayout()
        messages_row.addWidget(self.kind, 1)
        messages_row.addWidget(self.copy_button)
        messages_row.addWidget(self.send_button)
        # The loaner's fields on a row of their own, each wide enough for its placeholder
        # (beside the buttons in the ticket page's side panel they were cut to "备用机…").
        for edit in (self.loaner_imei, self.loaner_deposit):
            edit.setMinimumWidth(placeholder_width(edit))
        loaner_row = QHBoxLayout()
        loaner_row.addWidget(self.loaner_imei, 2)
        loaner_row.addWidget(self.loaner_deposit, 1)
        loaner_buttons = QHBoxLayout()
        loaner_buttons.addWidget(self.lend_button)
        loaner_buttons.addWidget(self.back_button)
        loaner_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(messages_row)
        layout.addWidget(self.status)
        layout.addWidget(self.loaner)
        layout.addLayout(loaner_row)
        layout.addLayout(loaner_buttons)
        run_task(self, messages.can_send, self.db, on_done=self.send_button.setVisible)

    def set_ticket(self, ticket_no: str, status: str) -> None:
        if ticket_no != self.ticket_no:
            self.status.clear()
            self.loaner_imei.clear()
            self.loaner_deposit.clear()
            kind = KIND_FOR_STATUS.get(status)
            if kind is not None:
                self.kind.setCurrentIndex(self.kind.findData(kind))
        self.ticket_no = ticket_no
        run_task(self, loaners.of_ticket, self.db, ticket_no, on_done=self._show_loaners)

    def _show_loaners(self, rows: list[loaners.LoanerInfo]) -> None:
        out = next((r for r in rows if r.out), None)
        if out is None:
            self.loaner.setText(self.tr("No loaner phone out"))
        else:
            self.loaner.setText(
                self.tr("Loaner {imei} out since {at}, deposit {deposit}").format(
                    imei=out.imei,
                    at=fmt.local_time_text(out.out_at),
                    deposit=fmt.money_text(out.deposit),
                )
            )
        self.back_button.setEnabled(out is not None)
        self.lend_button.setEnabled(out is None)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self.status.setText(i18n.error_text(exc))
        else:
            show_error(self, exc)

    def copy_message(self) -> None:
        """The message's text on the clipboard, to paste into a chat or SMS by hand."""

        def copied(text: messages.MessageText) -> None:
            QGuiApplication.clipboard().setText(text.text)
            self.status.setText(self.tr("Message copied"))

        run_task(
            self,
            messages.preview,
            self.db,
            self.actor,
            self.ticket_no,
            self.kind.currentData(),
            on_done=copied,
            on_error=self._failed,
        )

    def send_message(self) -> None:
        def sent(record: messages.MessageRecord) -> None:
            if record.outcome == "sent":
                self.status.setText(self.tr("Message sent"))
            else:
                self.status.setText(
                    self.tr("The sender failed: {detail}").format(detail=record.detail)
                )
            self.changed.emit()

        self._run(messages.send, self.ticket_no, self.kind.currentData(), on_done=sent)

    def lend(self) -> None:
        self._run(
            loaners.lend,
            self.ticket_no,
            self.loaner_imei.text(),
            self.loaner_deposit.text(),
            on_done=self._moved,
        )

    def give_back(self) -> None:
        self._run(loaners.give_back, self.ticket_no, on_done=self._moved)

    def _moved(self, _: Any) -> None:
        self.status.clear()
        self.loaner_imei.clear()
        self.loaner_deposit.clear()
        self.changed.emit()

    def _run(self, fn: Any, *args: Any, on_done: Any) -> None:
        run_task(self, fn, self.db, self.actor, *args, on_done=on_done, on_error=self._failed)
