"""The quote prints the cause found beside the reported fault, and a warranty counted from
the production date (no proof of purchase) is stated on the quote and the receipt."""

from __future__ import annotations

from datetime import date, timedelta

from counter_app.printing.output import write_pdf
from counter_app.services.money import payments
from counter_app.services.tickets import diagnosis, quotes, workflow
from tests.printing.test_documents import pdf_text
from tests.services.helpers import take_in, to_awaiting_approval


def test_the_quote_prints_the_cause_beside_the_fault(db, staff, tmp_path):
    no = take_in(db, staff.clerk, fault="Dies at 30%")
    diagnosis.diagnose(db, staff.technician, no, "Battery worn out")
    to_awaiting_approval(db, staff.technician, no, "199.00")
    path = tmp_path / "quote.pdf"
    write_pdf(db, staff.clerk, "quote", no, path)
    text = pdf_text(path)
    assert "Fault reported Dies at 30%" in text
    assert "Cause found Battery worn out" in text


def test_quote_and_receipt_state_the_warranty_from_the_production_date(db, staff, tmp_path):
    made = date.today() - timedelta(days=120)
    no = take_in(db, staff.clerk, production_date=made)
    to_awaiting_approval(db, staff.technician, no, "300.00")
    quote = tmp_path / "quote.pdf"
    write_pdf(db, staff.clerk, "quote", no, quote)
    assert f"No proof of purchase: made on {made.isoformat()}" in pdf_text(quote)
    quotes.decide(db, staff.clerk, no, True, "in_person")
    workflow.change_status(db, staff.technician, no, "quality_check")
    workflow.change_status(db, staff.technician, no, "ready")
    payments.pay(db, staff.clerk, no, "300", "cash")
    receipt = tmp_path / "receipt.pdf"
    write_pdf(db, staff.clerk, "receipt", no, receipt)
    assert f"made on {made.isoformat()}" in pdf_text(receipt)
