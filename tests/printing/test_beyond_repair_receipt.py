"""The receipt of a device that went back unrepaired: why, the diagnosis fee only, no repair
warranty, and not the work that was quoted but never done."""

from counter_app.printing.output import Options, write_pdf
from counter_app.services.money import payments
from counter_app.services.shop import settings as settings_service
from counter_app.services.tickets import outcomes, quotes, workflow
from tests.printing.test_documents import pdf_text
from tests.services.helpers import take_in, to_awaiting_approval


def test_receipt_of_a_device_beyond_repair(db, staff, tmp_path):
    settings_service.update(db, staff.manager, {"beyond_repair_fee": 40})
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, "800")
    quotes.decide(db, staff.clerk, no, True, "phone")
    outcomes.declare_beyond_repair(db, staff.technician, no, "spare_parts_not_available")
    payments.pay(db, staff.clerk, no, "40", "cash")
    workflow.change_status(db, staff.clerk, no, "collected")
    path = tmp_path / "receipt.pdf"
    write_pdf(db, staff.clerk, "receipt", no, path, Options(paper="80mm"))
    text = " ".join(pdf_text(path).split())
    assert "Returned unrepaired : Spare parts not available" in text
    assert "Diagnosis fee ¥40.00" in text and "Balance ¥0.00" in text
    assert "No repair warranty" in text
    # nothing was repaired: no "warranty to be decided after diagnosis" on the hand-over
    assert "Warranty decision" not in text
    assert "Replace screen" not in text and "800.00" not in text
