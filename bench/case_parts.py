"""Bench case: export the shop's 20,000 parts to Excel, ours vs bare openpyxl write-only."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook

from bench.harness import Shop, case
from counter_app.exporting import parts_excel

NO_MOVEMENTS = datetime(2000, 1, 1, tzinfo=UTC)  # the Movements sheet's period: empty here
_tmp = Path(tempfile.mkdtemp(prefix="bench-parts-"))


@case("export 20,000 parts to Excel", interactive=False, repeat=1)
def export_parts(shop: Shop) -> list[int]:
    return [0]


@export_parts.ours
def _(shop: Shop, _: int) -> object:
    return parts_excel.export(shop.db, _tmp / "ours.xlsx", NO_MOVEMENTS, NO_MOVEMENTS)


@export_parts.baseline
def _(shop: Shop, _: int) -> object:
    rows = shop.raw.execute(
        "SELECT p.sku, p.barcode, p.name, p.category, p.compatible_models, p.cost, p.price, "
        "p.supplier, p.bin_location, p.low_stock_level, p.discontinued, coalesce(s.q, 0) "
        "FROM parts p LEFT JOIN (SELECT part_id, sum(quantity) q FROM stock_movements "
        "WHERE kind != 'faulty_recovered' GROUP BY part_id) s ON s.part_id = p.id ORDER BY p.sku"
    ).fetchall()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Parts")
    sheet.append([title for title, _, _ in parts_excel.PARTS_COLUMNS])
    low = []
    for row in rows:
        sheet.append([*row[:5], row[5] / 100, row[6] / 100, *row[7:10], bool(row[10]), row[11]])
        if row[11] <= row[9] and not row[10]:
            low.append(row)
    book.create_sheet("Movements").append(list(parts_excel.MOVEMENT_COLUMNS))
    low_sheet = book.create_sheet("Low stock")
    for row in low:
        low_sheet.append([row[0], row[2], row[11], row[9], row[7], row[8]])
    book.save(_tmp / "raw.xlsx")
    return len(rows)
