"""Issue 11's "Done when" boundaries that were only checked on the engine's plain data, now
through the real program: the repair warranty of a collection on 29 February and late in the
evening of 31 August (the store's local day counts, Asia/Shanghai), with the clock moved;
and the exchange offered on the ticket page after the N-th failed repair of the same fault."""

from __future__ import annotations

import shutil

import pytest

from counter_app.services.tickets import quotes, workflow
from tests.services.helpers import collect, take_in, to_ready
from tests.warranty.test_warranty_cli import IMEI, PHONE, run_at
from tests.warranty.test_warranty_panel import page_for

needs_faketime = pytest.mark.skipif(
    shutil.which("faketime") is None, reason="needs the faketime package"
)
INTAKE = ("intake", "--name", "张伟", "--phone", PHONE, "--brand", "Apple", "--model")
INTAKE += ("iPhone 13", "--imei", IMEI, "--json")


def collected_at(at: str, db_path) -> str:
    """A paid repair taken in and collected at ``at`` (UTC, the machine's clock moved)."""
    no = run_at(at, db_path, *INTAKE, "--fault", "Cracked screen").json()["ticket_no"]
    for args, user in (
        (("ticket", "status", no, "diagnosing"), "li"),
        (("quote", no, "--labour", "Replace screen", "--price", "300"), "li"),
        (("ticket", "status", no, "awaiting_approval"), "li"),
        (("approve", no), "amy"),
        (("ticket", "status", no, "quality_check"), "li"),
        (("ticket", "status", no, "ready"), "li"),
        (("pay", no, "--amount", "300", "--method", "cash"), "amy"),
        (("ticket", "status", no, "collected"), "amy"),
    ):
        done = run_at(at, db_path, *args, user=user)
        assert done.returncode == 0, (args, done.stderr)
    return no


@needs_faketime
@pytest.mark.parametrize(
    ("at", "until"),
    [
        ("2026-08-31 15:30:00", "2027-02-28"),  # 23:30 on 31 August in Shanghai
        ("2026-08-31 16:30:00", "2027-03-01"),  # 00:30 on 1 September in Shanghai
    ],
)
def test_the_repair_warranty_counts_from_the_stores_local_day_of_collection(db_path, at, until):
    no = collected_at(at, db_path)
    assert run_at(at, db_path, "ticket", "show", no, "--json").json()["warranty_until"] == until


@needs_faketime
@pytest.mark.parametrize(("back_on", "comeback"), [("2028-08-29", True), ("2028-08-30", False)])
def test_comeback_after_a_collection_on_29_february_with_the_clock_moved(
    db_path, back_on, comeback
):
    """Collected on 29 February 2028: six calendar months end on 29 August 2028."""
    no = collected_at("2028-02-29 10:00:00", db_path)
    shown = run_at("2028-02-29 10:00:00", db_path, "ticket", "show", no, "--json").json()
    assert shown["warranty_until"] == "2028-08-29"
    again = run_at(f"{back_on} 10:00:00", db_path, *INTAKE, "--fault", "Flickers")
    assert again.returncode == 0, again.stderr
    result = again.json()
    assert result["is_comeback"] is comeback
    assert (result["comeback_of"] == no) is comeback
    assert result["warranty_kind"] == ("repair_warranty" if comeback else "out_of_warranty")


def test_the_ticket_page_offers_an_exchange_after_the_second_failed_repair(qtbot, db, staff):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    second = take_in(db, staff.clerk, fault="again")
    page = page_for(qtbot, db, staff.clerk, second)
    assert page.warranty_panel.offer.isHidden()  # one failed repair: not yet
    page.close()
    quotes.set_warranty(db, staff.technician, second, "free", "same fault", same_fault=True)
    to_ready(db, staff.clerk, staff.technician, second)
    workflow.change_status(db, staff.clerk, second, "collected")
    third = take_in(db, staff.clerk, fault="and again")
    page = page_for(qtbot, db, staff.clerk, third)
    offer = page.warranty_panel.offer
    assert not offer.isHidden()
    assert offer.text() == "2 failed repairs of the same fault under warranty: offer an exchange"


@needs_faketime
@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("at", "warns"),
    [
        ("2026-11-29 18:30:00", True),  # 02:30 on 30 November in Shanghai: its last day
        ("2026-11-30 16:30:00", False),  # 00:30 on 1 December in Shanghai: kept no longer
    ],
)
def test_a_discontinued_part_warns_through_the_stores_last_local_day(db, staff, db_path, at, warns):
    """keep_until is a day of the shop's calendar: a part kept until 30 November still warns
    when low at 02:30 that morning in Shanghai (still 29 November in UTC), and not after."""
    from datetime import date

    from sqlalchemy import update

    from counter_app.models import Part
    from counter_app.services.stock import inventory

    data = dict(sku="SCR-IP11", name="Screen iPhone 11", cost="100", price="300")
    inventory.create_part(db, staff.inventory, inventory.PartData(**data, low_stock_level=2))
    inventory.update_part(
        db,
        staff.inventory,
        "SCR-IP11",
        inventory.PartData(**data, low_stock_level=2, discontinued=True),
    )
    with db.write() as session:
        session.execute(update(Part).values(keep_until=date(2026, 11, 30)))
    low = run_at(at, db_path, "parts", "list", "--low", "--json", user="kai")
    assert low.returncode == 0, low.stderr
    assert [p["sku"] for p in low.json()["parts"]] == (["SCR-IP11"] if warns else [])
