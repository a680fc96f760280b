"""The Excel reports name statuses and payment methods from the one table of names
(counter_app.names), translated like the screens, never as stored codes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook

from counter_app import names
from counter_app.exporting import report_excel
from counter_app.services.reporting import reports
from counter_app.services.tickets import workflow
from counter_app.timeutil import local_today, utcnow
from tests.services.helpers import collect, take_in


@pytest.fixture
def chinese():
    table = {"Cash": "现金", "Diagnosing": "检测中", "Received": "已受理"}
    names.set_translator(lambda context, text: table.get(text, text))
    yield
    names.set_translator(None)


def test_daily_excel_uses_the_translated_names(db, staff, tmp_path, chinese):
    done = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, done)
    late = take_in(
        db, staff.clerk, imei="356938035643809", promised_at=utcnow() - timedelta(hours=2)
    )
    workflow.change_status(db, staff.technician, late, "diagnosing")
    report = reports.daily(db, staff.manager, local_today("Asia/Shanghai"))
    path = tmp_path / "daily.xlsx"
    report_excel.daily(report, path)
    book = load_workbook(path)
    takings = [row[0] for row in book["Takings"].iter_rows(min_row=2, values_only=True)]
    assert "现金" in takings and "cash" not in takings
    statuses = [row[0] for row in book["Open by status"].iter_rows(min_row=2, values_only=True)]
    assert "检测中" in statuses and "diagnosing" not in statuses
    overdue = [row[1] for row in book["Overdue"].iter_rows(min_row=2, values_only=True)]
    assert overdue == ["检测中"]


def test_names_are_english_without_a_translator():
    assert names.status_text("waiting_parts") == "Waiting for parts"
    assert names.payment_method_text("wechat_pay") == "WeChat Pay"
    assert names.status_text("no_such_code") == "no_such_code"


def test_parts_movements_sheet_in_the_stores_time_and_words(db, staff, tmp_path):
    from counter_app.exporting import parts_excel
    from counter_app.services.stock import inventory
    from counter_app.services.stock.inventory import PartData
    from counter_app.timeutil import to_local

    inventory.create_part(
        db, staff.inventory, PartData(sku="BAT-P60", name="P60 battery", cost="80", price="199")
    )
    inventory.receive(db, staff.inventory, "BAT-P60", 2)
    moved = inventory.movements(db, "BAT-P60", limit=1)[0]
    path = tmp_path / "parts.xlsx"
    parts_excel.export(db, path)
    sheet = load_workbook(path)["Movements"]
    written, kind = sheet["A2"].value, sheet["D2"].value
    local = to_local(moved.at, "Asia/Shanghai").replace(tzinfo=None, microsecond=0)
    assert written.replace(microsecond=0) == local  # Shanghai time, not UTC
    assert kind == "Received from supplier"
