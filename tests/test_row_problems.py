"""A refused import names every bad row; the window shows that list in the clerk's language
(the row label and each row's own reason), the command line in English."""

from __future__ import annotations

import pytest

from counter_app import i18n
from counter_app.errors import RowProblems, ValidationError
from counter_app.exporting.tabular import read_table
from counter_app.services.data_io import importing
from tests.services.test_importing import imei, write_csv

HEADERS = ["电话", "姓名", "品牌", "型号", "串号", "故障", "送修日期", "取机日期", "金额"]
ROWS = [
    ["13812345678", "王伟", "Apple", "iPhone 13", imei(3), "屏幕碎裂", "2025-05-01", "2025-05-03", "9.999"],  # noqa: E501
    ["13912345678", "李娜", "OPPO", "Find X7", imei(4), "电池", "2025-06-01", "2025-06-02", "-5"],  # noqa: E501
]  # fmt: skip


def refused(db, staff, tmp_path) -> ValidationError:
    path = write_csv(tmp_path / "old.csv", HEADERS, ROWS, "gb18030")
    with pytest.raises(ValidationError) as info:
        importing.apply(db, staff.manager, "repairs", read_table(path))
    return info.value


def test_the_command_line_reads_every_bad_row_in_english(db, staff, tmp_path):
    message = refused(db, staff, tmp_path).message
    assert message.startswith("Nothing imported: 2 bad rows: line 2: ")
    assert "; line 3: " in message and "2 decimal places" in message


def test_the_window_reads_the_rows_and_their_reasons_in_chinese(qapp, db, staff, tmp_path):
    error = refused(db, staff, tmp_path)
    problems = error.params["detail"]
    assert isinstance(problems, RowProblems) and [line for line, _ in problems.items] == [2, 3]
    try:
        i18n.install("zh_CN")
        text = i18n.error_text(error)
        reasons = [i18n.error_text(e) for _, e in problems.items]
    finally:
        i18n.install("en")
    assert "第 2 行：" in text and "第 3 行：" in text
    assert all(reason in text for reason in reasons)
    assert "line 2" not in text and "decimal places" not in text  # no English left
