"""`counter-app ticket beyond-repair NO --barrier KEY [--note T]`: exit 2 and nothing written
on a bad state or key; the outcome shows in `ticket show --json`."""

import json

from tests.conftest import snapshot
from tests.hardening.helpers import INTAKE, run_main


def test_beyond_repair_from_the_command_line(capsys, db_path):
    db = ["--db", str(db_path)]
    made = run_main(capsys, *INTAKE, "--json", *db, "--user", "amy")
    assert made.code == 0, made.err
    no = json.loads(made.out)["ticket_no"]

    before = snapshot(db_path)
    early = run_main(
        capsys, "ticket", "beyond-repair", no, "--barrier", "too_worn_out", *db, "--user", "li"
    )
    assert early.code == 2 and "diagnosis or in repair" in early.err
    assert len(early.err.strip().splitlines()) == 1

    assert run_main(capsys, "ticket", "status", no, "diagnosing", *db, "--user", "li").code == 0
    before = snapshot(db_path)
    bad = run_main(
        capsys, "ticket", "beyond-repair", no, "--barrier", "cursed", *db, "--user", "li"
    )
    assert bad.code == 2 and "Unknown barrier cursed" in bad.err
    assert "spare_parts_not_available" in bad.err
    assert snapshot(db_path) == before

    done = run_main(
        capsys,
        "ticket",
        "beyond-repair",
        no,
        "--barrier",
        "spare_parts_not_available",
        "--note",
        "no speaker module made any more",
        "--json",
        *db,
        "--user",
        "li",
    )
    assert done.code == 0, done.err
    assert json.loads(done.out) == {
        "ticket_no": no,
        "status": "ready",
        "outcome": "beyond_repair",
        "barrier": "spare_parts_not_available",
        "fee": "0.00",
    }
    shown = json.loads(run_main(capsys, "ticket", "show", no, "--json", *db).out)
    assert (shown["status"], shown["outcome"], shown["outcome_barrier"]) == (
        "ready",
        "beyond_repair",
        "spare_parts_not_available",
    )
    assert any(e["note"] == "no speaker module made any more" for e in shown["events"])
