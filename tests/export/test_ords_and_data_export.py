"""ORDS open repair data (columns, value lists, nothing personal), a customer's own data, and
the full export of every table."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import select

from counter_app.errors import NotAllowed, NotFound
from counter_app.exporting import data_export, ords
from counter_app.models import Customer, Device, Ticket
from counter_app.services.shop import settings
from counter_app.services.tickets import intake
from counter_app.validation import national_digits
from tests.services.test_importing import imei

ORDS_V03_COLUMNS = [
    "id",
    "data_provider",
    "country",
    "partner_product_category",
    "product_category",
    "product_category_id",
    "brand",
    "year_of_manufacture",
    "product_age",
    "repair_status",
    "repair_barrier_if_end_of_life",
    "group_identifier",
    "event_date",
    "problem",
    "record_date",
]
ORDS_CATEGORIES = {
    "Mobile": "19",
    "Tablet": "30",
    "Laptop": "16",
    "Headphones": "11",
    "Watch/clock": "35",
    "Battery/charger/adapter": "2",
    "Misc": "18",
}
ORDS_BARRIERS = {
    "",
    "Spare parts not available",
    "Spare parts too expensive",
    "No way to open product",
    "Repair information not available",
    "Lack of equipment",
    "Item too worn out",
}


# A demo shop built once a session (tests/conftest.py); each test gets its own copy.
DEMO_SHOP = pytest.mark.demo_shop(tickets=400, seed=11, days=120)


@pytest.fixture
def shop(db, staff, demo_summary):
    assert demo_summary["tickets"] == 400
    # A fault text that names the customer, their phone, an e-mail and the IMEI.
    result = intake.take_in(
        db,
        staff.clerk,
        intake.IntakeData(
            name="欧阳娜娜", phone="13512345678", brand="Apple", model="iPad Air 5",
            serial="DMPZZ9988", email="nana@example.com",
            fault=f"欧阳娜娜 says: call 135-1234-5678 or nana@example.com, IMEI {imei(42)}",
            purchase_date=date(2024, 6, 1),
        ),
    )  # fmt: skip
    with db.write() as session:  # a finished job, as the workflow would leave it
        ticket = session.get(Ticket, result.ticket_id)
        assert ticket is not None
        ticket.status = "collected"
        ticket.collected_at = ticket.received_at
    return db


def read_ords(path):  # type: ignore[no-untyped-def]
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


@DEMO_SHOP
def test_ords_file_has_the_standards_columns_and_value_lists(shop, staff, tmp_path):
    path = tmp_path / "ords.csv"
    counts = ords.export(shop, staff.manager, path)
    columns, rows = read_ords(path)

    assert columns == ORDS_V03_COLUMNS
    assert counts["records"] == len(rows) > 100
    statuses = {r["repair_status"] for r in rows}
    assert statuses <= {"Fixed", "Repairable", "End of life", "Unknown"}
    assert {"Fixed", "End of life"} <= statuses  # the demo shop has declined quotes
    for row in rows:
        assert ORDS_CATEGORIES[row["product_category"]] == row["product_category_id"]
        assert row["repair_barrier_if_end_of_life"] in ORDS_BARRIERS
        if row["repair_status"] == "Fixed":
            assert row["repair_barrier_if_end_of_life"] == ""
        if row["repair_status"] == "End of life":
            assert row["repair_barrier_if_end_of_life"] != ""
        assert row["country"] == "CHN"
        assert date.fromisoformat(row["event_date"]) <= date.fromisoformat(row["record_date"])
        assert row["data_provider"] == row["group_identifier"] == "华强手机维修中心"
    assert {"Mobile", "Tablet", "Laptop"} <= {r["product_category"] for r in rows}
    assert len({r["id"] for r in rows}) == len(rows)

    ipad = next(r for r in rows if "says" in r["problem"])
    assert ipad["partner_product_category"] == "tablet"
    assert ipad["year_of_manufacture"] == "2024"
    assert float(ipad["product_age"]) > 0
    assert ipad["problem"] == "[removed] says: call [removed] or [removed], IMEI [removed]"


@DEMO_SHOP
def test_ords_file_holds_no_personal_value_of_the_shop(shop, staff, tmp_path, db_path):
    path = tmp_path / "ords.csv"
    ords.export(shop, staff.manager, path)
    text = path.read_text(encoding="utf-8")
    conn = sqlite3.connect(db_path)
    try:
        personal: set[str] = set()
        for name, phone, email in conn.execute("SELECT name, phone, email FROM customers"):
            personal |= {name, phone, national_digits(phone), email or ""}
        for device_imei, serial in conn.execute("SELECT imei, serial FROM devices"):
            personal |= {device_imei or "", serial or ""}
    finally:
        conn.close()
    shop_settings = settings.get_all(shop)
    personal |= {shop_settings.store_address, shop_settings.store_phone}
    personal.discard("")
    assert len(personal) > 500
    leaked = sorted(value for value in personal if value in text)
    assert leaked == []


@DEMO_SHOP
def test_ords_period_counts_by_collection_date(shop, staff, tmp_path):
    everything = ords.export(shop, staff.manager, tmp_path / "all.csv")["records"]
    _, rows = read_ords(tmp_path / "all.csv")
    days = sorted(r["event_date"] for r in rows)
    middle = date.fromisoformat(days[len(days) // 2])
    early = ords.export(shop, staff.manager, tmp_path / "a.csv", until=middle)["records"]
    late = ords.export(
        shop, staff.manager, tmp_path / "b.csv", since=date.fromordinal(middle.toordinal() + 1)
    )["records"]
    assert early + late == everything and early > 0 and late > 0


def test_outcome_rules():
    assert ords.outcome("collected", True, False, False, False) == ords.Outcome("Fixed", "")
    assert ords.outcome("collected", False, True, False, False) == ords.Outcome(
        "End of life", "Spare parts too expensive"
    )
    assert ords.outcome("cancelled", True, False, True, False) == ords.Outcome(
        "End of life", "Spare parts not available"
    )
    assert ords.outcome("cancelled", False, False, False, False).status == "Repairable"
    assert ords.outcome("collected", False, False, False, True).status == "Fixed"
    assert ords.outcome("collected", False, False, False, False).status == "Unknown"


@DEMO_SHOP
def test_only_the_manager_exports(shop, staff, tmp_path):
    with pytest.raises(NotAllowed):
        ords.export(shop, staff.clerk, tmp_path / "o.csv")
    with pytest.raises(NotAllowed):
        data_export.export_all(shop, staff.clerk, tmp_path / "all")


@DEMO_SHOP
def test_customer_export_has_everything_about_them_and_nothing_else(shop, staff, tmp_path):
    path = tmp_path / "nana.json"
    result = data_export.write_customer_json(shop, staff.manager, "135 1234 5678", path)
    document = json.loads(path.read_text(encoding="utf-8"))
    tables = document["tables"]
    assert document["phone"] == "+8613512345678"
    assert [c["name"] for c in tables["customers"]] == ["欧阳娜娜"]
    assert tables["customers"][0]["email"] == "nana@example.com"
    assert [d["serial"] for d in tables["devices"]] == ["DMPZZ9988"]
    assert len(tables["tickets"]) == 1 and tables["tickets"][0]["status"] == "collected"
    assert {e["kind"] for e in tables["ticket_events"]} >= {"created"}
    assert result["counts"]["tickets"] == 1
    ticket_ids = {t["id"] for t in tables["tickets"]}
    for name, rows in tables.items():
        for row in rows:
            if "ticket_id" in row:
                assert row["ticket_id"] in ticket_ids, name
    assert "password_hash" not in path.read_text(encoding="utf-8")
    with pytest.raises(NotFound):
        data_export.write_customer_json(shop, staff.manager, "13900000000", tmp_path / "x.json")


@DEMO_SHOP
def test_export_all_writes_every_table_and_a_manifest_with_counts(shop, staff, tmp_path):
    folder = tmp_path / "leaving"
    result = data_export.export_all(shop, staff.manager, folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    with shop.read() as session:
        customers = len(session.scalars(select(Customer.id)).all())
        devices = len(session.scalars(select(Device.id)).all())
        tickets = len(session.scalars(select(Ticket.id)).all())
    assert manifest["tables"]["customers"]["rows"] == customers
    assert manifest["tables"]["devices"]["rows"] == devices
    assert manifest["tables"]["tickets"]["rows"] == tickets > 400
    for name, entry in manifest["tables"].items():
        with (folder / entry["file"]).open(encoding="utf-8", newline="") as handle:
            assert sum(1 for _ in csv.reader(handle)) == entry["rows"] + 1, name
    assert result["tables"] == {name: e["rows"] for name, e in manifest["tables"].items()}
    assert "password_hash" not in (folder / "users.csv").read_text(encoding="utf-8")
    with (folder / "tickets.csv").open(encoding="utf-8", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert first["ticket_no"].startswith("T") and first["received_at"]
