"""The Parts page's discontinued parts and supplier claims (issue 30, point 8): a dialog that
marks a part's model discontinued (kept in stock for the years its category says, or as many
as typed), and a tab of claims back to the supplier for parts that failed under warranty,
each moved on as the claim's state machine allows (services/stock/claims.py). Every service
call runs in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counter_app.db import Database
from counter_app.models import CLAIM_STATES
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.stock import claims, retention
from counter_app.services.stock.inventory import PartInfo
from counter_app.ui import format as fmt
from counter_app.ui.dialog_title import fit_title
from counter_app.ui.keyed import keyed
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.models.table_model import read_only_table as _table
from counter_app.ui.operations import run_task
from counter_app.ui.page_writes import OneWrite, say
from counter_app.ui.table_fit import fit_columns

CONTEXT = "PartClaims"
STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("PartClaims", "Open"),
    "sent": QT_TRANSLATE_NOOP("PartClaims", "Sent to the supplier"),
    "accepted": QT_TRANSLATE_NOOP("PartClaims", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("PartClaims", "Rejected"),
    "credited": QT_TRANSLATE_NOOP("PartClaims", "Credited"),
}
# The button that moves a claim into each state (which ones apply: claims.NEXT_STATES).
MOVE_TITLES = {
    "sent": QT_TRANSLATE_NOOP("PartClaims", "Ma&rk sent"),
    "accepted": QT_TRANSLATE_NOOP("PartClaims", "Acc&epted"),
    "rejected": QT_TRANSLATE_NOOP("PartClaims", "Re&jected"),
    "credited": QT_TRANSLATE_NOOP("PartClaims", "Cre&dited"),
}


def state_text(state: str) -> str:
    return QCoreApplication.translate(CONTEXT, STATE_NAMES.get(state, state))


def kept_text(part: PartInfo) -> str:
    """A part's discontinued state as the Parts list shows it ("" for a part still made)."""
    if not part.discontinued:
        return ""
    if part.keep_until is None:
        return QCoreApplication.translate("PartClaims", "Discontinued")
    if part.kept:
        return QCoreApplication.translate("PartClaims", "Discontinued, kept until {day}").format(
            day=fmt.local_date_text(part.keep_until)
        )
    return QCoreApplication.translate(
        "PartClaims", "Discontinued, kept until {day} (ended)"
    ).format(day=fmt.local_date_text(part.keep_until))


CLAIM_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("PartClaims", "No."), lambda c: c.id, right=True),
    Column(QT_TRANSLATE_NOOP("PartClaims", "State"), lambda c: state_text(c.state)),
    Column(QT_TRANSLATE_NOOP("PartClaims", "SKU"), lambda c: c.sku),
    Column(QT_TRANSLATE_NOOP("PartClaims", "Part"), lambda c: c.part_name),
    Column(QT_TRANSLATE_NOOP("PartClaims", "Ticket"), lambda c: c.ticket_no),
    Column(QT_TRANSLATE_NOOP("PartClaims", "Supplier"), lambda c: c.supplier),
    Column(QT_TRANSLATE_NOOP("PartClaims", "Opened"), lambda c: fmt.local_time_text(c.created_at)),
    Column(QT_TRANSLATE_NOOP("PartClaims", "Changed"), lambda c: fmt.local_time_text(c.updated_at)),
    Column(QT_TRANSLATE_NOOP("PartClaims", "Note"), lambda c: c.note.replace("\n", " · ")),
]


