"""restore FILE: a path is a path ("#" is no URL fragment); the ticket counter's floor lands
with the swapped pages in one transaction (a restore killed at any moment never lets a
number be issued twice); a restore leaves a record of who, when, which file, what it removed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hardening.helpers import INTAKE, checkpoint, run_main

KILLER = r"""
import os, signal, sys, threading
from counter_app.services.data_io import backup
real = backup._prepare
def prepare(*args, **kwargs):
    result = real(*args, **kwargs)
    # The swap comes next: kill the restore while it copies the pages (or just after).
    threading.Timer(float(sys.argv[3]), lambda: os.kill(os.getpid(), signal.SIGKILL)).start()
    return result
backup._prepare = prepare
from counter_app.cli import main
sys.exit(main(["restore", sys.argv[2], "--db", sys.argv[1], "--user", "manager"]))
"""


def _intake(capsys, db_path: Path, imei_tail: int = 0) -> str:
    args = list(INTAKE)
    if imei_tail:
        args[args.index("--imei") + 1] = _imei(imei_tail)
    run = run_main(capsys, *args, "--db", str(db_path), "--user", "manager")
    assert run.code == 0, run.err
    return run.out.strip().split()[0]


def _imei(n: int) -> str:
    body = f"35693803{n:06d}"
    total = 0
    for i, ch in enumerate(body):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _backup(capsys, db_path: Path, folder: Path) -> Path:
    run = run_main(capsys, "backup", str(folder), "--db", str(db_path), "--json")
    assert run.code == 0, run.err
    return Path(json.loads(run.out)["backup"])


def _tickets(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT ticket_no FROM tickets")}
    finally:
        conn.close()


def test_a_hash_in_the_backups_name_is_part_of_the_path(capsys, db_path, tmp_path):
    first = _intake(capsys, db_path)
    made = _backup(capsys, db_path, tmp_path / "b")
    named = tmp_path / "shop backup #2.sqlite3"
    made.rename(named)
    # What the old code checked instead: the name cut at "#", here another program's file.
    other = sqlite3.connect(tmp_path / "shop backup ")
    other.execute("CREATE TABLE songs (title TEXT)")
    other.commit()
    other.close()
    second = _intake(capsys, db_path, 1)
    run = run_main(capsys, "restore", str(named), "--db", str(db_path), "--json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["tickets_removed"] == 1
    assert _tickets(db_path) == {first} and second not in _tickets(db_path)


def test_another_programs_file_with_a_hash_is_refused(capsys, db_path, tmp_path):
    _intake(capsys, db_path)
    good = _backup(capsys, db_path, tmp_path / "b")
    good.rename(tmp_path / "music ")  # the old code read this one for "music #1.db"
    foreign = tmp_path / "music #1.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    checkpoint(db_path)
    before = db_path.read_bytes()
    run = run_main(capsys, "restore", str(foreign), "--db", str(db_path))
    assert run.code == 2 and "music #1.db" in run.err
    assert db_path.read_bytes() == before


def test_a_restore_leaves_a_record(capsys, db_path, tmp_path):
    _intake(capsys, db_path)
    made = _backup(capsys, db_path, tmp_path / "b")
    no = _intake(capsys, db_path, 1)
    run_main(capsys, "quote", no, "--labour", "Screen", "--price", "100", "--db", str(db_path))
    paid = run_main(capsys, "pay", no, "--amount", "50", "--method", "cash", "--db", str(db_path))
    assert paid.code == 0, paid.err
    run = run_main(capsys, "restore", str(made), "--db", str(db_path), "--json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["payments_removed"] == 1
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT a.user_id, a.at, a.detail, u.username FROM audit_events a "
            "LEFT JOIN users u ON u.id = a.user_id WHERE a.action = 'restore'"
        ).fetchall()
    finally:
        conn.close()
    assert len(rows) == 1
    user_id, at, detail, username = rows[0]
    record = json.loads(detail)
    assert username == "manager" and at
    assert record["file"] == str(made.resolve())
    assert record["payments_removed"] == 1 and record["tickets_removed"] == 1


@pytest.mark.parametrize("delay", [0.0, 0.002, 0.005, 0.01, 0.02, 0.05])
def test_a_killed_restore_never_issues_a_number_twice(capsys, db_path, tmp_path, delay):
    made = _backup(capsys, db_path, tmp_path / "b")  # before any ticket today
    issued = {_intake(capsys, db_path, n) for n in range(1, 4)}
    checkpoint(db_path)
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(db_path), str(made), str(delay)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (0, -signal.SIGKILL), done.stderr
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    after = _intake(capsys, db_path, 9)
    assert after not in issued
