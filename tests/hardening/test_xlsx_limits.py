"""Spreadsheet imports are bounded: a zip bomb and too many rows are refused before
parsing (limits stated), formula cells without a saved value are refused, broken XML names
the row, and a long list of bad rows shows the first 50 plus a count."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from counter_app.errors import ValidationError
from counter_app.exporting import parts_excel
from counter_app.exporting.excel_common import MAX_ROWS, check_xlsx_limits
from tests.conftest import snapshot
from tests.hardening.helpers import run_main

HEADER = ["SKU", "Name", "Cost", "Price"]


def _book(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Parts"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _replace_member(
    path: Path, member: str, data: bytes, extra: dict[str, bytes] | None = None
) -> None:
    """Rewrite the workbook with one member's bytes replaced (and extra members added)."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, content in items:
            out.writestr(info.filename, data if info.filename == member else content)
        for name, content in (extra or {}).items():
            out.writestr(name, content)


def test_a_zip_bomb_is_refused_before_parsing_with_the_limit_stated(capsys, db_path, tmp_path):
    path = _book(tmp_path / "bomb.xlsx", [["SCR-1", "Screen", 1, 2]])
    _replace_member(path, "", b"", {"xl/media/padding.bin": b"\0" * (51 * 1024 * 1024)})
    assert path.stat().st_size < 200_000  # small on disk, 51 MB unpacked
    before = snapshot(db_path)
    result = run_main(capsys, "parts", "import", str(path), "--db", str(db_path))
    assert result.code == 2
    assert result.err == (
        "counter-app: bomb.xlsx unpacks to 51 MB; an import reads at most 50 MB\n"
    )
    assert snapshot(db_path) == before


def _sheet_xml(rows: int) -> bytes:
    body = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>S{n}</t></is></c></row>'
        for n in range(1, rows + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{body}</sheetData></worksheet>"
    ).encode()


def test_more_rows_than_the_limit_are_refused_before_parsing(capsys, db_path, tmp_path):
    path = _book(tmp_path / "huge.xlsx", [])
    _replace_member(path, "xl/worksheets/sheet1.xml", _sheet_xml(MAX_ROWS + 1))
    result = run_main(capsys, "parts", "import", str(path), "--db", str(db_path))
    assert result.code == 2
    assert "more than 100,000 rows" in result.err and result.err.count("\n") == 1
    assert check_xlsx_limits(path, max_rows=MAX_ROWS + 1).rows == MAX_ROWS + 1


@pytest.mark.sqlite_only  # reads SQLite's own catalogue / file
def test_a_formula_without_a_saved_value_is_refused_not_read_as_zero(db, tmp_path):
    path = _book(tmp_path / "formula.xlsx", [["SCR-1", "Screen", 100, "=C2*2"]])
    before = snapshot(db.path)
    plan = parts_excel.plan_import(db, path)
    assert [(e.row, e.message) for e in plan.errors] == [
        (2, "cell D2 is a formula without a saved value (open the file in Excel and save it)")
    ]
    assert snapshot(db.path) == before


def test_broken_sheet_xml_names_the_row(capsys, db_path, tmp_path):
    path = _book(tmp_path / "broken.xlsx", [])
    good = _sheet_xml(3).decode()
    broken = good.replace('<row r="3">', '<row r="3"><c r="A3"><v>1</c>')
    _replace_member(path, "xl/worksheets/sheet1.xml", broken.encode())
    result = run_main(capsys, "parts", "import", str(path), "--db", str(db_path))
    assert result.code == 2
    assert "broken.xlsx: the sheet is damaged at row 3" in result.err
    assert result.err.count("\n") == 1


def test_a_long_list_of_bad_rows_shows_the_first_50_and_a_count(capsys, db_path, tmp_path):
    rows = [[f"BAD-{n}", "", 1, 2] for n in range(120)]  # every name missing
    path = _book(tmp_path / "bad.xlsx", rows)
    result = run_main(capsys, "parts", "import", str(path), "--db", str(db_path))
    assert result.code == 2 and result.err.count("\n") == 1
    assert "Nothing imported: 120 bad rows" in result.err
    assert "row 51:" in result.err and "row 52:" not in result.err
    assert result.err.rstrip().endswith("… and 70 more")


def test_limits_are_parameters_importers_share(tmp_path):
    path = _book(tmp_path / "small.xlsx", [["A", "B", 1, 2]] * 10)
    with pytest.raises(ValidationError, match="more than 5 rows"):
        check_xlsx_limits(path, max_rows=5)
    with pytest.raises(ValidationError, match="an import reads at most 0 MB"):
        check_xlsx_limits(path, max_unpacked=1000)


def test_an_xml_entity_bomb_is_refused(capsys, db_path, tmp_path):
    laughs = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10}">' for n in range(1, 10)
    )
    sheet = (
        f'<?xml version="1.0"?><!DOCTYPE worksheet [{laughs}]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    path = _book(tmp_path / "laughs.xlsx", [])
    _replace_member(path, "xl/worksheets/sheet1.xml", sheet.encode())
    result = run_main(capsys, "parts", "import", str(path), "--db", str(db_path))
    assert result.code == 2 and "laughs.xlsx: the sheet is damaged at row 1" in result.err
