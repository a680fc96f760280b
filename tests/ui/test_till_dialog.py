"""The till from the Shop menu: opened with a float, counted note by note at the close with
the variance shown; the ticket page offers only the shop's payment methods."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from counter_app.services.money import till as till_service
from counter_app.services.shop import settings
from counter_app.ui import format as fmt
from counter_app.ui.dialogs.till_dialog import TillDialog
from counter_app.ui.main_window import MainWindow


def test_open_then_close_counting_note_by_note(qtbot, db, staff):
    dialog = TillDialog(db, staff.clerk)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.opening.isEnabled())
    dialog.float_amount.setText("100")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.working.isEnabled())
    assert "expected 100.00" in dialog.state.text()
    dialog.helper.counts[Decimal("50")].setValue(1)
    dialog.helper.counts[Decimal("20")].setValue(2)
    dialog.helper.counts[Decimal("5")].setValue(1)
    dialog.helper.counts[Decimal("0.1")].setValue(3)
    assert dialog.helper.total.text() == "95.30"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "variance" in dialog.state.text())
    assert "variance -4.70" in dialog.state.text()  # within the default limit of 10
    assert till_service.status(db, staff.clerk) is None


def test_the_window_offers_only_the_shops_methods(qtbot, db, staff):
    settings.update(db, staff.manager, {"payment_methods": ["cash", "fps", "octopus"]})
    window = MainWindow(db, staff.manager)
    qtbot.addWidget(window)
    window.board.poll.stop()
    try:
        assert fmt.payment_methods() == ("cash", "octopus", "fps")
        assert any(a.text() == "Till…" for a in window.menuBar().actions()[0].menu().actions())
    finally:
        fmt.configure_methods(())
