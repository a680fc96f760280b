"""Faulty parts recovered from customers' devices, and their disposal later (issue 11,
"kept apart from sellable stock, with its disposal later"): the service and the CLI."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counter_app.errors import Conflict, NotAllowed, NotFound, ValidationError
from counter_app.models import AuditEvent
from counter_app.services.stock import faulty_parts, inventory
from tests.conftest import snapshot
from tests.services.helpers import take_in
from tests.warranty.test_warranty_cli import intake, refused


def _screen(db, staff) -> None:
    inventory.create_part(
        db,
        staff.inventory,
        inventory.PartData(sku="SCR-13", name="Screen 13", cost="100", price="300"),
    )
    inventory.receive(db, staff.inventory, "SCR-13", 4)


def test_a_recovered_part_waits_for_its_disposal_and_is_disposed_of_once(db, staff):
    _screen(db, staff)
    no = take_in(db, staff.clerk)
    inventory.record_faulty_recovered(db, staff.technician, no, "SCR-13", 1, "cracked LCD")
    waiting = faulty_parts.awaiting_disposal(db, staff.inventory)
    assert [(p.sku, p.quantity, p.ticket_no, p.note) for p in waiting] == [
        ("SCR-13", 1, no, "cracked LCD")
    ]
    assert inventory.get_part(db, "SCR-13").on_hand == 4  # never sellable stock
    done = faulty_parts.dispose(db, staff.inventory, waiting[0].id, "return_supplier", "RMA 77")
    assert (done.sku, done.method, done.ticket_no, done.note) == (
        "SCR-13",
        "return_supplier",
        no,
        "RMA 77",
    )
    assert faulty_parts.awaiting_disposal(db, staff.inventory) == []
    assert inventory.get_part(db, "SCR-13").on_hand == 4  # disposal is not a stock movement
    with db.read() as session:
        audited = session.execute(
            select(AuditEvent.entity_id, AuditEvent.user_id, AuditEvent.detail).where(
                AuditEvent.action == "faulty_part_disposed"
            )
        ).all()
    assert [(a.entity_id, a.user_id) for a in audited] == [("SCR-13", staff.inventory.id)]
    assert "return_supplier" in audited[0].detail and no in audited[0].detail
    # A second disposal of the same part is refused.
    with pytest.raises(Conflict):
        faulty_parts.dispose(db, staff.inventory, waiting[0].id, "scrap")


def test_disposal_refuses_bad_input_and_other_roles_writing_nothing(db, staff, db_path):
    _screen(db, staff)
    no = take_in(db, staff.clerk)
    inventory.record_faulty_recovered(db, staff.technician, no, "SCR-13")
    recovery = faulty_parts.awaiting_disposal(db, staff.inventory)[0].id
    received = inventory.movements(db, "SCR-13")[-1].id  # a movement, but not a recovery
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        faulty_parts.dispose(db, staff.inventory, recovery, "burn")
    assert info.value.field == "how"
    with pytest.raises(NotFound):
        faulty_parts.dispose(db, staff.inventory, 99999, "scrap")
    with pytest.raises(NotFound):
        faulty_parts.dispose(db, staff.inventory, received, "scrap")
    with pytest.raises(NotAllowed):
        faulty_parts.dispose(db, staff.clerk, recovery, "scrap")
    with pytest.raises(NotAllowed):
        faulty_parts.awaiting_disposal(db, staff.technician)
    assert snapshot(db_path) == before
    assert len(faulty_parts.awaiting_disposal(db, staff.manager)) == 1


def test_cli_faulty_list_and_dispose(cli, db_path):
    no = intake(cli)
    cli("parts", "add", "SCR-13", "--name", "Screen 13", "--cost", "100", "--price", "300",
        user="kai")  # fmt: skip
    cli("parts", "receive", "SCR-13", "2", user="kai")
    assert (
        cli("parts", "faulty", no, "--sku", "SCR-13", "--note", "no touch", user="li").returncode
        == 0
    )
    listed = cli("parts", "faulty-list", "--json", user="kai").json()
    assert listed["count"] == 1
    item = listed["faulty_parts"][0]
    assert (item["sku"], item["quantity"], item["ticket_no"], item["note"]) == (
        "SCR-13",
        1,
        no,
        "no touch",
    )
    text = cli("parts", "faulty-list", user="kai").stdout
    assert f"#{item['id']}" in text and "SCR-13" in text and no in text
    before = snapshot(db_path)
    refused(cli("parts", "dispose", str(item["id"]), "--how", "burn", user="kai"), "burn")
    refused(cli("parts", "dispose", "99999", "--how", "scrap", user="kai"), "99999")
    refused(cli("parts", "dispose", str(item["id"]), "--how", "scrap", user="amy"))
    assert snapshot(db_path) == before
    done = cli("parts", "dispose", str(item["id"]), "--how", "recycle", "--json", user="kai")
    assert done.returncode == 0, done.stderr
    assert done.json() == {
        "id": item["id"],
        "sku": "SCR-13",
        "qty": 1,
        "ticket_no": no,
        "how": "recycle",
        "note": "",
    }
    after = snapshot(db_path)
    refused(cli("parts", "dispose", str(item["id"]), "--how", "scrap", user="kai"), "already")
    assert snapshot(db_path) == after
    assert cli("parts", "faulty-list", "--json", user="kai").json()["count"] == 0
    assert "No recovered faulty part" in cli("parts", "faulty-list", user="kai").stdout
