"""The parts workbook: export (Parts, Movements, Low stock) and import of the Parts sheet.

The export's Parts sheet is the import template. An import validates every row first; if
any is bad nothing is written and every bad row is reported with its number and reason.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from counter_app import files
from counter_app.db import Database
from counter_app.errors import (
    QT_TRANSLATE_NOOP,
    ROW_ROW,
    RowProblems,
    ServiceError,
    ValidationError,
)
from counter_app.exporting.excel_common import (
    MAX_LISTED_ERRORS,
    SheetScan,
    abandon,
    append,
    check_xlsx_limits,
    finish_filter,
    header,
    save_book,
)
from counter_app.names import movement_kind_text
from counter_app.services.base.dto import Actor
from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from counter_app.services.stores import chain as stores
from counter_app.timeutil import to_local

PARTS_COLUMNS = (
    ("SKU", "sku", 16),
    ("Barcode", "barcode", 16),
    ("Name", "name", 36),
    ("Category", "category", 16),
    ("Compatible models", "compatible_models", 28),
    ("Cost", "cost", 11),
    ("Price", "price", 11),
    ("Supplier", "supplier", 20),
    ("Bin", "bin_location", 9),
    ("Low stock level", "low_stock_level", 9),
    ("Discontinued", "discontinued", 8),
    ("On hand", "on_hand", 9),
)
MOVEMENT_COLUMNS = (
    "Date",
    "SKU",
    "Part",
    "Kind",
    "Quantity",
    "Unit cost",
    "Supplier",
    "Ticket",
    "Reason",
    "User",
)
LOW_COLUMNS = ("SKU", "Name", "On hand", "Low stock level", "Supplier", "Bin")
TRUE_WORDS = {"yes", "y", "true", "1", "是", "x"}
FALSE_WORDS = {"no", "n", "false", "0", "否", ""}

Report = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user cancelled a long export; the partial file was removed."""


def export(
    db: Database,
    path: Path,
    since: datetime | None = None,
    until: datetime | None = None,
    report: Report | None = None,
) -> dict[str, int]:
    """Write the workbook (streamed, write-only) to ``path`` atomically. ``report(done,
    total)`` is called as parts are written; returning False cancels (Cancelled)."""
    path = Path(path)
    files.check_target(path)
    total = inventory.count_parts(db)
    book = Workbook(write_only=True)
    try:
        parts_sheet = book.create_sheet("Parts")
        header(parts_sheet, [c[0] for c in PARTS_COLUMNS], [c[2] for c in PARTS_COLUMNS])
        low_rows = []
        written = 0
        for part in inventory.iter_parts(db):
            append(parts_sheet, [getattr(part, attribute) for _, attribute, _ in PARTS_COLUMNS])
            if part.warn_low:
                low_rows.append(part)
            written += 1
            if report is not None and written % 500 == 0 and report(written, total) is False:
                raise Cancelled()
        finish_filter(parts_sheet, len(PARTS_COLUMNS), written)
        per_store = inventory.stock_per_store(db)
        if len({code for counts in per_store.values() for code in counts}) > 1:
            _stock_per_store_sheet(book, db, per_store)
        moves = book.create_sheet("Movements")
        header(moves, MOVEMENT_COLUMNS, (17, 16, 32, 16, 9, 11, 18, 14, 30, 14))
        movement_rows = inventory.movements(db, since=since, until=until, limit=None)
        time_zone = stores.time_zone_for(db, None)
        for m in movement_rows:
            append(
                moves,
                [
                    to_local(m.at, time_zone),  # the store's clock, as on screen
                    m.sku,
                    m.part_name,
                    movement_kind_text(m.kind),
                    m.quantity,
                    m.unit_cost,
                    m.supplier,
                    m.ticket_no or "",
                    m.reason,
                    m.user,
                ],
            )
        finish_filter(moves, len(MOVEMENT_COLUMNS), len(movement_rows))
        low = book.create_sheet("Low stock")
        header(low, LOW_COLUMNS, (16, 36, 9, 9, 20, 9))
        for part in low_rows:
            append(
                low,
                [
                    part.sku,
                    part.name,
                    part.on_hand,
                    part.low_stock_level,
                    part.supplier,
                    part.bin_location,
                ],
            )
        finish_filter(low, len(LOW_COLUMNS), len(low_rows))
    except BaseException:
        abandon(book)
        raise
    save_book(book, path)
    if report is not None:
        report(total, total)
    return {"parts": written, "movements": len(movement_rows), "low_stock": len(low_rows)}


