"""The monthly report's Feedback sheet names the six feedback classes and the roles from the
one table of names (counter_app.names), translated like the screens, never as stored keys."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from counter_app import names
from counter_app.exporting import report_excel
from counter_app.services.aftercare import followups
from counter_app.services.reporting import reports
from counter_app.timeutil import local_today
from tests.services.helpers import IMEI_2, collect, take_in

CHINESE = {
    "Satisfied": "满意",
    "Dissatisfied at follow-up": "回访不满意",
    "Complaint by phone": "电话投诉",
    "Technician": "技术员",
    "Clerk": "前台",
}


@pytest.fixture
def chinese():
    names.set_translator(lambda context, text: CHINESE.get(text, text))
    yield
    names.set_translator(None)


def _feedback_sheet(db, staff, path):
    happy = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, happy)
    unhappy = take_in(db, staff.clerk, imei=IMEI_2, name="李娜", phone="13912345678")
    collect(db, staff.clerk, staff.technician, unhappy)
    followups.record_for_ticket(db, staff.clerk, happy, reached=True, satisfaction=5)
    followups.record_for_ticket(db, staff.clerk, unhappy, reached=True, satisfaction=1)
    today = local_today("Asia/Shanghai")
    report_excel.monthly(reports.monthly(db, staff.manager, today.year, today.month), path)
    sheet = load_workbook(path)["Feedback"]
    heads = [c.value for c in sheet[1]]
    return heads, {
        (r[0].value, r[1].value): dict(zip(heads, [c.value for c in r], strict=True))
        for r in sheet.iter_rows(2)
    }


def test_feedback_sheet_in_the_translated_names(db, staff, tmp_path, chinese):
    heads, rows = _feedback_sheet(db, staff, tmp_path / "monthly.xlsx")
    assert heads[2:5] == ["满意", "回访不满意", "电话投诉"]
    assert not {"satisfied", "dissatisfied_at_followup", "staff_attitude"} & set(heads)
    li = rows[("Li Wei", "技术员")]
    assert li["满意"] == 1 and li["回访不满意"] == 1
    assert rows[("Amy Chen", "前台")]["回访不满意"] == 1
    assert rows[("Total", None)]["满意"] == 1


def test_feedback_sheet_in_english_names_without_a_translator(db, staff, tmp_path):
    heads, rows = _feedback_sheet(db, staff, tmp_path / "monthly.xlsx")
    assert heads == [
        "Name",
        "Role",
        "Satisfied",
        "Dissatisfied at follow-up",
        "Complaint by phone",
        "Not fixed the first time",
        "Not fixed several times",
        "Unhappy with staff attitude",
    ]
    assert rows[("Li Wei", "Technician")]["Dissatisfied at follow-up"] == 1
