"""Reports on a day with known payments and tickets, in Asia/Shanghai (UTC+8): a payment at
07:30 local time is the previous day in UTC, one at 23:30 local time is still the same
day. Every figure is checked in the service, the JSON, the Excel cells and the PDF text."""

import sqlite3
import unicodedata
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from counter_app.errors import NotAllowed
from counter_app.services.money import payments
from counter_app.services.reporting import reports
from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from counter_app.services.tickets import quotes, workflow
from tests.services.helpers import IMEI_2, IMEI_3, take_in, to_awaiting_approval

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 3, 10)


def local(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)


def stamp(db_path, table: str, row_id: int, column: str, moment: datetime) -> None:
    conn = sqlite3.connect(db_path)
    value = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
    conn.commit()
    conn.close()


def ticket_id(db_path, ticket_no: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT id FROM tickets WHERE ticket_no = ?", (ticket_no,)).fetchone()[
            0
        ]
    finally:
        conn.close()


@pytest.fixture
def busy_day(db, db_path, staff):
    """Three tickets and six payments around DAY (local Shanghai time)."""
    inventory.create_part(
        db, staff.inventory, PartData(sku="BAT-1", name="电池", cost="60", price="150")
    )
    inventory.receive(db, staff.inventory, "BAT-1", 5)
    a = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, a, "1000.00")
    early = payments.pay(db, staff.clerk, a, "100", "cash")  # 07:30 local = previous day UTC
    card = payments.pay(db, staff.clerk, a, "200", "card")
    wechat = payments.pay(db, staff.clerk, a, "300", "wechat_pay")
    quotes.decide(db, staff.clerk, a, True, "phone")
    refund = payments.refund(db, staff.manager, a, early, "40", "discount")
    b = take_in(db, staff.clerk, imei=IMEI_2, name="李娜", phone="13912345678")
    workflow.change_status(db, staff.technician, b, "diagnosing")
    line = quotes.add_line(db, staff.technician, b, kind="part", sku="BAT-1")
    workflow.change_status(db, staff.technician, b, "awaiting_approval")
    quotes.decide(db, staff.clerk, b, True, "in_person")
    inventory.use_on_ticket(db, staff.technician, b, line)
    workflow.change_status(db, staff.technician, b, "quality_check")
    workflow.change_status(db, staff.technician, b, "ready")
    late = payments.pay(db, staff.clerk, b, "150", "alipay")  # 23:30 local, same day
    workflow.change_status(db, staff.clerk, b, "collected")
    outside = take_in(db, staff.clerk, imei=IMEI_3, name="王芳", phone="13712345678")
    to_awaiting_approval(db, staff.technician, outside, "80")
    before = payments.pay(db, staff.clerk, outside, "30", "alipay")
    after = payments.pay(db, staff.clerk, outside, "20", "cash")
    for pid, moment in (
        (early, local(7, 30)),
        (card, local(12)),
        (wechat, local(15)),
        (refund, local(18)),
        (late, local(23, 30)),
        (before, local(23, 59, date(2026, 3, 9))),
        (after, local(0, 1, date(2026, 3, 11))),
    ):
        stamp(db_path, "payments", pid, "at", moment)
    conn = sqlite3.connect(db_path)
    for event_id, ticket, to_status in conn.execute(
        "SELECT e.id, t.ticket_no, e.to_status FROM ticket_events e JOIN tickets t "
        "ON t.id = e.ticket_id"
    ).fetchall():
        moment = local(9) if ticket != outside else local(9, 0, date(2026, 3, 9))
        if to_status == "collected":
            moment = local(23, 31)
        stamp(db_path, "ticket_events", event_id, "at", moment)
    conn.execute(
        "UPDATE stock_movements SET at = ? WHERE kind = 'used'",
        (local(10).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),),
    )
    conn.commit()
    conn.close()
    for no, moment in ((a, local(8)), (b, local(8, 30)), (outside, local(20, 0, date(2026, 3, 9)))):
        stamp(db_path, "tickets", ticket_id(db_path, no), "received_at", moment)
    stamp(db_path, "tickets", ticket_id(db_path, b), "completed_at", local(16))
    return {"a": a, "b": b, "outside": outside}