@dataclass(frozen=True)
class RowError:
    row: int  # the spreadsheet's row number (header is row 1)
    sku: str
    message: str


@dataclass
class ImportPlan:
    rows: list[tuple[int, PartData, int | None]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    creates: list[str] = field(default_factory=list)
    updates: list[str] = field(default_factory=list)
    adjustments: list[tuple[str, int, int]] = field(default_factory=list)
    unchanged: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _open_rows(path: Path) -> tuple[list[tuple[Any, ...]], SheetScan]:
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "No file {path}"), path=str(path))
    if path.suffix.lower() == ".xls":
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors", "{name} is an old .xls workbook: open it in Excel and save as .xlsx"
            ),
            name=path.name,
        )
    scan = check_xlsx_limits(path, "Parts")  # before openpyxl parses anything
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        KeyError,
        OSError,
        ValueError,
        ElementTree.ParseError,
    ):
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is not an Excel .xlsx workbook (a .csv renamed, or a damaged file)",
            ),
            name=path.name,
        ) from None
    rows: list[tuple[Any, ...]] = []
    try:
        sheet = book["Parts"] if "Parts" in book.sheetnames else book.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            rows.append(tuple(row))
    except (ElementTree.ParseError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "{name}: the sheet is damaged at row {row} ({detail})"),
            name=path.name,
            row=len(rows) + 1,
            detail=" ".join(str(exc).split())[:100],
        ) from None
    finally:
        book.close()
    if not rows or not any(_text(v) for v in rows[0]):
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("errors", "{name} is empty"), name=path.name
        )
    return rows, scan


