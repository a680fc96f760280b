"""The intake form driven key by key, as a clerk would."""

from PySide6.QtCore import Qt

from counter_app.services.tickets import jobs as tickets
from counter_app.ui.pages.intake_form import IntakeForm
from tests.conftest import snapshot
from tests.services.helpers import IMEI, collect, take_in


def test_full_intake_typed_key_by_key_is_saved(qtbot, db, staff):
    form = IntakeForm(db, staff.clerk)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.phone, "139 8765 4321")
    qtbot.keyClicks(form.name, "Mary Wong")
    qtbot.keyClicks(form.imei, "4901-5420-3237-518")
    form.brand.setCurrentText("Apple")
    qtbot.keyClicks(form.model_edit, "iPhone 13")
    qtbot.keyClicks(form.colour, "Blue")
    form.fault.setFocus()
    form.fault.insertPlainText("屏幕碎裂 ")  # what a Chinese IME commits (not key events)
    qtbot.keyClicks(form.fault, "screen cracked")
    form.condition["screen"].setCurrentIndex(form.condition["screen"].findData("cracked"))
    qtbot.keyClicks(form.accessories, "case")
    qtbot.keyClicks(form.passcode, "2580")
    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        qtbot.keyClick(form.passcode, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ticket_no = saved.args[0]
    assert form.result_label.text() == ticket_no
    detail = tickets.detail(db, staff.technician, ticket_no)
    assert detail.customer.name == "Mary Wong" and detail.customer.phone == "+8613987654321"
    assert detail.device.imei == IMEI and detail.device.model == "iPhone 13"
    assert detail.condition == {"screen": "cracked"} and detail.passcode == "2580"
    assert detail.fault == "屏幕碎裂 screen cracked"
    assert not form.save_button.isEnabled()  # not saved twice by a second Ctrl+S


def test_bad_fields_are_refused_at_the_field_and_nothing_is_saved(qtbot, db, staff, db_path):
    form = IntakeForm(db, staff.clerk)
    qtbot.addWidget(form)
    form.show()
    before = snapshot(db_path)
    qtbot.keyClicks(form.phone, "12")
    qtbot.keyClicks(form.imei, "490154203237519")
    assert "check digit" in form.errors["imei"].text()  # checked as typed
    form.passcode.setFocus()
    form.save()
    qtbot.waitUntil(lambda: form.errors["phone"].isVisible())
    assert "Phone" in form.errors["phone"].text()
    assert form.focusWidget() is form.phone  # the cursor is in the first field in error
    assert form.errors["name"].isVisible()
    assert form.errors["model"].isVisible()
    assert snapshot(db_path) == before


def test_known_customer_and_device_are_recognised(qtbot, db, staff):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    form = IntakeForm(db, staff.clerk)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.phone, "13812345678")
    form.look_up_phone()  # what the phone field's timer does (in the background)
    qtbot.waitUntil(lambda: form.name.text() == "张伟")
    qtbot.keyClicks(form.imei, IMEI)
    qtbot.waitUntil(lambda: form.model_edit.text() == "iPhone 13")
    assert "repair warranty" in form.device_hint.text()
    assert form.history_model.rowCount() == 1
