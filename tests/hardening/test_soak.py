"""A soak: two processes of the real program work on one SQLite file for a minute with
random actions (intakes, notes, parts received, backups of the live file, lookups); then
the file passes integrity_check and every change either process was told succeeded is there."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.whole_machine]

SECONDS = 60

# One counter: the command line's own code in a loop, each acknowledged change printed as
# one JSON line the moment it is acknowledged.
WORKER = r"""
import contextlib, io, json, random, sys, time
from counter_app.cli import main
from counter_app.validation import luhn_check_digit

db, seed, seconds, backups = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
tickets = []
deadline = time.monotonic() + seconds

def run(*args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main([*args, "--db", db, "--user", "manager", "--json"])
    return code, out.getvalue()

def say(**change):
    print(json.dumps(change), flush=True)

n = 0
while time.monotonic() < deadline:
    n += 1
    action = rng.choice(("intake", "note", "note", "receive", "lookup", "backup"))
    if action == "intake" or not tickets:
        body = f"35{seed:02d}{n:010d}"
        code, out = run("intake", "--name", f"Soak {seed}-{n}", "--phone", f"139{seed:02d}{n:06d}",
                        "--brand", "Apple", "--model", "iPhone 13", "--imei",
                        body + luhn_check_digit(body), "--fault", "soak")
        if code == 0:
            tickets.append(json.loads(out)["ticket_no"])
            say(kind="intake", ticket_no=tickets[-1])
    elif action == "note":
        text = f"note {seed}-{n}"
        code, _ = run("ticket", "note", rng.choice(tickets), text)
        if code == 0:
            say(kind="note", text=text)
    elif action == "receive":
        quantity = rng.randint(1, 5)
        code, _ = run("parts", "receive", "SOAK-1", str(quantity))
        if code == 0:
            say(kind="receive", quantity=quantity)
    elif action == "lookup":
        code, _ = run("ticket", "show", rng.choice(tickets))
    else:
        code, _ = run("backup", backups)
    if code != 0:
        say(kind="failed", action=action, code=code)
"""


def test_two_processes_on_one_file_for_a_minute(db, staff, db_path, tmp_path):
    inventory.create_part(db, staff.manager, PartData(sku="SOAK-1", name="Soak part"))
    db.close()
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                str(db_path),
                str(seed),
                str(SECONDS),
                str(tmp_path / f"backups-{seed}"),
            ],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for seed in (1, 2)
    ]
    changes = []
    for worker in workers:
        out, err = worker.communicate(timeout=SECONDS * 5)
        assert worker.returncode == 0, err
        changes += [json.loads(line) for line in out.splitlines() if line.strip()]
    failed = [c for c in changes if c["kind"] == "failed"]
    assert failed == []
    intakes = {c["ticket_no"] for c in changes if c["kind"] == "intake"}
    notes = [c["text"] for c in changes if c["kind"] == "note"]
    received = sum(c["quantity"] for c in changes if c["kind"] == "receive")
    assert len(intakes) > 10 and len(notes) > 10  # both really worked
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT ticket_no FROM tickets")}
        stored_notes = [
            row[0] for row in conn.execute("SELECT note FROM ticket_events WHERE kind = 'note'")
        ]
        on_hand = conn.execute(
            "SELECT coalesce(sum(m.quantity), 0) FROM stock_movements m "
            "JOIN parts p ON p.id = m.part_id WHERE p.sku = 'SOAK-1'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert intakes <= stored
    assert sorted(stored_notes) == sorted(notes)
    assert on_hand == received
    for folder in tmp_path.glob("backups-*"):
        assert not list(folder.glob("*.partial"))
