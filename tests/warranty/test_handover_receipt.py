"""The hand-over receipt of every collected job, free or paid, read back with pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from counter_app.errors import ValidationError
from counter_app.printing.output import Options, write_pdf
from counter_app.services.money import payments
from counter_app.services.shop import settings
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import quotes, workflow
from tests.services.helpers import collect, take_in, to_awaiting_approval, to_ready


def pdftotext(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(out.split())


def test_a_free_comeback_gets_a_receipt_saying_free_and_why(db, staff, tmp_path):
    settings.update(db, staff.manager, {"care_instructions": "Keep it dry and avoid drops."})
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    until = tickets.detail(db, staff.clerk, first).warranty_until
    again = take_in(db, staff.clerk, fault="Screen flickers again")
    quotes.set_warranty(db, staff.technician, again, "free", "same fault", same_fault=True)
    with pytest.raises(ValidationError):  # nothing paid and not collected: no receipt yet
        write_pdf(db, staff.clerk, "receipt", again, tmp_path / "early.pdf", Options())
    to_ready(db, staff.clerk, staff.technician, again)
    workflow.change_status(db, staff.clerk, again, "collected")
    path = tmp_path / "receipt.pdf"
    write_pdf(db, staff.clerk, "receipt", again, path, Options(paper="a4"))
    text = pdftotext(path)
    assert f"Free of charge: Comeback of {first} with the same fault: free until {until}" in text
    assert "Covered until" in text and f"Our repair {until}" in text
    assert "Keep it dry and avoid drops." in text
    assert "Handed over by: Amy Chen" in text
    assert "Collected by (customer signature)" in text


def test_a_paid_receipt_labels_deposit_final_payment_and_tendered(db, staff, tmp_path):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no, "450.00")
    payments.pay(db, staff.clerk, no, "100", "wechat_pay")
    quotes.decide(db, staff.clerk, no, True, "in_person")
    workflow.change_status(db, staff.technician, no, "quality_check")
    workflow.change_status(db, staff.technician, no, "ready")
    payments.pay(db, staff.clerk, no, "350", "cash", tendered="400")
    workflow.change_status(db, staff.clerk, no, "collected")
    path = tmp_path / "receipt.pdf"
    write_pdf(db, staff.clerk, "receipt", no, path, Options(paper="80mm"))
    text = pdftotext(path)
    assert "Paid repair" in text and "to be decided" not in text
    assert "Deposit paid" in text and "100.00" in text
    assert "Final payment" in text and "350.00" in text
    assert "Amount tendered" in text and "400.00" in text
    assert "Change given" in text and "50.00" in text


def test_an_excluded_line_is_marked_on_the_quote(db, staff, tmp_path):
    from datetime import timedelta

    from counter_app.timeutil import local_today

    no = take_in(
        db,
        staff.clerk,
        service_type="warranty",
        purchase_date=local_today("Asia/Shanghai") - timedelta(days=90),
        purchase_proof="INV-4",
    )
    workflow.change_status(db, staff.technician, no, "diagnosing")
    quotes.add_line(db, staff.technician, no, kind="labour", description="Battery", price="150")
    line = quotes.add_line(
        db, staff.technician, no, kind="labour", description="Screen", price="400"
    )
    quotes.set_warranty(
        db, staff.technician, no, "paid", "fall", exclusion="drop_impact", line_id=line
    )
    path = tmp_path / "quote.pdf"
    write_pdf(db, staff.clerk, "quote", no, path, Options())
    text = pdftotext(path)
    assert "Screen (not covered: drop or impact damage)" in text
    assert "Free of charge: Bought on" in text