def plan_import(db: Database, path: Path) -> ImportPlan:
    """Read and validate every row; nothing is written. The plan lists what would change."""
    rows, scan = _open_rows(path)
    titles = [_text(v) for v in rows[0]]
    known = {title.lower(): attribute for title, attribute, _ in PARTS_COLUMNS}
    plan = ImportPlan()
    unknown = [t for t in titles if t and t.lower() not in known]
    if unknown:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "Unknown columns: {names}; use the exported Parts sheet"),
            names=", ".join(unknown),
        )
    columns = {known[t.lower()]: i for i, t in enumerate(titles) if t}
    for required in ("sku", "name"):
        if required not in columns:
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP("errors", "The {column} column is missing"),
                column="SKU" if required == "sku" else "Name",
            )
    unsaved: dict[int, str] = {}
    for row_number, ref in scan.formulas_without_value:
        unsaved.setdefault(row_number, ref)
    seen: dict[str, int] = {}
    current = {p.sku: p for p in inventory.iter_parts(db)}
    by_lower = {existing_sku.lower(): existing_sku for existing_sku in current}
    for number, values in enumerate(rows[1:], start=2):
        if not any(_text(v) for v in values):
            continue

        def get(attribute: str, values: tuple[Any, ...] = values) -> Any:
            index = columns.get(attribute)
            return values[index] if index is not None and index < len(values) else None

        sku = _text(get("sku"))
        if number in unsaved:
            plan.errors.append(
                RowError(
                    number,
                    sku,
                    f"cell {unsaved[number]} is a formula without a saved value "
                    "(open the file in Excel and save it)",
                )
            )
            continue
        try:
            discontinued_text = _text(get("discontinued")).lower()
            if isinstance(get("discontinued"), bool):
                discontinued = bool(get("discontinued"))
            elif discontinued_text in TRUE_WORDS:
                discontinued = True
            elif discontinued_text in FALSE_WORDS:
                discontinued = False
            else:
                raise ValidationError(
                    "discontinued",
                    QT_TRANSLATE_NOOP("errors", "Discontinued: use yes or no, not '{text}'"),
                    text=discontinued_text,
                )
            data = PartData(
                sku=sku,
                name=_text(get("name")),
                cost=get("cost") if get("cost") is not None else "0",
                price=get("price") if get("price") is not None else "0",
                barcode=_text(get("barcode")),
                category=_text(get("category")),
                compatible_models=_text(get("compatible_models")),
                supplier=_text(get("supplier")),
                bin_location=_text(get("bin_location")),
                low_stock_level=_text(get("low_stock_level")) or "0",
                discontinued=discontinued,
            )
            values_clean = inventory.clean_part(data)
            count = _count(get("on_hand"))
        except ServiceError as exc:
            plan.errors.append(RowError(number, sku, exc.message))
            continue
        key = values_clean["sku"].lower()  # SKUs are one part whatever their case
        if key in seen:
            plan.errors.append(RowError(number, sku, f"SKU {sku} repeats row {seen[key]}"))
            continue
        stored_sku = by_lower.get(key)
        if stored_sku is not None and stored_sku != values_clean["sku"]:
            plan.errors.append(
                RowError(number, sku, f"SKU {sku} is the existing part {stored_sku}: write it so")
            )
            continue
        seen[key] = number
        plan.rows.append((number, data, count))
        existing = current.get(values_clean["sku"])
        if existing is None:
            plan.creates.append(sku)
        elif any(getattr(existing, k) != v for k, v in values_clean.items()):
            plan.updates.append(sku)
        elif count is None or count == existing.on_hand:
            plan.unchanged += 1
        if existing is not None and count is not None and count != existing.on_hand:
            plan.adjustments.append((sku, existing.on_hand, count))
        elif existing is None and count:
            plan.adjustments.append((sku, 0, count))
    return plan


def _count(value: Any) -> int | None:
    """The "On hand" cell: blank (leave stock alone) or a whole number of at least 0."""
    if value is None or _text(value) == "":
        return None
    text = _text(value)
    try:
        number = Decimal(text)
    except ArithmeticError:
        number = None
    if number is None or number != number.to_integral_value() or number < 0:
        raise ValidationError(
            "on_hand",
            QT_TRANSLATE_NOOP("errors", "On hand: '{text}' is not a whole number of 0 or more"),
            text=text,
        )
    return int(number)


def raise_if_bad(plan: Any) -> None:
    """Refuse a plan with bad rows: every one named (the first MAX_LISTED_ERRORS), each in
    the reader's language in the window."""
    if not plan.ok:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "Nothing imported: %n bad row(s): {detail}"),
            count=len(plan.errors),
            detail=RowProblems(
                tuple((e.row, e.message) for e in plan.errors), ROW_ROW, MAX_LISTED_ERRORS
            ),
        )


def apply_import(db: Database, actor: Actor, path: Path) -> dict[str, int]:
    """Validate the whole file again, then write it in one transaction; if any row is bad
    nothing is written and ValidationError lists every bad row."""
    plan = plan_import(db, path)
    raise_if_bad(plan)
    return inventory.apply_part_rows(
        db, actor, [(data, count) for _, data, count in plan.rows], "Stock count (import)"
    )


def _stock_per_store_sheet(book: Any, db: Database, per_store: dict[int, dict[str, int]]) -> None:
    """A chain's workbook: one row per part and store with its stock there."""
    sheet = book.create_sheet("Stock per store")
    header(sheet, ["SKU", "Name", "Store", "On hand"], (16, 32, 10, 9))
    rows = 0
    for part in inventory.iter_parts(db):
        for code, on_hand in sorted(per_store.get(part.id, {}).items()):
            append(sheet, [part.sku, part.name, code, on_hand])
            rows += 1
    finish_filter(sheet, 4, rows)
