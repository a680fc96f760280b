"""The monthly assessment's after-care figures for a small shop, against values worked out by
hand, in the service, the JSON, the Excel cells and the PDF text.

March 2026 (times in Asia/Shanghai):
  T1 taken in by Amy, repaired by Li: call by Amy, 5 (satisfied)
  T2 taken in by Amy, repaired by Li: call by Amy, 2 -> complaint (dissatisfied), overdue
  T3 taken in by the manager, repaired by Zhao: call by the manager, 4 (satisfied);
     a serious staff-attitude complaint against Amy, the manager responsible, overdue
  T4 taken in by Amy, repaired by Zhao: call not reached (not counted)
  a complaint by phone without a ticket, resolved in time
February 2026: a complaint about T1 (not in March).
"""

import sqlite3
import unicodedata
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from counter_app.services.aftercare import complaints
from counter_app.services.reporting import reports
from counter_app.validation import luhn_check_digit
from tests.services.aftercare_helpers import small_month

SHANGHAI = ZoneInfo("Asia/Shanghai")
IMEI_4 = "86123456789012" + luhn_check_digit("86123456789012")


def at(month: int, day: int, hour: int) -> str:
    moment = datetime(2026, month, day, hour, tzinfo=SHANGHAI).astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


@pytest.fixture
def march(db, db_path, staff):
    made = small_month(db, staff)
    t1 = made["tickets"][0]
    by_phone, dissatisfied = made["by_phone"], made["dissatisfied"]
    february = complaints.add(
        db,
        staff.clerk,
        ticket_no=t1,
        feedback_class="not_fixed_first_time",
        channel="counter",
        severity="normal",
        description="Came back",
    ).id
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE followups SET called_at = ?", (at(3, 10, 10),))
    conn.execute("UPDATE complaints SET created_at = ?, due_at = ?", (at(3, 10, 11), at(3, 11, 11)))
    conn.execute("UPDATE complaints SET resolved_at = ? WHERE id = ?", (at(3, 10, 15), by_phone))
    conn.execute(
        "UPDATE complaints SET created_at = ?, due_at = ? WHERE id = ?",
        (at(2, 20, 9), at(2, 23, 9), february),
    )
    conn.commit()
    conn.close()
    assert dissatisfied is not None


EXPECTED = {
    ("Li Wei", "technician"): dict(
        followups=0,
        satisfaction=3.5,
        satisfied_share=0.5,
        complaints={"satisfied": 1, "dissatisfied_at_followup": 1},
        complaints_against=0,
        overdue_complaints=0,
    ),
    ("Zhao Min", "technician"): dict(
        followups=0,
        satisfaction=4.0,
        satisfied_share=1.0,
        complaints={"satisfied": 1, "staff_attitude": 1},
        complaints_against=0,
        overdue_complaints=0,
    ),
    ("Amy Chen", "clerk"): dict(
        followups=2,
        satisfaction=3.5,
        satisfied_share=0.5,
        complaints={"satisfied": 1, "dissatisfied_at_followup": 1},
        complaints_against=1,
        overdue_complaints=0,
    ),
    ("Manager", "clerk"): dict(
        followups=1,
        satisfaction=4.0,
        satisfied_share=1.0,
        complaints={"satisfied": 1, "staff_attitude": 1},
        complaints_against=0,
        overdue_complaints=1,
    ),
}
ZERO_CLASSES = dict.fromkeys(reports.FEEDBACK_CLASSES, 0)


def test_monthly_figures_match_the_hand_counts(db, staff, march):
    r = reports.monthly(db, staff.manager, 2026, 3)
    # Keyed by the capacity the figures count (worked_as); the role is the account's own.
    rows = {(s.user, s.worked_as): s for s in r.staff}
    assert set(rows) == set(EXPECTED)
    assert rows[("Manager", "clerk")].role == "manager"
    for key, want in EXPECTED.items():
        s = rows[key]
        assert s.jobs_completed == 0 and s.comeback_rate is None
        got = dict(
            followups=s.followups,
            satisfaction=s.satisfaction,
            satisfied_share=s.satisfied_share,
            complaints=s.complaints,
            complaints_against=s.complaints_against,
            overdue_complaints=s.overdue_complaints,
        )
        assert got == {**want, "complaints": {**ZERO_CLASSES, **want["complaints"]}}, key
    assert r.followups == 3
    assert r.satisfaction == 3.67  # (5 + 2 + 4) / 3
    assert r.satisfied_share == 0.6667  # 2 of 3
    assert r.complaints == {
        **ZERO_CLASSES,
        "satisfied": 2,
        "dissatisfied_at_followup": 1,
        "complaint_by_phone": 1,
        "staff_attitude": 1,
    }
    assert r.complaints_against == 1 and r.overdue_complaints == 2
    february = reports.monthly(db, staff.manager, 2026, 2)
    assert february.complaints["not_fixed_first_time"] == 1 and february.followups == 0
    assert february.satisfaction is None


def test_json_excel_and_pdf_show_the_same_figures(db, staff, march, cli, tmp_path):
    pdf, xlsx = tmp_path / "m.pdf", tmp_path / "m.xlsx"
    shown = cli(
        "report", "monthly", "--month", "2026-03", "--json", "--pdf", str(pdf), "--xlsx", str(xlsx)
    )
    assert shown.returncode == 0, shown.stderr
    data = shown.json()
    assert data["satisfaction"] == 3.67 and data["followups"] == 3
    assert data["complaints"]["staff_attitude"] == 1 and data["complaints_against"] == 1
    amy = next(s for s in data["staff"] if s["user"] == "Amy Chen")
    assert amy["satisfaction"] == 3.5 and amy["followups"] == 2
    assert amy["complaints"]["dissatisfied_at_followup"] == 1 and amy["complaints_against"] == 1

    book = load_workbook(xlsx)
    sheet = book["Staff"]
    heads = [c.value for c in sheet[1]]
    staff_rows = {
        r[0].value: dict(zip(heads, [c.value for c in r], strict=True)) for r in sheet.iter_rows(2)
    }
    assert staff_rows["Amy Chen"]["Satisfaction"] == pytest.approx(3.5)
    assert staff_rows["Amy Chen"]["Complaints"] == 1
    assert staff_rows["Amy Chen"]["Complaints against"] == 1
    assert staff_rows["Manager"]["Overdue complaints"] == 1
    assert staff_rows["Total"]["Satisfaction"] == pytest.approx(3.67)
    assert staff_rows["Total"]["Complaints"] == 3
    assert staff_rows["Total"]["Follow-ups"] == 3
    feedback = book["Feedback"]
    heads = [c.value for c in feedback[1]]
    total = next(
        dict(zip(heads, [c.value for c in r], strict=True))
        for r in feedback.iter_rows(2)
        if r[0].value == "Total"
    )
    assert total["Satisfied"] == 2 and total["Complaint by phone"] == 1

    text = unicodedata.normalize(
        "NFKC", " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    )
    assert "Feedback by class" in text and "Unhappy with staff attitude" in text
    assert "3.67" in text and "66.7%" in text and "3.50" in text
