"""A return ticket without a purchase date (every demo return): the refund is refused with a
message naming why, in the window and on the command line; nothing typed for one ticket is
there on the next; an unexpected error names the log file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from counter_app.errors import ValidationError
from counter_app.logging_setup import log_file, setup_logging
from counter_app.services.money import returns
from counter_app.services.tickets import jobs as tickets
from counter_app.timeutil import local_today
from counter_app.ui.operations import show_error
from tests.conftest import snapshot
from tests.services.helpers import IMEI_2, IMEI_3, take_in
from tests.warranty.test_warranty_panel import page_for


def unproven_return(db, clerk, imei=IMEI_2) -> str:
    """A return ticket whose purchase date is missing, as the demo's are."""
    no = take_in(
        db,
        clerk,
        imei=imei,
        service_type="return_exchange",
        purchase_date=local_today("Asia/Shanghai") - timedelta(days=2),
        purchase_proof="INV-5",
    )
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET purchase_date = NULL WHERE ticket_no = :no"), {"no": no}
        )
    return no


def test_no_refund_without_a_purchase_date_but_no_fault_found_settles_it(db, staff):
    no = unproven_return(db, staff.clerk)
    with pytest.raises(ValidationError) as refused:
        returns.record_return(db, staff.clerk, no, "refund", amount="100", method="cash")
    assert "no purchase date" in refused.value.message
    result = returns.record_return(db, staff.clerk, no, "no_fault")
    assert result.status == "ready"


def test_the_command_line_refuses_it_with_exit_2_and_writes_nothing(cli, db, staff, db_path):
    no = unproven_return(db, staff.clerk)
    before = snapshot(db_path)
    done = cli("ticket", "return", no, "--refund", "100", "--method", "cash", user="amy")
    assert done.returncode == 2, done.stderr
    assert "no purchase date" in done.stderr and "unexpected" not in done.stderr
    assert snapshot(db_path) == before


def test_the_window_says_why_and_nothing_typed_carries_over(qtbot, db, staff, db_path):
    first = unproven_return(db, staff.clerk)
    second = unproven_return(db, staff.clerk, imei=IMEI_3)
    page = page_for(qtbot, db, staff.clerk, first)
    panel = page.warranty_panel
    assert "No purchase date" in panel.choices.text()
    panel.refund_amount.setText("150")
    before = snapshot(db_path)
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.idle)
    assert panel.return_error.isVisible() and "no purchase date" in panel.return_error.text()
    assert snapshot(db_path) == before
    page.show_ticket(second)
    qtbot.waitUntil(lambda: page.idle() and panel.detail.ticket_no == second)
    assert panel.refund_amount.text() == ""  # the first ticket's amount is not offered here
    assert panel.outcome.currentData() == "refund"
    assert tickets.detail(db, staff.clerk, second).return_outcome is None


def test_an_unexpected_error_names_its_kind_and_the_log_file(qtbot, monkeypatch):
    setup_logging()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    show_error(None, AssertionError())
    assert "AssertionError" in shown[0] and str(log_file()) in shown[0]
