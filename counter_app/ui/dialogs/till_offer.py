"""Before the first cash payment of the day on a PC with no till open, the window offers to
open the till (issue 29): "Open the till…" (the default, so Enter at the counter opens it),
"Take cash without a till" (only when the shop does not require one; not asked again that
day on this PC) or Cancel. Whether a till is open, and whether the shop requires one, comes
from services/money/till.py in the background; the payment itself is the caller's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from counter_app.db import Database
from counter_app.services.base.dto import Actor
from counter_app.services.money import till as till_service
from counter_app.ui.dialogs.till_dialog import TillDialog
from counter_app.ui.operations import run_task

# The day the clerk chose, on this PC, to take cash without a till: not asked again that day.
_declined_on: date | None = None


def today() -> date:
    """This PC's calendar day (the offer is once a day per PC)."""
    return date.today()


def forget() -> None:
    """Ask again at the next cash payment (a new sign-in, the tests)."""
    global _declined_on
    _declined_on = None


class TillOffer(QObject):
    """One offer: built when a cash payment finds no till open, gone when answered."""

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        actor: Actor,
        readiness: till_service.CashReadiness,
        proceed: Callable[[], None],
        dropped: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.db, self.actor = parent, db, actor
        self.proceed, self.dropped = proceed, dropped
        self.required = readiness.required
        box = QMessageBox(parent)
        box.setObjectName("till_offer")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Till"))
        box.setText(self.tr("No till is open on {station}.").format(station=readiness.station))
        if readiness.required:
            box.setInformativeText(
                self.tr(
                    "This shop takes cash only into an open till: open it with the float first."
                )
            )
        else:
            box.setInformativeText(
                self.tr(
                    "Open it now with the float, so this cash is counted at the close? Cash "
                    "taken without a till shows on the daily report as such."
                )
            )
        self.open_button: QPushButton = box.addButton(
            self.tr("&Open the till…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("till_offer_open")
        self.without_button: QPushButton | None = None
        if not readiness.required:
            self.without_button = box.addButton(
                self.tr("Take cash &without a till"), QMessageBox.ButtonRole.DestructiveRole
            )
            self.without_button.setObjectName("till_offer_without")
        self.cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(self.open_button)
        box.setEscapeButton(self.cancel_button)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._answered)
        self.box = box

    def show(self) -> None:
        self.box.open()

    def _answered(self, _result: int) -> None:
        global _declined_on
        clicked = self.box.clickedButton()
        self.box.deleteLater()
        if clicked is self.open_button:
            dialog = TillDialog(self.db, self.actor, self.parent_widget.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._till_dialog_closed)
            self.till_dialog = dialog
            dialog.open()
            return
        if clicked is not None and clicked is self.without_button:
            _declined_on = today()
            self.proceed()
        else:
            self.dropped()  # cancelled: no payment
        self.deleteLater()

    def _till_dialog_closed(self, _result: int) -> None:
        """The till dialog closed: take the payment if the till is open now."""

        def checked(readiness: till_service.CashReadiness) -> None:
            if readiness.till_open:
                self.proceed()
            else:
                self.dropped()  # closed without opening it: no payment
            self.deleteLater()

        run_task(
            self.parent_widget,
            till_service.cash_readiness,
            self.db,
            self.actor,
            on_done=checked,
            on_error=lambda _exc: (self.dropped(), self.deleteLater()),
        )


def before_cash(
    parent: QWidget,
    db: Database,
    actor: Actor,
    proceed: Callable[[], None],
    dropped: Callable[[], None],
) -> None:
    """Take a cash payment (``proceed``) once the till question is settled: at once when a
    till is open on this PC, or the clerk already chose today to go on without one (and the
    shop does not require a till); otherwise after the offer. ``dropped``: the clerk
    cancelled, so no payment is taken."""

    def decide(readiness: till_service.CashReadiness) -> None:
        if readiness.till_open or (not readiness.required and _declined_on == today()):
            proceed()
            return
        TillOffer(parent, db, actor, readiness, proceed, dropped).show()

    # Unknown (the check failed): the payment goes ahead and the service decides.
    run_task(
        parent,
        till_service.cash_readiness,
        db,
        actor,
        on_done=decide,
        on_error=lambda _exc: proceed(),
    )
