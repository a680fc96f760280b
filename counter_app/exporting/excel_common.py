"""Shared Excel conventions: a bold frozen header with autofilter, sensible widths, money
as numbers with two decimals, dates as dates, and text that would start a formula escaped."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMULA_STARTS = ("=", "+", "-", "@")
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
