"""Reads of personal data follow the window's role rules on the command line too:
technicians and the inventory keeper see masked phone numbers and e-mail addresses."""

from __future__ import annotations

import json

from tests.hardening.helpers import INTAKE, run_main


def test_customer_and_ticket_reads_are_masked_for_technician_and_inventory(capsys, db_path):
    db = str(db_path)
    made = run_main(capsys, *INTAKE, "--db", db)
    ticket_no = made.out.strip()
    assert (
        run_main(
            capsys, "customer", "update", "13912345678", "--email", "mary@example.com", "--db", db
        ).code
        == 0
    )
    for user in ("li", "kai"):
        shown = run_main(
            capsys, "customer", "show", "13912345678", "--json", "--user", user, "--db", db
        )
        assert shown.code == 0, shown.err
        customer = json.loads(shown.out)
        assert customer["phone"] == "139****5678" and customer["email"] == "m***@example.com"
        text = run_main(capsys, "customer", "show", "13912345678", "--user", user, "--db", db)
        assert "12345678" not in text.out and "mary@" not in text.out
        ticket = run_main(capsys, "ticket", "show", ticket_no, "--json", "--user", user, "--db", db)
        if ticket.code == 0:
            assert "13912345678" not in ticket.out and "mary@" not in ticket.out
    clerk = run_main(
        capsys, "customer", "show", "13912345678", "--json", "--user", "amy", "--db", db
    )
    assert json.loads(clerk.out)["phone"] == "+8613912345678"


def test_a_customers_export_holds_their_data_not_the_shops_cost_prices(capsys, db_path, tmp_path):
    db = str(db_path)
    ticket_no = run_main(capsys, *INTAKE, "--passcode", "2580", "--db", db).out.strip()
    added = run_main(
        capsys, "parts", "add", "SCR-9", "--name", "Screen", "--cost", "123.45", "--price",
        "300", "--db", db,
    )  # fmt: skip
    assert added.code == 0, added.err
    quoted = run_main(capsys, "quote", ticket_no, "--part", "SCR-9", "--qty", "1", "--db", db)
    assert quoted.code == 0, quoted.err
    path = tmp_path / "mary.json"
    done = run_main(capsys, "customer", "export", "13912345678", "--json", str(path), "--db", db)
    assert done.code == 0, done.err
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["tables"]["quote_lines"][0]["unit_price"] == "300.00"
    text = path.read_text(encoding="utf-8")
    assert "123.45" not in text and "unit_cost" not in text and "2580" not in text