def test_daily_figures_on_the_local_business_day(db, staff, busy_day):
    r = reports.daily(db, staff.manager, DAY)
    assert (r.received, r.diagnosed, r.completed, r.collected, r.cancelled) == (2, 2, 1, 1, 0)
    by_method = {t.method: t for t in r.takings}
    assert by_method["cash"].deposits == Decimal("100.00")  # the 07:30 local payment counts
    assert by_method["cash"].refunds == Decimal("-40.00")
    assert by_method["cash"].net == Decimal("60.00")
    assert by_method["card"].net == Decimal("200.00")
    assert by_method["wechat_pay"].deposits == Decimal("300.00")
    assert by_method["alipay"].finals == Decimal("150.00")  # the 23:30 local payment counts
    assert (r.deposits, r.finals, r.refunds, r.net) == (
        Decimal("600.00"),
        Decimal("150.00"),
        Decimal("-40.00"),
        Decimal("710.00"),
    )
    assert [(p.sku, p.qty, p.cost, p.price) for p in r.parts_used] == [
        ("BAT-1", 1, Decimal("60.00"), Decimal("150.00"))
    ]
    assert r.open_by_status == {"in_repair": 1, "awaiting_approval": 1}
    clerk = next(s for s in r.staff if s.user == "Amy Chen")
    assert (clerk.intakes, clerk.payments, clerk.takings, clerk.collections) == (
        2,
        4,
        Decimal("750.00"),
        1,
    )
    tech = next(s for s in r.staff if s.user == "Li Wei")
    assert (tech.diagnosed, tech.completed) == (2, 1)


def test_neighbouring_days_get_the_edge_payments(db, staff, busy_day):
    before = reports.daily(db, staff.manager, date(2026, 3, 9))
    after = reports.daily(db, staff.manager, date(2026, 3, 11))
    assert before.net == Decimal("30.00") and before.received == 1
    assert after.net == Decimal("20.00") and after.received == 0


def test_report_outputs_agree_with_the_service(cli, busy_day, tmp_path):
    pdf, xlsx = tmp_path / "daily.pdf", tmp_path / "daily.xlsx"
    result = cli(
        "report", "daily", "--date", "2026-03-10", "--pdf", str(pdf), "--xlsx", str(xlsx), "--json"
    )
    assert result.returncode == 0, result.stderr
    data = result.json()
    assert data["net"] == "710.00" and data["refunds"] == "-40.00" and data["received"] == 2
    assert {t["method"]: t["net"] for t in data["takings"]} == {
        "cash": "60.00",
        "card": "200.00",
        "wechat_pay": "300.00",
        "alipay": "150.00",
    }
    book = load_workbook(xlsx)
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows(min_row=2)}
    assert summary["Net takings"] == pytest.approx(710.0) and summary["Received"] == 2
    takings = {r[0].value: [c.value for c in r[1:5]] for r in book["Takings"].iter_rows(min_row=2)}
    assert takings["Cash"] == [
        pytest.approx(100),
        0,
        pytest.approx(-40),
        pytest.approx(60),
    ]  # the method by name
    assert book["Takings"]["E2"].number_format == "#,##0.00"
    text = unicodedata.normalize(
        "NFKC", " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    )
    for fragment in (
        "Daily report 2026-03-10",
        "¥710.00",
        "-¥40.00",
        "¥300.00",
        "¥150.00",
        "BAT-1",
        "Amy Chen",
    ):
        assert fragment in text


def test_monthly_assessment_by_completion_date(db, staff, busy_day, cli):
    r = reports.monthly(db, staff.manager, 2026, 3)
    assert r.jobs_completed == 1
    tech = next(s for s in r.staff if s.role == "technician")
    assert tech.user == "Li Wei" and tech.jobs_completed == 1
    assert tech.median_turnaround_hours == pytest.approx(7.5)  # 08:30 intake, 16:00 ready
    assert tech.comeback_rate == 0 and tech.satisfaction is None
    assert set(tech.complaints.values()) == {0}  # no follow-up call or complaint yet
    assert reports.monthly(db, staff.manager, 2026, 2).jobs_completed == 0
    shown = cli("report", "monthly", "--month", "2026-03", "--json")
    assert shown.json()["jobs_completed"] == 1
    assert shown.json()["staff"][0]["satisfaction"] is None
    bad = cli("report", "monthly", "--month", "2026-13")
    assert bad.returncode == 2 and "YYYY-MM" in bad.stderr
    assert cli("report", "daily", "--date", "10/03/2026").returncode == 2


def test_monthly_is_for_managers(db, staff):
    with pytest.raises(NotAllowed):
        reports.monthly(db, staff.clerk, 2026, 3)


def test_the_printed_report_goes_through_the_same_render_path(db, staff, busy_day, qapp):
    import tempfile
    from pathlib import Path

    from pypdf import PdfReader
    from PySide6.QtGui import QPdfWriter

    from counter_app.printing import report_doc

    path = Path(tempfile.mkdtemp()) / "printed.pdf"
    writer = QPdfWriter(str(path))
    report_doc.print_report(reports.daily(db, staff.manager, DAY), writer)
    del writer
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "710.00" in " ".join(text.split())
