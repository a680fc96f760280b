"""Shared Excel conventions: a bold frozen header with autofilter, sensible widths, money
as numbers with two decimals, dates as dates, and text that would start a formula escaped."""

from __future__ import annotations

import contextlib
import io
import posixpath
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from counter_app import files
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.services.people.redaction import FORMULA_STARTS

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F5")


def excel_number(value: Decimal) -> float:
    """Excel stores numbers as doubles; amounts are rounded to the cent before this."""
    return float(value)


def cell(sheet: WriteOnlyWorksheet, value: Any, money: bool = False) -> WriteOnlyCell:
    """A write-only cell of the right type; text that Excel would run as a formula
    (=, +, -, @ first) is stored as plain text, never as a formula."""
    if isinstance(value, Decimal):
        out = WriteOnlyCell(sheet, value=excel_number(value))
        out.number_format = MONEY_FORMAT
        return out
    if isinstance(value, datetime):
        out = WriteOnlyCell(sheet, value=value.replace(tzinfo=None))
        out.number_format = DATETIME_FORMAT
        return out
    if isinstance(value, date):
        out = WriteOnlyCell(sheet, value=value)
        out.number_format = DATE_FORMAT
        return out
    if isinstance(value, str):
        # A control character (stored before they were refused) would make the file fail.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    out = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        out.data_type = "s"  # a string cell: Excel shows it, never evaluates it
    if money:
        out.number_format = MONEY_FORMAT
    return out


def header(sheet: WriteOnlyWorksheet, titles: Sequence[str], widths: Sequence[int]) -> None:
    """Bold, shaded, frozen header with an autofilter over ``len(titles)`` columns."""
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}1"
    row = []
    for title in titles:
        out = WriteOnlyCell(sheet, value=title)
        out.font = HEADER_FONT
        out.fill = HEADER_FILL
        out.alignment = Alignment(vertical="center")
        row.append(out)
    sheet.append(row)


def finish_filter(sheet: WriteOnlyWorksheet, columns: int, rows: int) -> None:
    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(rows, 1) + 1}"


def append(sheet: WriteOnlyWorksheet, values: Iterable[Any]) -> None:
    sheet.append([cell(sheet, value) for value in values])


def save_book(book: Workbook, path: Path) -> None:
    """Write the workbook whole (``files.write_bytes``): zipped in memory first, so a full
    disk fails once, cleanly, and never leaves openpyxl's zip half written."""
    buffer = io.BytesIO()
    book.save(buffer)
    files.write_bytes(Path(path), buffer.getvalue())


def abandon(book: Workbook) -> None:
    """Close a write-only workbook's sheets after a failed or cancelled export, so their
    writers do not fail later at garbage collection; the caller deletes any partial file."""
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        with contextlib.suppress(Exception):
            if writer is not None:
                Path(writer.out).unlink(missing_ok=True)


# What an import reads at most: checked on the zip's directory and a streamed pass over the
# sheet's XML before openpyxl parses anything (a small file can unpack to gigabytes).
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_LISTED_ERRORS = 50
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@dataclass(frozen=True)
class SheetScan:
    """What the streamed pass found in the sheet to be imported."""

    rows: int
    # (row number, cell reference) of formula cells without a saved value: Excel never
    # calculated them, and reading them would give 0 or nothing.
    formulas_without_value: tuple[tuple[int, str], ...]


def _not_xlsx(name: str) -> ValidationError:
    return ValidationError(
        "file",
        QT_TRANSLATE_NOOP(
            "errors", "{name} is not an Excel .xlsx workbook (a .csv renamed, or a damaged file)"
        ),
        name=name,
    )


def _sheet_member(book: zipfile.ZipFile, sheet_name: str | None) -> str:
    """The zip member holding ``sheet_name`` (default: the first sheet)."""
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    sheets = [(s.get("name"), s.get(f"{_REL}id")) for s in workbook.iter(f"{_MAIN}sheet")]
    if not sheets:
        raise KeyError("no sheets")
    wanted = next((rid for name, rid in sheets if name == sheet_name), sheets[0][1])
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{_PKG_REL}Relationship"):
        if rel.get("Id") == wanted:
            target = rel.get("Target") or ""
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    raise KeyError(wanted)


def check_xlsx_limits(
    path: Path,
    sheet_name: str | None = None,
    *,
    max_unpacked: int = MAX_UNPACKED_BYTES,
    max_rows: int = MAX_ROWS,
) -> SheetScan:
    """Refuse, before any parsing, a workbook that unpacks beyond ``max_unpacked`` bytes or
    whose sheet has more than ``max_rows`` rows (both limits named in the message); a sheet
    whose XML is broken is refused naming the last good row. Returns the row count and the
    formula cells without a saved value. Every importer calls this first."""
    files.check_source(Path(path))
    path = Path(path)
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _not_xlsx(path.name) from None
    with book:
        unpacked = sum(member.file_size for member in book.infolist())
        if unpacked > max_unpacked:
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} unpacks to {size} MB; an import reads at most {limit} MB",
                ),
                name=path.name,
                size=f"{unpacked / 1_048_576:,.0f}",
                limit=f"{max_unpacked / 1_048_576:,.0f}",
            )
        try:
            member = _sheet_member(book, sheet_name)
            stream = book.open(member)
        except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, ValueError):
            raise _not_xlsx(path.name) from None
        return _scan_sheet(stream, path.name, max_rows)


def _scan_sheet(stream: Any, name: str, max_rows: int) -> SheetScan:
    rows = 0
    last_row = 0
    formulas: list[tuple[int, str]] = []
    try:
        with stream:
            for _event, element in ElementTree.iterparse(stream, events=("end",)):
                if element.tag == f"{_MAIN}c":
                    value = element.find(f"{_MAIN}v")
                    if (
                        element.find(f"{_MAIN}f") is not None
                        and (value is None or not value.text)
                        and len(formulas) <= MAX_LISTED_ERRORS
                    ):
                        ref = element.get("r") or ""
                        digits = "".join(ch for ch in ref if ch.isdigit())
                        formulas.append((int(digits) if digits else last_row + 1, ref))
                elif element.tag == f"{_MAIN}row":
                    rows += 1
                    try:
                        last_row = int(element.get("r") or last_row + 1)
                    except ValueError:
                        last_row += 1
                    element.clear()
                    if rows > max_rows:
                        raise ValidationError(
                            "file",
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "{name} has more than {limit} rows; an import reads at most "
                                "{limit} rows (split the file)",
                            ),
                            name=name,
                            limit=f"{max_rows:,}",
                        )
    except (ElementTree.ParseError, zipfile.BadZipFile, EOFError) as exc:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "{name}: the sheet is damaged at row {row} ({detail})"),
            name=name,
            row=last_row + 1,
            detail=" ".join(str(exc).split())[:100],
        ) from None
    return SheetScan(rows, tuple(formulas))
