"""Counts read right in every language through Qt's plural forms (numerus): "1 earlier
ticket" / "2 earlier tickets" in English, one form in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QPlainTextEdit

from counter_app import i18n
from counter_app.exporting import parts_excel
from counter_app.ui.pages.intake_form import IntakeForm
from counter_app.ui.pages.job_board import JobBoard
from counter_app.ui.pages.parts_page import ImportPreviewDialog
from tests.services.helpers import IMEI, collect, take_in


@pytest.fixture(params=["en", "zh_CN"])
def language(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


EARLIER = {
    "en": ("· 1 earlier ticket", "· 2 earlier tickets"),
    "zh_CN": ("· 以前的工单 1 张", "· 以前的工单 2 张"),
}
BOARD = {"en": ("1 ticket", "2 tickets"), "zh_CN": ("工单 1 张", "工单 2 张")}
BAD_ROWS = {
    "en": (
        "Nothing will be imported: 1 row has errors.",
        "Nothing will be imported: 2 rows have errors.",
    ),
    "zh_CN": ("不会导入任何数据：1 行有错误。", "不会导入任何数据：2 行有错误。"),
}


def device_hint(qtbot, db, clerk) -> str:  # type: ignore[no-untyped-def]
    form = IntakeForm(db, clerk)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.imei, IMEI)
    qtbot.waitUntil(lambda: form.device_hint.text() != "")
    return form.device_hint.text().splitlines()[0]


def test_intake_names_earlier_tickets_in_the_right_form(qtbot, db, staff, language):
    one, many = EARLIER[language]
    collect(db, staff.clerk, staff.technician, take_in(db, staff.clerk))
    hint = device_hint(qtbot, db, staff.clerk)
    assert hint.endswith(one), hint
    collect(db, staff.clerk, staff.technician, take_in(db, staff.clerk))
    hint = device_hint(qtbot, db, staff.clerk)
    assert hint.endswith(many), hint
    assert "(s)" not in hint and "%n" not in hint


def board_count(qtbot, db, actor) -> str:  # type: ignore[no-untyped-def]
    board = JobBoard(db, actor)
    qtbot.addWidget(board)
    board.poll.stop()
    qtbot.waitUntil(board.idle)  # the board reads in the background
    return board.count.text()


def test_board_counts_tickets_in_the_right_form(qtbot, db, staff, language):
    one, many = BOARD[language]
    take_in(db, staff.clerk)
    assert board_count(qtbot, db, staff.clerk) == one
    take_in(db, staff.clerk)
    assert board_count(qtbot, db, staff.clerk) == many


def preview_first_line(qtbot, db, path: Path, bad: int) -> str:  # type: ignore[no-untyped-def]
    book = Workbook()
    sheet = book.active
    sheet.append(["SKU", "Name", "Price"])
    for index in range(3):
        sheet.append([f"A-{index}", "" if index < bad else f"Part {index}", 5])
    book.save(path)
    plan = parts_excel.plan_import(db, path)
    assert len(plan.errors) == bad
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QPlainTextEdit, "preview")
    assert text is not None
    return text.toPlainText().splitlines()[0]


def test_parts_import_preview_counts_bad_rows_in_the_right_form(qtbot, db, tmp_path, language):
    one, many = BAD_ROWS[language]
    assert preview_first_line(qtbot, db, tmp_path / "one.xlsx", 1) == one
    assert preview_first_line(qtbot, db, tmp_path / "two.xlsx", 2) == many
