"""The ticket page's Customer box as a clerk uses it: copy a message, send it through the
shop's sender, lend and take back a loaner phone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from counter_app.services.outreach import messages
from counter_app.services.shop import settings
from counter_app.services.tickets import loaners
from counter_app.ui.pages.customer_reach import CustomerReach
from tests.aftersales_r3.test_messages import sender, sent
from tests.services.helpers import IMEI_2, take_in, to_ready


def test_copy_send_and_loaner(qtbot, db, staff, tmp_path):
    program, record = sender(tmp_path)
    settings.update(db, staff.manager, {"message_command": program})
    no = take_in(db, staff.clerk)
    to_ready(db, staff.clerk, staff.technician, no)
    box = CustomerReach(db, staff.clerk)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(box.send_button.isVisible)
    box.set_ticket(no, "ready")
    assert box.kind.currentData() == "ready"
    qtbot.waitUntil(lambda: box.lend_button.isEnabled() and box.loaner.text() != "")
    qtbot.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    expected = messages.preview(db, staff.clerk, no, "ready").text
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == expected)
    with qtbot.waitSignal(box.changed):
        qtbot.mouseClick(box.send_button, Qt.MouseButton.LeftButton)
    assert sent(record) == [["+8613812345678", expected]]
    box.loaner_imei.setText(IMEI_2)
    box.loaner_deposit.setText("200")
    with qtbot.waitSignal(box.changed):
        qtbot.mouseClick(box.lend_button, Qt.MouseButton.LeftButton)
    assert [r.imei for r in loaners.of_ticket(db, no) if r.out] == [IMEI_2]
    box.set_ticket(no, "ready")
    qtbot.waitUntil(lambda: IMEI_2 in box.loaner.text())
    assert box.back_button.isEnabled() and not box.lend_button.isEnabled()


def test_a_refusal_is_shown_in_the_box(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    box = CustomerReach(db, staff.clerk)
    qtbot.addWidget(box)
    box.set_ticket(no, "received")
    box.kind.setCurrentIndex(box.kind.findData("ready"))
    qtbot.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: no in box.status.text())
    assert not box.send_button.isVisible()
