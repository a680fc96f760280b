"""Data out: a customer's own data as one JSON file, and every table as CSV with a manifest
(so that a shop is never locked in)."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from counter_app import __version__, files
from counter_app.db import Database
from counter_app.models import Base
from counter_app.services.base.common import audit, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.people.customer_data import WITHHELD_COLUMNS, customer_data
from counter_app.services.people.redaction import defuse_formula
from counter_app.timeutil import utcnow

MANIFEST = "manifest.json"


def write_customer_json(db: Database, actor: Actor, phone: str, path: Path) -> dict[str, Any]:
    """Everything stored about one customer, as one JSON object in ``path``."""
    path = Path(path)
    files.check_target(path)
    data = customer_data(db, actor, phone)
    document = {
        "format": "service-counter-customer-data",
        "version": 1,
        "exported_at": data.exported_at.isoformat(),
        "phone": data.phone,
        "tables": data.tables,
    }
    files.write_text(path, json.dumps(document, ensure_ascii=False, indent=2), private=True)
    return {"file": str(path), "customer_id": data.customer_id, "counts": data.counts}


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return defuse_formula(value)
    return value


def export_all(db: Database, actor: Actor, folder: Path) -> dict[str, Any]:
    """Every table as ``<table>.csv`` (UTF-8, header row) plus ``manifest.json`` with the row
    counts, in one consistent read; manager only. Password hashes and device passcodes are
    left out, text a spreadsheet would run as a formula is defused, and the files (and a
    folder made here) are readable by their owner only."""
    require_role(actor, "manager")
    folder = Path(folder)
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
        folder.chmod(0o700)  # whatever the umask
    counts: dict[str, int] = {}
    with db.read() as session:
        revision = (
            session.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        )
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in WITHHELD_COLUMNS]
            query = select(*columns)
            if "id" in table.c:
                query = query.order_by(table.c.id)
            target = folder / f"{table.name}.csv"
            written = 0
            with files.writing(target, "w", newline="", private=True) as handle:
                writer = csv.writer(handle)
                writer.writerow([c.name for c in columns])
                for row in session.execute(query).yield_per(5000):
                    writer.writerow([_cell(v) for v in row])
                    written += 1
            counts[table.name] = written
    manifest = {
        "format": "service-counter-export",
        "app_version": __version__,
        "schema_revision": revision,
        "exported_at": utcnow().isoformat(),
        "tables": {name: {"file": f"{name}.csv", "rows": n} for name, n in counts.items()},
        "withheld_columns": sorted(WITHHELD_COLUMNS),
    }
    files.write_text(
        folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2), private=True
    )
    with db.write() as session:
        # entity_id is 50 characters at most (enforced by PostgreSQL): the folder's name;
        # the full path goes into the detail.
        audit(
            session,
            actor,
            "exported_all",
            "export",
            folder.name[:50],
            json.dumps({"folder": str(folder), "tables": counts}),
        )
    return {"folder": str(folder), "tables": counts}
