"""Service messages that count read right for one as for many, in English on the command
line and in the window, and in Chinese."""

from __future__ import annotations

import pytest

from counter_app import i18n
from counter_app.errors import ValidationError
from counter_app.services.data_io import importing
from tests.hardening.helpers import run_main
from tests.hardening.test_xlsx_limits import _book


def _refusal(bad: int) -> ValidationError:
    error = ValidationError("imei", "IMEI: must be 15 digits, got {count}", count=14)
    plan = importing.ImportPlan(
        kind="customers",
        rows=20,
        errors=[importing.RowError(line, error) for line in range(2, 2 + bad)],
    )
    with pytest.raises(ValidationError) as caught:
        importing.raise_if_bad(plan)
    return caught.value


def test_nothing_imported_counts_rows_in_english_and_chinese(qapp):
    one, many = _refusal(1), _refusal(12)
    assert str(one).startswith("Nothing imported: 1 bad row: line 2: ")  # what the CLI prints
    assert str(many).startswith("Nothing imported: 12 bad rows: line 2: ")
    assert i18n.error_text(one).startswith("Nothing imported: 1 bad row: ")
    assert i18n.error_text(many).startswith("Nothing imported: 12 bad rows: ")
    try:
        i18n.install("zh_CN")
        assert i18n.error_text(one).startswith("未导入任何内容：1 行有误：")
        assert i18n.error_text(many).startswith("未导入任何内容：12 行有误：")
    finally:
        i18n.install("en")


def test_the_cli_refuses_a_bad_parts_file_with_the_count_in_words(capsys, db_path, tmp_path):
    path = _book(tmp_path / "bad.xlsx", [["BAD-1", "", 1, 2]])  # the name is missing
    result = run_main(capsys, "parts", "import", str(path), "--db", str(db_path))
    assert result.code == 2 and result.err.count("\n") == 1
    assert "Nothing imported: 1 bad row: row 2:" in result.err
