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
