"""Loaner phones lent on a ticket, and parts of discontinued models: how long they are kept,
the supplier return the keep rule refuses, and claims back to the supplier."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from counter_app.errors import NotAllowed, ValidationError
from counter_app.services.stock import claims, inventory
from counter_app.services.tickets import loaners
from counter_app.timeutil import add_months, local_today
from tests.aftersales_r3.test_onsite_and_maintenance import run_at
from tests.conftest import snapshot
from tests.hardening.helpers import run_main
from tests.services.helpers import IMEI_2, IMEI_3, collect, take_in

TZ = "Asia/Shanghai"


def test_a_loaner_goes_out_and_comes_back_once(db, staff):
    no = take_in(db, staff.clerk)
    lent = loaners.lend(db, staff.clerk, no, IMEI_2, "500")
    assert lent.out and lent.deposit == 500
    with pytest.raises(NotAllowed):  # one out per ticket
        loaners.lend(db, staff.clerk, no, IMEI_3)
    other = take_in(db, staff.clerk, imei=IMEI_3, phone="13900001111")
    with pytest.raises(NotAllowed):  # that phone is out on the first ticket
        loaners.lend(db, staff.clerk, other, IMEI_2)
    with pytest.raises(ValidationError):
        loaners.lend(db, staff.clerk, other, "123")
    back = loaners.give_back(db, staff.clerk, no)
    assert not back.out
    with pytest.raises(NotAllowed):
        loaners.give_back(db, staff.clerk, no)
    assert loaners.lend(db, staff.clerk, other, IMEI_2).out  # back on the shelf, lent again
    report = loaners.day_report(db, staff.clerk, local_today(TZ))
    assert [r.ticket_no for r in report["lent"]] == [no, other]
    assert [r.ticket_no for r in report["returned"]] == [no]
    assert [r.ticket_no for r in report["out"]] == [other]


def test_no_loaner_on_a_collected_ticket(db, staff):
    no = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, no)
    with pytest.raises(NotAllowed):
        loaners.lend(db, staff.clerk, no, IMEI_2)


def test_loaner_cli(db, staff, db_path, capsys):
    no = take_in(db, staff.clerk)
    base = ("--db", str(db_path), "--user", "amy")
    out = run_main(
        capsys, "loaner", "out", no, "--imei", IMEI_2, "--deposit", "300", "--json", *base
    )
    assert out.code == 0, out.err
    assert json.loads(out.out)["deposit"] == "300.00"
    before = snapshot(db_path)
    again = run_main(capsys, "loaner", "out", no, "--imei", IMEI_3, *base)
    assert again.code == 2 and "already out" in again.err
    assert snapshot(db_path) == before
    listed = run_main(capsys, "loaner", "list", no, "--json", *base)
    assert [r["imei"] for r in json.loads(listed.out)["loaners"]] == [IMEI_2]
    shown = run_main(capsys, "ticket", "show", no, "--json", *base)
    assert [r["imei"] for r in json.loads(shown.out)["loaners"]] == [IMEI_2]
    report = run_main(capsys, "report", "daily", "--json", *base)
    assert report.code == 0, report.err
    assert [r["ticket_no"] for r in json.loads(report.out)["loaners"]["out"]] == [no]
    assert run_main(capsys, "loaner", "back", no, *base).code == 0


def _part(db, staff, category: str, sku: str = "SCR-1", low: int = 2) -> None:
    inventory.create_part(
        db,
        staff.inventory,
        inventory.PartData(
            sku=sku,
            name=f"{category} X",
            cost="100",
            price="300",
            category=category,
            low_stock_level=low,
        ),
    )
    inventory.receive(db, staff.inventory, sku, 5, "100")


def test_discontinued_electronic_parts_are_kept_three_years(db, staff):
    today = local_today(TZ)
    _part(db, staff, "Screen assembly")
    kept = claims.discontinue(db, staff.inventory, "SCR-1")
    assert kept.keep_until == add_months(today, 36) and kept.kept_minimum == 2
    _part(db, staff, "Adhesive", sku="ADH-1")
    other = claims.discontinue(db, staff.inventory, "ADH-1")
    assert other.keep_until == add_months(today, 12)  # the longest warranty (12 months)
    assert claims.discontinue(db, staff.inventory, "ADH-1", keep_years=5).keep_until == (
        add_months(today, 60)
    )
    with pytest.raises(NotAllowed):
        claims.discontinue(db, staff.clerk, "ADH-1")


def test_a_supplier_return_may_not_take_kept_stock_below_its_minimum(db, staff):
    _part(db, staff, "Battery")
    claims.discontinue(db, staff.inventory, "SCR-1")
    assert inventory.supplier_return(db, staff.inventory, "SCR-1", 3, "faulty").on_hand == 2
    with pytest.raises(NotAllowed) as error:
        inventory.supplier_return(db, staff.inventory, "SCR-1", 1, "faulty")
    assert error.value.params["sku"] == "SCR-1" and error.value.params["minimum"] == 2


def test_claims_for_parts_failed_under_warranty(db, staff):
    _part(db, staff, "Battery")
    paid_job = take_in(db, staff.clerk)
    with pytest.raises(NotAllowed):  # not a free warranty job
        claims.claim(db, staff.technician, "SCR-1", paid_job, "Foxconn")
    free_job = take_in(
        db,
        staff.clerk,
        imei=IMEI_2,
        service_type="warranty",
        purchase_date=date.fromordinal(local_today(TZ).toordinal() - 30),
        purchase_proof="INV-9",
    )
    opened = claims.claim(db, staff.technician, "SCR-1", free_job, "Foxconn", "swollen")
    assert opened.state == "open"
    with pytest.raises(NotAllowed):
        claims.claim(db, staff.technician, "SCR-1", free_job, "Foxconn")
    with pytest.raises(ValidationError):
        claims.move_claim(db, staff.inventory, opened.id, "credited")
    assert claims.move_claim(db, staff.inventory, opened.id, "sent", "RMA-7").state == "sent"
    assert claims.move_claim(db, staff.inventory, opened.id, "accepted").state == "accepted"
    assert [c.state for c in claims.claims(db)] == ["accepted"]


def test_parts_cli_discontinue_claim_and_refused_return(db, staff, db_path, capsys):
    _part(db, staff, "Battery")
    base = ("--db", str(db_path), "--user", "kai")
    done = run_main(capsys, "parts", "discontinue", "SCR-1", "--keep-years", "3", "--json", *base)
    assert done.code == 0, done.err
    assert json.loads(done.out)["keep_until"] == add_months(local_today(TZ), 36).isoformat()
    before = snapshot(db_path)
    refused = run_main(capsys, "parts", "return-supplier", "SCR-1", "4", "--reason", "x", *base)
    assert refused.code == 2 and "SCR-1" in refused.err
    assert snapshot(db_path) == before
    listed = run_main(capsys, "parts", "claims", "--json", *base)
    assert json.loads(listed.out) == {"claims": []}


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs the faketime package")
@pytest.mark.parametrize(
    ("moment", "refused"),
    [("2027-01-10 15:59:00", True), ("2027-01-10 16:00:00", False)],  # Shanghai midnight
)
def test_the_keep_rule_ends_after_keep_until_with_the_clock_moved(
    db, staff, db_path, moment, refused
):
    """Discontinued on 2026-01-10 and kept 1 year: a supplier return taking the stock below
    its minimum is refused up to 2027-01-10 (Shanghai) and allowed from 2027-01-11."""
    _part(db, staff, "Battery")
    assert (
        run_at(
            "2026-01-10 02:00:00",
            db_path,
            "parts",
            "discontinue",
            "SCR-1",
            "--keep-years",
            "1",
            user="kai",
        ).returncode
        == 0
    )
    before = snapshot(db_path)
    result = run_at(
        moment, db_path, "parts", "return-supplier", "SCR-1", "5", "--reason", "old", user="kai"
    )
    if refused:
        assert result.returncode == 2 and "2027-01-10" in result.stderr
        assert snapshot(db_path) == before
    else:
        assert result.returncode == 0, result.stderr


def test_the_days_report_lists_the_loaners_on_paper_in_excel_and_on_screen(
    qtbot, db, staff, tmp_path
):
    """Issue 30.12: loaners "listed on the ticket and the day's report" — the printed PDF, the
    workbook and the Reports page, not only the JSON."""
    from openpyxl import load_workbook

    from counter_app.exporting import report_excel
    from counter_app.printing import report_doc
    from counter_app.services.reporting import reports
    from counter_app.ui.pages.reports_page import ReportsPage
    from tests.printing.raster import pdf_text

    back = take_in(db, staff.clerk)
    loaners.lend(db, staff.clerk, back, IMEI_2, "500")
    loaners.give_back(db, staff.clerk, back)
    out = take_in(db, staff.clerk, imei=IMEI_3, phone="13900001111")
    loaners.lend(db, staff.clerk, out, IMEI_2, "300")
    report = reports.daily(db, staff.manager)
    pdf = tmp_path / "daily.pdf"
    report_doc.write_pdf(report, pdf)
    text = pdf_text(pdf)
    assert "Loaner phones (2)" in text
    assert f"{back} {IMEI_2} ¥500.00" in text and f"{out} {IMEI_2} ¥300.00" in text
    assert "still out" in text
    book = tmp_path / "daily.xlsx"
    report_excel.daily(report, book)
    rows = list(load_workbook(book)["Loaners"].iter_rows(values_only=True))
    assert [r[:3] for r in rows[1:]] == [(back, IMEI_2, 500), (out, IMEI_2, 300)]
    assert rows[2][4] == "still out" and rows[1][4] != "still out"
    page = ReportsPage(db, staff.manager)
    qtbot.addWidget(page)
    page.show_daily(report)
    assert "Loaner phones: 2 lent, 1 given back, 1 still out (¥300.00 in deposits)" in (
        page.summary.text()
    )