class DiscontinueDialog(QDialog):
    """Discontinue one part: by its category's rule (the default) or for the years typed.
    A refusal stays in the dialog; ``done_info`` holds the answer once accepted."""

    def __init__(self, db: Database, actor: Actor, part: PartInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.part = db, actor, part
        self.done_info: claims.DiscontinuedInfo | None = None
        self.setWindowTitle(self.tr("Discontinue {sku}").format(sku=part.sku))
        fit_title(self)
        self.setObjectName("discontinue_dialog")
        about = QLabel(
            self.tr(
                "{name} ({category}): its model is no longer made. The part stays in stock "
                "until the day below; supplier returns may not take it below its low level."
            ).format(name=part.name, category=part.category or self.tr("no category")),
            objectName="discontinue_about",
        )
        about.setWordWrap(True)
        self.by_category = QCheckBox(self.tr("By the part's &category"), objectName="by_category")
        self.by_category.setChecked(True)
        self.rule = QLabel(objectName="keep_rule")
        self.rule.setWordWrap(True)
        self.years = QSpinBox(objectName="keep_years")
        self.years.setRange(0, claims.MAX_KEEP_YEARS)
        self.years.setEnabled(False)
        self.years.setAccessibleName(self.tr("Keep years"))
        self.by_category.toggled.connect(lambda on: self.years.setEnabled(not on))
        self.message = QLabel(objectName="discontinue_message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            self.tr("&Discontinue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("discontinue_ok")
        self.buttons.accepted.connect(self.discontinue)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.by_category)
        form.addRow(self.rule)
        keep = QLabel(self.tr("&Keep for (years)"))
        keep.setBuddy(self.years)
        form.addRow(keep, self.years)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.writes = OneWrite(self, lambda: [self.ok])
        run_task(self, settings_service.get_all, self.db, on_done=self._show_rule)

    def _show_rule(self, settings: dict[str, Any]) -> None:
        """The category's default: the electronic parts' years, else the longest warranty."""
        if retention.is_electronic(self.part.category, settings):
            years = int(settings.electronic_parts_keep_years)
            self.years.setValue(years)
            self.rule.setText(self.tr("Electronic part: kept %n year(s)", "", years))
        else:
            self.rule.setText(self.tr("Kept until the longest warranty the shop gives ends"))

    def discontinue(self) -> None:
        years = None if self.by_category.isChecked() else self.years.value()
        self.writes.run(
            claims.discontinue,
            self.db,
            self.actor,
            self.part.sku,
            years,
            on_done=self._done,
            on_refused=say(self.message),
        )

    def _done(self, info: claims.DiscontinuedInfo) -> None:
        self.done_info = info
        self.accept()


class ClaimsPanel(QWidget):
    """Claims to suppliers, newest first: open one (SKU, ticket, supplier), move it on."""

    loaded = Signal()
    changed = Signal()  # a claim was opened or moved on

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self._asked = 0
        self.state_filter = QComboBox(objectName="claim_state_filter")
        self.state_filter.setAccessibleName(self.tr("Claims in state"))
        self.state_filter.addItem(self.tr("All states"), "")
        for state in CLAIM_STATES:
            self.state_filter.addItem(state_text(state), state)
        self.state_filter.currentIndexChanged.connect(lambda *_: self.refresh())
        self.model = RowsModel(CLAIM_COLUMNS, CONTEXT, self)
        self.view = _table(self.model)
        self.view.setObjectName("claims")
        self.view.setAccessibleName(self.tr("Claims to suppliers"))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.sku = QLineEdit(objectName="claim_sku")
        self.ticket = QLineEdit(objectName="claim_ticket")
        self.supplier = QLineEdit(objectName="claim_supplier")
        self.note = QLineEdit(objectName="claim_note")
        self.note.setPlaceholderText(self.tr("e.g. the supplier's RMA number"))
        self.open_button = QPushButton(self.tr("&Open claim"), objectName="open_claim")
        self.open_button.clicked.connect(self.open_claim)
        self.supplier.returnPressed.connect(self.open_claim)
        self.move_buttons: dict[str, QPushButton] = {}
        moves = QHBoxLayout()
        moves.addWidget(QLabel(self.tr("Selected claim:")))
        for state, title in MOVE_TITLES.items():
            button = QPushButton(QCoreApplication.translate(CONTEXT, title))
            button.setObjectName(f"claim_{state}")
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _=False, s=state: self.move_claim(s))
            button.setEnabled(False)
            self.move_buttons[state] = button
            moves.addWidget(button)
        moves.addStretch(1)
        self.message = QLabel(objectName="claims_message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        for text, field in (
            (self.tr("SK&U"), self.sku),
            (self.tr("&Ticket"), self.ticket),
            (self.tr("Su&pplier"), self.supplier),
            (self.tr("&Note"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        form.addRow(self.open_button)
        keyed(self.open_button, "Enter", shortcut=False)  # Enter in the supplier
        top = QHBoxLayout()
        top.addWidget(self.state_filter)
        top.addStretch(1)
        left = QWidget()
        left.setLayout(form)
        body = QHBoxLayout()
        body.addWidget(left)  # as wide as its labels and fields need
        body.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(moves)
        layout.addWidget(self.message)
        self.writes = OneWrite(self, lambda: [self.open_button, *self.move_buttons.values()])

    def prefill(self, part: PartInfo | None) -> None:
        """The part chosen on the stock list: its SKU and supplier, unless typed already."""
        if part is None:
            return
        if not self.sku.text():
            self.sku.setText(part.sku)
        if not self.supplier.text():
            self.supplier.setText(part.supplier)

    def refresh(self) -> None:
        self._asked += 1
        asked = self._asked

        def show(rows: list[claims.ClaimInfo]) -> None:
            if asked != self._asked:
                return  # an older answer (the filter changed meanwhile)
            chosen = self.current()
            self.model.set_rows(rows)
            fit_columns(self.view)
            keep = next(
                (i for i, c in enumerate(rows) if chosen is not None and c.id == chosen.id), None
            )
            if keep is not None:
                self.view.selectRow(keep)
            self._chosen()
            self.loaded.emit()

        run_task(
            self, claims.claims, self.db, self.state_filter.currentData() or None, on_done=show
        )

    def current(self) -> claims.ClaimInfo | None:
        return self.model.row_at(self.view.currentIndex().row())  # type: ignore[no-any-return]

    def _chosen(self) -> None:
        c = self.current()
        allowed = claims.NEXT_STATES.get(c.state, ()) if c is not None else ()
        for state, button in self.move_buttons.items():
            button.setEnabled(state in allowed and not self.writes.busy)

    def open_claim(self) -> None:
        self.message.clear()
        self.writes.run(
            claims.claim,
            self.db,
            self.actor,
            self.sku.text().strip(),
            self.ticket.text().strip(),
            self.supplier.text(),
            self.note.text(),
            on_done=self._opened,
            on_refused=say(self.message),
        )

    def _opened(self, info: claims.ClaimInfo) -> None:
        self.message.setText(
            self.tr("Claim {id} opened: {sku} on {ticket} to {supplier}").format(
                id=info.id, sku=info.sku, ticket=info.ticket_no, supplier=info.supplier
            )
        )
        for field in (self.sku, self.ticket, self.note):
            field.clear()
        self.changed.emit()
        self.refresh()

    def move_claim(self, state: str) -> None:
        c = self.current()
        if c is None:
            return
        self.message.clear()
        self.writes.run(
            claims.move_claim,
            self.db,
            self.actor,
            c.id,
            state,
            self.note.text(),
            on_done=self._moved,
            on_refused=say(self.message),
        )

    def _moved(self, info: claims.ClaimInfo) -> None:
        self.message.setText(
            self.tr("Claim {id}: {state}").format(id=info.id, state=state_text(info.state))
        )
        self.note.clear()
        self.changed.emit()
        self.refresh()
