"""The ticket page offers the technician "Beyond repair…": the dialog's barrier and note are
recorded, the ticket becomes ready and the page says why it was not repaired."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import workflow
from counter_app.ui.dialogs.beyond_repair_dialog import BeyondRepairDialog
from tests.services.helpers import take_in
from tests.ui.test_ticket_page import action_names, page_for, settle


def test_technician_declares_beyond_repair_from_the_page(qtbot, db, staff, monkeypatch):
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    clerk_page = page_for(qtbot, db, staff.clerk, no)
    assert "beyond_repair" not in action_names(clerk_page)  # a clerk does not diagnose

    page = page_for(qtbot, db, staff.technician, no)
    assert "beyond_repair" in action_names(page)

    def choose(dialog: BeyondRepairDialog) -> int:
        dialog.barrier.setCurrentIndex(dialog.barrier.findData("spare_parts_not_available"))
        dialog.note.setPlainText("Logic board no longer made")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BeyondRepairDialog, "exec", choose)
    button = page.actions_holder.findChild(QPushButton, "beyond_repair")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    detail = tickets.detail(db, staff.clerk, no)
    assert (detail.status, detail.outcome_barrier) == ("ready", "spare_parts_not_available")
    assert detail.events[-1].note == "Logic board no longer made"
    assert page.status_chip.text() == "Ready"
    assert "Beyond repair: Spare parts not available" in page.info.text()
    assert "beyond_repair" not in action_names(page)  # once only
    model = page.events_model  # the history says why, in words
    details = [model.data(model.index(row, model.columnCount() - 1)) for row in range(2)]
    assert "Spare parts not available" in details
    assert "Beyond repair" in [model.data(model.index(row, 2)) for row in range(2)]


def test_cancelling_the_dialog_changes_nothing(qtbot, db, staff, monkeypatch):
    no = take_in(db, staff.clerk)
    workflow.change_status(db, staff.technician, no, "diagnosing")
    page = page_for(qtbot, db, staff.technician, no)
    monkeypatch.setattr(BeyondRepairDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    page.ask_beyond_repair()
    settle(qtbot, page)
    assert tickets.detail(db, staff.clerk, no).status == "diagnosing"
