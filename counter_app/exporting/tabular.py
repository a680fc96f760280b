"""Reading record files for import (.xlsx, or CSV in UTF-8, UTF-8 with BOM or GB18030) and
writing the import template workbook."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from counter_app import files
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.exporting import excel_common, text_encoding
from counter_app.exporting.excel_common import header, save_book
from counter_app.services.data_io.importing import CHINESE_HEADERS, FIELDS, FORMULA, SourceTable

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls files
UTF8_BOM = b"\xef\xbb\xbf"
MAX_ROWS = 1_000_000


def read_table(path: Path, sheet: str | None = None) -> SourceTable:
    """The header and rows of ``path`` (of a workbook: the sheet named ``sheet`` if it has
    one, else the first); ValidationError for a file that cannot be read."""
    path = files.check_source(Path(path))
    if not path.is_file():
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "No file {path}"), path=str(path))
    with path.open("rb") as handle:
        start = handle.read(8)
    if start == OLE_MAGIC:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is password-protected or an old .xls workbook: open it in Excel, "
                "remove the password and save as .xlsx",
            ),
            name=path.name,
        )
    if start.startswith(b"PK") or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    return _read_csv(path)


def _read_xlsx(path: Path, sheet_name: str | None) -> SourceTable:
    # Size and row count refused before any parsing (a zip bomb never reaches openpyxl).
    excel_common.check_xlsx_limits(
        path,
        sheet_name,
        max_unpacked=excel_common.MAX_UNPACKED_BYTES,
        max_rows=excel_common.MAX_ROWS,
    )
    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is not an Excel .xlsx workbook (a .csv renamed, or a damaged file)",
            ),
            name=path.name,
        ) from None
    rows: list[tuple[int, tuple[Any, ...]]] = []
    try:
        names = book.sheetnames
        sheet = book[sheet_name] if sheet_name in names else book.worksheets[0]
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            values = tuple(
                FORMULA if getattr(c, "data_type", None) == "f" else c.value for c in cells
            )
            rows.append((number, values))
            if number > MAX_ROWS:
                break
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is not an Excel .xlsx workbook (a .csv renamed, or a damaged file)",
            ),
            name=path.name,
        ) from None
    finally:
        book.close()
    return _table(path, rows)


def _read_csv(path: Path) -> SourceTable:
    data = path.read_bytes()
    text = decode(data, path.name)
    # Excel's CSV rules ("" inside quotes is one "), only the delimiter read off the header.
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=_delimiter(text))
    rows: list[tuple[int, tuple[Any, ...]]] = []
    line = 1
    try:
        for values in reader:
            rows.append((line, tuple(values)))
            line = reader.line_num + 1
            if len(rows) > MAX_ROWS:
                break
    except csv.Error as exc:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "{name}: line {line} cannot be read ({detail})"),
            name=path.name,
            line=line,
            detail=str(exc),
        ) from None
    return _table(path, rows)


def _delimiter(text: str) -> str:
    """The header line's separator: comma, semicolon (European Excel) or tab."""
    head = text[:4096].split("\n", 1)[0]
    outside = "".join(part for i, part in enumerate(head.split('"')) if i % 2 == 0)
    counts = {mark: outside.count(mark) for mark in (",", ";", "\t")}
    best = max(counts, key=lambda mark: counts[mark])
    return best if counts[best] else ","


def decode(data: bytes, name: str) -> str:
    """The CSV's text in the one encoding it is wholly in (``text_encoding``)."""
    return text_encoding.decode(data, name)


def _table(path: Path, rows: list[tuple[int, tuple[Any, ...]]]) -> SourceTable:
    while rows and not any(_filled(v) for v in rows[0][1]):
        rows.pop(0)
    if not rows:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("errors", "{name} is empty"), name=path.name
        )
    head_line, head = rows[0]
    if any(v == FORMULA for v in head):
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "{name}: the header row holds a formula"),
            name=path.name,
        )
    if len(rows) > MAX_ROWS:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "{name}: more than {count} rows; split the file"),
            name=path.name,
            count=MAX_ROWS,
        )
    headers = tuple("" if v is None else str(v).strip() for v in head)
    return SourceTable(name=path.name, headers=headers, rows=tuple(rows[1:]))


def _filled(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def write_template(path: Path) -> dict[str, Any]:
    """A workbook with one sheet per kind whose headers are the field names in English and
    Chinese ("phone 电话"); either language alone is accepted back."""
    path = Path(path)
    files.check_target(path)
    book = Workbook(write_only=True)
    for kind, names in FIELDS.items():
        sheet = book.create_sheet(kind)
        titles = [f"{name} {CHINESE_HEADERS[name]}" for name in names]
        header(sheet, titles, [max(14, len(t) + 4) for t in titles])
    save_book(book, path)
    return {"file": str(path), "sheets": list(FIELDS)}
