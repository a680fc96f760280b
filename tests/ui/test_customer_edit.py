"""Correcting a customer's details at the counter: saved through the service; a bad phone
is refused at its field and nothing changes."""

from __future__ import annotations

from counter_app.services import customers
from counter_app.ui.customer_edit import CustomerEditDialog
from tests.services.helpers import take_in


def test_the_clerk_corrects_the_name_and_phone(qtbot, db, staff):
    take_in(db, staff.clerk)
    customer = customers.search(db, "5678")[0]
    dialog = CustomerEditDialog(db, staff.clerk, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone.setText("12")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "Phone" in dialog.error.text() and dialog.phone.hasFocus()
    assert customers.search(db, "5678")[0].phone == "+8613812345678"  # unchanged
    dialog.name.setText("张伟明")
    dialog.phone.setText("139 8765 4321")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    again = customers.search(db, "4321")
    assert [(c.name, c.phone) for c in again] == [("张伟明", "+8613987654321")]
